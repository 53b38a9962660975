"""The types and ranges of every field a pack may give, checked before anything
else reads them, so a malformed pack is refused with a message naming the file,
line and field, never a crash later (when grading, publishing or storing).

Every value anywhere in a pack must be plain YAML (text, numbers, true/false,
lists, mappings, dates), text without NUL characters and at most MAX_TEXT_CHARS
long, numbers finite and at most MAX_NUMBER. Known fields must also have their
type and range; unknown fields get only those general checks, so a new exercise
type can bring its own fields.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from .limits import MAX_NUMBER, MAX_TEXT_CHARS


@dataclass(frozen=True)
class Rule:
    """What one field must be: `kind` is text, scalar (text or a number), flag,
    number, whole, date, texts (a list of text), mapping or mappings (a list of
    mappings, whose own fields follow `fields`); numbers within low..high."""

    kind: str
    low: float | None = None
    high: float | None = None
    above_low: bool = False  # low itself is not allowed
    fields: dict[str, Rule] = field(default_factory=dict)


TEXT, SCALAR, FLAG, TEXTS = Rule("text"), Rule("scalar"), Rule("flag"), Rule("texts")
_POINTS = Rule("number", 0, 100, above_low=True)

META = {
    "title": SCALAR,
    "outlet": SCALAR,
    "author": SCALAR,
    "published": Rule("date"),
    "url": TEXT,
    "reading_level": TEXT,
    "summary": SCALAR,
    "genre": SCALAR,
}
_MARKS = {
    # machine and reviewed: see validate._check_review_marks
    "evidence": TEXTS,
    "explanation": TEXT,
}
CLAIM = {
    "id": SCALAR,
    "quote": TEXT,
    "label": TEXT,
    "sort": FLAG,
    "source": Rule("mapping", fields={"kind": TEXT, "name": TEXT}),
    "cues": TEXTS,
    **_MARKS,
}
QUESTION = {
    "id": SCALAR,
    "type": TEXT,
    "prompt": TEXT,
    "options": Rule(
        "mappings",
        fields={"id": SCALAR, "text": SCALAR, "correct": FLAG, "feedback": TEXT},
    ),
    "citation": Rule("mapping", fields={"url": TEXT, "claim": TEXT}),
    "max_words": Rule("whole", 5, 1000),
    "max_score": Rule("number", 0, 1000, above_low=True),
    "key_points": Rule(
        "mappings",
        fields={
            "id": SCALAR,
            "label": TEXT,
            "phrasings": TEXTS,
            "points": _POINTS,
            "required": FLAG,
            "evidence": TEXTS,
        },
    ),
    "misconceptions": Rule(
        "mappings",
        fields={
            "id": SCALAR,
            "phrasings": TEXTS,
            "feedback": TEXT,
            "penalty": Rule("number", 0, 100),
        },
    ),
    "reference": TEXT,
    **_MARKS,
}
EXERCISE = {"kind": TEXT, "title": SCALAR, "instructions": SCALAR}

_NAMES = {
    "text": "text",
    "scalar": "text",
    "flag": "true or false",
    "number": "a number",
    "whole": "a whole number",
    "date": "a date (YYYY-MM-DD)",
    "texts": "a list of texts",
    "mapping": "a mapping of fields",
    "mappings": "a list of mappings",
}


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _fits(rule: Rule, value: Any) -> bool:
    kind = rule.kind
    if kind == "text":
        return isinstance(value, str)
    if kind == "scalar":
        return isinstance(value, str) or _is_number(value)
    if kind == "flag":
        return isinstance(value, bool)
    if kind == "number":
        return _is_number(value)
    if kind == "whole":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "date":
        return isinstance(value, date | str)
    if kind == "texts":
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == "mapping":
        return isinstance(value, dict)
    return isinstance(value, list) and all(isinstance(v, dict) for v in value)


def _range_problem(rule: Rule, value: float) -> str | None:
    low, high = rule.low, rule.high
    if low is None or high is None:
        return None
    too_low = value <= low if rule.above_low else value < low
    if too_low or value > high:
        above = "above" if rule.above_low else "from"
        return f"must be a number {above} {low:g} and at most {high:g}"
    return None


def field_problems(
    data: dict, rules: dict[str, Rule], line: int | None, prefix: str = ""
) -> list[tuple[int | None, str]]:
    """(line, message) for every field of `data` that breaks its rule or the
    general checks; `line` is where `data` starts (nested mappings say their
    own line through their `__line__` marker)."""
    line = data.get("__line__", line)
    problems: list[tuple[int | None, str]] = []
    for key, value in data.items():
        if key in ("__line__", "__file__"):
            continue
        name = f"{prefix}{key}"
        general = general_problems(value, name)
        problems += [(line, m) for m in general]
        rule = rules.get(str(key))
        if rule is None or value is None or general:
            continue
        if not _fits(rule, value):
            problems.append((line, f"{name} must be {_NAMES[rule.kind]}"))
            continue
        if rule.kind in ("number", "whole"):
            message = _range_problem(rule, value)
            if message:
                problems.append((line, f"{name} {message}"))
        elif rule.kind == "mapping" and rule.fields:
            problems += field_problems(value, rule.fields, line, f"{name}.")
        elif rule.kind == "mappings" and rule.fields:
            for index, entry in enumerate(value, start=1):
                problems += field_problems(
                    entry, rule.fields, line, f"{name}[{index}]."
                )
    return problems


def general_problems(value: Any, name: str, depth: int = 0) -> list[str]:
    """What breaks the checks every value must pass (see the module docstring);
    containers are checked all the way down, reporting the first problem."""
    if isinstance(value, str):
        if "\x00" in value:
            return [f"{name} contains a NUL character"]
        if len(value) > MAX_TEXT_CHARS:
            return [f"{name} is longer than {MAX_TEXT_CHARS:,} characters"]
        return []
    if isinstance(value, bool) or value is None or isinstance(value, date):
        return []
    if isinstance(value, int):
        if abs(value) > MAX_NUMBER:
            return [f"{name} is larger than {MAX_NUMBER:,}"]
        return []
    if isinstance(value, float):
        if not math.isfinite(value) or abs(value) > MAX_NUMBER:
            return [f"{name} must be a finite number of at most {MAX_NUMBER:,}"]
        return []
    if isinstance(value, dict):
        for key, child in value.items():
            if key in ("__line__", "__file__"):
                continue
            found = general_problems(key, f"{name} (a key)", depth + 1)
            found = found or general_problems(child, f"{name}.{key}", depth + 1)
            if found:
                return found
        return []
    if isinstance(value, list):
        for index, child in enumerate(value, start=1):
            found = general_problems(child, f"{name}[{index}]", depth + 1)
            if found:
                return found
        return []
    kind = _UNUSABLE.get(type(value).__name__, type(value).__name__)
    return [f"{name} is {kind}, which packs cannot use"]


_UNUSABLE = {
    "bytes": "binary data (!!binary)",
    "set": "a set (!!set)",
    "tuple": "a pair (!!omap or !!pairs)",
}
