"""Drafted cue-marking items (`mark_cues`): the learner marks, in a sentence, the
words that name its source and the words that hedge it."""

from __future__ import annotations

from .attribution import anonymity_aside
from .core import Analysis, Sentence
from .sources import head_phrase

_MAX_ITEMS = 5
_MIN_WORDS = 6
_MAX_SOURCE_CHARS = 80
# A kind not yet asked comes first only from a label the analyzer is fairly
# sure of; the less sure wait their turn by confidence.
_SURE_ENOUGH = 0.7


def _plain(analysis: Analysis, start: int, end: int) -> str:
    return " ".join(analysis.plain(start, end).split())


def sentence_cues(analysis: Analysis, sentence: Sentence, quote: str) -> list[dict]:
    """The sentence's cues as {text, kind}: its attribution (source plus reporting
    verb) as a source cue, each hedge as an uncertainty cue; in sentence order."""
    spans: list[tuple[int, int, str]] = []
    attribution = sentence.attribution
    if (
        attribution
        and not attribution.negated
        and not attribution.act
        and not attribution.link
        and attribution.source
    ):
        spans += _source_spans(analysis, attribution)
        if any(h["start"] == attribution.cue_start for h in sentence.hedges):
            # "Earlier measurements suggested": the verb hedges, so it is
            # marked as uncertainty and the source is its noun phrase
            spans = _without(analysis.text, spans, attribution.cue_start,
                             attribution.cue_end)
    for hedge in sentence.hedges:
        if not any(s <= hedge["start"] < e for s, e, _ in spans):
            spans.append((hedge["start"], hedge["end"], "uncertainty"))
    cues: list[dict] = []
    cursor = 0
    for start, end, kind in sorted(spans):
        text = _plain(analysis, start, end)
        if not any(c.isalnum() for c in text):
            continue  # a quotation mark that stands for its unnamed speaker
            # ('advertises "hassle-free ..."'): no word to mark
        at = quote.find(text, cursor) if text else -1
        if at >= 0:
            # `start` tells a repeated word ("could ... could") which one it is.
            cues.append({"text": text, "kind": kind, "start": at})
            cursor = at + len(text)
    return cues


def _without(text: str, spans: list[tuple[int, int, str]], start: int,
             end: int) -> list[tuple[int, int, str]]:
    """The spans with text[start:end] cut from their ends (or dropped)."""
    kept = []
    for s, e, kind in spans:
        if s >= start and e <= end:
            continue
        if s < start < e <= end:
            e = s + len(text[s:start].rstrip())
        elif start <= s < end < e:
            s = end + len(text[end:e]) - len(text[end:e].lstrip())
        kept.append((s, e, kind))
    return kept


def _source_spans(analysis: Analysis, attribution) -> list[tuple[int, int, str]]:
    """The source and its reporting words as one cue when they stand together
    ("Police said", "said Dr Marcus Feld"), as two when words describing the
    source come between ("Harlow Foods, the maker of ..., said", "A senior
    aide, speaking on condition of anonymity ..., said"): the description is
    not what shows where the claim comes from. A source of more than 80
    characters keeps the words before its first comma, or up to its head
    noun."""
    source = (attribution.source_start, attribution.source_end)
    cue = (attribution.cue_start, attribution.cue_end)
    first, second = sorted((source, cue))
    between = analysis.text[first[1]:second[0]]
    if len(between.split()) <= 2 and "," not in between:
        if second[1] - first[0] <= _MAX_SOURCE_CHARS:
            return [(first[0], second[1], "source")]
    # "A senior aide, speaking on condition of anonymity, said": the words
    # that tell the source is unnamed show where the claim comes from too
    aside = anonymity_aside(analysis.text, first[1], second[0])
    asides = [(aside[0], aside[1], "source")] if aside else []
    start, end = source
    if end - start > _MAX_SOURCE_CHARS:
        comma = analysis.text.find(",", start, end)
        # no comma: the phrase up to its head noun ("A survey" of "A survey of
        # 850 passengers carried out by ..."), never a cut inside a word
        end = comma if comma > start else start + len(
            head_phrase(analysis.text[start:end]).rstrip())
        if end - start > _MAX_SOURCE_CHARS:
            return []
    if start < cue[0] < end:  # a cue inside its source's words
        return [(start, max(end, cue[1]), "source")]
    return sorted([(start, end, "source"), (cue[0], cue[1], "source")] + asides)


def mark_cue_items(analysis: Analysis, asked: frozenset[str] = frozenset()
                   ) -> list[dict]:
    """Up to five `mark_cues` items from sourced and speculative sentences, the
    surest of each kind first (a named source, an unnamed one, a loose group,
    a document, a guess) if at least 70% sure, then the surest of the rest, listed
    in article order; none of a sentence another question quotes in
    `asked`."""
    candidates = []
    for sentence in sorted(analysis.sentences, key=lambda s: -s.confidence):
        if sentence.is_heading or sentence.label not in ("sourced", "speculation"):
            continue
        if any(h["kind"] == "conditional" for h in sentence.hedges):
            continue  # "if lenders keep tightening": whether a condition
            # hedges is for a class to discuss, not a key to mark
        quote = _plain(analysis, sentence.start, sentence.end)
        if len(quote.split()) < _MIN_WORDS or quote in asked:
            continue
        cues = sentence_cues(analysis, sentence, quote)
        if cues:
            candidates.append((sentence, quote, cues))
    # one of each kind first, so a class practises each way a claim is
    # credited or hedged rather than the same one five times
    kinds: set[tuple[str, str]] = set()
    firsts, rest = [], []
    for candidate in candidates:
        kind = (candidate[0].label, candidate[0].source_kind)
        if kind not in kinds and candidate[0].confidence >= _SURE_ENOUGH:
            kinds.add(kind)
            firsts.append(candidate)
        else:
            rest.append(candidate)
    picked = (firsts + rest)[:_MAX_ITEMS]
    items = []
    for number, (sentence, quote, cues) in enumerate(
        sorted(picked, key=lambda p: p[0].index), start=1
    ):
        items.append(
            {
                "id": f"mark-{number:02d}",
                "type": "mark_cues",
                "quote": quote,
                "cues": cues,
                "evidence": [quote],
                "explanation": sentence.explanation,
                "machine": {
                    "confidence": round(
                        max(0.05, min(sentence.confidence - 0.1, 0.99)), 2
                    )
                },
            }
        )
    return items
