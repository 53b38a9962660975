"""Hostile content packs for the security tests: YAML bombs and lying zips."""

from __future__ import annotations

import io
import struct
import zipfile

from ..conftest import MINI_PACK


def alias_bomb(levels: int = 5, width: int = 9) -> str:
    """YAML whose aliases expand to width**levels values (9**7 is ~4.8 million
    from 500 bytes); small enough by default for the old code to survive."""
    lines = ["a0: &a0 [" + ", ".join(["lol"] * width) + "]"]
    for level in range(1, levels + 1):
        refs = ", ".join([f"*a{level - 1}"] * width)
        lines.append(f"a{level}: &a{level} [{refs}]")
    return "\n".join(lines) + "\n"


def mini_files(**replace: str) -> dict[str, str]:
    """The mini pack's files (name -> text), with some replaced."""
    files = {p.name: p.read_text(encoding="utf-8") for p in MINI_PACK.iterdir()}
    return {**files, **replace}


def zip_of(files: dict[str, str | bytes], folder: str = "mini") -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(f"{folder}/{name}", content)
    return buffer.getvalue()


def lie_about_size(data: bytes, name: str, size: int) -> bytes:
    """The zip with member `name`'s uncompressed size set to `size` in both its
    local header and the central directory (the CRC is left as it was)."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    patched = bytearray(data)
    struct.pack_into("<I", patched, info.header_offset + 22, size)
    at = patched.find(b"PK\x01\x02")
    while at >= 0:
        length = struct.unpack_from("<H", patched, at + 28)[0]
        if patched[at + 46 : at + 46 + length] == name.encode():
            struct.pack_into("<I", patched, at + 24, size)
        at = patched.find(b"PK\x01\x02", at + 4)
    return bytes(patched)


def corrupt_member(data: bytes, name: str) -> bytes:
    """The zip with one byte of member `name`'s compressed data flipped."""
    archive = zipfile.ZipFile(io.BytesIO(data))
    info = archive.getinfo(name)
    name_len, extra_len = struct.unpack_from("<HH", data, info.header_offset + 26)
    start = info.header_offset + 30 + name_len + extra_len
    patched = bytearray(data)
    patched[start + info.compress_size // 2] ^= 0xFF
    return bytes(patched)
