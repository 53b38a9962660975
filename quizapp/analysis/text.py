"""Paragraphs and sentences of an article, with offsets into the original text.

A careful regex splitter (abbreviations, initials, quotations that span sentences,
citations after the full stop) rather than a statistical one: it is explainable
and fast enough to read a long article in milliseconds.
"""

from __future__ import annotations

import re
import string
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

from .markup import Link, Masked, mask, plain_text


@dataclass
class Paragraph:
    index: int
    start: int
    end: int
    kind: str  # "paragraph" | "heading" | "item" | "turn" | "letter"
    speaker: str | None = None
    speaker_start: int = -1
    speaker_end: int = -1


@dataclass
class Document:
    """The input text, its masked twin and its paragraphs and sentence spans."""

    text: str
    masked: Masked
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[tuple[int, int, int]] = field(default_factory=list)  # s, e, para
    _removed_starts: list[int] = field(default_factory=list)

    @property
    def links(self) -> list[Link]:
        return self.masked.links

    def plain(self, start: int, end: int) -> str:
        """Plain text of a span: markup deleted, as the content-pack format reads."""
        return plain_text(self.masked, start, end, self._removed_starts)


# Titles are never followed by a sentence break ("Dr. Khalil").
_TITLES = frozenset(
    "mr mrs ms dr prof sen rep gov gen col lt capt sgt rev st hon pres supt adm maj "
    "cmdr mt ft messrs mme mlle sr jr".split()
)
# Other abbreviations end a sentence only before a typical sentence opener.
_ABBREVIATIONS = frozenset(
    "inc corp co ltd llc plc vs etc al approx est dept univ assn bros ave blvd rd "
    "no nos vol fig op jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed "
    "thu fri sat sun e.g i.e a.m p.m u.s u.k u.n e.u d.c n.y l.a cf ca".split()
)
# A state or province after a place ("PORTLAND, Ore. —", "Spokane, Wash.,"):
# read only capitalised after a comma, since "ill", "miss" and "wash" are words.
_STATES = frozenset(
    "Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Ky La Md Mass Mich "
    "Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va Wash Wis Wyo Alta Man "
    "Nfld Ont Que Sask N.H N.J N.M N.C N.D R.I S.C S.D W.Va B.C N.B N.S "
    "P.E.I".split())
# What may follow a time in its own sentence: "8 a.m. Monday", "9 p.m. GMT".
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february "
    "march april may june july august september october november december "
    "et est edt ct cst cdt mt mst pt pst pdt gmt bst utc cet eastern central "
    "pacific mountain local".split())
_OPENERS = frozenset(
    "the a an he she it they we i you but and in this that these those his her "
    "their its on at as after before when while however if there what why how "
    "our my one some many meanwhile still yet so".split()
)
_BOUNDARY = re.compile(r"(?:[.!?]+|…)[\"”’')\]]*(?=\s|$)")
_CLOSERS = frozenset("\"”’')]")
_LETTERS_AND_STOPS = frozenset(string.ascii_letters + ".")
_NEXT_WORD = re.compile(r"[\w’']+")
_QUOTED = re.compile(r"“[^”\n]{1,800}”|\"[^\"\n]{1,800}\"")
# A speaker's name and a verb of speaking closing its clause: " Mr Garside
# asked.", " Dr Lee replied,".
_NAME_TAG = re.compile(r"\s+(?:[A-Z][\w’'.-]*\s+){1,3}(?:asked|asks|said|says|replied|"
                       r"replies|answered|added|demanded|shouted|cried|insisted|"
                       r"interjected|pressed|retorted|snapped|wondered)\s*[.,;!?]")
_BLANK_LINE = re.compile(r"\n[ \t]*\n\s*")
_LINE = re.compile(r"[^\n]+")
_NON_SPACE = re.compile(r"\S")
_ALNUM = re.compile(r"\w")


def _quote_shields(para: str) -> list[tuple[int, int, bool]]:
    """Quotations whose inner full stops do not end the sentence, and whether
    each opens after a comma.

    A quotation embedded in a larger sentence ('"We will win. We will
    prevail," she said', 'Lowe said, "We will win. We will say so in court."')
    is one sentence with its attribution; after a comma the attribution comes
    first, so the quotation's last full stop ends it ('Lowe said, “We will say
    so in court.” Police Chief Tom Ruiz ...'). A quotation after a colon
    ('... said: "We understand how worrying this is. We are working with the
    police."') is a statement told sentence by sentence, each a claim of its
    own kind that continues the speaker.
    """
    shields = []
    for match in _QUOTED.finditer(para):
        after = para[match.end() : match.end() + 3]
        inner_end = match.group()[-2:-1]
        before = para[max(0, match.start() - 2) : match.start()].rstrip()
        # '"...," she said', '"..." — she said': the attribution follows;
        # so it does after a question or a cry and a name: '"Did you accept
        # the bonus?" Mr Garside asked.'
        tagged_after = after[:1] in (",", "—", "–") or inner_end == "," or (
            inner_end in "?!" and _NAME_TAG.match(para, match.end()) is not None)
        if (tagged_after or (after.strip()[:1].islower() and after[:1] == " ")
                or before.endswith(",")):
            shields.append((match.start() + 1, match.end() - 1,
                            before.endswith(",") and not tagged_after))
    return shields


def _is_break(para: str, end: int, nxt: int) -> bool:
    """Does the candidate terminator ending at `end` end a sentence?"""
    if nxt >= len(para):
        return True
    following = para[nxt]
    if following.islower():
        return False
    stop = end  # the terminator without the quotes and brackets closing after it
    while stop > 0 and para[stop - 1] in _CLOSERS:
        stop -= 1
    if stop == 0 or para[stop - 1] != ".":
        return True
    if _LIST_NUMBER.search(para, max(0, stop - 8), stop):
        return False  # "Final standings: 1. Okonkwo 6.5; 2. Almqvist 6": a
        # place in a list, numbered
    word = _word_before(para, stop - 1)
    if word is None:
        return True
    state = word in _STATES and para.endswith(", ", 0, stop - 1 - len(word))
    word = word.lower()
    next_word = _NEXT_WORD.match(para, nxt)
    next_word = next_word.group().lower() if next_word else ""
    if state:  # "PORTLAND, Ore. —": an abbreviation, ends before an opener
        return next_word in _OPENERS
    if word in _TITLES:
        return False
    if len(word) == 1 and word.isalpha() and not (
            stop >= 4 and para[stop - 3] in "’'" and para[stop - 4].isalpha()) \
            and not (stop >= 3 and para[stop - 3].isdigit()):
        return False  # an initial: "J. Smith"; not the "t" of "doesn't.", nor
        # the "s" of "the 1990s."
    if word in ("a.m", "p.m") and following.isupper() and \
            next_word not in _TIME_WORDS:
        return True  # "shortly after 8 a.m. Several of them said": a capital
        # after a time starts a sentence, unless it dates it ("8 a.m. Monday")
    if word in _ABBREVIATIONS or ("." in word and len(word) <= 6):
        # a quotation opening after it starts a sentence: "after 7 a.m.
        # “I know our tax laws ...”"
        return next_word in _OPENERS or following in "“\""
    return True


_LIST_NUMBER = re.compile(r"(?:^|[:;]\s+)\d{1,2}=?\.$")


def _word_before(para: str, dot: int) -> str | None:
    """The letters and inner full stops ("U.S", "Mr") before the full stop at
    `dot`, starting with a letter, or None. Read back from the full stop, so a
    long paragraph is not searched from its start at every full stop."""
    first = dot
    while first > 0 and para[first - 1] in _LETTERS_AND_STOPS:
        first -= 1
    while first < dot and para[first] == ".":
        first += 1
    return para[first:dot] if first < dot else None


def split_sentences(para: str, base: int, citations: list[tuple[int, int]]):
    """Yield (start, end) of sentences in one paragraph's masked text."""
    shields = _quote_shields(para) if ("“" in para or '"' in para) else []
    start = 0
    for match in _BOUNDARY.finditer(para):
        end = match.end()
        if any(s < match.start() < e and not (led and match.end() > e)
               for s, e, led in shields):
            continue  # a quotation's own full stop; but the last one of a
            # quotation opened after a colon or a comma ends the sentence too
        ws = _NON_SPACE.search(para, end)
        nxt = ws.start() if ws else len(para)
        if not _is_break(para, end, nxt):
            continue
        # a numbered citation right after the full stop belongs to the sentence
        for cs, ce in citations:
            if cs == base + nxt:
                end = ce - base
                ws = _NON_SPACE.search(para, end)
                nxt = ws.start() if ws else len(para)
                break
        yield start, end
        start = nxt
    if start < len(para):
        yield start, len(para)


#: Words at most in an unpunctuated line that is a label, not a sentence.
_SHORT_LINE = 14
_TITLE_WORD = re.compile(r"[\w’'-]+")


def _looks_like_title(chunk: str) -> bool:
    """A line with no closing punctuation is a heading when it is in Title Case,
    or short: a headline, a menu, a button or a caption claims nothing.

    A closing full stop (or question or exclamation mark) does not make a
    line in strict Title Case or capitals a sentence (feeds and archives add
    one to headlines and labels: "Council Votes to Close Two Libraries.",
    "FULL TEXT."): even a sentence full of names has lower-case verbs and
    nouns."""
    line = chunk.rstrip()
    if "\n" in line.lstrip():
        return False
    words = _TITLE_WORD.findall(chunk)
    if not 1 <= len(words) <= 20:
        return False
    last = line[-1:]
    if last in ".?!" and line[-2:-1] not in ".!?":
        return _strict_title_case(words)  # "Fact Check: Has Violent Crime
        # Really Fallen by a Quarter?": a headline asks as well
    if last in ".!?…:;,\"”’)" or line.endswith("''") and line[-3:-2] in ".!?…:;,":
        return False  # (as does a quotation closed by doubled straight
        # marks, news style: ...the mayor said. ''We will.'')
    capitals = sum(1 for w in words if w[0].isupper() or w[0].isdigit())
    return capitals >= 0.6 * len(words) or len(words) <= _SHORT_LINE


#: Words at most in the headline a pasted article opens on.
_HEADLINE_WORDS = 30


def _looks_like_headline(chunk: str) -> bool:
    """The line an article opens on (with more below it) is its headline when
    it does not end as a sentence ends, however long and in whatever case
    ("Westbury plot £40m bid for Valmont striker Asante - but French club
    insist he is not for sale", 'Bank ... warns further cuts are "far from
    assured"')."""
    line = chunk.strip()
    if "\n" in line or not 3 <= len(_TITLE_WORD.findall(line)) <= _HEADLINE_WORDS:
        return False
    # one sentence, closing on a word, a figure or a quotation mark (not a
    # sentence and then markup: "... the mayor said. <img ...>")
    closing = line.rstrip("\"”’')")
    return (closing[-1:].isalnum() or closing[-1:] == "%") and not \
        _SENTENCE_INSIDE.search(line)


_SENTENCE_INSIDE = re.compile(r"[a-z][.!?][\"”’)]?\s+\S")


#: Short words a Title Case headline leaves in lower case.
_TITLE_LOWER = frozenset(
    "a an the of to in on at for by and or nor but as is vs via per from with "
    "into over up off out".split())


def _strict_title_case(words: list[str]) -> bool:
    """Every word but a few short function words ("to", "of", "the") starts
    with a capital, with at least two words of four letters or more; or the
    line is in capitals."""
    letters = [w for w in words if w[0].isalpha()]
    long_words = [w for w in letters if len(w) >= 4]
    if long_words and all(w.isupper() for w in long_words):
        return True
    return len(long_words) >= 2 and all(
        w[0].isupper() or w.lower() in _TITLE_LOWER for w in letters)


def _blocks(m: Masked) -> list[tuple[int, int, str]]:
    """Paragraph spans: blank lines, plus headings, list items and turns."""
    text = m.masked
    spans = []
    pos = 0
    for match in _BLANK_LINE.finditer(text):
        spans.append((pos, match.start()))
        pos = match.end()
    spans.append((pos, len(text)))
    one_per_line = "\n" in text.strip() and len(spans) == 1
    blocks = []
    for s, e in spans:
        chunk_start, kind = s, "paragraph"
        for number, line in enumerate(_LINE.finditer(text, s, e)):
            ls = line.start()
            starts = m.block_starts.get(ls)
            if starts is None and (ls - 1) in m.block_starts:
                starts = m.block_starts[ls - 1]
            if starts is None and ls == s:
                # the first line of a paragraph: the blank line before it took
                # in the list mark ("- ", blanked) its block starts on
                back = ls
                while back > 0 and text[back - 1] in " \t":
                    back -= 1
                starts = m.block_starts.get(back)
            if ls > chunk_start and (starts or one_per_line or (
                    number == 1 and _label_above(text, chunk_start, ls, e))):
                blocks.append((chunk_start, ls, kind))
                chunk_start = ls
            if ls == chunk_start or starts:
                kind = starts or "paragraph"
        blocks.append((chunk_start, e, kind))
    return blocks


#: Characters at most in a label line set above its paragraph with no blank
#: line ("About BrightDesk", "Media contact").
_LABEL_CHARS = 40


def _label_above(text: str, start: int, nxt: int, end: int) -> bool:
    """Is the block's first line, text[start:nxt], a label over the lines
    after it rather than the first line of a hard-wrapped paragraph? Short,
    unpunctuated, in Title Case or of a few words, over a line of prose (longer
    than any label) that opens as a sentence does. ("The council voted on Tuesday to
    close two" wraps; its next line would open in lower case or run on.)"""
    line = text[start:nxt].strip()
    if not line or len(line) > _LABEL_CHARS or line[-1] in ".!?…:;,\"”’)":
        return False
    following = text[nxt:text.find("\n", nxt, end) if "\n" in text[nxt:end]
                     else end].strip()
    if not following[:1].isupper() or len(following) <= _LABEL_CHARS:
        return False
    words = _TITLE_WORD.findall(line)
    return len(words) <= 4 or _strict_title_case(words)


@lru_cache(maxsize=4)
def parse(text: str) -> Document:
    """Mask markup, then find paragraphs and sentences. The last few parses are
    kept (the limits count an article's sentences before it is analysed);
    callers only read the Document."""
    m = mask(text)
    doc = Document(text, m, _removed_starts=[r[0] for r in m.removed])
    citations = [(lk.text_start, lk.text_end) for lk in m.links if lk.is_citation]
    turn_at = {t[0]: t for t in m.turns}
    masked = m.masked
    for s, e, kind in _blocks(m):
        first = _NON_SPACE.search(masked, s, e)
        if first is None or not _ALNUM.search(masked, s, e):
            continue
        para = Paragraph(len(doc.paragraphs), first.start(), e, kind)
        line_start = masked.rfind("\n", 0, first.start()) + 1
        turn = turn_at.get(line_start) or turn_at.get(s)
        if turn:
            para.kind = "turn"
            para.speaker = text[turn[1] : turn[2]].strip()
            para.speaker_start, para.speaker_end = turn[1], turn[2]
        last = len(masked[s:e].rstrip()) + s
        para.end = last
        line = masked[first.start():last]
        opening = not doc.paragraphs and masked[last:].strip()
        if para.kind == "paragraph" and (
                _looks_like_title(line) or opening and _looks_like_headline(line)):
            para.kind = kind = "heading"
        doc.paragraphs.append(para)
        chunk = masked[s:last]
        spans = [(0, len(chunk))] if kind == "heading" else split_sentences(
            chunk, s, citations)
        for a, b in spans:
            piece = chunk[a:b]
            if not _ALNUM.search(piece):
                continue
            lead = len(piece) - len(piece.lstrip())
            ss, se = s + a + lead, s + a + len(piece.rstrip())
            doc.sentences.append(
                _widen(m, doc._removed_starts, ss, se, para.index))
    _letters(doc, masked)
    return doc


# A letter to the editor: it opens on "Sir," or "Dear Editor," and ends on its
# signature line, "Eileen Prothero, Tolbury".
_LETTER_OPENS = re.compile(r"[\s“\"]*(?:Sir|Madam|Sir\s+or\s+Madam|"
                           r"Dear\s+[A-Z][\w .’'-]{0,30}?)\s*[,:—–]")
_SIGNATURE = re.compile(r"\s*((?:(?:Dr|Prof|Professor|Cllr|Rev|Mr|Mrs|Ms|Miss)\.?\s+)?"
                        r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}),\s+(?:"
                        r"(?:[A-Z][\w’'.-]*[\s,]*){1,4}|"
                        # "Margaret Ellery, retired staff nurse, Kingsmoor Road,
                        # Dunmore": what the writer is, then where from
                        r"[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){0,3}"
                        r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}){1,3})"
                        r"\.?\s*")
#: How many paragraphs one letter may run to.
_LETTER_PARAGRAPHS = 12


def _letters(doc: Document, masked: str) -> None:
    """Give each paragraph of a signed letter its writer as its speaker: on a
    letters page each reader speaks in their own words, as an interviewee
    does in a turn."""
    paragraphs = doc.paragraphs
    for index, para in enumerate(paragraphs):
        signed = _SIGNATURE.fullmatch(masked, para.start, para.end)
        if signed is None or index == 0:
            continue
        letter = []
        for before in reversed(paragraphs[max(0, index - _LETTER_PARAGRAPHS):index]):
            if before.kind != "paragraph" or before.speaker:
                break
            letter.append(before)
            if _LETTER_OPENS.match(masked, before.start, before.end):
                for part in letter:
                    part.kind = "letter"
                    part.speaker = signed.group(1)
                    part.speaker_start, part.speaker_end = signed.span(1)
                break


def _widen(m: Masked, starts: list[int], start: int, end: int, para: int):
    """Take in inline markup that touches the sentence ("**bold**", "[1](url)")."""
    i = bisect_right(starts, end) - 1
    if i >= 0 and m.removed[i][0] == end:
        tail = m.text[end : m.removed[i][1]]
        if not any(c.isspace() for c in tail):
            end = m.removed[i][1]
    j = bisect_right(starts, start) - 1
    while j >= 0 and m.removed[j][1] > start:
        j -= 1
    if j >= 0 and m.removed[j][1] == start:
        head = m.text[m.removed[j][0] : start]
        if not any(c.isspace() for c in head):
            start = m.removed[j][0]
    return start, end, para
