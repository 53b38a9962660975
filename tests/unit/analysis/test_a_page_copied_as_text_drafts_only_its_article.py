"""Text copied from a web page carries the page around the article: a cookie
banner and the menu before it, a picture's caption and "Related: ..."
pointers inside it, bylines and "Most read" after it. The drafted article
keeps the article (subheadings included) and drops the rest; Markdown a
teacher writes is kept as written."""

import pytest

from quizapp.analysis.draft import draft_pack

COPIED = """Accept all cookies
Home
World
Ferry operator cuts winter sailings
By Tom Hale
The island's only ferry operator will cut its winter timetable by a third.
Image caption: The MV Carrow at the harbour in 2021
The operator blamed rising fuel costs.
Related: Island school to close after 140 years
What happens next
Islanders said the cuts would leave them cut off for days at a time.
Reporting by Tom Hale; Editing by Ann Lee
Most read
Cookies | Privacy
"""


def _body(text: str) -> str:
    return draft_pack(text, "ferry", "Ferry operator cuts winter sailings")[
        "article.md"].split("---", 2)[2]


def test_copied_text_keeps_the_article_and_its_subheadings_only():
    body = _body(COPIED)
    assert body.strip().startswith("The island's only ferry operator")
    assert body.strip().endswith("cut off for days at a time.")
    assert "### What happens next" in body
    for junk in ("cookies", "Home", "Tom Hale", "Image caption", "Related",
                 "Most read", "Privacy"):
        assert junk not in body, junk


def test_markdown_keeps_its_headings_as_written():
    markdown = ("## Related: the island school\n\nThe school closes in July.\n\n"
                "## Watch\n\nThe ferry sails at noon.\n")
    body = _body(markdown)
    assert "Related: the island school" in body and "Watch" in body


def test_a_caption_written_as_sentences_is_dropped_with_its_credit():
    body = _body(COPIED.replace(
        "Image caption: The MV Carrow at the harbour in 2021",
        "Photo: Crews load the MV Carrow on Tuesday morning. (J. Smith / Gazette)"))
    assert "Crews load" not in body and "Gazette" not in body
    assert "The operator blamed rising fuel costs." in body


def test_the_headline_of_a_copied_page_is_the_line_before_the_article():
    # past the menu, the section label, the byline and the date
    page = ("Skip to main content\nHome\nNews\nLocal News\n"
            "Ferry operator cuts winter sailings\nBy Tom Hale, Staff Reporter\n"
            "Published 14 May 2024, 8:42 am\nShare on Facebook\n"
            "The island's only ferry operator will cut its winter timetable by a "
            "third.\nThe operator blamed rising fuel costs.\n")
    files = draft_pack(page, "ferry")
    assert "title: Ferry operator cuts winter sailings" in files["article.md"]


def test_a_credit_line_such_as_interview_by_is_a_byline_not_the_headline():
    page = ('"Kids can tell when a story is selling them something": a librarian '
            "on teaching news literacy\n\nInterview by Sam Achebe\n\n"
            "Rachel Osei has run the library at Northfield High for eleven years. "
            "She spoke to us about how her students judge what they read.\n")
    article = draft_pack(page, "librarian")["article.md"]
    assert "a librarian on teaching news" in article.split("---")[1]
    assert "Interview by" not in article


def test_a_byline_under_the_headline_gives_the_author_and_outlet_not_text():
    article = draft_pack(
        "Board delays vote on later start times\n\n"
        "By Dana Whitfield, Harbor Valley Courier\nMarch 4, 2026\n\n"
        "The school board postponed a vote on Tuesday night. By Tuesday night, "
        "more than 200 parents had signed a petition.\n", "board")["article.md"]
    front, body = article.split("---")[1:3]
    assert "author: Dana Whitfield" in front
    assert "outlet: Harbor Valley Courier" in front
    assert "Dana Whitfield" not in body and "March 4, 2026" not in body
    assert "By Tuesday night, more than 200 parents" in body


def test_byline_and_date_lines_right_over_the_first_paragraph_are_no_text():
    article = draft_pack(
        "Board delays vote on later start times\n\n"
        "By Dana Whitfield\nMarch 4, 2026\n"
        "The school board postponed a vote on Tuesday night, the chair said.\n"
        "More than 200 parents had signed a petition.\n", "board")["article.md"]
    front, body = article.split("---")[1:3]
    assert "author: Dana Whitfield" in front
    assert body.split() == (
        "The school board postponed a vote on Tuesday night, the chair said. "
        "More than 200 parents had signed a petition.").split()


def test_a_first_paragraph_opening_on_by_and_a_name_stays_text():
    article = draft_pack(
        "Board delays vote\n\nBy Tuesday night more parents had signed\n"
        "a petition than at any time this year, the organisers said.\n",
        "board")["article.md"]
    assert "By Tuesday night more parents had signed" in article


@pytest.mark.parametrize(("line", "day"), [
    ("March 4, 2026", "2026-03-04"), ("Published 14 May 2024, 8:42 am", "2024-05-14"),
    ("Tuesday, Sept. 3, 2024", "2024-09-03"),
])
def test_the_dateline_under_the_headline_is_the_published_date(line, day):
    article = draft_pack(f"Board delays vote\n\nBy Dana Whitfield\n{line}\n\n"
                         "The school board postponed a vote on Tuesday.\n",
                         "board")["article.md"]
    assert f"published: {day}" in article.split("---")[1]


def test_a_date_that_gives_no_day_leaves_the_published_date_out():
    article = draft_pack("Board delays vote\n\nBy Dana Whitfield\n"
                         "Updated 2 hours ago\n\nThe school board postponed a "
                         "vote on Tuesday.\n", "board")["article.md"]
    assert "published" not in article.split("---")[1]


def test_a_writers_role_after_the_byline_is_no_outlet():
    article = draft_pack(
        "Ferry operator cuts winter sailings\n\nBy Tom Hale, Staff Reporter\n\n"
        "The island's only ferry operator will cut its winter timetable.\n",
        "ferry")["article.md"]
    assert "author: Tom Hale" in article and "Staff Reporter" not in article
    assert "outlet: Unknown" in article


def test_a_paragraph_that_opens_on_when_it_was_published_stays_text():
    text = ("Port fire\n\nFirst published 2.15 p.m. This story was updated at "
            "6.40 p.m.\n\nA large fire broke out at the port on Tuesday.\n")
    assert "This story was updated" in draft_pack(text, "port")["article.md"]


def test_a_markdown_table_keeps_its_rows_and_is_no_claim():
    import yaml

    text = ("Corvane profit slips\n\n"
            "Corvane Foods reported a 9% fall in third-quarter profit on Thursday.\n\n"
            "| | Q3 2026 | Q3 2025 |\n| --- | --- | --- |\n"
            "| Revenue | $3.14bn | $2.96bn |\n| Net profit | $212m | $233m |\n\n"
            "Shares fell 4% in early trading.\n")
    files = draft_pack(text, "corvane")
    assert ("| Revenue | $3.14bn | $2.96bn |\n| Net profit | $212m | $233m |"
            in files["article.md"])
    claims = yaml.safe_load(files["claims.yaml"])["items"]
    assert not any("|" in claim["quote"] for claim in claims)
