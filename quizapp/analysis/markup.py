"""Markup masking: Markdown, HTML or plain text -> a same-length "masked" string.

Markup characters are replaced by spaces (newlines kept), so every offset found in
the masked string is also an offset into the text the teacher gave. The removed
ranges are kept so the plain text of any span (markup deleted, as the content-pack
format defines it) can be rebuilt.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field

from .punctuation import NOT_A_SPEAKER

_HTML_HINT = re.compile(
    r"<(?:p|div|br|html|body|h[1-6]|article|section|li|ul|ol|span|a|em|strong|b|i)"
    r"\b[^<>]*>",
    re.I,
)


@dataclass
class Link:
    """A link or numbered reference; `text_*` is what a reader sees."""

    start: int
    end: int
    text_start: int
    text_end: int
    url: str
    is_citation: bool


@dataclass
class Masked:
    """The masked text plus what the masking found."""

    text: str
    masked: str
    fmt: str  # "markdown" | "html" | "plain"
    removed: list[tuple[int, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    # offsets where a new block starts (heading, list item, interview turn)
    block_starts: dict[int, str] = field(default_factory=dict)
    headings: list[tuple[int, int]] = field(default_factory=list)
    # (line start, name start, name end) of "**Host:**" turns
    turns: list[tuple[int, int, int]] = field(default_factory=list)
    # spans blanked for sentence finding but kept in the plain text (turn labels)
    restore: list[tuple[int, int]] = field(default_factory=list)
    visible: str = ""


def _blank_spans(text: str, spans: list[tuple[int, int]]) -> str:
    out, pos = [], 0
    for start, end in spans:
        out += [text[pos:start], _blank(text[start:end])]
        pos = end
    return "".join(out) + text[pos:]


def _blank(piece: str) -> str:
    """Spaces for `piece`, newlines kept so line structure survives."""
    return re.sub(r"[^\n]", " ", piece)


class _Masker:
    def __init__(self, text: str, fmt: str):
        self.m = Masked(text, text, fmt)

    def cut(self, start: int, end: int) -> None:
        if end > start:
            self.m.removed.append((start, end))

    def apply(self, pattern: re.Pattern, handler, needs: str = "") -> None:
        """Run `handler(match)` over the current masked text; it returns the
        same-length replacement. `needs`: a piece of text every match holds;
        where the text has none the pattern is not searched (a pattern that
        opens on a line start cannot skip ahead, and tries every place)."""
        if needs in self.m.masked:
            self.m.masked = pattern.sub(handler, self.m.masked)

    def blank_groups(self, match: re.Match, *keep: int) -> str:
        """Blank the whole match except the listed groups (the visible text)."""
        start, end = match.span()
        kept = sorted(match.span(g) for g in keep if match.start(g) >= 0)
        out, pos = [], start
        for ks, ke in kept + [(end, end)]:
            self.cut(pos, ks)
            out.append(_blank(match.string[pos:ks]))
            out.append(match.string[ks:ke])
            pos = ke
        return "".join(out)


# --- Markdown ---------------------------------------------------------------
_FRONT = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*\n", re.S)
_TURN = re.compile(r"^[ \t]*\*\*([^*\n]{1,60}?)(?::\*\*|\*\*:)[ \t]*", re.M)
_PLAIN_TURN = re.compile(
    r"^([A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}):[ \t]+(?=\S)", re.M)
# A reader's question signed on the line after it: "Q: ... What now?\nPriya,
# Hollingford", "Tom, by email".
_SIGNED_QUESTION = re.compile(
    r"^Q:[^\n]*\n[ \t]*[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,[ \t]+[\w .'’-]{2,40}$",
    re.M)
# A speaker's name in a transcript's capitals, two letters or more.
_CAPITALS = re.compile(r"[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z.'’\-]+){0,3}")
_HEADING = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$", re.M)
_RULE = re.compile(r"^[ \t]*(?:[-*_=][ \t]*){3,}$", re.M)
_ITEM = re.compile(r"^[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+(?=\S)", re.M)
_QUOTE = re.compile(r"^[ \t]*>[ \t]?", re.M)
_IMAGE = re.compile(r"!\[([^\]\n]*)\]\([^)\n]*\)")
_LINK = re.compile(r"\[([^\]\n]+)\]\((<?[^)\s]+>?)(?:[ \t]+\"[^\"\n]*\")?\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+)>")
_REF = re.compile(r"\[(\d{1,3})\](?!\()")
_STRONG = re.compile(r"(\*\*|__)(?=\S)([^\n]+?)(?<=\S)\1")
# (each opens on its mark: see lexicon.py on scanning patterns)
_EM_STAR = re.compile(r"\*(?<![*\w]\*)(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])")
_EM_UNDER = re.compile(r"_(?<![_\w]_)(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])")
_CODE = re.compile(r"`([^`\n]+)`")
_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!>])")
_CITATION_TEXT = re.compile(r"\[?\d{1,3}\]?")


#: The time a live blog's entry was posted, opening its line ("10:55 ",
#: "9.30am GMT ").
_CLOCK = re.compile(r"\d[:.]\d\d")  # (a text without one skips the scan)
TIME_STAMP = re.compile(
    r"^[ \t]*(\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+(?:GMT|BST|UTC|CET|CEST|ET|"
    r"EST|EDT|PT|PST|PDT))?)[ \t]+(?=[A-Z“\"‘'])", re.M)


def _mask_markdown(mk: _Masker) -> None:
    m = mk.m

    def front(match):
        mk.cut(*match.span())
        return _blank(match.group())

    mk.apply(_FRONT, front)

    def turn(match):
        if match.group(1) not in ("Q", "A") and NOT_A_SPEAKER.match(
                match.group(1).strip()):
            return match.group()  # "**Claim:**", "**Update:**": a label, no
            # speaker (its bold is masked as any other)
        m.turns.append((match.start(), match.start(1), match.end(1)))
        m.block_starts[match.start()] = "turn"
        m.restore.append(match.span())
        for star in re.finditer(r"\*\*", match.group()):
            mk.cut(match.start() + star.start(), match.start() + star.end())
        return _blank(match.group())

    mk.apply(_TURN, turn, needs="**")
    if not m.turns:
        # Plain-text interviews ("Host: ...", "Q: ... A: ...") count only when
        # a name recurs, or in a transcript's capitals ("SMITH: ...",
        # "JONES: ...") when two speakers take turns; a label ("Update:",
        # "NOTE:") is no speaker.
        names: dict[str, int] = {}
        for match in _PLAIN_TURN.finditer(m.masked) if ":" in m.masked else ():
            names[match.group(1)] = names.get(match.group(1), 0) + 1
        names = {n: count for n, count in names.items()
                 if n in ("Q", "A") or not NOT_A_SPEAKER.match(n)}
        if "Q" in names and _SIGNED_QUESTION.search(m.masked):
            # a column's readers' questions, each signed ("Tom, by email"),
            # and the columnist's answers: the writer's page, no interview
            names.pop("Q")
            names.pop("A", None)
        recurring = {n for n, count in names.items() if count >= 2}
        capitals = {n for n in names if _CAPITALS.fullmatch(n)}
        if len(capitals) >= 2:
            recurring |= capitals
        for match in _PLAIN_TURN.finditer(m.masked) if recurring else ():
            if match.group(1) in recurring:
                m.turns.append((match.start(), match.start(1), match.end(1)))
                m.block_starts[match.start()] = "turn"
                m.restore.append(match.span())
        if m.turns:
            m.masked = _blank_spans(m.masked, m.restore)

    # A live blog's entries open on the time they were posted ("10:55 A police
    # spokesperson told us ..."), two or more of them: a label read with the
    # entry, no part of its first sentence (it is kept in the plain text).
    stamps = list(TIME_STAMP.finditer(m.masked)) if _CLOCK.search(m.masked) \
        else []
    if len(stamps) >= 2:
        spans = [match.span(1) for match in stamps]
        m.restore.extend(spans)
        m.masked = _blank_spans(m.masked, spans)

    def heading(match):
        m.block_starts[match.start()] = "heading"
        m.headings.append((match.start(), match.end()))
        return mk.blank_groups(match, 2)

    mk.apply(_HEADING, heading, needs="#")

    def rule(match):
        m.block_starts[match.start()] = "rule"
        return mk.blank_groups(match)

    mk.apply(_RULE, rule)

    def item(match):
        m.block_starts[match.start()] = "item"
        return mk.blank_groups(match)

    mk.apply(_ITEM, item)
    mk.apply(_QUOTE, lambda match: mk.blank_groups(match), needs=">")
    mk.apply(_IMAGE, lambda match: mk.blank_groups(match, 1))

    def link(match):
        label = match.group(1)
        m.links.append(
            Link(match.start(), match.end(), match.start(1), match.end(1),
                 match.group(2).strip("<>"), bool(_CITATION_TEXT.fullmatch(label)))
        )
        return mk.blank_groups(match, 1)

    mk.apply(_LINK, link)
    mk.apply(_AUTOLINK, lambda match: mk.blank_groups(match, 1))
    for match in _REF.finditer(m.masked):
        m.links.append(Link(match.start(), match.end(), match.start(), match.end(),
                            "", True))
    for pattern in (_STRONG,):
        mk.apply(pattern, lambda match: mk.blank_groups(match, 2))
    for pattern in (_EM_STAR, _EM_UNDER, _CODE, _ESCAPE):
        mk.apply(pattern, lambda match: mk.blank_groups(match, 1))
    # Raw HTML inside Markdown ("excellent news. <script>...</script>"): a
    # script, a style or a comment goes whole, any other tag is markup.
    mk.apply(_H_DROP, lambda match: mk.blank_groups(match), needs="<")
    mk.apply(_MD_TAG, lambda match: mk.blank_groups(match), needs="<")


def strip_html(text: str) -> str:
    """`text` without raw HTML: scripts, styles and comments whole, other tags
    (a Markdown body a draft keeps as written)."""
    return _MD_TAG.sub("", _H_DROP.sub("", text)) if "<" in text else text


# A tag by its name and attributes (not an autolink, "<https://...>").
_MD_TAG = re.compile(r"</?[A-Za-z][\w-]*(?:\s[^<>]*)?/?>")


# --- HTML -------------------------------------------------------------------
_H_DROP = re.compile(
    r"<!--.*?-->|<(script|style|head|noscript|template)\b.*?</\1\s*>", re.S | re.I
)
_H_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.S | re.I)
_H_LINK = re.compile(
    r"<a\b[^>]*?href=[\"']([^\"']*)[\"'][^>]*>(.*?)</a\s*>", re.S | re.I)
_H_BLOCK = re.compile(
    r"</?(?:p|div|br|hr|h[1-6]|li|ul|ol|blockquote|article|section|header|footer|"
    r"table|tr|td|th|main|aside|figure|figcaption|nav|dl|dt|dd|pre|body|html)\b[^>]*>",
    re.I,
)
_H_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_H_ENTITY = re.compile(r"&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[A-Za-z]{2,10});")


def _mask_html(mk: _Masker) -> None:
    m = mk.m

    def drop(match):
        mk.cut(*match.span())
        return " " * len(match.group())

    mk.apply(_H_DROP, drop)
    # Source newlines are only whitespace in HTML; blocks come from tags.
    m.masked = m.masked.replace("\n", " ")
    for match in _H_HEADING.finditer(m.masked):
        m.headings.append(match.span(2))
        m.block_starts[match.start(2)] = "heading"
    for match in _H_LINK.finditer(m.masked):
        inner = _H_TAG.sub("", match.group(2)).strip()
        m.links.append(Link(match.start(), match.end(), match.start(2), match.end(2),
                            match.group(1), bool(_CITATION_TEXT.fullmatch(inner))))

    def block(match):
        mk.cut(*match.span())
        size = len(match.group())
        return "\n\n" + " " * (size - 2) if size >= 2 else " "

    mk.apply(_H_BLOCK, block)
    mk.apply(_H_TAG, drop)

    def entity(match):
        char = html.unescape(match.group())
        if len(char) != 1:
            char = " "
        mk.cut(match.start() + 1, match.end())
        return char + " " * (len(match.group()) - 1)

    mk.apply(_H_ENTITY, entity)


def mask(text: str) -> Masked:
    """Detect the format of `text` and mask its markup."""
    fmt = "html" if len(_HTML_HINT.findall(text[:20000])) >= 2 else "markdown"
    mk = _Masker(text, fmt)
    (_mask_html if fmt == "html" else _mask_markdown)(mk)
    m = mk.m
    m.removed.sort()
    m.links.sort(key=lambda link: link.start)
    m.headings.sort()
    m.turns.sort()
    if fmt == "markdown" and not (m.removed or m.links):
        m.fmt = "plain"
    visible, pos = [], 0
    for start, end in sorted(m.restore):
        visible += [m.masked[pos:start], text[start:end]]
        pos = end
    m.visible = "".join(visible) + m.masked[pos:]
    return m


def plain_text(m: Masked, start: int, end: int, starts: list[int]) -> str:
    """The plain text of [start, end): masked characters with markup deleted.

    `starts` is the sorted list of removed-range starts (for bisecting).
    """
    from bisect import bisect_left

    pieces, pos = [], start
    i = max(bisect_left(starts, start) - 1, 0)
    removed = m.removed
    while i < len(removed) and removed[i][0] < end:
        rs, re_ = removed[i]
        if re_ > pos:
            if rs > pos:
                pieces.append(m.visible[pos:rs])
            pos = max(pos, re_)
        i += 1
    if pos < end:
        pieces.append(m.visible[pos:end])
    return "".join(pieces)
