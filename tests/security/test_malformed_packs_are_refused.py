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
from .hostile_packs import HUGE, MALFORMED, edited_files, mini_files, zip_of


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


@pytest.mark.parametrize(("name", "old", "new", "says"), MALFORMED)
def test_a_malformed_pack_is_refused_with_file_line_and_field(
    client, teacher, name, old, new, says
):
    response = upload(client, zip_of(edited_files(name, old, new)))
    assert response.status_code == 422, response.text[:2000]
    assert says in response.text.replace("&#39;", "'")
    assert count_rows("drafts") == 0


def test_malformed_packs_from_content_are_refused_without_storing_anything(
    app, tmp_path
):
    for number, (name, old, new, _says) in enumerate(MALFORMED):
        folder = tmp_path / f"bad-{number:02d}"
        folder.mkdir()
        for file, text in edited_files(name, old, new).items():
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
    ok = edited_files("claims.yaml", "id: c1", "id: 101")
    pack_from_data(pack_data_from_files(ok), "mini")
    huge = edited_files("claims.yaml", "id: c1", f"id: {HUGE}")
    with pytest.raises(PackError, match="item .*: id is larger than 1,000,000"):
        pack_from_data(pack_data_from_files(huge), "mini")
