"""Reading untrusted zip files within limits (pack uploads, QTI packages).

Members are inflated in chunks and counted as they come, so a zip whose
directory lies about its sizes (a zip bomb) is refused at the real limit
without inflating the rest; a damaged, encrypted or unsupported zip is
refused with a reason. Standard library only: the pure core may use it.
"""

from __future__ import annotations

import io
import zipfile
import zlib

_CHUNK = 64 * 1024
#: What a damaged, encrypted or unsupported zip raises while it is read.
ZIP_ERRORS = (
    zipfile.BadZipFile,
    zlib.error,
    EOFError,
    OSError,
    ValueError,
    NotImplementedError,
    RuntimeError,
)


class ZipRefused(Exception):
    """Why a zip (or one member) is refused. `kind` is "not_zip", "file" (one
    member past its limit), "total" (the members together past theirs) or
    "damaged"; `member` names the member at fault, if any."""

    def __init__(self, kind: str, reason: str, member: str | None = None):
        super().__init__(reason)
        self.kind, self.reason, self.member = kind, reason, member


def open_zip(zip_bytes: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    """The archive and its directory; ZipRefused("not_zip") if it is none."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(zip_bytes))
        return archive, archive.infolist()
    except ZIP_ERRORS:
        raise ZipRefused("not_zip", "not a zip file, or a damaged one") from None


def read_member(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, file_limit: int, room: int
) -> bytes:
    """The member's bytes, inflated in chunks; ZipRefused("file") past
    `file_limit`, ("total") past `room` (what is left of the total allowed),
    ("damaged") when it cannot be unpacked."""
    limit = min(file_limit, room)
    chunks, size = [], 0
    try:
        with archive.open(member) as stream:
            while chunk := stream.read(_CHUNK):
                size += len(chunk)
                if size > limit:
                    kind = "total" if limit < file_limit else "file"
                    raise ZipRefused(kind, "too large", member.filename)
                chunks.append(chunk)
    except ZIP_ERRORS as exc:
        reason = "damaged" if "CRC" not in str(exc) else "damaged (bad CRC)"
        raise ZipRefused("damaged", reason, member.filename) from None
    return b"".join(chunks)
