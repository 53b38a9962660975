"""Step 1: pack files -> pack data.

`article.md` (YAML front matter + Markdown) and the `*.yaml` exercise files become
plain, JSON-safe data. A line-recording YAML loader keeps each mapping's line as
`__line__` (and each exercise its file as `__file__`) for error messages;
`clean_pack_data` drops those markers.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import yaml
from yaml.error import MarkedYAMLError

from .limits import MAX_YAML_DEPTH, MAX_YAML_NODES
from .model import PackError, Problem

_MARKERS = ("__line__", "__file__")


_BaseLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when built


class _LineLoader(_BaseLoader):
    """A safe loader that records each mapping's line as `__line__`."""

    def construct_mapping(self, node, deep=False):
        mapping = super().construct_mapping(node, deep=deep)
        mapping["__line__"] = node.start_mark.line + 1
        return mapping


def _refuse_bombs(text: str) -> None:
    """Raise MarkedYAMLError for what would make a small file cost a worker its
    memory or time once built: an alias (`*name`: nested aliases grow
    exponentially, the "billion laughs"), more than MAX_YAML_NODES values, or
    nesting deeper than MAX_YAML_DEPTH. Reads the parser's events as they come,
    so a bomb is refused before any node is built."""
    nodes = depth = 0
    for event in yaml.parse(text, Loader=_BaseLoader):
        if isinstance(event, yaml.AliasEvent):
            reason = "aliases (*name) are not allowed in packs"
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
            continue
        elif isinstance(event, yaml.NodeEvent):
            nodes += 1
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
            if nodes > MAX_YAML_NODES:
                reason = f"more than {MAX_YAML_NODES:,} values in one file"
            elif depth > MAX_YAML_DEPTH:
                reason = f"nested more than {MAX_YAML_DEPTH} levels deep"
            else:
                continue
        else:
            continue
        raise MarkedYAMLError(None, None, reason, event.start_mark)


def safe_load(text: str):
    """`yaml.safe_load` with line markers that first refuses YAML bombs (see
    `_refuse_bombs`); raises yaml.YAMLError."""
    _refuse_bombs(text)
    return yaml.load(text, Loader=_LineLoader)  # noqa: S506 (a SafeLoader)


def _load_yaml(text: str, file: str, problems: list[Problem], offset: int = 0):
    try:
        return safe_load(text)
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # A value the safe constructors cannot build (a date like 2024-13-45,
        # an unhashable mapping key...).
        problems.append(Problem(file, None, f"invalid YAML: {exc}"))
        return None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 + offset if mark else None
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(file, line, f"invalid YAML: {reason}"))
        return None


def _plain(value, offset: int = 0):
    """JSON-safe data: dates as ISO strings, line markers shifted by `offset`."""
    if isinstance(value, dict):
        return {
            str(k): (v + offset if k == "__line__" else _plain(v, offset))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_plain(v, offset) for v in value]
    if isinstance(value, date):
        return value.isoformat()
    return value


def clean_pack_data(value):
    """Pack data without the `__line__`/`__file__` markers (what a Draft stores)."""
    if isinstance(value, dict):
        return {k: clean_pack_data(v) for k, v in value.items() if k not in _MARKERS}
    if isinstance(value, list):
        return [clean_pack_data(v) for v in value]
    return value


def pack_data_from_files(files: dict[str, str], where: str = "") -> dict[str, Any]:
    """Parse `article.md` and the `*.yaml` exercise files into pack data.

    `where` (a folder) prefixes file names in problems; raises PackError when a
    file cannot be parsed at all.
    """
    problems: list[Problem] = []
    data = _parse_files(files, where, problems)
    if problems:
        raise PackError(problems)
    return data


def _display(where: str, name: str) -> str:
    return str(Path(where) / name) if where else name


def _exercise_names(files: dict[str, str]) -> list[str]:
    return sorted(n for n in files if n.endswith(".yaml")) + sorted(
        n for n in files if n.endswith(".yml")
    )


def _parse_files(files: dict[str, str], where: str, problems) -> dict[str, Any]:
    article = _display(where, "article.md")
    if "article.md" not in files:
        problems.append(Problem(article, None, "article.md is missing"))
        return {"meta": None, "body": "", "exercises": []}
    meta, body, body_line = _parse_article(files["article.md"], article, problems)
    exercises = []
    for name in _exercise_names(files):
        exercise = _parse_exercise(name, files[name], where, problems)
        if exercise is not None:
            exercises.append(exercise)
    data = {"meta": meta, "body": body, "exercises": exercises}
    data["__line__"], data["__file__"] = body_line, article
    return data


def _parse_article(text: str, file: str, problems) -> tuple[dict | None, str, int]:
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        problems.append(Problem(file, 1, "must start with '---' front matter"))
        return None, text, 1
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == "---"), None)
    if end is None:
        problems.append(Problem(file, 1, "front matter is not closed by '---'"))
        return None, text, 1
    meta = _load_yaml("".join(lines[1:end]), file, problems, offset=1)
    body = "".join(lines[end + 1 :])
    if meta is None:
        return None, body, end + 2
    if not isinstance(meta, dict):
        problems.append(Problem(file, 2, "front matter must be a mapping"))
        return None, body, end + 2
    return _plain(meta, offset=1), body, end + 2


def _parse_exercise(name: str, text: str, where: str, problems) -> dict | None:
    file = _display(where, name)
    data = _load_yaml(text, file, problems)
    if data is None:
        return None
    if not isinstance(data, dict):
        problems.append(Problem(file, 1, "an exercise file must be a mapping"))
        return None
    data = _plain(data)
    return {
        "slug": name.rsplit(".", 1)[0],
        "kind": data.get("kind"),
        "title": data.get("title") or "",
        "instructions": data.get("instructions") or "",
        "items": data.get("items"),
        **({"draw": data["draw"]} if "draw" in data else {}),
        "__line__": data["__line__"],
        "__file__": file,
    }
