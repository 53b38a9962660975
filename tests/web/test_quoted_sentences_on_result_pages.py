"""A sorted sentence that is itself a quotation is shown on the result page
and the teacher's report as quotes inside quotes (“'We cut costs,' he said.”),
not as two double quotes side by side (“"We cut costs," he said.”)."""

from __future__ import annotations

import shutil

import pytest

from quizapp.services.content import load_packs

from ..conftest import MINI_PACK
from .helpers import start

QUOTE = '"The plan is a disastrous waste of money," the mayor said.'


@pytest.fixture()
def quoting_pack(app, tmp_path):
    pack = tmp_path / "mini"
    shutil.copytree(MINI_PACK, pack)
    for name in ("article.md", "claims.yaml", "written.yaml"):
        path = pack / name
        sentence = "The plan is a disastrous waste of money."
        text = path.read_text()
        if name == "article.md":
            text = text.replace(sentence, QUOTE)
        else:  # in YAML's double quotes
            text = text.replace(f'"{sentence}"', "'" + QUOTE + "'")
        path.write_text(text)
    [report] = load_packs(pack)
    assert report.status == "created", report


def test_a_quotation_is_quoted_in_single_quotes_on_the_result_page(
    client, auth, quoting_pack
):
    auth.login()
    url = start(client, "claims")
    for _ in range(3):
        page = client.post(url, data={"label": "opinion"}, follow_redirects=True)
        url = page.text.split('id="next-link" href="')[1].split('"')[0]
    result = client.get(url).text
    assert "“&#39;The plan is a disastrous waste of money,&#39; the mayor said.”" in (
        result
    )
    assert "“&#34;The plan" not in result
