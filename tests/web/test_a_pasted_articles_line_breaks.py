"""A browser sends a textarea's line breaks as CRLF: the article's byline and
dateline under the headline give its details as they do with plain LF."""

from __future__ import annotations

import pytest

from .test_authoring import newest_draft

OBITUARY = """Marguerite Aldana, who ran Ashford's library for 31 years, dies at 84

By Samuel Oduya, Ashford Weekly Herald
October 14, 2026

Marguerite Aldana, who ran the town's library, died on Saturday at home. She was 84.

Her daughter, Rosa Aldana-Frey, said she died peacefully after a short illness.

Aldana retired in 2005. The council named the reading room after her in 2008.
"""


@pytest.mark.parametrize("line_break", ["\n", "\r\n", "\r"])
def test_a_pasted_dateline_gives_the_published_date_whatever_the_line_breaks(
    client, auth, line_break
):
    auth.login("ms-okafor", as_="teacher")
    text = OBITUARY.replace("\n", line_break)
    response = client.post(
        "/teach/articles/new", data={"text": text, "reading_level": "intermediate"}
    )
    assert response.status_code == 302
    meta = newest_draft().data["meta"]
    assert meta["published"] == "2026-10-14"
    assert meta["author"] == "Samuel Oduya"
    assert meta["outlet"] == "Ashford Weekly Herald"
