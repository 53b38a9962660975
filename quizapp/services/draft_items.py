"""Editing a draft's claims and questions: a claim's label, source, cues and
explanation; a question's type, prompt, options, evidence and explanation; adding
and moving them (removing them, with undo, is in `draft_review`). Written
questions and their rubrics are in `rubrics`. Every edit replaces the draft's
pack data and commits (see `authoring`)."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from ..grading.claims import both_answers
from ..models import Draft
from ..rendering import article_plain_text
from .authoring import AuthoringError, _save

QUESTION_TYPES = {
    "multiple_choice": "Multiple choice (one right answer)",
    "multiple_select": "Multiple select (several right answers)",
    "who_said": "Who said it?",
    "citation_check": "Citation check (does the link support the claim?)",
}


# Claims -------------------------------------------------------------------------


def find_item(data: dict, key: str) -> tuple[dict, dict] | None:
    """(exercise, item) of the item with id `key` in pack data, if any."""
    for exercise in data.get("exercises", []):
        for item in exercise["items"]:
            if str(item.get("id")) == key:
                return exercise, item
    return None


def _item_or_error(data: dict, key: str, kind: str) -> tuple[dict, dict]:
    found = find_item(data, key)
    if found is None or found[0]["kind"] != kind:
        raise AuthoringError(f"There is no item {key!r} in this draft.")
    return found


def _fresh_id(draft: Draft, data: dict, prefix: str) -> str:
    """A new item id: neither in `data` nor of an item deleted from the draft
    (which could then not be restored)."""
    taken = {str(i.get("id")) for e in data.get("exercises", []) for i in e["items"]}
    taken.update(str(e["item"].get("id")) for e in draft.deleted_items or [])
    number = 1
    while f"{prefix}-{number:02d}" in taken:
        number += 1
    return f"{prefix}-{number:02d}"


def _check_cues(quote: str, cues: list[str]) -> list[str]:
    cleaned = []
    for cue in cues:
        cue = " ".join(cue.split())
        if not cue or cue in cleaned:
            continue
        if cue not in quote:
            raise AuthoringError(f"The cue {cue!r} is not part of the sentence.")
        cleaned.append(cue)
    return cleaned


def _set_claim(item: dict, fields: dict[str, Any]) -> None:
    item["label"] = fields["label"]
    if fields.get("sort", True) != (fields["label"] != "question"):
        item["sort"] = bool(fields.get("sort"))
    else:
        item.pop("sort", None)
    if fields.get("source_kind"):
        item["source"] = {
            "kind": fields["source_kind"],
            "name": str(fields.get("source_name") or "").strip(),
        }
    else:
        item.pop("source", None)
    item["cues"] = _check_cues(item["quote"], fields.get("cues") or [])
    item["explanation"] = str(fields.get("explanation") or "").strip()
    item["reviewed"] = True


#: Why a sentence has each label, for an explanation written on a relabel.
_WHY = {
    "sourced": "The sentence says who stands behind it: you can check who said "
    "it, though not yet whether it is true.",
    "speculation": "The sentence guesses or predicts: it tells what may be, or "
    "may happen, not what is known.",
    "opinion": "The sentence judges: it gives a view someone could disagree "
    "with, not a fact to check.",
    "unsourced": "The sentence states this as a fact but does not say where it "
    "comes from.",
    "question": "The sentence asks rather than states, so it is not sorted.",
}


def label_explanation(item: dict) -> str:
    """A plain explanation of claim `item`'s label and source, for a claim
    relabelled in one step ("The sentence judges: ... This is an opinion, and
    it is sourced: Tom Barker said it.")."""
    return f"{_WHY[item['label']]} This is {both_answers(item)}."


def explanation_is_drafted(item: dict) -> bool:
    """Is the claim's explanation quizapp's (drafted, or written by a quick
    relabel) rather than the teacher's? A drafted claim saved in full counts
    as the teacher's."""
    if item.get("machine") and not item.get("reviewed"):
        return True
    return item.get("label") in _WHY and item.get("explanation") == \
        label_explanation(item)


def update_claim(draft: Draft, key: str, fields: dict[str, Any]) -> bool:
    """Save the teacher's label, sorting, source {kind, name}, cues and
    explanation of claim `key`; it counts as reviewed from now on. A drafted
    explanation sent back unchanged with a new label or source argued for the
    old one: it is rewritten for the new (`label_explanation`), as a quick
    relabel does. Returns whether it was."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "claims")
    before = (item.get("label"), item.get("source"))
    untouched = explanation_is_drafted(item) and " ".join(
        str(fields.get("explanation") or "").split()
    ) == " ".join(str(item.get("explanation") or "").split())
    _set_claim(item, fields)
    changed = (item.get("label"), item.get("source")) != before
    rewritten = changed and untouched and item["label"] in _WHY
    if rewritten:
        item["explanation"] = label_explanation(item)
    if changed:
        flag_questions_of(data, item)
    _save(draft, data)
    return rewritten


def flag_questions_of(data: dict, claim: dict, note: str | None = None) -> list[str]:
    """Mark the drafted questions made from `claim` (their `machine.claims`) as
    to review again, with a note saying why (`note`, by default that the claim
    was relabelled); the ids of the flagged questions."""
    label = claim.get("label")
    note = note or (
        f"Claim {claim['id']} is now labelled {label}: check that this "
        "question still teaches the right cue and source."
    )
    flagged = []
    for exercise in data.get("exercises", []):
        if exercise["kind"] != "questions":
            continue
        for question in exercise["items"]:
            machine = question.get("machine")
            if not isinstance(machine, dict) or claim["id"] not in (
                machine.get("claims") or []
            ):
                continue
            machine["flag"] = note
            question["reviewed"] = False
            flagged.append(str(question["id"]))
    return flagged


def add_claim(draft: Draft, quote: str, fields: dict[str, Any], order: int) -> str:
    """Make the sentence `quote` a claim (placed by `order`, its position in the
    article) with the teacher's label, source, cues and explanation; its id.

    One claim per sentence: when the sentence is a claim already (a form opened
    in a stale tab), that claim is edited instead of adding a second one."""
    data = copy.deepcopy(draft.data)
    existing = claim_for_quote(data, quote)
    if existing is not None:
        _set_claim(existing, fields)
        _save(draft, data)
        return str(existing["id"])
    claims = next((e for e in data["exercises"] if e["kind"] == "claims"), None)
    if claims is None:
        claims = {
            "slug": "claims",
            "kind": "claims",
            "title": "Fact or speculation?",
            "instructions": "Sort each highlighted sentence.",
            "items": [],
        }
        data["exercises"].insert(0, claims)
    item = {"id": _fresh_id(draft, data, "claim"), "quote": quote}
    _set_claim(item, fields)
    position = sum(1 for i in claims["items"] if _order_of(draft, i) <= order)
    claims["items"].insert(position, item)
    _save(draft, data)
    return item["id"]


def claim_for_quote(data: dict, quote: str) -> dict | None:
    """The claim of pack data whose sentence is `quote` (spaces normalised)."""
    wanted = " ".join(quote.split())
    for exercise in data.get("exercises", []):
        if exercise["kind"] != "claims":
            continue
        for item in exercise["items"]:
            if " ".join(str(item.get("quote") or "").split()) == wanted:
                return item
    return None


def _order_of(draft: Draft, item: dict) -> int:
    at = article_plain_text(draft.data["body"]).find(str(item.get("quote")))
    return at if at >= 0 else 10**9


# Questions ----------------------------------------------------------------------


def _set_question(item: dict, fields: dict[str, Any]) -> None:
    if fields["type"] not in QUESTION_TYPES:
        raise AuthoringError("Choose a question type.")
    item["type"] = fields["type"]
    item["prompt"] = str(fields["prompt"]).strip()
    # Options marked to stay last ("None of these") keep the mark when edited.
    last = {str(o.get("text")) for o in item.get("options") or [] if o.get("last")}
    options = []
    for option in fields["options"]:
        entry = {"text": str(option["text"]).strip()}
        if option.get("correct"):
            entry["correct"] = True
        if entry["text"] in last:
            entry["last"] = True
        if str(option.get("feedback") or "").strip():
            entry["feedback"] = str(option["feedback"]).strip()
        options.append(entry)
    item["options"] = options
    item.pop("citation", None)
    if fields["type"] == "citation_check":
        item["citation"] = {
            "url": fields["citation_url"],
            "claim": fields["citation_claim"],
        }
        if fields.get("citation_source"):
            item["citation"]["source"] = fields["citation_source"]
    item["evidence"] = [e for e in fields.get("evidence") or [] if e.strip()]
    item["explanation"] = str(fields.get("explanation") or "").strip()
    item["reviewed"] = True
    if isinstance(item.get("machine"), dict):
        item["machine"].pop("flag", None)  # the teacher has checked it
    _ordered_question(item)


def _ordered_question(item: dict) -> None:
    order = ("id", "type", "prompt", "citation", "options", "evidence", "explanation")
    rest = {k: item.pop(k) for k in list(item) if k not in order}
    for key in order:
        if key in item:
            item[key] = item.pop(key)
    item.update(rest)


def questions_exercise(data: dict) -> dict:
    """The draft's "questions" exercise (the first questions exercise when none
    has that slug), created empty at the end when the draft has none."""
    questions = [e for e in data["exercises"] if e["kind"] == "questions"]
    target = next((e for e in questions if e["slug"] == "questions"), None)
    target = target or (questions[0] if questions else None)
    if target is None:
        target = {
            "slug": "questions",
            "kind": "questions",
            "title": "Check your understanding",
            "instructions": "",
            "items": [],
        }
        data["exercises"].append(target)
    return target


def add_question(draft: Draft, fields: dict[str, Any]) -> str:
    """Add a question (type, prompt, options [{text, correct, feedback}],
    citation_url/claim, evidence, explanation) at the end; return its id."""
    return append_question(draft, "q", _set_question, fields)


def append_question(
    draft: Draft,
    prefix: str,
    fill: Callable[[dict, dict[str, Any]], None],
    fields: dict[str, Any],
) -> str:
    """Append a new item (id `prefix-N`, filled by `fill(item, fields)`) to the
    draft's questions exercise and save; return its id."""
    data = copy.deepcopy(draft.data)
    target = questions_exercise(data)
    item = {"id": _fresh_id(draft, data, prefix)}
    fill(item, fields)
    target["items"].append(item)
    _save(draft, data)
    return item["id"]


def update_question(draft: Draft, key: str, fields: dict[str, Any]) -> None:
    """Replace question `key`'s type, prompt, options, evidence and explanation."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "questions")
    if item.get("type") == "free_text":
        raise AuthoringError("Written questions are edited with their rubric.")
    _set_question(item, fields)
    _save(draft, data)


def move_question(draft: Draft, key: str, offset: int) -> None:
    """Move question `key` up (-1) or down (+1) within its exercise."""
    data = copy.deepcopy(draft.data)
    exercise, item = _item_or_error(data, key, "questions")
    items = exercise["items"]
    old = items.index(item)
    new = min(max(old + offset, 0), len(items) - 1)
    items.insert(new, items.pop(old))
    _save(draft, data)
