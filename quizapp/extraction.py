"""A web page -> the article in it: its headline and its text as Markdown.

Navigation, footers, cookie banners, share links, bylines, comments and
"most read" lists are dropped by trafilatura, a maintained main-content
extractor. It was chosen over readability-lxml on the pages in
tests/fixtures/pages/ (written for the purpose: a news page, a blog post with
comments, a feature with a newsletter box): both kept all 30 article
sentences, but readability-lxml let 9 boilerplate strings through (share
links, bylines, a newsletter box) and trafilatura none; trafilatura took about
56 ms a page against 36 ms, which is nothing beside a teacher's upload.

The page's details come from trafilatura's metadata (its <meta> tags, JSON-LD,
byline and <time> elements), checked before use: an author is names only
("Tomas Reyne; Transport Correspondent" -> "Tomas Reyne"), a date a real one
found in the page's markup (no guess from its text), and neither an author nor
an outlet runs past `DETAIL_LIMIT` characters. The teacher reviews them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import trafilatura
from trafilatura.deduplication import LRUCache

from .analysis.punctuation import POINTERS

_HTML_HINT = re.compile(
    r"<(?:p|div|br|html|body|h[1-6]|article|section|li|ul|ol|span|a|main|nav)\b"
    r"[^<>]*>",
    re.I,
)


@dataclass
class Extracted:
    title: str | None
    markdown: str
    author: str | None = None
    outlet: str | None = None
    published: date | None = None


_PAGE_START = re.compile(r"\s*(?:<!doctype\s+html|<html\b)", re.I)


def looks_like_html(text: str) -> bool:
    """Is this a web page (or a piece of one) rather than Markdown or text? A
    whole page says so at its start (its <head> alone may fill 20,000
    characters with scripts and styles)."""
    if _PAGE_START.match(text[:1000]):
        return True
    return len(_HTML_HINT.findall(text[:20000])) >= 2


#: Paragraphs one page's duplicate check remembers (trafilatura's own size).
_DEDUP_CACHE_SIZE = 4096


def extract_article(page: str) -> Extracted | None:
    """The headline and the article text (Markdown: paragraphs, ## subheadings)
    of an HTML page; None when no article text is found."""
    text = trafilatura.extract(
        page,
        output_format="markdown",
        include_comments=False,
        include_tables=False,
        include_images=False,
        include_links=False,
        favor_precision=True,
        with_metadata=False,
        # Repeated blocks of this page go (share links above and below the
        # text); a cache of its own, since trafilatura's shared one remembers
        # every page of the process and would drop paragraphs of a page
        # uploaded a fourth time (or by a fourth teacher), or the whole text.
        deduplicate=LRUCache(maxsize=_DEDUP_CACHE_SIZE),
    )
    if not text or not text.strip():
        return None
    tree = trafilatura.load_html(page)
    page_title = _page_title(tree)
    # Not `extensive`: a date found only in the text ("© 2026") is a guess.
    metadata = trafilatura.extract_metadata(tree, extensive=False) if (
        tree is not None) else None
    if metadata is None:
        return Extracted(None, _tidy(text, ""))
    title = " ".join((metadata.title or "").split())
    return Extracted(
        title or None,
        _tidy(text, title),
        author=_authors(metadata.author),
        outlet=_detail(metadata.sitename) or _site_in_title(page_title, title),
        published=_date(metadata.date),
    )


#: The longest author or outlet taken from a page (longer is no byline).
DETAIL_LIMIT = 120
#: A part of the page's author that is a role, not a name ("Transport
#: Correspondent", "Staff Reporter", "Deputy Editor").
_ROLE = re.compile(
    r"(?i:reporter|correspondent|editor|writer|staff|columnist|contributor|"
    r"journalist|producer|desk|freelance|special\s+to|news\s+service)")
#: Words a name may hold in lower case ("Ursula von der Leyen").
_PARTICLES = {"de", "der", "den", "van", "von", "da", "das", "do", "dos", "del",
              "della", "di", "du", "le", "la", "bin", "al", "y", "ter", "ten"}
_MOST_NAME_WORDS = 6


def _authors(found: str | None) -> str | None:
    """The names in trafilatura's author ("A; B"), roles and anything not
    shaped like a name left out ("Tom Hale Tom covers education"), joined
    "A and B"; None when no name is left or they run too long."""
    names: list[str] = []
    for part in (found or "").split(";"):
        name = re.sub(r"(?i)^by\s+", "", " ".join(part.split())).strip(" ,.")
        if name and not _ROLE.search(name) and _is_name(name) and name not in names:
            names.append(name)
    if not names:
        return None
    joined = names[0] if len(names) == 1 else (
        ", ".join(names[:-1]) + " and " + names[-1])
    return joined if len(joined) <= DETAIL_LIMIT else None


def _is_name(text: str) -> bool:
    words = text.split()
    return len(words) <= _MOST_NAME_WORDS and words[0][0].isupper() and all(
        w[0].isupper() or w in _PARTICLES for w in words)


def _detail(found: str | None) -> str | None:
    """`found` on one line, or None when it is empty or too long."""
    text = " ".join((found or "").split())
    return text if text and len(text) <= DETAIL_LIMIT else None


def _page_title(tree) -> str:
    """The text of the page's <title> (before trafilatura reads the tree)."""
    element = tree.find(".//title") if tree is not None else None
    return " ".join((element.text_content() if element is not None else "").split())


#: "Headline | Coastline Herald", "Headline - Coastline Blog"
_TITLE_SEPARATOR = re.compile(r"\s+[|\-–—:]{1,2}\s+")
_MOST_SITE_WORDS = 6


def _site_in_title(page_title: str, headline: str) -> str | None:
    """The site's name a <title> gives after the headline ("Headline |
    Coastline Herald"), when trafilatura has no site name; None otherwise."""
    if not headline or not page_title.startswith(headline):
        return None
    rest = page_title[len(headline):]
    separator = _TITLE_SEPARATOR.match(rest)
    if not separator:
        return None
    site = rest[separator.end():].strip()
    if not site or len(site.split()) > _MOST_SITE_WORDS or site[-1] in ".!?":
        return None
    return _detail(site)


def _date(found: str | None) -> date | None:
    """trafilatura's date (YYYY-MM-DD) when it is a real date; None otherwise."""
    try:
        return date.fromisoformat(str(found or "")[:10])
    except ValueError:
        return None


#: A pointer or caption left inside the article ("Related: ...", "Photo: ...",
#: "See also: ..."): the page's furniture, as in text copied from a page.
_POINTER = re.compile(
    rf"^(?i:{POINTERS}|Also\s+read|More\s+on\s+this\s+story|(?:Image|Photo)\s+"
    r"caption)\s*:")
#: Blocks before the headline that may be dropped with it: a section label
#: ("Consumer", "World | Europe"), a few words without a sentence's end.
_LABEL_WORDS = 5
_HEADLINE_WITHIN = 3


def _tidy(text: str, title: str) -> str:
    """Paragraphs separated by blank lines; the repeated headline removed with
    the section label above it, and pointers and captions dropped."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n|\n(?=#)", text) if b.strip()]
    headline = " ".join(title.split())
    for n, block in enumerate(blocks[:_HEADLINE_WITHIN]):
        if headline and " ".join(block.lstrip("# ").split()) == headline:
            if all(_is_label(b) for b in blocks[:n]):
                blocks = blocks[n + 1:]
            else:
                del blocks[n]
            break
    blocks = [b for b in blocks if not _POINTER.match(b.lstrip("#* "))]
    return "\n\n".join(blocks) + "\n"


def _is_label(block: str) -> bool:
    words = block.lstrip("# ").split()
    return len(words) <= _LABEL_WORDS and not block.rstrip().endswith((".", "!", "?"))
