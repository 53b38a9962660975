"""Step 2: pack data -> a validated, resolved `Pack`.

Every quote, cue and evidence is located in the article; every problem is listed
with its file, line (when known) and item id. `read_pack(folder)` reads a
folder's files and does steps 1 and 2, so a bad pack is refused whole.
"""

from __future__ import annotations

import hashlib
import re
from functools import partial
from pathlib import Path
from typing import Any

from ..grading import CHECKERS, get_checker
from ..grading.cues import DEFAULT_PROMPT as MARK_CUES_PROMPT
from ..rendering import IndexedBlocks, parse_article
from .fields import CLAIM, EXERCISE, QUESTION, field_problems
from .limits import pack_size_problems
from .model import (
    EXERCISE_KINDS,
    ExerciseData,
    Pack,
    PackError,
    Problem,
)
from .parse import _display, _parse_files, clean_pack_data
from .resolve import (
    check_review_marks,
    locate_quote,
    resolve_claim,
    resolve_evidence,
    resolve_question,
)
from .validate_meta import check_meta
from .write import pack_digest

_SLUG = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,79}")


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


def _check(data, slug, where, problems) -> tuple[Pack, list[Problem]]:
    if not _SLUG.fullmatch(slug):
        problems.append(
            Problem(
                where or slug[:80],
                None,
                "the pack's folder name (its slug) must be up to 80 letters, "
                "digits, - or _",
            )
        )
    article = data.get("__file__") or _display(where, "article.md")
    body = str(data.get("body") or "")
    meta = check_meta(data, article, problems)
    if too_big := pack_size_problems(data, body, article, where or "pack"):
        return Pack(slug, meta, ""), problems + too_big
    blocks = IndexedBlocks(parse_article(body))
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
    pack = Pack(slug, meta, body, exercises)
    if not problems:  # malformed data has no digest; the data as it is now has
        pack.digest_of = partial(pack_digest, clean_pack_data(data))
    return pack, problems


def _check_exercise(raw, position, where, blocks, seen_ids, problems):
    slug = str(raw.get("slug") or "")
    file = raw.get("__file__") or _display(where, f"{slug}.yaml")
    line = raw.get("__line__")
    if not _SLUG.fullmatch(slug):
        problems.append(
            Problem(file, line, "an exercise file name must be letters, digits, - or _")
        )
    typed = field_problems({k: raw.get(k) for k in EXERCISE}, EXERCISE, line)
    if typed:
        problems += [Problem(file, at, message) for at, message in typed]
        return None
    kind = raw.get("kind")
    if kind not in EXERCISE_KINDS:
        problems.append(Problem(file, line, f"kind must be one of {EXERCISE_KINDS}"))
        return None
    if not str(raw.get("title") or "").strip():
        problems.append(Problem(file, line, "an exercise needs a title"))
    elif len(str(raw["title"])) > 300:
        problems.append(Problem(file, line, "the title is longer than 300 characters"))
    raw_items = raw.get("items")
    if not isinstance(raw_items, list) or not raw_items:
        problems.append(Problem(file, line, "items must be a non-empty list"))
        return None
    items = []
    quotes: dict[tuple, str] = {}
    for index, item in enumerate(raw_items, start=1):
        resolved = _read_item(item, index, kind, file, blocks, seen_ids, problems)
        if resolved and kind == "claims":
            # one claim per sentence: two would contradict each other
            place = (resolved["spec"]["block"], resolved["spec"]["start"])
            if place in quotes:
                problems.append(
                    Problem(
                        file,
                        item.get("__line__"),
                        f"item {resolved['key']}: the same sentence "
                        f"is already claim {quotes[place]}",
                    )
                )
                continue
            quotes[place] = resolved["key"]
        if resolved:
            items.append(resolved)
    draw = raw.get("draw")
    if draw is not None and (
        isinstance(draw, bool) or not isinstance(draw, int) or draw < 1
    ):
        problems.append(Problem(file, line, "draw must be a whole number, 1 or more"))
        draw = None
    return ExerciseData(
        slug=slug,
        kind=kind,
        title=str(raw.get("title") or ""),
        instructions=str(raw.get("instructions") or ""),
        position=position,
        items=items,
        draw=draw,
    )


def _read_item(raw, index, kind, file, blocks, seen_ids, problems) -> dict | None:
    if not isinstance(raw, dict):
        problems.append(Problem(file, None, f"item {index} must be a mapping"))
        return None
    line = raw.get("__line__")
    given = raw.get("id")
    here = f"item {str(given)[:80] if isinstance(given, str | int) else index}"
    before = len(problems)
    typed = field_problems(raw, CLAIM if kind == "claims" else QUESTION, line)
    if typed:
        problems += [Problem(file, at, f"{here}: {message}") for at, message in typed]
        return None

    def problem(message: str) -> None:
        problems.append(Problem(file, line, f"{here}: {message}"))

    key = str(raw.get("id") or "").strip()
    if not key:
        problem("needs an id")
        return None
    if len(key) > 80:
        problem("the id is longer than 80 characters")
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
    check_review_marks(spec, problem)
    if kind == "claims":
        resolve_claim(spec, blocks, problem)
    else:
        if item_type == "mark_cues":
            spec.setdefault("prompt", MARK_CUES_PROMPT)
            if spec.get("quote"):
                locate_quote(spec, blocks, problem)
        resolve_question(spec, problem)
    resolve_evidence(spec, blocks, problem)
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


