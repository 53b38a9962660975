"""The contract every exercise type fulfils, and the registry that finds them.

A *spec* is the plain dict an item is stored as (what a content pack says about it,
answer key included). An *answer* is the plain dict a learner submits. A checker
turns both into a `Result` without touching Flask or a database, so every type is
unit-tested on its own and adding a type is one class plus one `register` line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, ClassVar


@dataclass(frozen=True)
class Result:
    """The verdict on one answer: points, a sentence of feedback, and details.

    `details` is JSON-serialisable and type-specific (the correct label, which
    options were right, which key points matched...). It reveals the answer key, so
    it is only ever shown after the learner has answered.
    """

    score: float
    max_score: float
    feedback: str
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def is_correct(self) -> bool:
        return self.max_score > 0 and self.score >= self.max_score


class InvalidAnswer(ValueError):
    """The submitted answer does not fit the item (no option chosen, empty text...)."""


class Checker:
    """Base class of an exercise type; subclasses set `type` and override methods."""

    type: ClassVar[str]
    #: The skill an item of this type trains, unless `skill_of` says otherwise.
    skill: ClassVar[str] = "comprehension"
    #: When True, `check` receives the article's plain text as spec["source_text"]
    #: (e.g. to spot an answer pasted from the article); it is never stored.
    needs_article_text: ClassVar[bool] = False

    def validate_spec(self, spec: dict[str, Any]) -> list[str]:
        """Problems that make `spec` unusable, as sentences; empty when it is fine."""
        return []

    def public_view(self, spec: dict[str, Any]) -> dict[str, Any]:
        """What a learner may see before answering: never the answer key."""
        raise NotImplementedError

    def parse_answer(self, data: dict[str, Any]) -> dict[str, Any]:
        """Normalise submitted form or JSON data; raise InvalidAnswer when unusable."""
        raise NotImplementedError

    def check(self, spec: dict[str, Any], answer: dict[str, Any]) -> Result:
        """Grade `answer` against `spec`."""
        raise NotImplementedError

    def max_score(self, spec: dict[str, Any]) -> float:
        """Full marks for an item with this spec (the `max_score` `check` returns)."""
        return 1.0

    def skill_of(self, spec: dict[str, Any]) -> str:
        """The progress skill an item counts towards."""
        return self.skill


CHECKERS: dict[str, Checker] = {}


def register(cls: type[Checker]) -> type[Checker]:
    """Class decorator: make an exercise type available under `cls.type`."""
    CHECKERS[cls.type] = cls()
    return cls


def get_checker(item_type: str) -> Checker:
    """The checker for `item_type`; KeyError names the unknown type."""
    try:
        return CHECKERS[item_type]
    except KeyError:
        raise KeyError(f"unknown exercise type {item_type!r}") from None
