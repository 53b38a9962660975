"""Written (free_text) questions of a draft: their rubric of key points and
misconceptions, trying a sample answer against it, and, on publishing, which
changed rubrics would change grades students already have.

Edits replace the draft's pack data and commit, as in `draft_items`.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass
from typing import Any

from ..analysis.draft import slug_of
from ..grading import Result, get_checker
from ..models import Article, Draft, Item, User
from . import review
from .authoring import AuthoringError, _save, draft_pack_check, publish_draft
from .draft_items import _fresh_id, _item_or_error

_ROW_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,59}")
_ORDER = (
    "id",
    "type",
    "prompt",
    "max_words",
    "key_points",
    "misconceptions",
    "reference",
    "explanation",
)


def _number(value: Any) -> int | float:
    value = float(value)
    return int(value) if value.is_integer() else value


def _row_id(given: str, name: str, taken: set[str], fallback: str) -> str:
    """Keep a row's id (answers' feedback refers to it); else one from its name."""
    if _ROW_ID.fullmatch(given or "") and given not in taken:
        taken.add(given)
        return given
    base = (slug_of(name)[:40].strip("-") or fallback) if name else fallback
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        candidate = f"{base}-{number}"
    taken.add(candidate)
    return candidate


def _set_written(item: dict, fields: dict[str, Any]) -> None:
    item["type"] = "free_text"
    item["prompt"] = str(fields["prompt"]).strip()
    item["max_words"] = int(fields["max_words"])
    taken: set[str] = set()
    key_points = []
    for row in fields["key_points"]:
        label = str(row["label"]).strip()
        point = {
            "id": _row_id(row.get("id", ""), label, taken, "point"),
            "label": label,
            "points": _number(row.get("points") or 1),
            "required": bool(row.get("required")),
            "phrasings": [str(p).strip() for p in row["phrasings"] if str(p).strip()],
        }
        if row.get("evidence"):
            point["evidence"] = [str(e) for e in row["evidence"]]
        key_points.append(point)
    misconceptions = []
    for row in fields.get("misconceptions") or []:
        phrasings = [str(p).strip() for p in row["phrasings"] if str(p).strip()]
        entry = {
            "id": _row_id(row.get("id", ""), next(iter(phrasings), ""), taken, "wrong"),
            "phrasings": phrasings,
            "feedback": str(row.get("feedback") or "").strip(),
        }
        if row.get("penalty") is not None:
            entry["penalty"] = _number(row["penalty"])
        misconceptions.append(entry)
    item["key_points"] = key_points
    item["misconceptions"] = misconceptions
    for key in ("reference", "explanation"):
        if str(fields.get(key) or "").strip():
            item[key] = str(fields[key]).strip()
        else:
            item.pop(key, None)
    if not misconceptions:
        item.pop("misconceptions")
    item["reviewed"] = True
    problems = get_checker("free_text").validate_spec(item)
    if problems:
        message = "; ".join(problems)
        raise AuthoringError(message[0].upper() + message[1:] + ".")
    rest = {k: item.pop(k) for k in list(item) if k not in _ORDER}
    for key in _ORDER:
        if key in item:
            item[key] = item.pop(key)
    item.update(rest)


def _written_exercise(data: dict) -> dict:
    """The exercise that takes a new written question: the first that has one,
    else the one called "written", else a new "In your own words"."""
    questions = [e for e in data["exercises"] if e["kind"] == "questions"]
    for exercise in questions:
        if any(i.get("type") == "free_text" for i in exercise["items"]):
            return exercise
    slugs = {e["slug"]: e for e in data["exercises"]}
    if slugs.get("written", {}).get("kind") == "questions":
        return slugs["written"]
    slug, number = "written", 1
    while slug in slugs:
        number += 1
        slug = f"written-{number}"
    exercise = {
        "slug": slug,
        "kind": "questions",
        "title": "In your own words",
        "instructions": "Answer in your own words, in a few sentences.",
        "items": [],
    }
    data["exercises"].append(exercise)
    return exercise


def add_written_question(draft: Draft, fields: dict[str, Any]) -> str:
    """Add a written question (prompt, max_words, key_points [{id, label,
    phrasings, points, required, evidence}], misconceptions [{id, phrasings,
    feedback, penalty}], reference, explanation); return its id."""
    data = copy.deepcopy(draft.data)
    item = {"id": _fresh_id(draft, data, "w")}
    _set_written(item, fields)
    _written_exercise(data)["items"].append(item)
    _save(draft, data)
    return item["id"]


def update_written_question(draft: Draft, key: str, fields: dict[str, Any]) -> None:
    """Replace written question `key`'s prompt, word limit and rubric (the fields
    of `add_written_question`); it counts as reviewed from now on."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "questions")
    if item.get("type") != "free_text":
        raise AuthoringError(f"{key!r} is not a written question.")
    _set_written(item, fields)
    _save(draft, data)


def try_answer(draft: Draft, key: str, text: str) -> Result:
    """Grade `text` with written question `key`'s saved rubric, resolved as
    publishing resolves it; nothing is stored. Raises AuthoringError while the
    question has problems and InvalidAnswer for an unusable answer."""
    pack, problems = draft_pack_check(draft)
    items = [i for e in pack.exercises for i in e.items if i["key"] == key]
    if not items or items[0]["type"] != "free_text":
        own = [str(p) for p in problems if f"item {key}:" in str(p)]
        raise AuthoringError(
            "Fix this question's problems first: " + "; ".join(own or ["see review"])
        )
    checker = get_checker("free_text")
    answer = checker.parse_answer({"text": text})
    return checker.check({**items[0]["spec"], "source_text": pack.body}, answer)


# Publishing ---------------------------------------------------------------------


@dataclass
class RegradeOffer:
    item: Item
    answers: int  # answers the teacher may see whose grade would change


def _written_specs(article: Article | None) -> dict[int, dict]:
    if article is None:
        return {}
    return {
        item.id: copy.deepcopy(item.spec)
        for exercise in article.exercises
        for item in exercise.items
        if item.type in review.REVIEWED_TYPES and item.is_active
    }


def publish_and_offer_regrades(
    teacher: User, draft: Draft
) -> tuple[Article, bool, list[RegradeOffer]]:
    """Publish the draft (see `publish_draft`): (article, whether it changed, the
    written questions whose rubric changed and whose grades would change among
    the answers `teacher` may see)."""
    before = _written_specs(draft.article)
    article, changed = publish_draft(draft)
    offers = []
    if changed:
        for exercise in article.exercises:
            for item in exercise.active_items:
                if item.id in before and before[item.id] != item.spec:
                    count = len(review.regrade_preview(teacher, item))
                    if count:
                        offers.append(RegradeOffer(item, count))
    return article, changed, offers
