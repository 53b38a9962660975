"""Main-content extraction keeps the article of a web page and drops the rest."""

from datetime import date
from pathlib import Path

import pytest
import trafilatura

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


RECALL_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Maker recalls 40,000 heaters over fire risk</title></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article>
<p class="kicker">Consumer</p>
<h1>Maker recalls 40,000 heaters over fire risk</h1>
<p>The maker is recalling about 40,000 electric heaters because they can
overheat, the safety board said on Tuesday.</p>
<p>The board said it had received 31 reports of heaters overheating, including
nine small fires and two minor burns.</p>
<p>Photo: The recalled heater. (Safety board)</p>
<p>In a statement, the company said it was "acting out of an abundance of
caution" and would refund every owner.</p>
<p>Consumer advocates said the recall came too late for families who had used
the heaters all winter.</p>
<p>Related: How to choose a safe heater | Last year's biggest recalls</p>
</article></main><footer>All rights reserved.</footer></body></html>"""


def test_a_section_label_above_the_headline_goes_with_the_headline():
    extracted = extract_article(RECALL_PAGE)
    assert extracted.title == "Maker recalls 40,000 heaters over fire risk"
    assert extracted.markdown.startswith("The maker is recalling")
    assert "Consumer\n" not in extracted.markdown
    assert extracted.title not in extracted.markdown


def test_related_links_and_captions_inside_the_article_are_dropped():
    extracted = extract_article(RECALL_PAGE)
    assert "Related:" not in extracted.markdown
    assert "Photo:" not in extracted.markdown
    assert "Consumer advocates said the recall came too late" in extracted.markdown


def test_a_paragraph_before_the_headline_is_kept_when_it_is_more_than_a_label():
    page = RECALL_PAGE.replace(
        '<p class="kicker">Consumer</p>',
        "<p>Owners of the heater should unplug it at once and keep it away "
        "from children until it is returned.</p>")
    extracted = extract_article(page)
    assert extracted.markdown.startswith("Owners of the heater should unplug it")
    assert extracted.title not in extracted.markdown


def test_a_page_uploaded_again_and_again_keeps_all_its_text():
    page = (PAGES / "library_news.html").read_text("utf-8")
    first = extract_article(page)
    for _ in range(5):
        again = extract_article(page)
        assert again is not None and again.markdown == first.markdown


def test_a_block_repeated_on_one_page_is_not_repeated_in_its_text():
    line = "<p>Share this story with your friends and family today please.</p>"
    page = RECALL_PAGE.replace("<h1>", line * 5 + "<h1>")
    assert extract_article(page).markdown.count("Share this story") <= 1


def credited_page(byline: str = "", head: str = "", title: str = "") -> str:
    """A small news page whose details sit in `head` and `byline`."""
    title = title or "Ferry fares to rise in spring | Harbour Post"
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>{title}</title>{head}</head><body><main><article>
<h1>Ferry fares to rise in spring</h1>{byline}
<p>Ferry fares will rise by 6% in April, the operator said on Monday.</p>
<p>The operator said fuel costs had doubled in two years and that the rise
would pay for two new boats.</p>
<p>Passenger groups said the rise would hit island families hardest, since
many of them cross to the mainland every day for work and school.</p>
<p>The council said it would ask the operator to keep a cheaper fare for
island residents, as it did when fares last rose three years ago.</p>
</article></main><footer>All rights reserved 2026.</footer></body></html>"""


def test_a_pages_byline_and_date_give_its_author_outlet_and_date():
    extracted = extract_article(credited_page(
        '<p class="byline">By Tomas Reyne, Transport Correspondent</p>'
        '<p><time datetime="2026-11-19T07:45">19 November 2026</time></p>'
    ))
    assert extracted.author == "Tomas Reyne"
    assert extracted.outlet == "Harbour Post"
    assert extracted.published == date(2026, 11, 19)
    assert "Tomas Reyne" not in extracted.markdown


def test_the_sites_own_name_is_the_outlet_and_every_author_is_kept():
    extracted = extract_article(credited_page(head=(
        '<meta property="og:site_name" content="The Harbour Post">'
        '<meta name="author" content="Ana Ruiz; Staff Reporter; ; Li Wei">'
    )))
    assert extracted.outlet == "The Harbour Post"
    assert extracted.author == "Ana Ruiz and Li Wei"


@pytest.mark.parametrize("author", [
    "Staff Reporter; News Desk",
    "Tom Hale Tom covers education for us",
    "Ana " + "Maria " * 40 + "Ruiz",
])  # fmt: skip
def test_an_author_that_is_only_roles_text_or_too_long_is_left_empty(author):
    extracted = extract_article(
        credited_page(head=f'<meta name="author" content="{author}">')
    )
    assert extracted.author is None


def test_an_outlet_over_120_characters_is_left_empty():
    site = "Harbour " * 20
    extracted = extract_article(credited_page(
        head=f'<meta property="og:site_name" content="{site}">',
        title=f"Ferry fares to rise in spring | {site}",
    ))
    assert extracted.outlet is None


@pytest.mark.parametrize("found", ["2026-02-30", "2026-13-01", "soon", None])
def test_a_date_that_is_no_real_date_is_left_empty(monkeypatch, found):
    real = trafilatura.extract_metadata

    def with_date(*args, **kwargs):
        metadata = real(*args, **kwargs)
        metadata.date = found
        return metadata

    monkeypatch.setattr(trafilatura, "extract_metadata", with_date)
    extracted = extract_article(credited_page(
        '<p><time datetime="2026-11-19">19 November 2026</time></p>'
    ))
    assert extracted.title == "Ferry fares to rise in spring"
    assert extracted.published is None


def test_a_page_without_a_date_in_its_markup_has_none_guessed_from_its_text():
    extracted = extract_article(credited_page())
    assert extracted.published is None
