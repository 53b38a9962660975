"""`flask content import FILE --into SLUG` and `flask content export SLUG`."""

from __future__ import annotations

from sqlalchemy import select

from quizapp.extensions import db
from quizapp.interop import gift, moodle_xml, qti
from quizapp.models import Draft

from ..conftest import FIXTURES, MINI_PACK, make_user
from ..unit.interop.shared import SHARED, needs_shared

OWN = FIXTURES / "interop"


def test_cli_imports_a_file_into_a_new_set_owned_by_a_teacher(runner):
    make_user("ms-lee", role="teacher")
    result = runner.invoke(
        args=[
            "content",
            "import",
            str(OWN / "all_types.xml"),
            "--into",
            "sources",
            "--owner",
            "ms-lee",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "Imported 8 questions into sources." in result.output
    assert "Essay -> essay: written answer: add the rubric" in result.output
    draft = db.session.scalar(select(Draft).where(Draft.slug == "sources"))
    assert draft.owner.username == "ms-lee"
    again = runner.invoke(
        args=["content", "import", str(OWN / "all_types.gift"), "--into", "sources"]
    )
    assert again.exit_code == 0, again.output
    db.session.refresh(draft)
    assert len(draft.data["exercises"]) == 2


def test_cli_import_explains_what_is_missing(runner, tmp_path):
    no_owner = runner.invoke(
        args=["content", "import", str(OWN / "all_types.gift"), "--into", "new-set"]
    )
    assert no_owner.exit_code == 1
    assert "There is no set 'new-set'; give --owner to create it." in no_owner.output
    bad = tmp_path / "bad.gift"
    bad.write_bytes("Café {=oui ~non}".encode("cp1252"))
    make_user("t", role="teacher")
    refused = runner.invoke(
        args=["content", "import", str(bad), "--into", "x", "--owner", "t"]
    )
    assert refused.exit_code == 1 and "must use UTF-8" in refused.output


def test_cli_exports_a_loaded_pack_in_every_question_format(runner, tmp_path):
    runner.invoke(args=["content", "load", str(MINI_PACK)])
    readers = {
        "gift": gift.parse,
        "moodle-xml": moodle_xml.parse,
        "qti": qti.parse_package,
    }
    for fmt, read in readers.items():
        out = tmp_path / f"mini.{fmt}"
        result = runner.invoke(
            args=["content", "export", "mini", "--format", fmt, "-o", str(out)]
        )
        assert result.exit_code == 0, result.output
        assert "note: a claim becomes a multiple-choice question" in result.output
        questions = read(out.read_bytes())
        # 3 claims to sort + 3 questions + 1 written answer (+ QTI cue spotting)
        assert len(questions) == (10 if fmt == "qti" else 7)
    refused = runner.invoke(
        args=[
            "content",
            "export",
            "mini",
            "--format",
            "pack",
            "-o",
            str(tmp_path / "p"),
        ]
    )
    assert refused.exit_code == 1 and "shared pack" in refused.output
    missing = runner.invoke(
        args=[
            "content",
            "export",
            "nope",
            "--format",
            "gift",
            "-o",
            str(tmp_path / "n"),
        ]
    )
    assert "There is no exercise set 'nope'." in missing.output


def test_cli_exports_a_draft_as_a_content_pack(runner, tmp_path):
    make_user("t", role="teacher")
    runner.invoke(
        args=[
            "content",
            "import",
            str(OWN / "all_types.gift"),
            "--into",
            "s",
            "--owner",
            "t",
        ]
    )
    out = tmp_path / "s.zip"
    result = runner.invoke(
        args=["content", "export", "s", "--format", "pack", "-o", str(out)]
    )
    assert result.exit_code == 0, result.output
    assert out.read_bytes()[:2] == b"PK"


@needs_shared
def test_cli_imports_moodles_own_gift_examples(runner):
    make_user("t", role="teacher")
    result = runner.invoke(
        args=[
            "content",
            "import",
            str(SHARED / "gift/moodle/fixtures/examples.txt"),
            "--into",
            "examples",
            "--owner",
            "t",
        ]
    )
    assert result.exit_code == 0, result.output
    assert "Imported" in result.output
