"""Content packs in and out of authoring: export a draft as a zip pack, and make
a draft of an uploaded one (checked like a pack from content/).

Re-importing a pack whose slug (its folder name) is one of the teacher's own
drafts is never a silent duplicate: `import_pack_upload` raises `SlugClash`,
and the teacher chooses `update_from_upload` (the same article, a new version
once published) or `import_copy` (a new draft under another slug)."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import PurePosixPath

from sqlalchemy import select

from ..bounded_zip import ZipRefused, open_zip, read_member
from ..extensions import db
from ..models import Article, Draft, User
from ..packs import (
    PackError,
    Problem,
    clean_pack_data,
    pack_data_from_files,
    pack_files,
    pack_from_data,
)
from ..packs.limits import MAX_FILE_BYTES, MAX_PACK_BYTES, MAX_PACK_FILES, kb
from . import audit
from .authoring import _save, _save_new, _unique_slug

_SLUG = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")


class SlugClash(Exception):
    """The upload's slug is one of the teacher's own drafts: update or copy?"""

    def __init__(self, draft: Draft, title: str):
        self.draft = draft
        self.title = title
        self.suggested_slug = _unique_slug(draft.slug)
        super().__init__(f"You already have an article called {draft.slug!r}.")


_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


def export_draft(draft: Draft) -> bytes:
    """A zip of the draft as a content pack: `<slug>/article.md` + `*.yaml`."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in sorted(pack_files(draft.data).items()):
            info = zipfile.ZipInfo(f"{draft.slug}/{name}", date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))
    return buffer.getvalue()


def _bad_zip(reason: str) -> PackError:
    return PackError([Problem("upload", None, reason)])


def _zip_files(zip_bytes: bytes) -> tuple[str, dict[str, str]]:
    """(folder, file name -> text) of an uploaded pack zip.

    Members are inflated in chunks (`bounded_zip`), so a zip whose directory
    lies about its sizes is refused at the real limit (MAX_FILE_BYTES a file,
    MAX_PACK_BYTES in all) without inflating the rest; a damaged zip (bad CRC,
    truncated, encrypted) is refused with a message."""
    try:
        archive, infos = open_zip(zip_bytes)
    except ZipRefused as refused:
        raise _bad_zip(refused.reason) from None
    if len(infos) > 4 * MAX_PACK_FILES:
        raise _bad_zip(f"too many files: a pack has at most {MAX_PACK_FILES}")
    members = [
        m
        for m in infos
        if not m.is_dir()
        and not any(
            p.startswith((".", "__MACOSX")) for p in PurePosixPath(m.filename).parts
        )
    ]
    if len(members) > MAX_PACK_FILES:
        raise _bad_zip(f"too many files: a pack has at most {MAX_PACK_FILES}")
    folders = {str(PurePosixPath(m.filename).parent) for m in members}
    if len(folders) != 1:
        raise _bad_zip("put article.md and the *.yaml files in one folder")
    folder = folders.pop()
    files, problems, total = {}, [], 0
    for member in members:
        name = PurePosixPath(member.filename).name
        if not name.endswith((".md", ".yaml", ".yml")):
            continue
        content = _read_member(archive, member, MAX_PACK_BYTES - total)
        total += len(content)
        try:
            files[name] = content.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(Problem(member.filename, None, "not UTF-8 text"))
    if problems:
        raise PackError(problems)
    return ("" if folder == "." else folder), files


def _read_member(archive, member, room: int) -> bytes:
    """The member's bytes; PackError past MAX_FILE_BYTES or past `room` (what
    is left of MAX_PACK_BYTES), or when it is damaged."""
    try:
        return read_member(archive, member, MAX_FILE_BYTES, room)
    except ZipRefused as refused:
        if refused.kind == "total":
            raise _bad_zip(
                f"the files add up to more than {kb(MAX_PACK_BYTES)}"
            ) from None
        reason = (
            f"larger than {kb(MAX_FILE_BYTES)}"
            if refused.kind == "file"
            else f"cannot be unpacked: {refused.reason}"
        )
        raise PackError([Problem(member.filename, None, reason)]) from None


def _read_upload(zip_bytes: bytes) -> tuple[str, dict]:
    """(folder, clean pack data) of an uploaded zip, or PackError."""
    folder, files = _zip_files(zip_bytes)
    data = pack_data_from_files(files, where=folder)
    pack_from_data(data, folder or "upload")
    return folder, clean_pack_data(data)


def import_pack_upload(teacher: User, zip_bytes: bytes) -> Draft:
    """Make a draft of an uploaded content pack (a zip as `export_draft` writes);
    raises PackError naming file, line and item of every problem, and SlugClash
    when the teacher already has a draft with the pack's slug."""
    folder, data = _read_upload(zip_bytes)
    own = db.session.scalar(
        select(Draft).where(Draft.owner_id == teacher.id, Draft.slug == folder)
    )
    if folder and own is not None:
        raise SlugClash(own, str(data["meta"].get("title") or folder))
    draft = _save_new(teacher, data, folder or str(data["meta"].get("title") or ""))
    _record("pack.import", teacher, draft)
    return draft


def _record(action: str, teacher: User, draft: Draft) -> None:
    audit.record(
        action,
        actor=teacher,
        obj=("draft", draft.id),
        details={"title": str(draft.data["meta"].get("title") or "")[:100]},
        commit=True,
    )


def update_from_upload(draft: Draft, zip_bytes: bytes) -> Draft:
    """Replace the draft's content with the uploaded pack's (same slug, same
    article): publishing it then makes a new version, and attempts keep the
    version they were taken on."""
    _folder, data = _read_upload(zip_bytes)
    _save(draft, data)
    _record("pack.reimport", draft.owner, draft)
    return draft


def import_copy(teacher: User, zip_bytes: bytes, slug: str) -> Draft:
    """A new draft of the uploaded pack under `slug` (lower-case letters,
    digits and dashes, not yet taken); PackError says what is wrong."""
    slug = (slug or "").strip().lower()
    if not _SLUG.fullmatch(slug):
        raise PackError(
            [Problem("slug", None, "use lower-case letters, digits and dashes")]
        )
    taken = db.session.scalar(select(Draft.id).where(Draft.slug == slug)) or (
        db.session.scalar(select(Article.id).where(Article.slug == slug))
    )
    if taken:
        raise PackError([Problem("slug", None, f"{slug!r} is already taken")])
    _folder, data = _read_upload(zip_bytes)
    draft = _save_new(teacher, data, slug)
    _record("pack.import", teacher, draft)
    return draft
