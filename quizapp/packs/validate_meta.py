"""Step 2, the front matter: title, outlet, author, date, URL, level and the
library's genre, skills and `fictional` flag, each typed and bounded."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from .fields import META, field_problems
from .model import READING_LEVELS, Problem
from .parse import clean_pack_data

#: The database's column sizes (models/content.py), so no text is too long to
#: store.
META_LIMITS = {
    "title": 300, "outlet": 200, "author": 200, "url": 1000, "genre": 60,
}  # fmt: skip
_MAX_SKILLS, _SKILL_LIMIT = 8, 80


def check_meta(data, file: str, problems) -> dict[str, Any]:
    """The front matter of pack `data`, checked (problems appended), or {}."""
    meta = data.get("meta")
    if meta is None:  # unparseable front matter, already reported
        return {}
    line = meta.get("__line__")
    typed = field_problems(meta, META, line)
    problems += [Problem(file, at, f"front matter: {m}") for at, m in typed]
    if typed:
        return {}
    meta = clean_pack_data(meta)
    if not str(meta.get("title") or "").strip():
        problems.append(Problem(file, line, "front matter needs a title"))
    for key, limit in META_LIMITS.items():
        if len(str(meta.get(key) or "")) > limit:
            problems.append(
                Problem(file, line, f"{key} is longer than {limit} characters")
            )
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
    _check_library_meta(meta, file, line, problems)
    return meta


def _check_library_meta(meta: dict, file: str, line, problems) -> None:
    """`skills` (short phrases for the library) and `fictional` (true/false)."""
    skills = meta.get("skills", [])
    if not isinstance(skills, list) or not all(
        isinstance(s, str) and s.strip() and len(s) <= _SKILL_LIMIT for s in skills
    ):
        problems.append(
            Problem(
                file,
                line,
                f"skills must be a list of phrases of up to {_SKILL_LIMIT} characters",
            )
        )
    elif len(skills) > _MAX_SKILLS:
        problems.append(Problem(file, line, f"at most {_MAX_SKILLS} skills"))
    if not isinstance(meta.get("fictional", False), bool):
        problems.append(Problem(file, line, "fictional must be true or false"))
