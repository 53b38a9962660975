"""Hostile content packs for the security tests: YAML bombs and lying zips."""

from __future__ import annotations

import io
import struct
import zipfile
from pathlib import Path

#: The mini test pack (tests/fixtures/packs/mini); no pytest import here, so
#: `bench/hostile_inputs.py` can use these builders too.
MINI_PACK = Path(__file__).resolve().parents[1] / "fixtures" / "packs" / "mini"


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


def zip_of(
    files: dict[str, str | bytes], folder: str = "mini", padding: int = 0
) -> bytes:
    """A pack zip of `files` in `folder`; `padding` spaces are added to the end of
    article.md, written in 1 MB blocks (a member that inflates to gigabytes
    needs no string that big)."""
    buffer = io.BytesIO()
    block = b" " * 1_000_000
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            if name != "article.md" or not padding:
                archive.writestr(f"{folder}/{name}", content)
                continue
            with archive.open(f"{folder}/{name}", "w") as member:
                member.write(content.encode() if isinstance(content, str) else content)
                for start in range(0, padding, len(block)):
                    member.write(block[: padding - start])
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


def many_sentences(count: int) -> str:
    return "\n\n".join(f"Item {n}: the council met on day {n}." for n in range(count))


def many_questions(count: int) -> str:
    """An exercise file of `count` multiple-choice questions (claims cannot
    repeat a sentence, and an article has at most 500, so big packs are mostly
    questions)."""
    item = (
        "  - id: many-{n}\n"
        "    type: multiple_choice\n"
        '    prompt: "Question {n}: who says the council approved the wall?"\n'
        "    options:\n"
        '      - {{text: "The mayor", correct: true}}\n'
        '      - {{text: "Nobody"}}\n'
    )
    return "title: Many\nkind: questions\nitems:\n" + "".join(
        item.format(n=n) for n in range(count)
    )


HUGE = "9" * 400

# (file, text to replace, replacement, what the message must say)
MALFORMED = [
    ("claims.yaml", "items:\n", "items: 5\nwas:\n", "claims.yaml:1: items must be"),
    ("claims.yaml", "  - id: c1\n", "  - just a string\n  - id: c1\n", "item 1 must"),
    (
        "claims.yaml",
        'quote: "The council approved a new harbour wall on Monday, the mayor said."',
        'quote: ["The council approved a new harbour wall on Monday."]',
        "claims.yaml:5: item c1: quote must be text",
    ),
    ("claims.yaml", "label: opinion", "label: [opinion]", "item c3: label must be"),
    (
        "claims.yaml",
        'cues: ["the mayor said"]',
        "cues: 5",
        "item c1: cues must be a list of texts",
    ),
    (
        "claims.yaml",
        "source: {kind: named, name: the mayor}",
        "source: the mayor",
        "item c1: source must be a mapping",
    ),
    ("claims.yaml", "label: question", "label: question\n    sort: 'no'", "sort must"),
    (
        "claims.yaml",
        "The mayor is named as the source.",
        "The mayor\\0 is named",
        "item c1: explanation contains a NUL character",
    ),
    ("questions.yaml", "type: multiple_choice", "type: [x]", "item q1: type must"),
    (
        "questions.yaml",
        '- {text: "The mayor", correct: true',
        '- {text: "The mayor", correct: "yes"',
        "options[1].correct must be true or false",
    ),
    (
        "questions.yaml",
        "citation: {url:",
        'citation: "http://x"\n    was: {url:',
        "item q3: citation must be a mapping",
    ),
    ("written.yaml", "max_words: 60", f"max_words: {HUGE}", "max_words is larger"),
    ("written.yaml", "max_words: 60", "max_words: 3", "max_words must be a number"),
    (
        "written.yaml",
        'phrasings: ["it costs too much money", "a waste of money"]',
        "phrasings: 5",
        "written.yaml:15: item w1: key_points[2].phrasings must be a list of texts",
    ),
    ("written.yaml", "points: 1\n", "points: .inf\n", "finite"),
    ("written.yaml", "points: 1\n", "points: -1\n", "must be a number above 0"),
    (
        "written.yaml",
        'feedback: "Building only starts in spring."',
        'feedback: "Spring."\n        penalty: .nan',
        "misconceptions[1].penalty must be a finite number",
    ),
    ("written.yaml", "key_points:\n", "key_points: x\n    was:\n", "key_points must"),
    ("written.yaml", "id: w1", "id: [w, 1]", "item 1: id must be text"),
    ("written.yaml", "max_words: 60", "max_words: !!binary aGk=", "(!!binary)"),
    ("written.yaml", "max_words: 60", "max_score: 1.0e+400", "max_score must be"),
    ("article.md", "title: Harbour Plans Announced", "title: [a]", "title must be"),
    ("article.md", "published: 2025-01-15", "published: [2025]", "published must"),
    ("article.md", "summary: A short", "summary: !!set {a, b}\nwas: A short", "set"),
    ("article.md", "Monday, the mayor said.", "Monday,\x00 the mayor said.", "NUL"),
]


def edited_files(name: str, old: str, new: str) -> dict[str, str]:
    files = mini_files()
    assert old in files[name], (name, old)
    return {**files, name: files[name].replace(old, new, 1)}
