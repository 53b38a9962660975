"""The feedback fragment a fresh answer's JSON response carries, rendered once
per distinct answer and shared.

Grading is pure (`grading/`): the feedback on a fresh answer follows from the
item as published (the exercise snapshot's stamp), the response and the order
the learner saw the options in. When a class answers one item, a few distinct
answers cover most of it, so each is rendered once per process (rendering was
about a twelfth of a submit's CPU) and every later learner with the same
answer gets the same HTML with their own next link put in.

A shared fragment must hold nothing of one learner's. It is rendered through
the Jinja environment without Flask's context processors (so no
`current_user`), and since the environment still offers every template
`request`, `session` and `csrf_token`, a test checks that the feedback
templates read nothing but `SHARED_CONTEXT`.
"""

from __future__ import annotations

import json
import secrets

from flask import current_app
from markupsafe import escape

TEMPLATE = "learn/_feedback.html"

#: The names the feedback templates may read (`_answered_context` in
#: routes.py builds them).
SHARED_CONTEXT = frozenset(
    {
        "article",
        "item",
        "view",
        "answer",
        "claim_html",
        "evidence",
        "shown_options",
        "next_url",
        "next_is_result",
    }
)

#: Responses longer than this (as JSON) are rendered each time: a written
#: answer is rarely given twice, and the cache stays small.
MAX_KEY_CHARS = 400
#: At most this many fragments per process; when full, it starts again.
MAX_FRAGMENTS = 2048

#: Stands for the next link in a shared fragment (random per process, so no
#: text of an article or answer can contain it).
_NEXT = f"next-{secrets.token_hex(12)}"

_fragments: dict[tuple, str] = {}


def fragment_key(stamp, item_id: int, response, shown, next_is_result: bool):
    """The key of a fresh answer's fragment, or None when it is not shared."""
    said = json.dumps([response, shown], sort_keys=True, default=str)
    if len(said) > MAX_KEY_CHARS:
        return None
    return (stamp, item_id, said, next_is_result)


def render_feedback(key, next_url: str, context_of) -> str:
    """The feedback HTML for the answer `key` names, with `next_url` as the
    next link; `context_of()` builds the template context on a miss (and
    every time when `key` is None)."""
    html = _fragments.get(key) if key is not None else None
    if html is None:
        template = current_app.jinja_env.get_template(TEMPLATE)
        html = template.render({**context_of(), "next_url": _NEXT})
        if key is not None:
            if len(_fragments) >= MAX_FRAGMENTS:
                _fragments.clear()
            _fragments[key] = html
    return html.replace(_NEXT, str(escape(next_url)))
