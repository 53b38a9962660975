"""Numeric answers with a tolerance, as Moodle's numerical questions.

Spec (`type: numeric`)::

    prompt: "In which year did the Berlin Wall fall?"
    answers:                       # the first answer within tolerance counts
      - {value: 1989, tolerance: 0, fraction: 1, feedback: "Yes."}
      - {value: 1990, tolerance: 1, fraction: 0.5, feedback: "Close."}
      - {value: "*", fraction: 0, feedback: "Look it up."}   # anything else
    explanation: "Shown after answering."

An answer is within tolerance when |given - value| <= tolerance (Moodle's
"nominal" tolerance, with the same allowance for floating-point rounding).
Learners may type a decimal comma. Answer: ``{"number": "1989"}``.
"""

from __future__ import annotations

import math
import re
from typing import Any

from .base import Checker, InvalidAnswer, Result, register

_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def parse_number(text: str) -> float | None:
    """A number typed by a learner ("3.5", "3,5", "-2e3"); None if it is not."""
    text = text.strip().replace("\u2212", "-").replace(" ", "")
    if not _NUMBER.fullmatch(text):
        return None
    value = float(text.replace(",", "."))
    return value if math.isfinite(value) else None


def within(value: float, target: float, tolerance: float) -> bool:
    """Moodle's within_tolerance for the nominal type."""
    tolerance = abs(tolerance)
    low, high = target - tolerance, target + tolerance
    low -= 1e-15 * abs(low)
    high += 1e-15 * abs(high)
    return low <= value <= high


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


@register
class NumericChecker(Checker):
    """A typed number credited by the first answer it falls within."""

    type = "numeric"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        answers = spec.get("answers")
        if not isinstance(answers, list) or not answers:
            return ["a numeric question needs a list of answers"]
        problems = []
        for n, answer in enumerate(answers, start=1):
            if not isinstance(answer, dict):
                problems.append(f"answer {n} must be a mapping")
                continue
            if answer.get("value") != "*" and not _is_number(answer.get("value")):
                problems.append(f"answer {n}: value must be a number or '*'")
            if not _is_number(answer.get("tolerance", 0)):
                problems.append(f"answer {n}: tolerance must be a number")
            fraction = answer.get("fraction", 1)
            if not _is_number(fraction) or not -1 <= fraction <= 1:
                problems.append(f"answer {n}: fraction must be a number from -1 to 1")
        if not problems and not any(
            a.get("value") != "*" and a.get("fraction", 1) >= 1 for a in answers
        ):
            problems.append("one number must give full credit (fraction: 1)")
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {"prompt": spec["prompt"]}

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        raw = data.get("number")
        if isinstance(raw, int | float) and not isinstance(raw, bool):
            raw = str(raw)
        if not isinstance(raw, str) or not raw.strip():
            raise InvalidAnswer("Type a number in the box: it is empty.")
        value = parse_number(raw)
        if value is None:
            raise InvalidAnswer("That is not a number; type digits, e.g. 42 or 3.5.")
        return {"number": value}

    def _matching(self, spec: dict[str, Any], value: float) -> dict | None:
        for answer in spec["answers"]:
            target = answer.get("value")
            if target == "*" or within(value, target, answer.get("tolerance", 0)):
                return answer
        return None

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        matched = self._matching(spec, float(answer["number"]))
        score = round(max(0.0, float((matched or {}).get("fraction", 0))), 4)
        verdict = "Right." if score >= 1 else "Partly right." if score else "Not quite."
        best = next(
            a
            for a in spec["answers"]
            if a.get("value") != "*" and a.get("fraction", 1) >= 1
        )
        details = {
            "value": best["value"],
            "tolerance": best.get("tolerance", 0),
            "feedback": (matched or {}).get("feedback", ""),
            "explanation": spec.get("explanation", ""),
            "evidence": spec.get("evidence", []),
        }
        return Result(score, 1.0, verdict, details)
