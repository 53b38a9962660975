"""Reference-answer mode: how close is a student's answer to a model answer?

A linear blend of a few lexical features, the weights fitted once on a public set
of human-graded short answers (see bench/grading_eval.py, which reports the
cross-validated figures). Features:

- recall: weighted share of the reference's content words the answer has (stems,
  synonyms, spelling slips; words the question already uses weigh less),
- precision: share of the answer's content words found in the reference,
- overlap: rapidfuzz token-set ratio of the two texts,
- length: log of the answer's number of content words,
- recall squared: a partial match earns less than its share (half the words
  found is well under half the credit), the curve human graders follow,
- new-word recall: recall over the reference's words the question does not
  already use (what the answer has to add).
"""

from __future__ import annotations

import math
import re

from rapidfuzz import fuzz

from .match import QUESTION_WORD_WEIGHT, AnswerIndex, analyse, content

#: intercept, recall, precision, overlap, length, recall squared, new-word recall
#: (fitted on grading-dev.jsonl)
WEIGHTS = (0.461, 0.220, 0.106, 0.122, 0.045, -0.350, 0.393)

_NON_ANSWER = re.compile(
    r"^\W*(not answered|no answer|n/?a|none|idk|i don'?t know|no idea|"
    r"don'?t know|not sure|\?+|-+|\.+|skip(ped)?|blank)\W*$",
    re.IGNORECASE,
)


def is_non_answer(text: str) -> bool:
    """Blank, "I don't know", "not answered" and the like."""
    return not text.strip() or bool(_NON_ANSWER.match(text.strip()))


def features(answer: str, reference: str, question: str = "") -> list[float]:
    """The feature vector [recall, precision, overlap, length, recall squared,
    new-word recall] of one answer (see the module docstring)."""
    q_stems = {t.stem for t in content(analyse(question))}
    ref = AnswerIndex(reference)
    ans = AnswerIndex(answer)
    recall = _cover(ref.tokens, ans, q_stems)
    precision = _cover(ans.tokens, ref, q_stems)
    overlap = fuzz.token_set_ratio(answer.lower(), reference.lower()) / 100
    length = math.log1p(len(ans.tokens))
    new_words = [t for t in ref.tokens if t.stem not in q_stems]
    new_recall = _cover(new_words, ans, set()) if new_words else recall
    return [recall, precision, overlap, length, recall * recall, new_recall]


def _cover(words, index: AnswerIndex, q_stems: set[str]) -> float:
    """Weighted mean best similarity of `words` anywhere in `index`."""
    seen: set[str] = set()
    num = den = 0.0
    for w in words:
        if w.stem in seen:
            continue
        seen.add(w.stem)
        weight = QUESTION_WORD_WEIGHT if w.stem in q_stems else 1.0
        den += weight
        num += weight * max(index.sims(w), default=0.0)
    return num / den if den else 0.0


def grade_against_reference(answer: str, reference: str, question: str = "") -> float:
    """Score in [0, 1] for `answer` given a model answer (and the question)."""
    if is_non_answer(answer):
        return 0.0
    f = features(answer, reference, question)
    b, *w = WEIGHTS
    return min(1.0, max(0.0, b + sum(wi * fi for wi, fi in zip(w, f, strict=True))))
