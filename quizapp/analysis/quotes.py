"""Quotation stretches: the sentences that lie inside one speaker's quotation.

A quotation often runs over several sentences: the opening mark in one, more
sentences of the same speaker, then the closing mark and "said X" in the last
(or `X said: "A. B. C."`). News style carries a quotation on into the next
paragraph by reopening the mark there without closing it at the end of the
paragraph before. `stretches` follows the marks (straight, curly and doubled
apostrophes) through the sentences of an article and says, for each sentence,
which stretch it lies in; `core.analyze` credits such a sentence to the
stretch's speaker.

A stray mark must not make the rest of an article "quoted": a stretch ends at
the end of its paragraph unless the next paragraph reopens the same mark, a
new opening mark at the start of a sentence starts a new stretch, and a
stretch that runs on for more than `MAX_RUN` sentences without a mark of its
own ends there. A stretch that ends without its closing mark counts only if
it opened its paragraph (the quoted paragraph of news style); opened inside a
paragraph and never closed, its mark is a stray one and it quotes nothing.
Marks that open and close inside one sentence (scare quotes, a quoted phrase)
make no stretch that goes beyond it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: Sentences a stretch may run without a quote mark of its own before its
#: opening mark is taken for a stray one.
MAX_RUN = 6

# The double marks: curly, straight and doubled apostrophes.
_MARK = re.compile(r"“|”|\"|''|``")
# The same and single curly marks (British style: ‘We are still looking,’ she
# said), sought only in a text that holds a left one; a right one before a
# letter is an apostrophe ("we’re"), and so is one after a plural's "s"
# before a word ("the students’ union").
_MARK_WITH_SINGLE = re.compile(_MARK.pattern + r"|‘|(?<![sS])’(?!\w)|"
                               r"(?<=[sS])’(?!\w|\s+[a-z])")
# Straight single marks as quotation marks, as some British papers print them
# ('I've rung them eleven times. Nobody comes.'): one opening a sentence or a
# clause before a capital, one closing after the quotation's last stop or
# comma; an apostrophe inside or at the end of a word is neither. Sought only
# in a text where a mark opens before a capital somewhere.
_QUOTE_BEFORE_CAPITAL = re.compile(r"'[A-Z]")


def _opens_straight_single(text: str) -> bool:
    """Whether a straight single mark opens a quotation before a capital
    somewhere in `text` ("... said. 'We will ..."), not after a letter ("O'Neill")."""
    return any(m.start() == 0 or text[m.start() - 1] in " \t\n(—–"
               for m in _QUOTE_BEFORE_CAPITAL.finditer(text))


_MARK_WITH_STRAIGHT_SINGLE = re.compile(
    _MARK.pattern + r"|(?:(?<=^)|(?<=[\s(—–]))'(?=\w)|(?<=[.,!?;])'(?![\w'])")
# The kind of each mark, and whether it opens (+1), closes (-1) or either (0).
_KINDS = {"“": ("curly", 1), "”": ("curly", -1), '"': ("straight", 0),
          "''": ("double", 0), "``": ("double", 1), "‘": ("single", 1),
          "’": ("single", -1), "'": ("straight single", 0)}
_BEFORE_OPENING = frozenset(" \t\n([{—–-/")
_AFTER_CLOSING = frozenset(" \t\n.,;:!?)]}—–-…")
_WORD = re.compile(r"\w")


@dataclass
class Quoting:
    """Where one sentence stands with respect to quotation stretches."""

    #: The stretch open at the sentence's start (or opened by its first mark).
    start: int = -1
    #: The stretch still open at the sentence's end (it goes on after it).
    end: int = -1
    #: Every word of the sentence is quoted (no narration around the quote).
    inside: bool = False
    #: The quoted spans of the sentence, as offsets into the text.
    spans: list[tuple[int, int]] = field(default_factory=list)
    #: The kind of mark of the stretch `start` ("curly", "straight", "double",
    #: "single", "straight single"; see _KINDS).
    kind: str = ""

    def quotes(self, offset: int) -> bool:
        """Whether the character at `offset` lies inside a quotation."""
        return any(s <= offset < e for s, e in self.spans)


def _role(text: str, at: int, mark: str, lo: int, hi: int) -> int:
    """+1 opening, -1 closing, 0 either: a curly mark says; a straight one is
    told by its neighbours ('"Yes' opens, 'yes," she' closes)."""
    kind, role = _KINDS[mark]
    if role or kind in ("curly", "single"):
        return role
    if kind == "straight single":  # the pattern found it opening or closing
        return -1 if at > lo and text[at - 1] in ".,!?;" else 1
    before = text[at - 1] if at > lo else " "
    after = text[at + len(mark)] if at + len(mark) < hi else " "
    opens = before in _BEFORE_OPENING and not after.isspace()
    closes = not before.isspace() and after in _AFTER_CLOSING
    return 1 if opens and not closes else -1 if closes and not opens else 0


class _Scanner:
    """The quotation state carried from sentence to sentence."""

    def __init__(self, text: str):
        self.text = text
        # single marks only where a left one opens a quotation somewhere
        self.marks = (_MARK_WITH_SINGLE if "‘" in text else
                      _MARK_WITH_STRAIGHT_SINGLE if _opens_straight_single(text)
                      else _MARK)
        self.kind: str | None = None  # the open stretch's mark kind
        self.depth = 0
        self.stretch = -1
        self.count = 0
        self.run = 0  # sentences since the open stretch's last mark
        self.paragraph = False  # the open stretch opened its paragraph
        self.void: set[int] = set()  # stretches left open: stray marks

    def close(self, closed: bool = True) -> None:
        """End the open stretch; one left without its closing mark counts only
        if it opened a paragraph (news style leaves such a quotation open)."""
        if self.kind is not None and not closed and not self.paragraph:
            self.void.add(self.stretch)
        self.kind, self.depth = None, 0

    def open(self, kind: str, paragraph: bool) -> None:
        self.kind, self.depth, self.run = kind, 1, 0
        self.stretch, self.count = self.count, self.count + 1
        self.paragraph = paragraph

    def sentence(self, start: int, end: int, new_paragraph: bool) -> Quoting:
        text = self.text
        marks = [(m.start(), m.group())
                 for m in self.marks.finditer(text, start, end)]
        lead = start + len(text[start:end]) - len(text[start:end].lstrip())
        at_start = bool(marks) and marks[0][0] == lead
        if self.kind is not None:
            reopens = (at_start and _KINDS[marks[0][1]][0] == self.kind
                       and _role(text, lead, marks[0][1], start, end) >= 0)
            if new_paragraph and not reopens or self.run >= MAX_RUN:
                self.close(closed=False)  # unclosed in its paragraph, or a stray
            elif new_paragraph:
                marks = marks[1:]  # the reopening mark of a continued quotation
                self.run = -1
        self.run += 1
        quoting = Quoting(start=self.stretch if self.kind else -1,
                          kind=self.kind or "")
        since = start if self.kind else None
        for at, mark in marks:
            kind, _ = _KINDS[mark]
            role = _role(text, at, mark, start, end)
            if self.kind is None:
                if role >= 0:
                    self.open(kind, new_paragraph and at == lead)
                    since = at
                    if at == lead:
                        quoting.start, quoting.kind = self.stretch, kind
                continue
            if kind != self.kind:
                continue  # a quotation inside the quotation
            self.run = 0
            if role > 0 and at == lead:
                self.close(closed=False)  # a new quotation: the one before was
                self.open(kind, new_paragraph)  # left open
                since = at
                quoting.start, quoting.kind = self.stretch, kind
            elif role > 0:
                self.depth += 1
            elif self.depth > 1:
                self.depth -= 1
            else:
                quoting.spans.append((since, at + len(mark)))
                since = None
                self.close()
        if self.kind is not None:
            quoting.spans.append((since, end))
            quoting.end = self.stretch
        quoting.inside = quoting.start >= 0 and _all_quoted(text, start, end,
                                                            quoting.spans)
        return quoting


def _all_quoted(text: str, start: int, end: int,
                spans: list[tuple[int, int]]) -> bool:
    """Whether every word character of text[start:end] lies in a span: one
    search of each gap between the spans, not a look-up per character."""
    pos = start
    for s, e in sorted(spans):
        if s > pos and _WORD.search(text, pos, min(s, end)):
            return False
        pos = max(pos, e)
    return pos >= end or not _WORD.search(text, pos, end)


def stretches(text: str, sentences: list[tuple[int, int, int]],
              headings: frozenset[int] = frozenset()) -> list[Quoting]:
    """How each sentence (start, end, paragraph) of `text` stands to the
    quotations around it; sentences of a paragraph in `headings` quote nothing
    and end any quotation open before them."""
    scanner = _Scanner(text)
    found = []
    paragraph = -1
    for start, end, para in sentences:
        if para in headings:
            scanner.close(closed=False)
            found.append(Quoting())
            paragraph = para
            continue
        new = para != paragraph
        if new and para != paragraph + 1:
            scanner.close(closed=False)
        found.append(scanner.sentence(start, end, new))
        paragraph = para
    scanner.close(closed=False)
    for quoting in found:
        if quoting.start in scanner.void:
            quoting.start, quoting.inside = -1, False
        if quoting.end in scanner.void:
            quoting.end = -1
    return found
