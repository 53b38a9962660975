"""Claim sorting: the learner labels one sentence of the article."""

from __future__ import annotations

from typing import Any

from .base import Checker, InvalidAnswer, Result, register

#: The four kinds of claim a learner sorts sentences into, in the order shown
#: (keys 1-4 in the page). `question` exists for annotation only: questions and
#: courtesies are annotated but never sorted.
LABELS: dict[str, str] = {
    "sourced": "Sourced fact",
    "speculation": "Speculation",
    "opinion": "Opinion",
    "unsourced": "Unsourced claim",
}
ANNOTATION_LABELS = (*LABELS, "question")
LABEL_HINTS: dict[str, str] = {
    "sourced": "Attributed to a named person or organisation, an unnamed source, "
    "or a cited document or link.",
    "speculation": "A guess, prediction or hedged interpretation, by an analyst "
    "or the writer.",
    "opinion": "A value judgement or loaded wording.",
    "unsourced": "The writer asserts it and does not say how it is known.",
}

#: How a sourced claim is sourced.
SOURCE_KINDS: dict[str, str] = {
    "named": "a named person or organisation",
    "anonymous": "an unnamed source",
    "vague": 'a vague group ("some analysts", "others")',
    "citation": "a cited document or link",
    "self": "the speaker of an interview turn",
}


def offered_to_learners(item_type: str, spec: dict[str, Any]) -> bool:
    """Whether learners work through the item: every question, and the claims
    marked for sorting (questions and courtesies are annotated, not sorted)."""
    return item_type != "claim" or spec.get("sort", True)


_AS_NOUN = {
    "sourced": "a sourced fact",
    "speculation": "speculation",
    "opinion": "opinion",
    "unsourced": "an unsourced claim",
    "question": "a question",
}


def _in_sentence(name: str) -> str:
    """A source's name as it reads inside a sentence: a leading article of a
    common noun is lower-cased ("A press release from ...", "The findings"),
    a name's own stays ("The Environment Agency")."""
    first, _, rest = name.partition(" ")
    if first in ("A", "An") or (first == "The" and rest[:1].islower()):
        return f"{first.lower()} {rest}"
    return name


def both_answers(spec: dict[str, Any]) -> str:
    """The two questions answered in words: what kind of statement the sentence
    makes, and who stands behind it ("an opinion, and it is sourced: Tom Barker
    said it")."""
    label = spec.get("label", "")
    source = spec.get("source") or {}
    kind = source.get("kind")
    name = _in_sentence(" ".join(str(source.get("name") or "").split()))
    if label in ("question", "unsourced") or label not in _AS_NOUN:
        return _AS_NOUN.get(label, "a claim")
    noun = "an opinion" if label == "opinion" else _AS_NOUN[label]
    if not kind:
        if label == "sourced":
            return noun
        return f"{noun}, and nobody is named as its source"
    if kind == "anonymous":
        tail = "sourced to someone not named" + (f" ({name})" if name else "")
    elif kind == "vague":
        tail = "only loosely sourced" + (f" ({name})" if name else "")
    elif kind == "citation" and (not name or name.startswith("link")):
        tail = f"sourced: the {name or 'link'} is its source"
    elif kind == "citation":  # a document the words name: "a Bloomberg poll"
        tail = f"sourced: it comes from {name}"
    else:
        tail = f"sourced: {name or 'the speaker'} said it"
    if label == "sourced":
        if kind in ("anonymous", "vague"):
            return f"{noun}, though {tail.replace('sourced to', 'it comes from')}"
        return f"{noun}: " + tail.removeprefix("sourced: ")
    return f"{noun}, and it is {tail}"


_SKILLS = {
    "sourced": "sourcing",
    "unsourced": "sourcing",
    "speculation": "speculation",
    "opinion": "opinion",
}


@register
class ClaimChecker(Checker):
    """Spec: quote, label, source {kind, name}, cues [{text, start, end}] and
    explanation; the learner answers with one of the four labels."""

    type = "claim"

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        problems = []
        if spec.get("label") not in ANNOTATION_LABELS:
            problems.append(
                f"unknown label {spec.get('label')!r}; use one of "
                + ", ".join(ANNOTATION_LABELS)
            )
        source = spec.get("source") or {}
        if spec.get("label") == "sourced" and not source.get("kind"):
            problems.append("a sourced claim needs source.kind")
        if source.get("kind") and source["kind"] not in SOURCE_KINDS:
            problems.append(
                f"unknown source kind {source['kind']!r}; use one of "
                + ", ".join(SOURCE_KINDS)
            )
        if not (spec.get("explanation") or "").strip():
            problems.append("an explanation is required")
        return problems

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        return {
            "quote": spec["quote"],
            "choices": [
                {"id": key, "text": name, "hint": LABEL_HINTS[key]}
                for key, name in LABELS.items()
            ],
        }

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        label = data.get("label")
        if not isinstance(label, str) or label.strip() not in LABELS:
            raise InvalidAnswer("Choose one of the four labels.")
        return {"label": label.strip()}

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        right = answer["label"] == spec["label"]
        verdict = "Right" if right else "Not quite"
        return Result(
            score=1.0 if right else 0.0,
            max_score=1.0,
            feedback=f"{verdict}: this is {both_answers(spec)}.",
            details={
                "chosen": answer["label"],
                "label": spec["label"],
                "source": spec.get("source"),
                "cues": spec.get("cues", []),
                "explanation": spec.get("explanation", ""),
            },
        )

    def skill_of(self, spec: dict[str, Any]) -> str:
        return _SKILLS.get(spec.get("label", ""), "sourcing")
