"""Free-text answers graded by key points, with feedback pointing to the article.

Spec (one item of a `questions` pack file, `type: free_text`)::

    prompt: "What are the potential reasons ...?"
    max_words: 150                     # optional, default 150
    max_score: 2                       # optional; default: points of the required
                                       # key points, or of all when none is required
    key_points:
      - id: economy
        label: Economic pressure on Iran
        phrasings: ["Iran's economy is under strain", "money problems"]
        points: 1                      # default 1
        required: true                 # missing it keeps the answer below full marks
        evidence: ["... exact substring of the article ..."]
    misconceptions:
      - {id: full-withdrawal, phrasings: ["Iran has fully withdrawn"],
         feedback: "...", penalty: 0.5}
    reference: "A model answer."       # optional
    explanation: "Shown after answering."

Answer: ``{"text": "..."}``. `grade_against_reference` is the reference-answer mode.
"""

from __future__ import annotations

from typing import Any

from .base import Checker, InvalidAnswer, Result, register
from .scores import format_score
from .text import rubric as rb
from .text.match import AnswerIndex
from .text.reference import grade_against_reference, is_non_answer

__all__ = ["FreeTextChecker", "grade_against_reference"]

DEFAULT_MAX_WORDS = 150
#: Hard limit before the item is known: nobody writes 1,000 words in a quiz box.
ABSOLUTE_MAX_CHARS = 8000


def _words(text: str) -> int:
    return len(text.split())


@register
class FreeTextChecker(Checker):
    """A written answer, credited per key point made in the learner's own words."""

    type = "free_text"
    needs_article_text = True

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        problems = []
        if not spec.get("prompt"):
            problems.append("a free_text question needs a prompt")
        kps = spec.get("key_points") or []
        if not kps:
            problems.append("a free_text question needs at least one key point")
        ids = [kp.get("id") for kp in kps] + [
            m.get("id") for m in spec.get("misconceptions") or []
        ]
        if len(set(ids)) != len(ids) or None in ids:
            problems.append(
                "key point and misconception ids must be present and unique"
            )
        for kp in kps:
            if not kp.get("phrasings") and not kp.get("label"):
                problems.append(
                    f"key point {kp.get('id')!r} needs a label or phrasings"
                )
            if (
                not isinstance(kp.get("points", 1), int | float)
                or kp.get("points", 1) <= 0
            ):
                problems.append(f"key point {kp.get('id')!r} needs positive points")
        for m in spec.get("misconceptions") or []:
            if not m.get("phrasings"):
                problems.append(f"misconception {m.get('id')!r} needs phrasings")
        max_words = spec.get("max_words", DEFAULT_MAX_WORDS)
        if not isinstance(max_words, int) or max_words < 5:
            problems.append("max_words must be a whole number of at least 5")
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "prompt": spec["prompt"],
            "max_words": spec.get("max_words", DEFAULT_MAX_WORDS),
        }

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        text = data.get("text")
        if text is None:
            raise InvalidAnswer("Write an answer in the box.")
        if not isinstance(text, str):
            raise InvalidAnswer("The answer must be text.")
        text = text.replace("\r\n", "\n").strip()
        if not text or not any(ch.isalnum() for ch in text):
            raise InvalidAnswer("Write an answer in the box: it is empty.")
        if len(text) > ABSOLUTE_MAX_CHARS:
            raise InvalidAnswer(
                f"Your answer is too long ({_words(text)} words). "
                "Answer in your own words, in a few sentences."
            )
        return {"text": text}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        text = answer["text"]
        limit = spec.get("max_words", DEFAULT_MAX_WORDS)
        if _words(text) > limit:
            raise InvalidAnswer(
                f"Your answer has {_words(text)} words; keep it to {limit} or fewer."
            )
        return grade_rubric(spec, text)

    def max_score(self, spec: dict[str, Any]) -> float:
        return max_score_of(spec)


def max_score_of(spec: dict[str, Any]) -> float:
    """Full marks: `max_score`, else points of required key points (or of all)."""
    if spec.get("max_score"):
        return float(spec["max_score"])
    kps = spec.get("key_points") or []
    required = [kp for kp in kps if kp.get("required")]
    return float(sum(kp.get("points", 1) for kp in (required or kps)))


def grade_rubric(spec: dict[str, Any], text: str) -> Result:
    """Grade `text` against the spec's key points and misconceptions."""
    rubric = rb.prepare(spec)
    flags = []
    if is_non_answer(text):
        flags.append("no_answer")
    elif rb.is_keyword_list(text):
        flags.append("keyword_list")
    elif rb.copied_share(text, rubric) >= rb.COPY_SHARE:
        flags.append("copied")
    index = AnswerIndex(text if not flags else "")
    points = []
    for kp, phrases in rubric.key_points:
        m, phrase = rb.best_match(index, phrases)
        found = m.coverage >= rb.MATCH_THRESHOLD
        agrees = phrase is not None and rb.agrees(m)
        points.append(
            {
                "id": kp["id"],
                "label": kp.get("label", kp["id"]),
                "points": kp.get("points", 1),
                "required": bool(kp.get("required")),
                "matched": found and agrees,
                "contradicted": found and not agrees,
                "confidence": round(m.coverage, 2),
                "matched_text": rb.spans(m) if found else [],
                "evidence": kp.get("evidence", []),
            }
        )
    wrong = []
    for mis, phrases in rubric.misconceptions:
        m, phrase = rb.best_match(index, phrases, misconception=True)
        if m.coverage >= rb.MATCH_THRESHOLD and phrase and rb.agrees(m, strict=True):
            wrong.append(
                {
                    "id": mis["id"],
                    "feedback": mis.get("feedback", ""),
                    "penalty": mis.get("penalty", rb.DEFAULT_PENALTY),
                    "confidence": round(m.coverage, 2),
                    "matched_text": rb.spans(m),
                }
            )
    full = max_score_of(spec)
    earned = sum(p["points"] for p in points if p["matched"])
    missing_required = sum(
        p["points"] for p in points if p["required"] and not p["matched"]
    )
    score = min(earned, full - missing_required) - sum(w["penalty"] for w in wrong)
    score = round(max(0.0, score), 2)
    details = {
        "key_points": points,
        "misconceptions": wrong,
        "flags": flags,
        "word_count": _words(text),
        "reference": spec.get("reference", ""),
        "explanation": spec.get("explanation", ""),
    }
    return Result(
        score, full, feedback_text(points, wrong, flags, score, full), details
    )


def feedback_text(points, wrong, flags, score: float, full: float) -> str:
    """What was found, what was missed, and where in the article to look."""
    if "no_answer" in flags:
        return "No answer given. Read the article again and try in your own words."
    if "keyword_list" in flags:
        return (
            "This reads as a list of keywords. Write full sentences that explain "
            "the points in your own words; a list earns no credit."
        )
    if "copied" in flags:
        return (
            "Most of this is copied from the article. Explain the points in your "
            "own words; copied text earns no credit."
        )
    parts = [f"Score {format_score(score)} of {format_score(full)}."]
    found = [p["label"] for p in points if p["matched"]]
    if found:
        parts.append("You explained: " + "; ".join(found) + ".")
    for p in points:
        if p["contradicted"]:
            parts.append(f"You ruled out “{p['label']}”, but the article offers it.")
    missed = [p for p in points if not p["matched"]]
    for p in missed:
        kind = "Missing (needed for full marks)" if p["required"] else "Not mentioned"
        line = f"{kind}: {p['label']}."
        if p["evidence"]:
            line += f" Look at: “{rb.quote_text(p['evidence'][0])}”"
        parts.append(line)
    for w in wrong:
        if w["feedback"]:
            parts.append("Careful: " + w["feedback"])
    if not missed and not wrong:
        parts.append("You covered every point.")
    return " ".join(parts)
