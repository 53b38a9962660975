"""Content packs: files <-> plain pack data -> a validated, resolved `Pack`.

A pack is a folder: `article.md` (YAML front matter + Markdown) and one YAML file
per exercise. Three steps, each usable on its own (no database):

1. `pack_data_from_files(files)` parses file texts into *pack data*, the plain,
   JSON-safe shape a `Draft` stores: `{"meta", "body", "exercises": [{"slug",
   "kind", "title", "instructions", "items": [...]}]}`. Mappings keep their line
   as `__line__` (and exercises their file as `__file__`) for error messages;
   `clean_pack_data` drops those markers.
2. `pack_from_data(data, slug)` validates and resolves pack data into a `Pack`
   (every quote, cue and evidence located in the article) or raises `PackError`
   listing every problem with its file, line (when known) and item id.
3. `pack_files(data)` writes pack data back to stable, readable files, so
   export -> import round-trips losing nothing.

`read_pack(folder)` does 1 and 2 for a folder, so a bad pack is refused whole.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from .grading import CHECKERS, get_checker
from .rendering import Block, find_in_blocks, parse_article

EXERCISE_KINDS = ("claims", "questions")
READING_LEVELS = ("introductory", "intermediate", "advanced")
META_KEYS = ("title", "outlet", "author", "published", "url", "reading_level")
_OPTION_IDS = "abcdefghijklmnopqrstuvwxyz"
_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")
_MARKERS = ("__line__", "__file__")
_ITEM_KEYS = (
    "id", "type", "quote", "label", "sort", "source", "cues", "prompt", "citation",
    "options", "max_words", "key_points", "misconceptions", "evidence",
    "explanation", "machine", "reviewed",
)  # fmt: skip


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


# 1. Files -> pack data ---------------------------------------------------------


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
        "title": str(data.get("title") or ""),
        "instructions": str(data.get("instructions") or ""),
        "items": data.get("items"),
        "__line__": data["__line__"],
        "__file__": file,
    }


# 2. Pack data -> a validated, resolved Pack -------------------------------------


def read_pack(folder: str | Path) -> Pack:
    """Read, validate and resolve the pack in `folder`; raise PackError if bad."""
    folder = Path(folder)
    problems: list[Problem] = []
    names = ["article.md"] if (folder / "article.md").is_file() else []
    names += [p.name for p in sorted(folder.glob("*.yaml"))]
    names += [p.name for p in sorted(folder.glob("*.yml"))]
    raw = {name: (folder / name).read_bytes() for name in names}
    files = {}
    for name, content in raw.items():
        try:
            files[name] = content.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(str(folder / name), None, f"not UTF-8 text ({exc.reason})")
            )
    if "article.md" not in names:
        raise PackError(
            [Problem(str(folder / "article.md"), None, "article.md is missing")]
        )
    data = _parse_files(files, str(folder), problems)
    pack, problems = _check(data, folder.name, str(folder), problems)
    if problems:
        raise PackError(problems)
    digest = hashlib.sha256()
    for name in names:
        digest.update(name.encode() + b"\0" + raw[name])
    pack.digest = digest.hexdigest()
    return pack


def pack_from_data(data: dict[str, Any], slug: str) -> Pack:
    """Validate and resolve pack data (e.g. a Draft's) into a Pack, or raise
    PackError naming the exercise file and item id of every problem."""
    pack, problems = check_pack_data(data, slug)
    if problems:
        raise PackError(problems)
    return pack


def check_pack_data(data: dict[str, Any], slug: str) -> tuple[Pack, list[Problem]]:
    """The Pack of every valid part of `data`, and the problems of the rest."""
    return _check(data, slug, "", [])


def pack_digest(data: dict[str, Any]) -> str:
    """A digest of the files `data` would be written as."""
    digest = hashlib.sha256()
    for name, text in sorted(pack_files(data).items()):
        digest.update(name.encode() + b"\0" + text.encode())
    return digest.hexdigest()


def _check(data, slug, where, problems) -> tuple[Pack, list[Problem]]:
    article = data.get("__file__") or _display(where, "article.md")
    body = str(data.get("body") or "")
    meta = _check_meta(data, article, problems)
    blocks = parse_article(body)
    exercises: list[ExerciseData] = []
    if not data.get("exercises"):
        problems.append(Problem(where or "pack", None, "no exercise files (*.yaml)"))
    seen_ids: dict[str, str] = {}
    slugs: set[str] = set()
    for position, raw in enumerate(data.get("exercises") or []):
        exercise = _check_exercise(raw, position, where, blocks, seen_ids, problems)
        if exercise is not None and exercise.slug in slugs:
            problems.append(Problem(article, None, f"two exercises {exercise.slug!r}"))
        elif exercise is not None:
            slugs.add(exercise.slug)
            exercises.append(exercise)
    return Pack(slug, meta, body, pack_digest(data), exercises), problems


def _check_meta(data, file: str, problems) -> dict[str, Any]:
    meta = data.get("meta")
    if meta is None:  # unparseable front matter, already reported
        return {}
    line = meta.get("__line__")
    meta = clean_pack_data(meta)
    if not str(meta.get("title") or "").strip():
        problems.append(Problem(file, line, "front matter needs a title"))
    published = meta.get("published")
    if isinstance(published, str):
        try:
            published = meta["published"] = date.fromisoformat(published)
        except ValueError:
            pass
    if published is not None and not isinstance(published, date):
        problems.append(Problem(file, line, "published must be a date (YYYY-MM-DD)"))
    url = meta.get("url")
    if url is not None and not re.match(r"https?://\S+$", str(url)):
        problems.append(Problem(file, line, "url must start with http:// or https://"))
    level = meta.setdefault("reading_level", "intermediate")
    if level not in READING_LEVELS:
        problems.append(
            Problem(
                file, line, "reading_level must be one of " + ", ".join(READING_LEVELS)
            )
        )
    if not str(data.get("body") or "").strip():
        problems.append(
            Problem(file, data.get("__line__"), "the article body is empty")
        )
    return meta


def _check_exercise(raw, position, where, blocks, seen_ids, problems):
    slug = str(raw.get("slug") or "")
    file = raw.get("__file__") or _display(where, f"{slug}.yaml")
    line = raw.get("__line__")
    if not _SLUG.fullmatch(slug):
        problems.append(
            Problem(file, line, "an exercise file name must be letters, digits, - or _")
        )
    kind = raw.get("kind")
    if kind not in EXERCISE_KINDS:
        problems.append(Problem(file, line, f"kind must be one of {EXERCISE_KINDS}"))
        return None
    if not str(raw.get("title") or "").strip():
        problems.append(Problem(file, line, "an exercise needs a title"))
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(Problem(file, line, "items must be a non-empty list"))
        return None
    items = []
    for index, item in enumerate(raw_items, start=1):
        resolved = _read_item(item, index, kind, file, blocks, seen_ids, problems)
        if resolved:
            items.append(resolved)
    return ExerciseData(
        slug=slug,
        kind=kind,
        title=str(raw.get("title") or ""),
        instructions=str(raw.get("instructions") or ""),
        position=position,
        items=items,
    )


def _read_item(raw, index, kind, file, blocks, seen_ids, problems) -> dict | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, None, f"item {index} must be a mapping"))
        return None
    line = raw.get("__line__")
    here = f"item {raw.get('id') or index}"
    before = len(problems)

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
    spec = clean_pack_data({k: v for k, v in raw.items() if k not in ("id", "type")})
    _check_review_marks(spec, problem)
    if kind == "claims":
        _resolve_claim(spec, blocks, problem)
    else:
        _resolve_question(spec, problem)
    _resolve_evidence(spec, blocks, problem)
    for message in get_checker(item_type).validate_spec(spec):
        problem(message)
    if len(problems) > before:
        return None
    return {
        "key": key,
        "type": item_type,
        "skill": get_checker(item_type).skill_of(spec),
        "spec": spec,
    }


def _check_review_marks(spec: dict, problem) -> None:
    machine = spec.get("machine")
    if machine is not None:
        confidence = machine.get("confidence") if isinstance(machine, dict) else None
        if (
            isinstance(confidence, bool)
            or not isinstance(confidence, int | float)
            or (not 0 <= confidence <= 1)
        ):
            problem("machine must be {confidence: a number from 0 to 1}")
    if "reviewed" in spec and not isinstance(spec["reviewed"], bool):
        problem("reviewed must be true or false")


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
    citation = spec.get("citation")
    if isinstance(citation, dict) and citation.get("url"):
        if not re.match(r"https?://\S+$", str(citation["url"])):
            problem("citation.url must start with http:// or https://")
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


# 3. Pack data -> files ----------------------------------------------------------


def _dump(data: Any) -> str:
    return yaml.safe_dump(
        data, sort_keys=False, allow_unicode=True, width=88, default_flow_style=False
    )


def _ordered(mapping: dict, order: tuple[str, ...]) -> dict:
    known = {k: mapping[k] for k in order if k in mapping}
    return known | {k: v for k, v in mapping.items() if k not in known}


def pack_files(data: dict[str, Any]) -> dict[str, str]:
    """File name -> text of the pack: `article.md` (front matter + Markdown) and
    one `<slug>.yaml` per exercise; stable, so equal data gives equal files."""
    data = clean_pack_data(data)
    meta = _ordered(dict(data.get("meta") or {}), META_KEYS)
    published = meta.get("published")
    if isinstance(published, str):
        try:
            meta["published"] = date.fromisoformat(published)
        except ValueError:
            pass
    files = {"article.md": "---\n" + _dump(meta) + "---\n" + str(data["body"])}
    for exercise in data.get("exercises") or []:
        content = {"title": exercise["title"], "kind": exercise["kind"]}
        if exercise.get("instructions"):
            content["instructions"] = exercise["instructions"]
        content["items"] = [_ordered(i, _ITEM_KEYS) for i in exercise["items"]]
        files[f"{exercise['slug']}.yaml"] = _dump(content)
    return files
