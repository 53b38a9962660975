"""Issue 8, defect 6: a pack zip is inflated in bounded chunks and refused at the
real limit, whatever its directory claims; a damaged zip gets a message, never
a 500, and nothing is stored."""

from __future__ import annotations

import time
import tracemalloc

import pytest

from quizapp.packs import PackError
from quizapp.packs.limits import MAX_FILE_BYTES
from quizapp.services.pack_transfer import _zip_files

from ..conftest import count_rows
from ..web.test_authoring import upload
from .hostile_packs import corrupt_member, lie_about_size, mini_files, zip_of

HUGE = 50_000_000  # bytes once inflated; the zip is about 50 KB


@pytest.fixture()
def teacher(auth):
    return auth.login("ms-reed", as_="teacher")


def _huge_article_zip() -> bytes:
    return zip_of(mini_files(), padding=HUGE)


def _refusal(zip_bytes: bytes) -> tuple[str, float, int]:
    tracemalloc.start()
    started = time.perf_counter()
    with pytest.raises(PackError) as refused:
        _zip_files(zip_bytes)
    seconds = time.perf_counter() - started
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return str(refused.value), seconds, peak


def test_a_zip_that_says_a_member_is_small_but_inflates_huge_is_refused():
    lying = lie_about_size(_huge_article_zip(), "mini/article.md", 1_000)
    message, seconds, peak = _refusal(lying)
    assert message == "mini/article.md: cannot be unpacked: damaged (bad CRC)"
    assert peak < 5 * MAX_FILE_BYTES


def test_a_zip_whose_member_inflates_past_the_limit_stops_reading_there():
    message, seconds, peak = _refusal(_huge_article_zip())
    assert message == "mini/article.md: larger than 1 MB"
    assert peak < 5 * MAX_FILE_BYTES


def test_a_zip_that_overstates_a_members_size_is_judged_by_its_real_size():
    overstated = lie_about_size(zip_of(mini_files()), "mini/claims.yaml", 2**31)
    folder, files = _zip_files(overstated)
    assert folder == "mini" and files == mini_files()


def test_uploading_a_lying_zip_gives_a_message_and_stores_nothing(client, teacher):
    lying = lie_about_size(_huge_article_zip(), "mini/article.md", 1_000)
    response = upload(client, lying)
    assert response.status_code == 422
    assert "mini/article.md: cannot be unpacked: damaged (bad CRC)" in response.text
    assert count_rows("drafts") == 0


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: corrupt_member(data, "mini/claims.yaml"),
        lambda data: data[: len(data) // 2],
        lambda data: data[:-30],
        lambda data: b"PK\x03\x04" + data[4:40],
    ],
    ids=["flipped byte", "cut in half", "no end record", "only a header"],
)
def test_a_damaged_zip_is_refused_with_a_message(client, teacher, damage):
    response = upload(client, damage(zip_of(mini_files())))
    assert response.status_code == 422
    assert "damaged" in response.text or "not a zip file" in response.text
    assert count_rows("drafts") == 0


def test_a_qti_package_that_lies_about_a_member_is_refused_the_same_way():
    from quizapp.interop import InteropError, qti

    items = {"items/big.xml": b"<x/>" + b" " * HUGE}
    lying = lie_about_size(zip_of(items, folder="pkg"), "pkg/items/big.xml", 1_000)
    tracemalloc.start()
    with pytest.raises(InteropError) as refused:
        qti.parse_package(lying)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert str(refused.value) == (
        "The package cannot be unpacked (pkg/items/big.xml: damaged (bad CRC))."
    )
    assert peak < 5 * MAX_FILE_BYTES
