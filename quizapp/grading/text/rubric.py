"""Key-point grading: which of the rubric's points does an answer make?

A key point is found when one of its phrasings (or its label) is covered well
enough inside one sentence of the answer (two adjacent ones at a discount) with
the same polarity: "not because of the rebels" covers the rebels phrasing but
negates it, so it earns nothing and is reported as contradicted. Misconceptions
are found the same way. Keyword lists and copied article text earn no credit.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .match import (
    AnswerIndex,
    Match,
    Phrase,
    analyse,
    content,
    prepare_phrase,
)
from .normalize import tokenize

#: Coverage from which a phrasing counts as said (set on the hand-graded fixture).
MATCH_THRESHOLD = 0.75
#: Points taken off for each misconception, unless the rubric says otherwise.
DEFAULT_PENALTY = 0.5
#: Copy detection: shared runs of this many words with the article or evidence...
COPY_NGRAM = 5
#: ...covering this share of an answer of at least COPY_MIN_WORDS words.
COPY_SHARE, COPY_MIN_WORDS = 0.6, 20


@dataclass
class Rubric:
    """A spec's key points and misconceptions with their phrasings analysed."""

    key_points: list[tuple[dict[str, Any], list[Phrase]]]
    misconceptions: list[tuple[dict[str, Any], list[Phrase]]]
    source_ngrams: frozenset[tuple[str, ...]]


def prepare(spec: dict[str, Any]) -> Rubric:
    """Analyse a spec's rubric once; later calls with an equal spec are cached."""
    return _prepare(json.dumps(spec, sort_keys=True, default=str))


@lru_cache(maxsize=256)
def _prepare(spec_json: str) -> Rubric:
    spec = json.loads(spec_json)
    q_stems = frozenset(t.stem for t in content(analyse(spec.get("prompt", ""))))

    def phrases(item: dict[str, Any], key_point: bool) -> list[Phrase]:
        texts = list(item.get("phrasings") or [])
        if key_point and item.get("label"):
            texts.append(item["label"])
        # A misconception hinges on every word ("Iran *left* Syria"): no demotion.
        stems = q_stems if key_point else frozenset()
        return [prepare_phrase(t, stems) for t in texts]

    kps = [(kp, phrases(kp, True)) for kp in spec.get("key_points") or []]
    mis = [(m, phrases(m, False)) for m in spec.get("misconceptions") or []]
    sources = [
        quote_text(q)
        for kp in spec.get("key_points") or []
        for q in kp.get("evidence", [])
    ]
    sources += [spec.get("reference", ""), spec.get("source_text", "")]
    grams = set()
    for text in sources:
        words = [t.norm for t in tokenize(text or "")]
        grams.update(_ngrams(words))
    return Rubric(kps, mis, frozenset(grams))


def quote_text(evidence: Any) -> str:
    """An evidence entry's text: packs resolve quotes to {text, block, start, end}."""
    return evidence.get("text", "") if isinstance(evidence, dict) else str(evidence)


def _ngrams(words: list[str]) -> list[tuple[str, ...]]:
    n = COPY_NGRAM
    return [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]


def copied_share(text: str, rubric: Rubric) -> float:
    """Share of the answer's words inside runs copied from the article or evidence."""
    words = [t.norm for t in tokenize(text)]
    if len(words) < COPY_MIN_WORDS:
        return 0.0
    hit = [False] * len(words)
    for i, gram in enumerate(_ngrams(words)):
        if gram in rubric.source_ngrams:
            hit[i : i + COPY_NGRAM] = [True] * COPY_NGRAM
    return sum(hit) / len(words)


def is_keyword_list(text: str) -> bool:
    """Keywords without sentences ("economy rebels pressure vacuum"), or one word
    repeated to game the matcher."""
    tokens = tokenize(text)
    if len(tokens) < 6:
        return False
    stop_share = sum(t.is_stop for t in tokens) / len(tokens)
    if stop_share < 0.15:
        return True
    stems = [t.stem for t in tokens if not t.is_stop]
    top = max(stems.count(s) for s in set(stems)) if stems else 0
    return top >= 4 and top / len(stems) > 0.3


def agrees(m: Match, strict: bool = False) -> bool:
    """Whether a match says what its phrasing says, word by word: less than a
    third of the matched weight may differ in polarity (a subject before "not"),
    none at all when `strict` (a misconception hinges on every word)."""
    return m.disagree <= 1e-9 if strict else m.disagree * 3 < 1


def best_match(
    index: AnswerIndex, phrases: list[Phrase], misconception: bool = False
) -> tuple[Match, Phrase | None]:
    """The phrasing found best in the answer, preferring same-polarity matches.
    A misconception must be said within one clause, with every word's polarity."""
    best, best_p = Match(0.0, False, []), None
    best_rank = (False, -1.0)
    unit = "clause" if misconception else "sent"
    for p in phrases:
        m = index.find(p.tokens, p.weights, unit)
        if misconception and min(m.sims, default=0) <= 0:
            # A misconception hinges on every word: "multiple sources confirmed"
            # without "the reasons" is not "multiple sources confirmed the reasons".
            continue
        rank = (m.coverage >= MATCH_THRESHOLD and agrees(m, misconception), m.coverage)
        if rank > best_rank:
            best, best_p, best_rank = m, p, rank
    return best, best_p


def spans(match: Match) -> list[dict[str, Any]]:
    """The answer's words that made a match, as text with character offsets."""
    toks = sorted(match.tokens, key=lambda t: t.start)
    return [{"text": t.text, "start": t.start, "end": t.end} for t in toks]
