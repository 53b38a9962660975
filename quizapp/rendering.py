"""Article Markdown -> blocks of plain text -> safe HTML with highlights.

Claims, cues and evidence are located by character offsets into a block's plain
text (Markdown markup removed), so the same offsets drive validation of a pack and
the highlighting of a sentence inside its paragraph. Pure: no Flask.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt

_md = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable("table")
# Parse every link, safe or not, so a link's text is its plain text (as the
# analyzer reads it); `safe_href` then drops unsafe targets when rendering.
_md.validateLink = lambda url: True
_SAFE_SCHEMES = {"http", "https", "mailto"}
_CITATION = re.compile(r"\d{1,3}")


@dataclass(frozen=True)
class Run:
    """A stretch of a block's plain text with one style."""

    start: int
    end: int
    strong: bool = False
    em: bool = False
    code: bool = False
    href: str | None = None
    citation: int | None = None  # the number of a `[1](url)` reference


@dataclass
class Block:
    """A heading or paragraph of the article."""

    index: int
    kind: str  # "heading" | "paragraph" | "table"
    level: int = 0
    text: str = ""
    runs: list[Run] = field(default_factory=list)
    #: A table's cells, a row to a list, and how many rows head it.
    rows: list[list[str]] = field(default_factory=list)
    header_rows: int = 0
    speaker: str | None = None  # "Host" for a paragraph opening with **Host:**
    in_list: bool = False
    in_quote: bool = False


@dataclass(frozen=True)
class Highlight:
    start: int
    end: int
    css: str
    attrs: str = ""  # extra, already-escaped attributes, e.g. 'id="claim"'


def safe_href(url: str | None) -> str | None:
    """The URL when its scheme is safe to link to (http, https, mailto), else None."""
    if not url:
        return None
    scheme = urlsplit(url.strip()).scheme.lower()
    return url.strip() if scheme in _SAFE_SCHEMES else None


def parse_article(markdown: str) -> list[Block]:
    """Split Markdown into headings and paragraphs with their plain text."""
    blocks: list[Block] = []
    depth = {"list": 0, "quote": 0}
    pending: Block | None = None
    table: Block | None = None
    for token in _md.parse(markdown):
        if table is not None:
            # a table's cells: plain text, a row to a list
            if token.type == "tr_open":
                table.rows.append([])
            elif token.type == "inline":
                table.rows[-1].append(" ".join(token.content.split()))
            elif token.type == "thead_close":
                table.header_rows = len(table.rows)
            elif token.type == "table_close":
                table.text = "\n".join(" | ".join(row) for row in table.rows)
                blocks.append(table)
                table = None
            continue
        if token.type == "table_open":
            table = Block(len(blocks), "table")
        elif token.type in ("bullet_list_open", "ordered_list_open"):
            depth["list"] += 1
        elif token.type in ("bullet_list_close", "ordered_list_close"):
            depth["list"] -= 1
        elif token.type == "blockquote_open":
            depth["quote"] += 1
        elif token.type == "blockquote_close":
            depth["quote"] -= 1
        elif token.type == "heading_open":
            pending = Block(len(blocks), "heading", level=int(token.tag[1]))
        elif token.type == "paragraph_open":
            pending = Block(
                len(blocks),
                "paragraph",
                in_list=depth["list"] > 0,
                in_quote=depth["quote"] > 0,
            )
        elif token.type == "inline" and pending is not None:
            _fill_inline(pending, token.children or [])
            blocks.append(pending)
            pending = None
    return blocks


def _fill_inline(block: Block, children) -> None:
    parts: list[str] = []
    pos = 0
    strong = em = 0
    href: str | None = None
    link_start = 0
    runs: list[Run] = []

    def add(text: str, code: bool = False) -> None:
        nonlocal pos
        if text:
            parts.append(text)
            runs.append(Run(pos, pos + len(text), strong > 0, em > 0, code, href))
            pos += len(text)

    for child in children:
        kind = child.type
        if kind == "text":
            add(child.content)
        elif kind in ("softbreak", "hardbreak"):
            add(" ")
        elif kind == "code_inline":
            add(child.content, code=True)
        elif kind == "image":
            add(child.content)
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind == "em_open":
            em += 1
        elif kind == "em_close":
            em -= 1
        elif kind == "link_open":
            href = child.attrs.get("href")
            link_start = len(runs)
        elif kind == "link_close":
            label = "".join(block_text for block_text in parts[link_start:])
            if _CITATION.fullmatch(label) and len(runs) - link_start == 1:
                run = runs[-1]
                runs[-1] = Run(run.start, run.end, href=href, citation=int(label))
            href = None
    block.text = "".join(parts)
    block.runs = runs
    first = runs[0] if runs else None
    if first and first.strong and block.text[: first.end].endswith(":"):
        block.speaker = block.text[: first.end - 1].strip()


@lru_cache(maxsize=64)
def article_plain_text(markdown: str) -> str:
    """The article's plain text: its blocks joined by blank lines."""
    return "\n\n".join(block.text for block in parse_article(markdown))


def mark_spans(text: str, spans: list[dict], css: str = "match") -> str:
    """Escape `text`, wrapping each {start, end} span in <mark class=css>."""
    out, pos = [], 0
    for span in sorted(spans, key=lambda s: s["start"]):
        start, end = max(span["start"], pos), min(span["end"], len(text))
        if start >= end:
            continue
        out.append(html.escape(text[pos:start]))
        out.append(
            f'<mark class="{html.escape(css)}">{html.escape(text[start:end])}</mark>'
        )
        pos = end
    out.append(html.escape(text[pos:]))
    return "".join(out)


class IndexedBlocks(tuple):
    """An article's blocks, searched for many quotes: `find_in_blocks` looks for
    a quote once in the blocks' texts joined by NUL (which no quote spans)
    instead of once per block, so locating every sentence of a long article
    does not walk every block for each."""

    def __new__(cls, blocks):
        self = super().__new__(cls, blocks)
        self._joined = "\0".join(block.text for block in self)
        self._starts, at = [], 0
        for block in self:
            self._starts.append(at)
            at += len(block.text) + 1
        return self

    def find(self, quote: str) -> tuple[int, int, int] | None:
        if not quote or "\0" in quote:
            return _find_block_by_block(self, quote)
        at = self._joined.find(quote)
        if at < 0:
            return None
        position = bisect_right(self._starts, at) - 1
        start = at - self._starts[position]
        return self[position].index, start, start + len(quote)


def find_in_blocks(blocks, quote: str) -> tuple[int, int, int] | None:
    """(block index, start, end) of the first block whose plain text holds quote."""
    if isinstance(blocks, IndexedBlocks):
        return blocks.find(quote)
    return _find_block_by_block(blocks, quote)


def _find_block_by_block(blocks, quote: str) -> tuple[int, int, int] | None:
    for block in blocks:
        start = block.text.find(quote)
        if start >= 0:
            return block.index, start, start + len(quote)
    return None


def render_block(block: Block, highlights: list[Highlight] = ()) -> str:
    """The block's inner HTML, with `highlights` wrapped in <mark> elements."""
    cuts = {0, len(block.text)}
    for h in highlights:
        cuts.update((h.start, h.end))
    for run in block.runs:
        cuts.update((run.start, run.end))
    points = sorted(c for c in cuts if 0 <= c <= len(block.text))
    segments: list[tuple[tuple[Highlight, ...], str]] = []
    for start, end in zip(points, points[1:], strict=False):
        run = next((r for r in block.runs if r.start <= start < r.end), None)
        piece = html.escape(block.text[start:end])
        if run is not None and run.citation is not None:
            piece = (
                f'<sup class="cite"><a href="#ref-{run.citation}">'
                f"[{run.citation}]</a></sup>"
            )
        elif run is not None:
            piece = _style(piece, run)
        active = tuple(
            sorted(
                (h for h in highlights if h.start <= start and end <= h.end),
                key=lambda h: (h.start, -h.end),
            )
        )
        segments.append((active, piece))
    return _wrap(segments, 0)


def _wrap(segments: list[tuple[tuple[Highlight, ...], str]], depth: int) -> str:
    """Join segments, wrapping each run of segments that share the highlight at
    `depth` in one <mark>, so a highlight is one element even across styles."""
    out: list[str] = []
    i = 0
    while i < len(segments):
        active = segments[i][0]
        if len(active) <= depth:
            out.append(segments[i][1])
            i += 1
            continue
        h = active[depth]
        j = i
        while (
            j < len(segments)
            and len(segments[j][0]) > depth
            and segments[j][0][depth] == h
        ):
            j += 1
        attrs = f" {h.attrs}" if h.attrs else ""
        inner = _wrap(segments[i:j], depth + 1)
        out.append(f'<mark class="{html.escape(h.css)}"{attrs}>{inner}</mark>')
        i = j
    return "".join(out)


def _style(piece: str, run: Run) -> str:
    if run.code:
        piece = f"<code>{piece}</code>"
    if run.em:
        piece = f"<em>{piece}</em>"
    if run.strong:
        piece = f"<strong>{piece}</strong>"
    href = safe_href(run.href)
    if href:
        piece = (
            f'<a href="{html.escape(href)}" rel="noopener noreferrer nofollow">'
            f"{piece}</a>"
        )
    return piece


def citations(blocks: list[Block]) -> list[tuple[int, str]]:
    """The numbered references of the article: (number, url), in order."""
    seen: dict[int, str] = {}
    for block in blocks:
        for run in block.runs:
            if run.citation is not None and run.citation not in seen:
                seen[run.citation] = run.href or ""
    return sorted(seen.items())


_ALLOWED = {
    "p",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "strong",
    "em",
    "code",
    "a",
    "sup",
    "mark",
    "ol",
    "ul",
    "li",
    "blockquote",
    "span",
    "section",
    "div",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
_ATTRS = {
    "div": {"class"},
    "table": {"class", "id"},
    "th": {"scope"},
    "a": {"href", "id"},
    "mark": {"class", "id", "data-cue-kind", "tabindex"},
    "p": {"class", "id"},
    "span": {"class"},
    "sup": {"class"},
    "li": {"id"},
    "section": {"class", "id"},
    **{f"h{level}": {"id"} for level in range(2, 7)},
}


def sanitize(fragment: str) -> str:
    """Allow-list clean of rendered HTML; a second line of defence after escaping."""
    return nh3.clean(
        fragment,
        tags=_ALLOWED,
        attributes=_ATTRS,
        url_schemes=_SAFE_SCHEMES,
        link_rel="noopener noreferrer nofollow",
    )
