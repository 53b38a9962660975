"""Issue 8, defect 5: YAML alias bombs (the "billion laughs") are refused before
anything is expanded, in exercise files and in front matter, on every way in:
pasting, uploading a pack and `flask content load`."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from quizapp.packs import PackError, pack_data_from_files
from quizapp.services.content import load_packs

from ..conftest import count_rows
from ..web.test_authoring import paste, upload
from .hostile_packs import alias_bomb, mini_files, zip_of

FRONT_MATTER_BOMB = "---\ntitle: Harbour\n" + alias_bomb() + "---\nSome text.\n"


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


def test_a_seven_level_alias_bomb_is_refused_in_milliseconds_without_expanding():
    bomb = alias_bomb(levels=7)  # ~4.8 million values once expanded
    assert len(bomb) < 600
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(PackError, match="aliases"):
        pack_data_from_files(mini_files(**{"claims.yaml": bomb}))
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert seconds < 2 and peak < 10_000_000


def test_an_uploaded_pack_with_an_alias_bomb_is_refused_and_nothing_is_stored(
    client, teacher
):
    response = upload(client, zip_of(mini_files(**{"claims.yaml": alias_bomb()})))
    assert response.status_code == 422
    assert "mini/claims.yaml:2: invalid YAML: aliases (*name) are not allowed" in (
        response.text
    )
    assert count_rows("drafts") == 0


def test_an_alias_bomb_in_front_matter_is_refused_on_upload_and_on_load(
    client, teacher, tmp_path
):
    files = mini_files(**{"article.md": FRONT_MATTER_BOMB})
    response = upload(client, zip_of(files))
    assert response.status_code == 422
    assert "aliases (*name) are not allowed in packs" in response.text
    folder = tmp_path / "bomb"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    [report] = load_packs(folder)
    assert report.status == "refused"
    assert "aliases" in report.problems[0]
    assert count_rows("articles") == count_rows("drafts") == 0


def test_a_pasted_article_with_an_alias_bomb_in_front_matter_is_refused(
    client, teacher
):
    response = paste(client, title="Harbour", text=FRONT_MATTER_BOMB)
    assert response.status_code == 422
    assert "The front matter (between the &#39;---&#39; lines) could not be read" in (
        response.text
    )
    assert "aliases (*name) are not allowed in packs" in response.text
    assert count_rows("drafts") == 0
