"""The shape every authoring editor shares: validate the form, call one service,
turn its refusal into a form error, and flash what was saved."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from flask import flash

from ..services.authoring import AuthoringError


def submitted(form, save: Callable[[dict], Any], message: str) -> tuple[bool, Any]:
    """On a valid POST, call `save(form.fields())` and flash `message`.

    Returns (True, what `save` returned); (False, None) when the form was not
    submitted, is invalid, or the service refused (its reason becomes a form
    error shown above the fields)."""
    if not form.validate_on_submit():
        return False, None
    try:
        result = save(form.fields())
    except AuthoringError as exc:
        form.form_errors.append(str(exc))
        return False, None
    flash(message, "success")
    return True, result
