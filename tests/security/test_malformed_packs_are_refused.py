"""Issue 8, defect 7: every field of a pack has its type and range checked, so
a malformed pack is refused with a message naming file, line and field, never
a 500, and nothing is stored; and a pack that passes never makes grading,
publishing or storing fail later."""

from __future__ import annotations

import pytest

from quizapp.packs import PackError, pack_data_from_files, pack_from_data
from quizapp.services.content import load_packs

from ..conftest import count_rows
from ..web.test_authoring import upload
from .hostile_packs import mini_files, zip_of

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


def _files(name: str, old: str, new: str) -> dict[str, str]:
    files = mini_files()
    assert old in files[name], (name, old)
    return {**files, name: files[name].replace(old, new, 1)}


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


@pytest.mark.parametrize(("name", "old", "new", "says"), MALFORMED)
def test_a_malformed_pack_is_refused_with_file_line_and_field(
    client, teacher, name, old, new, says
):
    response = upload(client, zip_of(_files(name, old, new)))
    assert response.status_code == 422, response.text[:2000]
    assert says in response.text.replace("&#39;", "'")
    assert count_rows("drafts") == 0


def test_malformed_packs_from_content_are_refused_without_storing_anything(
    app, tmp_path
):
    for number, (name, old, new, _says) in enumerate(MALFORMED):
        folder = tmp_path / f"bad-{number:02d}"
        folder.mkdir()
        for file, text in _files(name, old, new).items():
            (folder / file).write_text(text, encoding="utf-8")
    reports = load_packs(tmp_path)
    assert len(reports) == len(MALFORMED)
    for report, (_name, _old, _new, says) in zip(reports, MALFORMED, strict=True):
        assert report.status == "refused", report
        assert any(says in p for p in report.problems), (says, report)
    assert count_rows("articles") == count_rows("items") == 0


def test_a_valid_pack_still_passes_every_check():
    pack = pack_from_data(pack_data_from_files(mini_files()), "mini")
    assert [len(e.items) for e in pack.exercises] == [4, 3, 1]


def test_an_integer_key_or_id_is_fine_but_a_huge_one_is_not():
    ok = _files("claims.yaml", "id: c1", "id: 101")
    pack_from_data(pack_data_from_files(ok), "mini")
    huge = _files("claims.yaml", "id: c1", f"id: {HUGE}")
    with pytest.raises(PackError, match="item .*: id is larger than 1,000,000"):
        pack_from_data(pack_data_from_files(huge), "mini")
