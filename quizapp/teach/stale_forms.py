"""Forms about an item the draft no longer has: a claim or question deleted in
another tab, or a Delete sent twice. The teacher is told what happened and
taken back to the draft, with Undo when the item can be restored; what they
typed is shown back to copy, never silently dropped."""

from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for

from .authoring_views import review_context

#: Submitted values that are not text a teacher typed.
_NOT_TYPED = frozenset({"csrf_token", "confirm", "direction"})


def typed_text(form) -> list[tuple[str, str]]:
    """(name, value) of every non-empty value of a submitted form, with
    readable names ("options-0-text" -> "Options 1 text")."""
    found = []
    for name, value in form.items(multi=True):
        if name in _NOT_TYPED or not value.strip() or value == "y":
            continue
        words = [
            str(int(part) + 1) if part.isdigit() else part
            for part in name.replace("_", "-").split("-")
        ]
        found.append((" ".join(words).capitalize(), value))
    return found


def item_gone(draft, key: str, kind: str = "item"):
    """The answer to a form about `key` when the draft has no such item: a
    message and the draft's page (Undo shows when it can be restored), with
    the typed text shown back when there is some (409)."""
    context = review_context(draft, deleted=key)
    restorable = context["deleted"] is not None
    message = f"There is no {kind} {key!r} in this draft"
    message += (
        ": it was deleted (perhaps in another tab). Undo puts it back."
        if restorable
        else "."
    )
    typed = typed_text(request.form) if request.method == "POST" else []
    if not typed:
        flash(message, "error")
        undo = {"deleted": key} if restorable else {}
        return redirect(url_for("teach.review", draft_id=draft.id, **undo))
    flash(f"{message} Your changes were not saved: they are below to copy.", "error")
    context["unsaved"] = {"key": key, "fields": typed}
    return render_template("teach/authoring/review.html", **context), 409
