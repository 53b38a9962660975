"""Short answers: the learner types a word or phrase; accepted answers carry
credit, Moodle-style.

Spec (one item of a `questions` pack file, `type: short_answer`)::

    prompt: "What is a statement a company sends to journalists called?"
    case_sensitive: false          # optional, default false
    answers:                       # tried in order; the first that matches counts
      - {text: "press release", fraction: 1, feedback: "Yes."}
      - {text: "*release*", fraction: 0.5, feedback: "Close: which kind?"}
      - {text: "*", fraction: 0, feedback: "Look for the company's statement."}
    explanation: "Shown after answering."

`*` matches any run of characters (`\\*` is a literal asterisk), as in Moodle;
the answer is trimmed and inner spaces collapsed before matching. Answer:
``{"text": "..."}``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .base import Checker, InvalidAnswer, Result, register

MAX_CHARS = 500


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


def wildcard_match(pattern: str, text: str, case_sensitive: bool = False) -> bool:
    """Moodle's compare_string_with_wildcard: `*` is any text, `\\*` a star."""
    bits = re.split(r"(?<!\\)\*+", _normal(pattern))
    regex = ".*".join(re.escape(bit.replace("\\*", "*")) for bit in bits)
    flags = 0 if case_sensitive else re.IGNORECASE
    return re.fullmatch(regex, _normal(text), flags | re.DOTALL) is not None


def _fraction(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value)


@register
class ShortAnswerChecker(Checker):
    """A typed answer credited by the first accepted answer it matches."""

    type = "short_answer"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        answers = spec.get("answers")
        if not isinstance(answers, list) or not answers:
            return ["a short_answer question needs a list of answers"]
        problems = []
        for n, answer in enumerate(answers, start=1):
            if not isinstance(answer, dict) or not str(answer.get("text") or ""):
                problems.append(f"answer {n} needs a text")
                continue
            fraction = _fraction(answer.get("fraction", 1))
            if fraction is None or not -1 <= fraction <= 1:
                problems.append(f"answer {n}: fraction must be a number from -1 to 1")
        if not problems and not any(
            (_fraction(a.get("fraction", 1)) or 0) >= 1 for a in answers
        ):
            problems.append("one answer must give full credit (fraction: 1)")
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {"prompt": spec["prompt"]}

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        text = data.get("text")
        if not isinstance(text, str) or not text.strip():
            raise InvalidAnswer("Type an answer in the box: it is empty.")
        if len(text) > MAX_CHARS:
            raise InvalidAnswer("That answer is too long: a word or a phrase will do.")
        return {"text": _normal(text)}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        case = bool(spec.get("case_sensitive"))
        matched = next(
            (
                a
                for a in spec["answers"]
                if wildcard_match(str(a["text"]), answer["text"], case)
            ),
            None,
        )
        fraction = _fraction(matched.get("fraction", 1)) if matched else 0.0
        score = round(max(0.0, fraction or 0.0), 4)
        if score >= 1:
            verdict = "Right."
        elif score > 0:
            verdict = "Partly right."
        else:
            verdict = "Not quite."
        best = [
            str(a["text"])
            for a in spec["answers"]
            if _fraction(a.get("fraction", 1)) == 1
        ]
        details = {
            "accepted": [b for b in best if "*" not in b] or best,
            "matched": matched["text"] if matched else None,
            "feedback": (matched or {}).get("feedback", ""),
            "explanation": spec.get("explanation", ""),
            "evidence": spec.get("evidence", []),
        }
        return Result(score, 1.0, verdict, details)
