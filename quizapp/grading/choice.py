"""Questions answered by picking options: one (multiple choice, who said it,
citation check) or several (multiple select)."""

from __future__ import annotations

from typing import Any

from .base import Checker, InvalidAnswer, Result, register


class _OptionsChecker(Checker):
    """Spec: prompt, options [{id, text, correct, feedback}], evidence, explanation."""

    #: How many options must be correct: "one" or "some".
    correct_count = "one"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        options = spec.get("options") or []
        if len(options) < 2:
            return ["a question needs at least two options"]
        ids = [o.get("id") for o in options]
        if len(set(ids)) != len(ids):
            return ["option ids must be unique"]
        correct = sum(bool(o.get("correct")) for o in options)
        if correct == 0:
            return ["no option is marked correct: true"]
        if self.correct_count == "one" and correct > 1:
            return [f"a {self.type} question has exactly one correct option"]
        return []

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "prompt": spec["prompt"],
            "options": [{"id": o["id"], "text": o["text"]} for o in spec["options"]],
            "citation": public_citation(spec.get("citation")),
        }

    def _option_verdicts(self, spec, chosen: set[str]) -> list[dict[str, Any]]:
        return [
            {
                "id": o["id"],
                "text": o["text"],
                "correct": bool(o.get("correct")),
                "chosen": o["id"] in chosen,
                "feedback": o.get("feedback", ""),
            }
            for o in spec["options"]
        ]

    def _details(self, spec, chosen: set[str]) -> dict[str, Any]:
        return {
            "options": self._option_verdicts(spec, chosen),
            "evidence": spec.get("evidence", []),
            "explanation": spec.get("explanation", ""),
        }


class SingleChoiceChecker(_OptionsChecker):
    """Exactly one option is right; a point for choosing it."""

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        choice = data.get("choice")
        if not isinstance(choice, str) or not choice:
            raise InvalidAnswer("Choose an answer.")
        return {"choice": choice}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        ids = {o["id"] for o in spec["options"]}
        if answer["choice"] not in ids:
            raise InvalidAnswer("That option is not part of this question.")
        right = next(o["id"] for o in spec["options"] if o.get("correct"))
        ok = answer["choice"] == right
        return Result(
            score=1.0 if ok else 0.0,
            max_score=1.0,
            feedback="Right." if ok else "Not quite.",
            details=self._details(spec, {answer["choice"]}),
        )


@register
class MultipleChoiceChecker(SingleChoiceChecker):
    type = "multiple_choice"


@register
class WhoSaidChecker(SingleChoiceChecker):
    """Options are the article's sources; the learner names who says a thing."""

    type = "who_said"
    skill = "sourcing"


#: What a citation's `source.kind` says about its text, shown with it.
SOURCE_KINDS = {
    "passage": "Passage from the cited source",
    "summary": "Summary of the cited source (not its own words)",
}


def public_citation(citation: dict[str, Any] | None) -> dict[str, Any] | None:
    """The citation as a learner sees it before answering: the source's text
    without the evidence marks (they point at the answer)."""
    if not citation:
        return citation
    source = citation.get("source")
    if not isinstance(source, dict):
        return citation
    shown = {k: v for k, v in source.items() if k != "evidence"}
    shown["label"] = SOURCE_KINDS.get(source.get("kind", ""), "")
    return {**citation, "source": shown}


def source_evidence_spans(source: dict[str, Any]) -> list[dict[str, Any]]:
    """The evidence phrases of a citation's source as spans of its text."""
    text = str(source.get("text") or "")
    spans = []
    for phrase in source.get("evidence") or []:
        at = text.find(str(phrase))
        if phrase and at >= 0:
            spans.append({"text": phrase, "start": at, "end": at + len(phrase)})
    return spans


@register
class CitationCheckChecker(SingleChoiceChecker):
    """Does the cited source support the claim it is attached to?

    The spec adds `citation: {url, claim}` which the learner sees before answering,
    and optionally the cited source's relevant passage or a summary of it, so the
    learner compares claim and source side by side ("lateral reading"):
    `citation.source: {kind: passage|summary, title, text, evidence: [phrases of
    text]}`; the evidence phrases are highlighted in the feedback only.
    """

    type = "citation_check"
    skill = "sourcing"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        problems = super().validate_spec(spec)
        citation = spec.get("citation") or {}
        if not citation.get("url") or not citation.get("claim"):
            problems.append("a citation_check needs citation.url and citation.claim")
        source = citation.get("source")
        if source is None:
            return problems
        if not isinstance(source, dict) or not str(source.get("text") or "").strip():
            return [*problems, "citation.source needs a text"]
        if source.get("kind") not in SOURCE_KINDS:
            problems.append(
                "citation.source.kind must be one of " + ", ".join(SOURCE_KINDS)
            )
        for phrase in source.get("evidence") or []:
            if str(phrase) not in source["text"]:
                problems.append(
                    f"citation.source evidence {str(phrase)[:60]!r} is not part of "
                    "its text"
                )
        return problems

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        result = super().check(spec, answer)
        source = (spec.get("citation") or {}).get("source")
        if isinstance(source, dict):
            result.details["source"] = {
                **public_citation(spec["citation"])["source"],
                "evidence": source_evidence_spans(source),
            }
            result.details["claim"] = spec["citation"].get("claim", "")
        return result


@register
class MultipleSelectChecker(_OptionsChecker):
    """Several options are right.

    Partial credit: (right picks - wrong picks) / number of right options, never
    below zero, so ticking every box earns little.
    """

    type = "multiple_select"
    correct_count = "some"

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        choices = data.get("choices")
        if isinstance(choices, str):
            choices = [choices]
        if not choices or not all(isinstance(c, str) for c in choices):
            raise InvalidAnswer("Choose at least one answer.")
        return {"choices": sorted(set(choices))}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        ids = {o["id"] for o in spec["options"]}
        chosen = set(answer["choices"])
        if not chosen <= ids:
            raise InvalidAnswer("That option is not part of this question.")
        right = {o["id"] for o in spec["options"] if o.get("correct")}
        hits, misses = len(chosen & right), len(chosen - right)
        score = round(max(0.0, (hits - misses) / len(right)), 2)
        if chosen == right:
            feedback = "Right: you found every one."
        elif score > 0:
            feedback = f"Partly right: {hits} of {len(right)} found"
            feedback += f", {misses} wrong." if misses else "."
        else:
            feedback = "Not quite."
        return Result(score, 1.0, feedback, self._details(spec, chosen))
