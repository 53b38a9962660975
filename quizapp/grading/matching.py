"""Matching: pair each item on the left with one answer from a shared list.

Spec (`type: matching`)::

    prompt: "Match each outlet to its kind."
    pairs:
      - {id: p1, left: "Reuters", right: "news agency"}
      - {id: p2, left: "The Guardian", right: "newspaper"}
    distractors: ["blog"]          # optional extra wrong answers
    explanation: "Shown after answering."

Every pair is worth the same share of one point (Moodle's partial credit).
Learners see the answers in alphabetical order, never in pair order. Answer:
``{"matches": {"p1": "news agency", ...}}``; forms post `match-p1=...`.
"""

from __future__ import annotations

from typing import Any

from .base import Checker, InvalidAnswer, Result, register


def choices_of(spec: dict[str, Any]) -> list[str]:
    """The answers offered for every pair, sorted so order gives nothing away."""
    rights = [str(p["right"]) for p in spec["pairs"]]
    rights += [str(d) for d in spec.get("distractors") or []]
    return sorted(set(rights), key=lambda s: (s.casefold(), s))


@register
class MatchingChecker(Checker):
    """Pairs matched; partial credit per right pair."""

    type = "matching"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        pairs = spec.get("pairs")
        if not isinstance(pairs, list) or len(pairs) < 2:
            return ["a matching question needs at least two pairs"]
        problems = []
        ids = []
        for n, pair in enumerate(pairs, start=1):
            if not isinstance(pair, dict) or not str(pair.get("left") or "").strip():
                problems.append(f"pair {n} needs a left text")
                continue
            if not str(pair.get("right") or "").strip():
                problems.append(f"pair {n} needs a right text")
            ids.append(str(pair.get("id") or ""))
        if not problems and (not all(ids) or len(set(ids)) != len(ids)):
            problems.append("every pair needs a unique id")
        distractors = spec.get("distractors") or []
        if not isinstance(distractors, list):
            problems.append("distractors must be a list of texts")
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "prompt": spec["prompt"],
            "pairs": [{"id": p["id"], "left": p["left"]} for p in spec["pairs"]],
            "choices": choices_of(spec),
        }

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        matches = data.get("matches")
        if matches is None:
            matches = {
                k.removeprefix("match-"): v
                for k, v in data.items()
                if isinstance(k, str) and k.startswith("match-")
            }
        if not isinstance(matches, dict) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in matches.items()
        ):
            raise InvalidAnswer("Choose an answer for each item.")
        matches = {k: v for k, v in matches.items() if v}
        if not matches:
            raise InvalidAnswer("Choose an answer for each item.")
        return {"matches": matches}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        ids = {str(p["id"]) for p in spec["pairs"]}
        chosen = answer["matches"]
        if not set(chosen) <= ids or not set(chosen.values()) <= set(choices_of(spec)):
            raise InvalidAnswer("That answer is not part of this question.")
        if set(chosen) != ids:
            raise InvalidAnswer("Choose an answer for each item.")
        rows = [
            {
                "id": str(p["id"]),
                "left": p["left"],
                "right": p["right"],
                "chosen": chosen[str(p["id"])],
                "correct": chosen[str(p["id"])] == str(p["right"]),
            }
            for p in spec["pairs"]
        ]
        right = sum(r["correct"] for r in rows)
        score = round(right / len(rows), 4)
        if right == len(rows):
            verdict = "Right: every pair matches."
        elif right:
            verdict = f"Partly right: {right} of {len(rows)} pairs match."
        else:
            verdict = "Not quite."
        details = {
            "pairs": rows,
            "explanation": spec.get("explanation", ""),
            "evidence": spec.get("evidence", []),
        }
        return Result(score, 1.0, verdict, details)
