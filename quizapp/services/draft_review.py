"""Reviewing a drafted exercise set quickly: relabel a claim in one step, accept
the machine's suggestions above a confidence, list what is left to review,
and undo a deletion. Every verb replaces the draft's pack data and commits
(see `authoring`)."""

from __future__ import annotations

import copy
from dataclasses import dataclass

from sqlalchemy.orm.attributes import flag_modified

from ..grading.claims import LABELS
from ..models import Draft
from ..packs.details import missing_details
from .authoring import AuthoringError, _save
from .draft_items import (
    claim_for_quote,
    explanation_is_drafted,
    find_item,
    flag_questions_of,
    label_explanation,
)

#: How many deleted items a draft remembers for undo.
UNDO_DEPTH = 20


@dataclass
class ToReview:
    """A drafted item the teacher has not checked yet."""

    key: str
    kind: str  # "claim" | "question"
    text: str  # the sentence or the prompt
    label: str | None
    confidence: float | None
    flag: str | None


def to_review(draft: Draft) -> list[ToReview]:
    """Machine-made items not reviewed yet, least sure first."""
    found = []
    for exercise in draft.data.get("exercises", []):
        for item in exercise["items"]:
            machine = item.get("machine")
            if not machine or item.get("reviewed"):
                continue
            is_claim = exercise["kind"] == "claims"
            found.append(
                ToReview(
                    key=str(item["id"]),
                    kind="claim" if is_claim else "question",
                    text=_summary(item),
                    label=item.get("label") if is_claim else None,
                    confidence=machine.get("confidence"),
                    flag=machine.get("flag"),
                )
            )
    return sorted(found, key=lambda t: (t.confidence or 0.0, t.key))


@dataclass
class ToCheck:
    """What a teacher confirms before publishing: drafted items not reviewed
    and article details (outlet, author) not given."""

    left: list[ToReview]
    details: list[str]

    def __bool__(self) -> bool:
        return bool(self.left or self.details)


def to_check(draft: Draft) -> ToCheck:
    """What is left to check before publishing (empty: nothing to ask). The
    outlet and author are asked about only for a set drafted from an article
    (one with claims to sort); an imported bank of questions names none."""
    article = any(exercise.get("kind") == "claims"
                  for exercise in draft.data.get("exercises") or [])
    details = missing_details(draft.data.get("meta") or {}) if article else []
    return ToCheck(to_review(draft), details)


def _summary(item: dict) -> str:
    """What an item is about, in a line: a claim's or a cue-marking item's
    sentence, a question's prompt, else its type."""
    for key in ("quote", "prompt"):
        text = " ".join(str(item.get(key) or "").split())
        if text:
            return text
    citation = item.get("citation") or {}
    if citation.get("claim"):
        return " ".join(str(citation["claim"]).split())
    kind = str(item.get("type") or "item").replace("_", " ")
    return f"A {kind} item"


def relabel_claim(draft: Draft, key: str, label: str) -> dict:
    """Give claim `key` a new label (keeping its source and cues) and mark it
    reviewed; questions drafted from it are flagged when the label changes.
    A drafted explanation, which argued for the old label, is rewritten for
    the new one (`label_explanation`); the teacher's own is kept. Returns the
    claim. A sourced fact needs a source: one without must be edited in
    full."""
    if label not in (*LABELS, "question"):
        raise AuthoringError("Choose one of the four labels.")
    data = copy.deepcopy(draft.data)
    found = find_item(data, key)
    if found is None or found[0]["kind"] != "claims":
        raise AuthoringError(f"There is no claim {key!r} in this draft.")
    item = found[1]
    if label == "sourced" and not (item.get("source") or {}).get("kind"):
        raise AuthoringError(
            "A sourced fact needs a source: open the claim to say who stands behind it."
        )
    changed = item.get("label") != label
    drafted = explanation_is_drafted(item)
    item["label"] = label
    if changed and drafted:
        item["explanation"] = label_explanation(item)
    if label == "question":
        item["sort"] = False
    else:
        item.pop("sort", None)
    item["reviewed"] = True
    if changed:
        flag_questions_of(data, item)
    _save(draft, data)
    return item


def accept_suggestions(draft: Draft, threshold: float) -> int:
    """Mark every drafted claim whose confidence is at least `threshold` (0-1)
    as reviewed, keeping the machine's label; how many were accepted."""
    if not 0 <= threshold <= 1:
        raise AuthoringError("The threshold is a confidence from 0 to 100%.")
    data = copy.deepcopy(draft.data)
    accepted = 0
    for item in _acceptable(data, threshold):
        item["reviewed"] = True
        accepted += 1
    if accepted:
        _save(draft, data)
    return accepted


def acceptable(draft: Draft, thresholds) -> list[int]:
    """How many claims still to review `accept_suggestions` would accept at
    each threshold (0-1), so the teacher sees what a choice accepts."""
    return [sum(1 for _ in _acceptable(draft.data, t)) for t in thresholds]


def _acceptable(data: dict, threshold: float):
    """The drafted claims not reviewed yet whose confidence is at least
    `threshold`."""
    for exercise in data.get("exercises", []):
        if exercise["kind"] != "claims":
            continue
        for item in exercise["items"]:
            machine = item.get("machine") or {}
            if item.get("reviewed") or not machine:
                continue
            if float(machine.get("confidence") or 0) + 1e-9 >= threshold:
                yield item


def delete_item(draft: Draft, key: str) -> dict:
    """Remove claim or question `key`, remembering it so it can be restored.
    Questions drafted from a deleted claim are flagged to review again (undoing
    the deletion takes that flag back)."""
    data = copy.deepcopy(draft.data)
    found = find_item(data, key)
    if found is None:
        raise AuthoringError(f"There is no item {key!r} in this draft.")
    exercise, item = found
    position = exercise["items"].index(item)
    exercise["items"].remove(item)
    entry = {
        "exercise": {k: v for k, v in exercise.items() if k != "items"},
        "position": position,
        "item": item,
    }
    if exercise["kind"] == "claims":
        entry["flagged"] = _flag_questions_of_deleted(data, item)
    trash = list(draft.deleted_items or [])
    trash.append(entry)
    draft.deleted_items = trash[-UNDO_DEPTH:]
    flag_modified(draft, "deleted_items")
    _save(draft, data)
    return item


def _deleted_note(key: str) -> str:
    return (
        f"Claim {key} was deleted: check that this question still asks about a "
        "sentence of the exercise, or delete it too."
    )


def _flag_questions_of_deleted(data: dict, claim: dict) -> dict[str, dict]:
    """Flag the questions drafted from the deleted `claim`; what each question's
    review state was before ({id: {"reviewed", "flag"}}), for undo."""
    before = {}
    for exercise in data.get("exercises", []):
        for question in exercise["items"]:
            machine = question.get("machine")
            if exercise["kind"] == "questions" and isinstance(machine, dict):
                before[str(question["id"])] = {
                    "reviewed": question.get("reviewed"),
                    "flag": machine.get("flag"),
                }
    flagged = flag_questions_of(data, claim, _deleted_note(str(claim["id"])))
    return {key: before[key] for key in flagged}


def _unflag(data: dict, key: str, flagged: dict[str, dict]) -> None:
    """Give back their review state to the questions the deletion of claim
    `key` flagged, unless they were changed since (their flag is not the
    deletion's any more)."""
    for question_key, state in flagged.items():
        found = find_item(data, question_key)
        machine = found[1].get("machine") if found else None
        if not isinstance(machine, dict) or machine.get("flag") != _deleted_note(key):
            continue
        question = found[1]
        if state.get("flag"):
            machine["flag"] = state["flag"]
        else:
            machine.pop("flag", None)
        if state.get("reviewed") is None:
            question.pop("reviewed", None)
        else:
            question["reviewed"] = state["reviewed"]


@dataclass(frozen=True)
class Deleted:
    """An item the draft remembers as deleted, for the review screen's list."""

    key: str
    kind: str  # "claim" or "question"
    text: str


def deleted_items(draft: Draft) -> list[Deleted]:
    """The items that can still be restored, the latest deletion first."""
    return [
        Deleted(
            key=str(entry["item"].get("id")),
            kind="claim" if entry["exercise"].get("kind") == "claims" else "question",
            text=str(entry["item"].get("quote") or entry["item"].get("prompt") or ""),
        )
        for entry in reversed(draft.deleted_items or [])
    ]


def restore_item(draft: Draft, key: str) -> dict:
    """Put the deleted item `key` back where it was (its exercise is recreated
    if it was emptied); raises AuthoringError when there is nothing to undo."""
    trash = list(draft.deleted_items or [])
    entry = next((e for e in reversed(trash) if str(e["item"].get("id")) == key), None)
    if entry is None:
        raise AuthoringError("There is no deleted item to restore.")
    data = copy.deepcopy(draft.data)
    if find_item(data, key) is not None:
        raise AuthoringError(f"The draft already has an item {key!r}.")
    quote = entry["item"].get("quote")
    again = claim_for_quote(data, quote) if entry["exercise"].get(
        "kind") == "claims" and quote else None
    if again is not None:
        # one claim per sentence: the sentence was made a claim again since
        raise AuthoringError(
            f"Claim {key} cannot be restored: its sentence is claim "
            f"{again['id']} now. Edit {again['id']} instead."
        )
    slug = entry["exercise"].get("slug")
    exercise = next((e for e in data["exercises"] if e.get("slug") == slug), None)
    if exercise is None:
        exercise = {**entry["exercise"], "items": []}
        if exercise.get("kind") == "claims":
            data["exercises"].insert(0, exercise)
        else:
            data["exercises"].append(exercise)
    exercise["items"].insert(
        min(entry["position"], len(exercise["items"])), entry["item"]
    )
    _unflag(data, key, entry.get("flagged") or {})
    trash.remove(entry)
    draft.deleted_items = trash
    flag_modified(draft, "deleted_items")
    _save(draft, data)
    return entry["item"]
