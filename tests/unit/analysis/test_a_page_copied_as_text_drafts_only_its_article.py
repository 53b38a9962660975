"""Text copied from a web page carries the page around the article: a cookie
banner and the menu before it, a picture's caption and "Related: ..."
pointers inside it, bylines and "Most read" after it. The drafted article
keeps the article (subheadings included) and drops the rest; Markdown a
teacher writes is kept as written."""

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
