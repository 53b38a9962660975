"""Teachers author exercise sets: draft one from an article, review and edit its
claims and questions, publish it as a new version, export and import packs.

A `Draft` holds the content pack as plain data (see `quizapp.packs`); every edit
replaces that data and commits. Publishing validates it like a pack from content/
and imports it as the teacher's own article.
"""

from __future__ import annotations

import copy
import io
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm.attributes import flag_modified

from ..analysis import draft_pack
from ..analysis.draft import slug_of
from ..extensions import db
from ..models import Article, Draft, User
from ..packs import (
    Pack,
    PackError,
    Problem,
    check_pack_data,
    clean_pack_data,
    pack_data_from_files,
    pack_digest,
    pack_files,
    pack_from_data,
)
from ..rendering import article_plain_text
from .content import apply_pack

UPLOAD_SUFFIXES = (".md", ".markdown", ".txt", ".html", ".htm")
QUESTION_TYPES = {
    "multiple_choice": "Multiple choice (one right answer)",
    "multiple_select": "Multiple select (several right answers)",
    "who_said": "Who said it?",
    "citation_check": "Citation check (does the link support the claim?)",
}
_MAX_ZIP_FILES = 50
_MAX_ZIP_BYTES = 5 * 1024 * 1024
_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


class AuthoringError(ValueError):
    """An edit or upload that cannot be used; the message is for the teacher."""


# Finding drafts ----------------------------------------------------------------


def teacher_drafts(teacher: User) -> list[Draft]:
    """The teacher's drafts, newest first (an admin sees everyone's)."""
    query = select(Draft).order_by(Draft.updated_at.desc(), Draft.id.desc())
    if teacher.role != "admin":
        query = query.where(Draft.owner_id == teacher.id)
    return list(db.session.scalars(query))


def own_draft(teacher: User, draft_id: int) -> Draft | None:
    """The draft when `teacher` owns it (or is an admin); None otherwise (a 404)."""
    draft = db.session.get(Draft, draft_id)
    if draft is None or (draft.owner_id != teacher.id and teacher.role != "admin"):
        return None
    return draft


@dataclass
class DraftStatus:
    version: int | None  # the live version, None before the first publish
    is_changed: bool  # edited since it was last published
    items: int
    unreviewed: int  # machine-made items the teacher has not saved yet


def draft_status(draft: Draft) -> DraftStatus:
    """Where the draft stands: published version, pending edits, review left."""
    items = [i for e in draft.data.get("exercises", []) for i in e["items"]]
    unreviewed = sum(1 for i in items if i.get("machine") and not i.get("reviewed"))
    article = draft.article
    if article is None or not article.is_published:
        return DraftStatus(None, True, len(items), unreviewed)
    changed = article.pack_digest != pack_digest(draft.data)
    return DraftStatus(article.version, changed, len(items), unreviewed)


def draft_pack_check(draft: Draft) -> tuple[Pack, list[Problem]]:
    """The draft resolved as a pack (valid items only) and its problems."""
    return check_pack_data(draft.data, draft.slug)


# Creating drafts ----------------------------------------------------------------


def _decode(name: str, data: bytes) -> str:
    if not name.lower().endswith(UPLOAD_SUFFIXES):
        raise AuthoringError("Upload a .md, .txt or .html file.")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise AuthoringError(
            f"{name} is not UTF-8 text; save it as UTF-8 and try again."
        ) from None


def _unique_slug(base: str) -> str:
    base = (slug_of(base) or "article")[:60].strip("-") or "article"
    taken = set(
        db.session.scalars(select(Draft.slug).where(Draft.slug.startswith(base)))
    )
    taken |= set(
        db.session.scalars(select(Article.slug).where(Article.slug.startswith(base)))
    )
    slug, number = base, 1
    while slug in taken:
        number += 1
        slug = f"{base}-{number}"
    return slug


def _save_new(teacher: User, data: dict, base: str) -> Draft:
    for _ in range(3):
        draft = Draft(owner_id=teacher.id, slug=_unique_slug(base), data=data)
        db.session.add(draft)
        try:
            db.session.commit()
            return draft
        except IntegrityError:  # a concurrent draft took the slug: try the next
            db.session.rollback()
    raise AuthoringError("Could not find a free name for this article; try again.")


def create_draft(
    teacher: User, text_or_upload: str | tuple[str, bytes], meta: dict[str, Any]
) -> Draft:
    """Analyse pasted text or an uploaded (file name, bytes) article and save the
    drafted claims and questions as the teacher's new draft.

    `meta`: title (required), outlet, author, published (a date), url,
    reading_level, summary; empty values keep the analyzer's guesses.
    """
    if isinstance(text_or_upload, tuple):
        text = _decode(*text_or_upload)
    else:
        text = text_or_upload
    title = str(meta.get("title") or "").strip()
    if not text.strip():
        raise AuthoringError("The article is empty.")
    if not title:
        raise AuthoringError("The article needs a title.")
    slug = _unique_slug(title)
    data = clean_pack_data(pack_data_from_files(draft_files(text, slug, title)))
    _apply_meta(data, meta)
    return _save_new(teacher, data, title)


def draft_files(text: str, slug: str, title: str | None = None) -> dict[str, str]:
    """The analyzer's draft pack of an article (file name -> text). Front matter
    in `text`, as in a pack's article.md, gives the title and is kept."""
    front: dict[str, Any] = {}
    if text.lstrip().startswith("---"):
        try:
            parsed = pack_data_from_files({"article.md": text.lstrip()})
        except PackError:
            parsed = None
        if parsed is not None:
            front, text = clean_pack_data(parsed["meta"]) or {}, parsed["body"]
    title = title or front.get("title")
    try:
        files = draft_pack(text, slug, title)
        data = pack_data_from_files(files)
    except PackError as exc:  # the analyzer wrote something unreadable
        raise AuthoringError(f"Could not draft this article: {exc}") from None
    if front:
        data["meta"] = {**clean_pack_data(data["meta"]), **front}
        files["article.md"] = pack_files(clean_pack_data(data))["article.md"]
    return files


def _apply_meta(data: dict, meta: dict[str, Any]) -> None:
    current = data.setdefault("meta", {})
    for key in ("title", "outlet", "author", "url", "reading_level", "summary"):
        value = meta.get(key)
        if value is not None and (str(value).strip() or key == "url"):
            current[key] = str(value).strip()
    if not current.get("url"):
        current.pop("url", None)
    if meta.get("published"):
        current["published"] = meta["published"].isoformat()


def update_details(draft: Draft, meta: dict[str, Any]) -> None:
    """Change the article's title, outlet, author, date, URL, level or summary."""
    data = copy.deepcopy(draft.data)
    _apply_meta(data, meta)
    if not meta.get("published"):
        data["meta"].pop("published", None)
    _save(draft, data)


def _save(draft: Draft, data: dict) -> None:
    data["exercises"] = [e for e in data.get("exercises", []) if e["items"]]
    draft.data = data
    flag_modified(draft, "data")
    try:
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise


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


def _fresh_id(data: dict, prefix: str) -> str:
    taken = {str(i.get("id")) for e in data.get("exercises", []) for i in e["items"]}
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


def update_claim(draft: Draft, key: str, fields: dict[str, Any]) -> None:
    """Save the teacher's label, sorting, source {kind, name}, cues and
    explanation of claim `key`; it counts as reviewed from now on."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "claims")
    _set_claim(item, fields)
    _save(draft, data)


def add_claim(draft: Draft, quote: str, fields: dict[str, Any], order: int) -> str:
    """Make the sentence `quote` a claim (placed by `order`, its position in the
    article) with the teacher's label, source, cues and explanation; its id."""
    data = copy.deepcopy(draft.data)
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
    item = {"id": _fresh_id(data, "claim"), "quote": quote}
    _set_claim(item, fields)
    position = sum(1 for i in claims["items"] if _order_of(draft, i) <= order)
    claims["items"].insert(position, item)
    _save(draft, data)
    return item["id"]


def _order_of(draft: Draft, item: dict) -> int:
    at = article_plain_text(draft.data["body"]).find(str(item.get("quote")))
    return at if at >= 0 else 10**9


def delete_item(draft: Draft, key: str) -> None:
    """Remove claim or question `key` from the draft (published answers stay)."""
    data = copy.deepcopy(draft.data)
    found = find_item(data, key)
    if found is None:
        raise AuthoringError(f"There is no item {key!r} in this draft.")
    exercise, item = found
    exercise["items"].remove(item)
    _save(draft, data)


# Questions ----------------------------------------------------------------------


def _set_question(item: dict, fields: dict[str, Any]) -> None:
    if fields["type"] not in QUESTION_TYPES:
        raise AuthoringError("Choose a question type.")
    item["type"] = fields["type"]
    item["prompt"] = str(fields["prompt"]).strip()
    options = []
    for option in fields["options"]:
        entry = {"text": str(option["text"]).strip()}
        if option.get("correct"):
            entry["correct"] = True
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
    item["evidence"] = [e for e in fields.get("evidence") or [] if e.strip()]
    item["explanation"] = str(fields.get("explanation") or "").strip()
    item["reviewed"] = True
    _ordered_question(item)


def _ordered_question(item: dict) -> None:
    order = ("id", "type", "prompt", "citation", "options", "evidence", "explanation")
    rest = {k: item.pop(k) for k in list(item) if k not in order}
    for key in order:
        if key in item:
            item[key] = item.pop(key)
    item.update(rest)


def add_question(draft: Draft, fields: dict[str, Any]) -> str:
    """Add a question (type, prompt, options [{text, correct, feedback}],
    citation_url/claim, evidence, explanation) at the end; return its id."""
    data = copy.deepcopy(draft.data)
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
    item = {"id": _fresh_id(data, "q")}
    _set_question(item, fields)
    target["items"].append(item)
    _save(draft, data)
    return item["id"]


def update_question(draft: Draft, key: str, fields: dict[str, Any]) -> None:
    """Replace question `key`'s type, prompt, options, evidence and explanation."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "questions")
    if item.get("type") == "free_text":
        raise AuthoringError("Written questions are edited in the pack files.")
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


# Publishing, export and import --------------------------------------------------


def publish_draft(draft: Draft) -> tuple[Article, bool]:
    """Publish the draft as its teacher's article: a new version each time it
    changed (attempts keep the version they were taken on). Returns (article,
    whether anything changed); raises PackError listing the draft's problems."""
    pack = pack_from_data(draft.data, draft.slug)
    article = draft.article
    if article is None:
        clash = db.session.scalar(select(Article).where(Article.slug == draft.slug))
        if clash is not None:
            raise PackError([Problem("article.md", None, "this name is taken")])
        article = Article(slug=draft.slug, owner_id=draft.owner_id, version=0)
        db.session.add(article)
    elif article.is_published and article.pack_digest == pack.digest:
        return article, False
    try:
        apply_pack(article, pack)
        article.is_published = True
        article.version = (article.version or 0) + 1
        draft.article = article
        db.session.commit()
    except Exception:
        db.session.rollback()
        raise
    return article, True


def export_draft(draft: Draft) -> bytes:
    """A zip of the draft as a content pack: `<slug>/article.md` + `*.yaml`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(pack_files(draft.data).items()):
            info = zipfile.ZipInfo(f"{draft.slug}/{name}", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _zip_files(zip_bytes: bytes) -> tuple[str, dict[str, str]]:
    """(folder, file name -> text) of an uploaded pack zip."""
    upload = "upload"
    try:
        archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
    except zipfile.BadZipFile:
        raise PackError([Problem(upload, None, "not a zip file")]) from None
    members = [
        m
        for m in archive.infolist()
        if not m.is_dir()
        and not any(
            p.startswith((".", "__MACOSX")) for p in PurePosixPath(m.filename).parts
        )
    ]
    if (
        len(members) > _MAX_ZIP_FILES
        or sum(m.file_size for m in members) > _MAX_ZIP_BYTES
    ):
        raise PackError([Problem(upload, None, "too many or too large files")])
    folders = {str(PurePosixPath(m.filename).parent) for m in members}
    if len(folders) != 1:
        raise PackError(
            [Problem(upload, None, "put article.md and the *.yaml files in one folder")]
        )
    folder = folders.pop()
    files, problems = {}, []
    for member in members:
        name = PurePosixPath(member.filename).name
        if not name.endswith((".md", ".yaml", ".yml")):
            continue
        try:
            files[name] = archive.read(member).decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(member.filename, None, "not UTF-8 text"))
    if problems:
        raise PackError(problems)
    return ("" if folder == "." else folder), files


def import_pack_upload(teacher: User, zip_bytes: bytes) -> Draft:
    """Make a draft of an uploaded content pack (a zip as `export_draft` writes);
    raises PackError naming file, line and item of every problem."""
    folder, files = _zip_files(zip_bytes)
    data = pack_data_from_files(files, where=folder)
    pack_from_data(data, folder or "upload")
    data = clean_pack_data(data)
    return _save_new(teacher, data, folder or str(data["meta"].get("title") or ""))
