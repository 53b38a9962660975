"""An article's outlet and author: known, or left to the teacher to fill in.

The analyzer cannot know who published an article or who wrote it; its draft
front matter says so with `UNKNOWN` (see `analysis.draft`). That note is for
the teacher and is never a detail: drafts drop it, publishing stores an empty
value, and pages show only the details that are known.
"""

from __future__ import annotations

from ..analysis.draft import UNKNOWN

#: The details a teacher is asked to check before publishing, and their names.
CHECKED_DETAILS = {"outlet": "outlet", "author": "author"}


def known(value: object) -> str:
    """`value` as text, or "" when it is empty or the analyzer's placeholder."""
    text = " ".join(str(value or "").split())
    return "" if text == UNKNOWN else text


def without_placeholders(meta: dict) -> dict:
    """`meta` without the analyzer's placeholder outlet and author."""
    return {
        key: value
        for key, value in meta.items()
        if not (key in CHECKED_DETAILS and not known(value))
    }


def missing_details(meta: dict) -> list[str]:
    """The names of the details (outlet, author) `meta` does not give."""
    return [name for key, name in CHECKED_DETAILS.items() if not known(meta.get(key))]


def byline(author: object, outlet: object) -> str:
    """"Author, Outlet" with only the known parts ("" when neither is known)."""
    return ", ".join(part for part in (known(author), known(outlet)) if part)
