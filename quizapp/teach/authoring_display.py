"""What the review screen shows: the draft's article split into sentences, each
with its label (a claim of the draft, or the analyzer's suggestion for a sentence
that is not a claim yet), and the analyzer's reading of one sentence.

Plain data only; the templates escape every piece of text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from ..analysis import Analysis, analyze
from ..analysis.draft import EXCLUDED, cue_phrases, left_out, plain_sentence
from ..grading.claims import LABELS, SOURCE_KINDS
from ..rendering import IndexedBlocks, find_in_blocks, parse_article

LABEL_NAMES = {**LABELS, "question": "Question (not sorted)"}
SHORT_LABELS = {
    "sourced": "sourced",
    "speculation": "speculation",
    "opinion": "opinion",
    "unsourced": "unsourced",
    "question": "question",
}


@dataclass
class Segment:
    """A stretch of a paragraph: plain text, a claim of the draft, or a sentence
    the analyzer labelled that is not a claim yet."""

    text: str
    key: str | None = None
    sentence: int | None = None
    label: str | None = None
    confidence: float | None = None
    reviewed: bool = False
    sort: bool = True
    excluded: bool = False  # a sentence the draft left out (a greeting...)


@dataclass
class ReviewBlock:
    kind: str  # "heading" | "paragraph"
    segments: list[Segment] = field(default_factory=list)


@dataclass
class Suggestion:
    """The analyzer's reading of one sentence, to prefill the claim form."""

    index: int
    quote: str
    label: str
    confidence: float
    source_kind: str
    source_name: str
    cues: list[str]
    explanation: str
    order: int  # where the sentence starts in the article's plain text
    #: Why the draft left the sentence out (a greeting, a fact box...), if it did.
    excluded: str | None = None


@lru_cache(maxsize=16)
def _analysis(body: str) -> tuple[Analysis, IndexedBlocks]:
    return analyze(body), IndexedBlocks(parse_article(body))


def suggestions(body: str) -> list[Suggestion]:
    """The analyzer's reading of every sentence of `body` (headings skipped)."""
    analysis, blocks = _analysis(body)
    plain_text = "\n\n".join(b.text for b in blocks)
    found = []
    for sentence in analysis.sentences:
        if sentence.is_heading:
            continue
        quote = plain_sentence(analysis, sentence)
        if not quote or find_in_blocks(blocks, quote) is None:
            continue
        label, kind, name = sentence.label, "", ""
        attribution = sentence.attribution or sentence.quoted_from
        if attribution is not None and not attribution.negated and \
                not attribution.act:
            kind = attribution.kind if attribution.kind in SOURCE_KINDS else ""
            name = attribution.source or attribution.cue or ""
            if attribution.link:
                name = f"link {attribution.cue}"
        elif label == "sourced":
            label = "unsourced"
        found.append(
            Suggestion(
                index=sentence.index,
                quote=quote,
                label=label if label in LABEL_NAMES else "unsourced",
                confidence=round(sentence.confidence, 2),
                source_kind=kind,
                source_name=name.strip(),
                cues=cue_phrases(analysis, sentence, quote),
                explanation=sentence.explanation,
                order=plain_text.find(quote),
                excluded=EXCLUDED.get(sentence.kind),
            )
        )
    return found


def suggestion_for(body: str, index: int) -> Suggestion | None:
    """The analyzer's reading of sentence `index`, if it is a sentence of `body`."""
    return next((s for s in suggestions(body) if s.index == index), None)


def suggestion_for_quote(body: str, quote: str) -> Suggestion | None:
    """The analyzer's reading of the sentence that best matches `quote`."""
    for s in suggestions(body):
        if s.quote == quote or s.quote in quote or quote in s.quote:
            return s
    return None


@dataclass
class Excluded:
    """A sentence the draft leaves out of the sorting exercise, and why."""

    text: str
    reason: str


def excluded_sentences(body: str) -> list[Excluded]:
    """Headings, greetings, courtesies and repeated sentences of `body`, with
    the reason each is not a claim (questions are drafted as annotated,
    unsorted claims)."""
    analysis, _ = _analysis(body)
    return [Excluded(" ".join(analysis.plain(s.start, s.end).split()), EXCLUDED[key])
            for s, key in left_out(analysis)]


#: Questions the review screen lists at once; the others are on pages of their
#: own (links, no script needed), so a pack of 2,000 items reviews quickly.
QUESTIONS_PER_PAGE = 100


def questions_of(data: dict) -> list[tuple[dict, dict]]:
    """(exercise, item) of every question of the draft, in order."""
    return [
        (exercise, item)
        for exercise in data["exercises"]
        if exercise["kind"] == "questions"
        for item in exercise["items"]
    ]


def question_page(data: dict, key: str) -> int:
    """The page of the review screen's question list that shows question `key`."""
    keys = [str(item.get("id")) for _, item in questions_of(data)]
    position = keys.index(key) if key in keys else 0
    return position // QUESTIONS_PER_PAGE + 1


def claims_of(data: dict) -> list[dict]:
    return [i for e in data["exercises"] if e["kind"] == "claims" for i in e["items"]]


def review_blocks(data: dict) -> tuple[list[ReviewBlock], list[dict]]:
    """The article as blocks of segments, and the claims whose quote is not in it."""
    body = data["body"]
    _, blocks = _analysis(body)
    spans: dict[int, list[tuple[int, int, Segment]]] = {}
    lost = []
    for item in claims_of(data):
        quote = str(item.get("quote") or "")
        found = find_in_blocks(blocks, quote) if quote else None
        if found is None:
            lost.append(item)
            continue
        machine = item.get("machine") or {}
        segment = Segment(
            quote,
            key=str(item["id"]),
            label=item.get("label"),
            confidence=machine.get("confidence"),
            reviewed=bool(item.get("reviewed")) or not machine,
            sort=item.get("sort", item.get("label") != "question"),
        )
        _add_span(spans, found, segment)
    for suggestion in suggestions(body):
        found = find_in_blocks(blocks, suggestion.quote)
        segment = Segment(
            suggestion.quote,
            sentence=suggestion.index,
            label=suggestion.label,
            confidence=suggestion.confidence,
            excluded=suggestion.excluded is not None,
        )
        _add_span(spans, found, segment)
    result = []
    for block in blocks:
        review = ReviewBlock(block.kind)
        pos = 0
        for start, end, segment in sorted(spans.get(block.index, [])):
            if start > pos:
                review.segments.append(Segment(block.text[pos:start]))
            segment.text = block.text[start:end]
            review.segments.append(segment)
            pos = end
        if pos < len(block.text):
            review.segments.append(Segment(block.text[pos:]))
        result.append(review)
    return result, lost


def _add_span(spans, found, segment: Segment) -> None:
    """Add a span unless it overlaps one already there (claims come first)."""
    index, start, end = found
    taken = spans.setdefault(index, [])
    if all(end <= s or start >= e for s, e, _ in taken):
        taken.append((start, end, segment))
