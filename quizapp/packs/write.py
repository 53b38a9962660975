"""Step 3: pack data -> files: `article.md` and one `<slug>.yaml` per exercise,
stable and readable, so export -> import round-trips losing nothing; and the
digest of those files."""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Any

from ..yaml_text import dump
from .parse import clean_pack_data

META_KEYS = (
    "title", "outlet", "author", "published", "url", "reading_level", "genre",
    "skills", "fictional",
)  # fmt: skip
_ITEM_KEYS = (
    "id", "type", "quote", "label", "sort", "source", "cues", "prompt", "citation",
    "options", "max_words", "key_points", "misconceptions", "evidence",
    "explanation", "machine", "reviewed",
)  # fmt: skip


def _dump(data: Any) -> str:
    return dump(
        data, sort_keys=False, allow_unicode=True, width=88, default_flow_style=False
    )


def _ordered(mapping: dict, order: tuple[str, ...]) -> dict:
    known = {k: mapping[k] for k in order if k in mapping}
    return known | {k: v for k, v in mapping.items() if k not in known}


def pack_files(data: dict[str, Any]) -> dict[str, str]:
    """File name -> text of the pack: `article.md` (front matter + Markdown) and
    one `<slug>.yaml` per exercise; stable, so equal data gives equal files."""
    data = clean_pack_data(data)
    meta = _ordered(dict(data.get("meta") or {}), META_KEYS)
    published = meta.get("published")
    if isinstance(published, str):
        try:
            meta["published"] = date.fromisoformat(published)
        except ValueError:
            pass
    files = {"article.md": "---\n" + _dump(meta) + "---\n" + str(data["body"])}
    for exercise in data.get("exercises") or []:
        content = {"title": exercise["title"], "kind": exercise["kind"]}
        if exercise.get("instructions"):
            content["instructions"] = exercise["instructions"]
        if exercise.get("draw"):
            content["draw"] = exercise["draw"]
        content["items"] = [_ordered(i, _ITEM_KEYS) for i in exercise["items"]]
        files[f"{exercise['slug']}.yaml"] = _dump(content)
    return files


def pack_digest(data: dict[str, Any]) -> str:
    """A digest of the files `data` would be written as."""
    digest = hashlib.sha256()
    for name, text in sorted(pack_files(data).items()):
        digest.update(name.encode() + b"\0" + text.encode())
    return digest.hexdigest()
