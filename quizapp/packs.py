"""Read and validate content packs (files only, no database).

A pack is a folder: `article.md` (YAML front matter + Markdown) and one YAML file
per exercise. `read_pack` either returns a fully resolved `Pack` (every quote,
cue and evidence located in the article) or raises `PackError` listing every
problem with its file and line, so a bad pack is refused whole.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .grading import CHECKERS, get_checker
from .rendering import Block, find_in_blocks, parse_article

EXERCISE_KINDS = ("claims", "questions")
READING_LEVELS = ("introductory", "intermediate", "advanced")
_OPTION_IDS = "abcdefghijklmnopqrstuvwxyz"


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


@dataclass
class Pack:
    slug: str
    meta: dict[str, Any]
    body: str
    digest: str
    exercises: list[ExerciseData] = field(default_factory=list)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that records each mapping's line as `__line__`."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _load_yaml(text: str, file: str, problems: list[Problem], offset: int = 0):
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + offset if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(file, line, f"invalid YAML: {reason}"))
        return None


def _strip_lines(value):
    if isinstance(value, dict):
        return {k: _strip_lines(v) for k, v in value.items() if k != "__line__"}
    if isinstance(value, list):
        return [_strip_lines(v) for v in value]
    return value


def read_pack(folder: str | Path) -> Pack:
    """Read, validate and resolve the pack in `folder`; raise PackError if bad."""
    folder = Path(folder)
    problems: list[Problem] = []
    article_path = folder / "article.md"
    if not article_path.is_file():
        raise PackError([Problem(str(article_path), None, "article.md is missing")])
    meta, body = _read_article(article_path, problems)
    blocks = parse_article(body)
    exercise_files = sorted(folder.glob("*.yaml")) + sorted(folder.glob("*.yml"))
    if not exercise_files:
        problems.append(Problem(str(folder), None, "no exercise files (*.yaml)"))
    exercises: list[ExerciseData] = []
    seen_ids: dict[str, str] = {}
    for position, path in enumerate(exercise_files):
        exercise = _read_exercise(path, position, blocks, seen_ids, problems)
        if exercise:
            exercises.append(exercise)
    if problems:
        raise PackError(problems)
    digest = hashlib.sha256()
    for path in [article_path, *exercise_files]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return Pack(folder.name, meta, body, digest.hexdigest(), exercises)


def _read_article(path: Path, problems: list[Problem]) -> tuple[dict, str]:
    file = str(path)
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(Problem(file, None, f"not UTF-8 text ({exc.reason})"))
        return {}, ""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(file, 1, "must start with '---' front matter"))
        return {}, text
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(Problem(file, 1, "front matter is not closed by '---'"))
        return {}, text
    meta = _load_yaml("".join(lines[1:end]), file, problems, offset=1)
    body = "".join(lines[end + 1 :])
    if meta is None:
        return {}, body
    if not isinstance(meta, dict):
        problems.append(Problem(file, 2, "front matter must be a mapping"))
        return {}, body
    line = meta.get("__line__", 2) + 1
    meta = _strip_lines(meta)
    if not str(meta.get("title") or "").strip():
        problems.append(Problem(file, line, "front matter needs a title"))
    published = meta.get("published")
    if published is not None and not isinstance(published, date):
        problems.append(Problem(file, line, "published must be a date (YYYY-MM-DD)"))
    level = meta.setdefault("reading_level", "intermediate")
    if level not in READING_LEVELS:
        problems.append(
            Problem(
                file, line, "reading_level must be one of " + ", ".join(READING_LEVELS)
            )
        )
    if not body.strip():
        problems.append(Problem(file, end + 2, "the article body is empty"))
    return meta, body


def _read_exercise(path, position, blocks, seen_ids, problems) -> ExerciseData | None:
    file = str(path)
    data = _load_yaml(path.read_text(encoding="utf-8"), file, problems)
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.append(Problem(file, 1, "an exercise file must be a mapping"))
        return None
    kind = data.get("kind")
    if kind not in EXERCISE_KINDS:
        problems.append(
            Problem(file, data["__line__"], f"kind must be one of {EXERCISE_KINDS}")
        )
        return None
    if not str(data.get("title") or "").strip():
        problems.append(Problem(file, data["__line__"], "an exercise needs a title"))
    raw_items = data.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(
            Problem(file, data["__line__"], "items must be a non-empty list")
        )
        return None
    items = []
    for index, raw in enumerate(raw_items, start=1):
        item = _read_item(raw, index, kind, file, blocks, seen_ids, problems)
        if item:
            items.append(item)
    return ExerciseData(
        slug=path.stem,
        kind=kind,
        title=str(data.get("title") or ""),
        instructions=str(data.get("instructions") or ""),
        position=position,
        items=items,
    )


def _read_item(raw, index, kind, file, blocks, seen_ids, problems) -> dict | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, None, f"item {index} must be a mapping"))
        return None
    line = raw["__line__"]
    here = f"item {raw.get('id') or index}"

    def problem(message: str) -> None:
        problems.append(Problem(file, line, f"{here}: {message}"))

    key = str(raw.get("id") or "").strip()
    if not key:
        problem("needs an id")
        return None
    if key in seen_ids:
        problem(f"id {key!r} is already used in {seen_ids[key]}")
    seen_ids[key] = file
    item_type = "claim" if kind == "claims" else raw.get("type")
    if item_type not in CHECKERS or (kind == "questions") == (item_type == "claim"):
        allowed = sorted(t for t in CHECKERS if t != "claim")
        problem(f"unknown type {item_type!r}; use one of {', '.join(allowed)}")
        return None
    spec = _strip_lines({k: v for k, v in raw.items() if k not in ("id", "type")})
    if kind == "claims":
        _resolve_claim(spec, blocks, problem)
    else:
        _resolve_question(spec, problem)
    _resolve_evidence(spec, blocks, problem)
    for message in get_checker(item_type).validate_spec(spec):
        problem(message)
    return {
        "key": key,
        "type": item_type,
        "skill": get_checker(item_type).skill_of(spec),
        "spec": spec,
    }


def _resolve_claim(spec: dict, blocks: list[Block], problem) -> None:
    quote = str(spec.get("quote") or "")
    found = find_in_blocks(blocks, quote) if quote else None
    if not found:
        problem(f"quote not found in the article: {quote[:60]!r}")
        return
    spec["block"], spec["start"], spec["end"] = found
    spec.setdefault("sort", spec.get("label") != "question")
    cues = []
    for cue in spec.get("cues") or []:
        at = quote.find(str(cue))
        if at < 0:
            problem(f"cue {cue!r} is not part of the quote")
            continue
        cues.append({"text": str(cue), "start": at, "end": at + len(str(cue))})
    spec["cues"] = cues


def _resolve_question(spec: dict, problem) -> None:
    if not str(spec.get("prompt") or "").strip():
        problem("needs a prompt")
    options = spec.get("options")
    if options is None:
        return
    if not isinstance(options, list):
        problem("options must be a list")
        spec["options"] = []
        return
    for position, option in enumerate(options):
        if not isinstance(option, dict) or not str(option.get("text") or "").strip():
            problem(f"option {position + 1} needs a text")
            continue
        option.setdefault("id", _OPTION_IDS[position % 26])
        option["id"] = str(option["id"])


def _resolve_evidence(spec: dict, blocks: list[Block], problem) -> None:
    evidence = []
    for quote in spec.get("evidence") or []:
        found = find_in_blocks(blocks, str(quote))
        if not found:
            problem(f"evidence not found in the article: {str(quote)[:60]!r}")
            continue
        block, start, end = found
        evidence.append(
            {"text": str(quote), "block": block, "start": start, "end": end}
        )
    spec["evidence"] = evidence
    for point in spec.get("key_points") or []:
        if isinstance(point, dict):
            _resolve_evidence(point, blocks, problem)
