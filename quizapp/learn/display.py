"""Turning stored articles and specs into safe HTML for the learner's pages."""

from __future__ import annotations

import html
from functools import lru_cache

from flask import url_for
from markupsafe import Markup

from ..models import Article
from ..rendering import (
    Block,
    Highlight,
    citations,
    parse_article,
    render_block,
    safe_href,
    sanitize,
)
from ..services import standings


@lru_cache(maxsize=64)
def _blocks(body_md: str) -> tuple[Block, ...]:
    return tuple(parse_article(body_md))


def article_blocks(article: Article) -> tuple[Block, ...]:
    return _blocks(article.body_md)


def heading_levels(blocks) -> dict[int, int]:
    """The HTML level of each heading block: below the page's h1 and never more
    than one level deeper than the heading before it, so screen-reader outlines
    have no gaps whatever levels the author used."""
    levels, previous = {}, 1
    for block in blocks:
        if block.kind == "heading":
            previous = levels[block.index] = min(max(block.level, 2), previous + 1, 6)
    return levels


def _table_html(block: Block) -> str:
    """A table of the article, in a box that scrolls sideways on a phone."""
    rows = []
    for number, row in enumerate(block.rows):
        head = number < block.header_rows
        cells = "".join(f'<th scope="col">{html.escape(cell)}</th>' if head
                        else f"<td>{html.escape(cell)}</td>" for cell in row)
        rows.append(f"<tr>{cells}</tr>")
    head, body = rows[:block.header_rows], rows[block.header_rows:]
    return (f'<div class="table-scroll"><table id="b-{block.index}" '
            f'class="article-table">'
            + (f"<thead>{''.join(head)}</thead>" if head else "")
            + f"<tbody>{''.join(body)}</tbody></table></div>")


def _block_html(block: Block, highlights=(), level: int | None = None) -> str:
    if block.kind == "table":
        return _table_html(block)
    inner = render_block(block, list(highlights))
    if block.kind == "heading":
        level = level or min(max(block.level, 2), 6)  # the page title is the h1
        return f'<h{level} id="b-{block.index}">{inner}</h{level}>'
    css = ["turn"] if block.speaker else []
    if block.in_quote:
        css.append("quote")
    if block.in_list:
        css.append("list-item")
    cls = f' class="{" ".join(css)}"' if css else ""
    return f'<p id="b-{block.index}"{cls}>{inner}</p>'


def article_html(article: Article) -> Markup:
    """The whole article with numbered references listed at the end."""
    blocks = article_blocks(article)
    levels = heading_levels(blocks)
    parts = [_block_html(b, level=levels.get(b.index)) for b in blocks]
    refs = citations(list(blocks))
    if refs:
        parts.append('<section class="references"><h2>References</h2><ol>')
        for number, url in refs:
            href = safe_href(url)
            text = html.escape(url)
            link = f'<a href="{html.escape(href)}">{text}</a>' if href else text
            parts.append(f'<li id="ref-{number}">{link}</li>')
        parts.append("</ol></section>")
    return Markup(sanitize("\n".join(parts)))


def _locate(blocks: tuple[Block, ...], spec: dict) -> tuple[Block, int, int] | None:
    """The block and offsets of a quote, even if the article moved it since."""
    quote = spec.get("quote") or spec.get("text") or ""
    return _locate_quote(blocks, quote, spec.get("block"), spec.get("start"))


def _locate_quote(blocks, quote: str, index, start) -> tuple[Block, int, int] | None:
    if index is not None and index < len(blocks):
        block = blocks[index]
        if block.text[start : start + len(quote)] == quote:
            return block, start, start + len(quote)
    for block in blocks:
        at = block.text.find(quote)
        if quote and at >= 0:
            return block, at, at + len(quote)
    return None


def claim_html(article: Article, spec: dict, with_cues: bool = False) -> Markup:
    """The claim's paragraph with the claim marked (and, after answering, its cues)."""
    cues = ()
    if with_cues:
        cues = tuple((c["start"], c["end"]) for c in spec.get("cues", []))
    quote = spec.get("quote") or spec.get("text") or ""
    return _claim_html(
        article.body_md, quote, spec.get("block"), spec.get("start"), cues
    )


@lru_cache(maxsize=4096)
def _claim_html(body_md: str, quote: str, index, start, cues) -> Markup:
    """`claim_html` on hashable values: the same claim of the same article text
    renders the same, so a class answering one item renders it once."""
    found = _locate_quote(_blocks(body_md), quote, index, start)
    if found is None:
        return Markup(f'<p><mark class="claim">{Markup.escape(quote)}</mark></p>')
    block, start, end = found
    marks = [Highlight(start, end, "claim", 'id="claim"')]
    for cue_start, cue_end in cues:
        marks.append(Highlight(start + cue_start, start + cue_end, "cue"))
    return Markup(sanitize(_block_html(block, marks)))


def evidence_html(article: Article, evidence: list[dict]) -> list[tuple[int, Markup]]:
    """Each paragraph holding evidence, with the evidence marked: (block, html)."""
    blocks = article_blocks(article)
    grouped: dict[int, list[Highlight]] = {}
    for quote in evidence:
        found = _locate(blocks, quote)
        if found:
            block, start, end = found
            grouped.setdefault(block.index, []).append(
                Highlight(start, end, "evidence")
            )
    return [
        (index, Markup(sanitize(_block_html(blocks[index], marks))))
        for index, marks in sorted(grouped.items())
    ]


def evidence_to_show(spec: dict, answer) -> list[dict]:
    """The item's evidence, plus that of every key point the answer missed."""
    quotes = list(spec.get("evidence", []))
    for point in answer.details.get("key_points", []):
        if not point.get("matched"):
            quotes += point.get("evidence", [])
    unique = {q["text"] if isinstance(q, dict) else q: q for q in quotes}
    return list(unique.values())


def feedback_context(article: Article, item, answer) -> dict:
    """What a feedback partial needs beside the answer: the claim in its
    paragraph with its cues, and the evidence paragraphs to show."""
    spec = answer.graded_spec or item.spec
    context = {"evidence": evidence_html(article, evidence_to_show(spec, answer))}
    if item.type == "claim":
        context["claim_html"] = claim_html(article, spec, with_cues=True)
    return context


def leaderboard_context(classroom, viewer, period: str, endpoint: str) -> dict:
    """What a leaderboard page shows; `endpoint` builds the period tabs' links."""
    return {
        "classroom": classroom,
        "board": standings.leaderboard(classroom, viewer, period),
        "periods": standings.PERIODS,
        "period_urls": {
            key: url_for(endpoint, classroom_id=classroom.id, period=key)
            for key in standings.PERIODS
        },
        "how_points_work": standings.how_points_work(classroom),
    }
