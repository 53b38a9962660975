"""A web page -> the article in it: its headline and its text as Markdown.

Navigation, footers, cookie banners, share links, bylines, comments and
"most read" lists are dropped by trafilatura, a maintained main-content
extractor. It was chosen over readability-lxml on the pages in
tests/fixtures/pages/ (written for the purpose: a news page, a blog post with
comments, a feature with a newsletter box): both kept all 30 article
sentences, but readability-lxml let 9 boilerplate strings through (share
links, bylines, a newsletter box) and trafilatura none; trafilatura took about
56 ms a page against 36 ms, which is nothing beside a teacher's upload.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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
    metadata = trafilatura.extract_metadata(page)
    title = " ".join((metadata.title or "").split()) if metadata else ""
    return Extracted(title or None, _tidy(text, title))


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
