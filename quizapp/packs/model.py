"""What a content pack is made of: the resolved `Pack` and its exercises, the
allowed exercise kinds and reading levels, and `Problem`/`PackError` for what is
wrong with a pack."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

EXERCISE_KINDS = ("claims", "questions")
READING_LEVELS = ("introductory", "intermediate", "advanced")


@dataclass(frozen=True)
class Problem:
    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


class PackError(Exception):
    """A pack that cannot be imported; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class ExerciseData:
    slug: str
    kind: str
    title: str
    instructions: str
    position: int
    items: list[dict[str, Any]]  # {key, type, skill, spec}
    #: Question pool: each attempt draws this many of the items (None: all).
    draw: int | None = None


@dataclass
class Pack:
    slug: str
    meta: dict[str, Any]
    body: str
    exercises: list[ExerciseData] = field(default_factory=list)
    #: Computes `digest` when it is first asked for: hashing a pack means
    #: writing its files, which costs as much as reading them, and most
    #: validations (an import, the review screen) never need it.
    digest_of: Callable[[], str] = field(default=str, repr=False, compare=False)
    _digest: str | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def digest(self) -> str:
        """A digest of the pack's files; "" for a malformed pack."""
        if self._digest is None:
            self._digest = self.digest_of()
        return self._digest

    @digest.setter
    def digest(self, value: str) -> None:
        self._digest = value
