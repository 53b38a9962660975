"""Main-content extraction keeps the article of a web page and drops the rest."""

from pathlib import Path

import pytest

from quizapp.extraction import extract_article, looks_like_html

PAGES = Path(__file__).parents[1] / "fixtures" / "pages"
STORY = Path(__file__).parents[1] / "fixtures" / "library_story.md"

BOILERPLATE = [
    "cookie", "Home", "World", "Sport", "Subscribe", "Share on", "Most read",
    "Bus fares", "By Priya Shah", "rights reserved", "Sign in", "Newsletter",
    "Powered by", "comments", "Great news, about time", "Written by Tom Hale",
    "inbox", "You might also like", "Facebook", "Categories", "Accessibility",
]  # fmt: skip


@pytest.mark.parametrize("page", sorted(p.name for p in PAGES.glob("*.html")))
def test_a_page_keeps_its_article_and_drops_navigation_footer_and_banners(page):
    extracted = extract_article((PAGES / page).read_text(encoding="utf-8"))
    assert extracted is not None
    for word in BOILERPLATE:
        assert word not in extracted.markdown, word
    assert extracted.title and extracted.title not in extracted.markdown


def test_every_sentence_of_the_news_story_survives_extraction():
    extracted = extract_article((PAGES / "library_news.html").read_text("utf-8"))
    for line in STORY.read_text(encoding="utf-8").splitlines()[1:]:
        if line.strip():
            assert line in extracted.markdown
    assert extracted.title == "Council to close two libraries as budget gap widens"


def test_subheadings_stay_headings():
    extracted = extract_article((PAGES / "schools_feature.html").read_text("utf-8"))
    assert "## Mixed reactions" in extracted.markdown


def test_plain_text_and_markdown_are_not_taken_for_html():
    assert not looks_like_html(STORY.read_text(encoding="utf-8"))
    assert looks_like_html((PAGES / "harbour_blog.html").read_text("utf-8"))


def test_a_whole_page_is_html_however_long_its_head():
    head = "<script>" + "var x = 1;" * 5000 + "</script>"
    page = f"<!DOCTYPE html>\n<html><head>{head}</head><body><p>A.</p></body></html>"
    assert looks_like_html(page)
    assert looks_like_html(page.replace("<!DOCTYPE html>\n", "  "))
    assert not looks_like_html("The html of <b>this</b> note is plain text.")
