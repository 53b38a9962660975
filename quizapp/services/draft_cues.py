"""Editing a draft's cue-marking items and its exercises' question pools.
Every edit replaces the draft's pack data and commits (see `authoring`)."""

from __future__ import annotations

import copy
from typing import Any

from ..models import Draft
from .authoring import AuthoringError, _save
from .draft_items import _item_or_error, append_question, find_item


def _cue_list(quote: str, cues: list[tuple[str, str]]) -> list[dict]:
    """Cues as {text, kind, start}: a cue given twice marks its next occurrence."""
    out, seen = [], {}
    for text, kind in cues:
        at = quote.find(text, seen.get(text, 0))
        if at < 0:
            raise AuthoringError(f"The cue {text!r} is not part of the sentence.")
        seen[text] = at + len(text)
        out.append({"text": text, "kind": kind, "start": at})
    return out


def _set_cue_item(item: dict, fields: dict[str, Any]) -> None:
    item["type"] = "mark_cues"
    quote = fields["quote"]
    if fields.get("prompt"):
        item["prompt"] = fields["prompt"]
    else:
        item.pop("prompt", None)
    item["quote"] = quote
    item["cues"] = _cue_list(quote, fields["cues"])
    item["evidence"] = item.get("evidence") or [quote]
    item["explanation"] = fields.get("explanation", "")
    item["reviewed"] = True


def add_cue_item(draft: Draft, fields: dict[str, Any]) -> str:
    """Add a cue-marking item (quote, prompt, cues [(text, kind)], explanation)
    to the draft's questions; return its id."""
    return append_question(draft, "mark", _set_cue_item, fields)


def update_cue_item(draft: Draft, key: str, fields: dict[str, Any]) -> None:
    """Replace cue-marking item `key`'s sentence, cues and explanation."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "questions")
    if item.get("type") != "mark_cues":
        raise AuthoringError(f"Item {key!r} is not a cue-marking item.")
    _set_cue_item(item, fields)
    _save(draft, data)


def cue_form_data(item: dict) -> dict:
    """An item's fields as the cue-marking form shows them."""
    cues = [c if isinstance(c, dict) else {"text": c} for c in item.get("cues") or []]
    return {
        "quote": item.get("quote", ""),
        "prompt": item.get("prompt", ""),
        "source_cues": "\n".join(c["text"] for c in cues if c.get("kind") == "source"),
        "uncertainty_cues": "\n".join(
            c["text"] for c in cues if c.get("kind") != "source"
        ),
        "explanation": item.get("explanation", ""),
    }


def set_pool(draft: Draft, slug: str, draw: int | None) -> None:
    """Let each attempt at exercise `slug` draw `draw` of its items (None: all)."""
    data = copy.deepcopy(draft.data)
    exercise = next((e for e in data["exercises"] if e["slug"] == slug), None)
    if exercise is None or exercise["kind"] != "questions":
        raise AuthoringError(f"There is no question set {slug!r} in this draft.")
    if draw:
        exercise["draw"] = draw
    else:
        exercise.pop("draw", None)
    _save(draft, data)


__all__ = ["add_cue_item", "cue_form_data", "find_item", "set_pool", "update_cue_item"]
