"""Content packs in and out of authoring: export a draft as a zip pack, and make
a draft of an uploaded one (checked like a pack from content/)."""

from __future__ import annotations

import io
import zipfile
from pathlib import PurePosixPath

from ..models import Draft, User
from ..packs import (
    PackError,
    Problem,
    clean_pack_data,
    pack_data_from_files,
    pack_files,
    pack_from_data,
)
from . import audit
from .authoring import _save_new

_MAX_ZIP_FILES = 50
_MAX_ZIP_BYTES = 5 * 1024 * 1024
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
    draft = _save_new(teacher, data, folder or str(data["meta"].get("title") or ""))
    audit.record(
        "pack.import",
        actor=teacher,
        obj=("draft", draft.id),
        details={"title": str(data["meta"].get("title") or "")[:100]},
        commit=True,
    )
    return draft
