"""Every pack in content/ loads, is annotated sentence by sentence, and tells
the library its genre, level and skills."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.packs import read_pack
from quizapp.rendering import parse_article

CONTENT = Path(__file__).parents[2] / "content"
FOLDERS = sorted(p for p in CONTENT.iterdir() if (p / "article.md").is_file())
QUESTION_TYPES = {
    "multiple_choice", "multiple_select", "who_said", "citation_check", "free_text",
    "mark_cues",
}  # fmt: skip


@pytest.fixture(scope="module", params=FOLDERS, ids=lambda p: p.name)
def pack(request):
    return read_pack(request.param)


def _items(pack, kind=None):
    return [i for e in pack.exercises if kind in (None, e.kind) for i in e.items]


def test_the_library_holds_at_least_five_packs():
    assert len(FOLDERS) >= 5


def test_every_pack_loads_without_problems(pack):
    assert pack.exercises


def test_every_sentence_of_every_article_is_annotated(pack):
    """What no claim quote covers is only speakers, citation numbers and spaces."""
    covered: dict[int, list[tuple[int, int]]] = {}
    for item in _items(pack, "claims"):
        spec = item["spec"]
        covered.setdefault(spec["block"], []).append((spec["start"], spec["end"]))
    for block in parse_article(pack.body):
        if block.kind != "paragraph":
            continue
        text = list(block.text)
        if block.speaker:
            text[: len(block.speaker) + 1] = " " * (len(block.speaker) + 1)
        for start, end in covered.get(block.index, []):
            text[start:end] = " " * (end - start)
        left = "".join(text)
        assert not re.search(r"[^\W\d_]", left), f"not annotated: {left.strip()!r}"


def test_every_claim_has_a_label_and_an_explanation(pack):
    for item in _items(pack, "claims"):
        spec = item["spec"]
        assert spec["label"] and str(spec.get("explanation") or "").strip(), item
        assert "cues" in spec, item["key"]


def test_every_pack_asks_questions_of_every_type(pack):
    types = {i["type"] for i in _items(pack, "questions")}
    assert QUESTION_TYPES <= types, QUESTION_TYPES - types
    written = [i for i in _items(pack, "questions") if i["type"] == "free_text"]
    assert all(i["spec"]["key_points"] for i in written)


def test_every_pack_names_its_genre_level_and_skills(pack):
    assert str(pack.meta.get("genre") or "").strip()
    assert pack.meta["reading_level"]
    assert pack.meta.get("skills")


def test_fictional_articles_say_so_and_are_of_a_realistic_length(pack):
    if not pack.meta.get("fictional"):
        pytest.skip("not a fictional practice article")
    assert "fictional" in pack.meta["summary"].lower()
    words = len(" ".join(b.text for b in parse_article(pack.body)).split())
    assert 300 <= words <= 600, words


def test_genres_and_skills_differ_from_pack_to_pack():
    packs = [read_pack(folder) for folder in FOLDERS]
    genres = [p.meta["genre"] for p in packs]
    assert len(set(genres)) == len(genres)
    firsts = [p.meta["skills"][0] for p in packs]
    assert len(set(firsts)) == len(firsts)
