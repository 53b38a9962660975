"""Reading content packs: a good pack resolves, a bad one names file and line."""

import shutil
from pathlib import Path

import pytest

from quizapp.packs import PackError, read_pack

MINI = Path(__file__).parents[1] / "fixtures" / "packs" / "mini"


@pytest.fixture()
def pack_dir(tmp_path) -> Path:
    target = tmp_path / "mini"
    shutil.copytree(MINI, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def problems_of(folder: Path) -> list[str]:
    with pytest.raises(PackError) as info:
        read_pack(folder)
    return [str(p) for p in info.value.problems]


def test_valid_pack_resolves_quotes_cues_and_evidence_to_offsets(pack_dir):
    pack = read_pack(pack_dir)
    assert pack.meta["title"] == "Harbour Plans Announced"
    claims = next(e for e in pack.exercises if e.slug == "claims")
    first = claims.items[0]["spec"]
    assert (first["block"], first["start"]) == (0, 0)
    assert first["cues"] == [{"text": "the mayor said", "start": 51, "end": 65}]
    questions = next(e for e in pack.exercises if e.slug == "questions")
    assert [o["id"] for o in questions.items[0]["spec"]["options"]] == ["a", "b", "c"]
    assert questions.items[0]["spec"]["evidence"][0]["block"] == 0


def test_questions_and_courtesies_are_annotated_but_not_sorted(pack_dir):
    claims = next(e for e in read_pack(pack_dir).exercises if e.slug == "claims")
    assert [i["spec"]["sort"] for i in claims.items] == [True, True, True, False]


def test_the_digest_changes_when_a_file_changes(pack_dir):
    before = read_pack(pack_dir).digest
    edit(pack_dir / "claims.yaml", "The mayor is named", "The mayor is clearly named")
    assert read_pack(pack_dir).digest != before


def test_bad_yaml_is_reported_with_file_and_line(pack_dir):
    edit(pack_dir / "questions.yaml", 'prompt: "Who says', 'prompt: ["Who says')
    [problem] = problems_of(pack_dir)
    assert "questions.yaml:" in problem and "invalid YAML" in problem
    line = int(problem.split("questions.yaml:")[1].split(":")[0])
    assert 5 <= line <= 12


def test_unknown_label_names_the_item_and_its_line(pack_dir):
    edit(pack_dir / "claims.yaml", "label: opinion", "label: rumour")
    [problem] = problems_of(pack_dir)
    assert "claims.yaml:17" in problem  # the line where item c3 starts
    assert "item c3" in problem and "unknown label 'rumour'" in problem


def test_quote_not_in_the_article_is_refused(pack_dir):
    edit(pack_dir / "claims.yaml", "reduce flooding.", "stop all floods.")
    [problem] = problems_of(pack_dir)
    assert "item c2" in problem and "quote not found" in problem


def test_question_without_a_correct_answer_is_refused(pack_dir):
    edit(
        pack_dir / "questions.yaml",
        '{text: "The mayor", correct: true,',
        '{text: "The mayor",',
    )
    [problem] = problems_of(pack_dir)
    assert "item q1" in problem and "no option is marked correct" in problem


def test_every_problem_is_listed_not_just_the_first(pack_dir):
    edit(pack_dir / "claims.yaml", "label: opinion", "label: rumour")
    edit(pack_dir / "claims.yaml", "id: c2", "id: c1")
    edit(pack_dir / "questions.yaml", "type: multiple_choice", "type: essay")
    problems = problems_of(pack_dir)
    assert len(problems) == 3
    assert any("already used" in p for p in problems)
    assert any("unknown type 'essay'" in p for p in problems)


def test_cue_that_is_not_part_of_its_quote_is_refused(pack_dir):
    edit(pack_dir / "claims.yaml", '"disastrous waste"', '"terrible"')
    assert "cue 'terrible' is not part of the quote" in problems_of(pack_dir)[0]


def test_missing_front_matter_title_and_bad_date_are_reported(pack_dir):
    edit(pack_dir / "article.md", "title: Harbour Plans Announced\n", "")
    edit(pack_dir / "article.md", "published: 2025-01-15", "published: last week")
    problems = problems_of(pack_dir)
    assert any("needs a title" in p for p in problems)
    assert any("published must be a date" in p for p in problems)


def test_missing_article_is_reported(tmp_path):
    (tmp_path / "empty").mkdir()
    assert "article.md is missing" in problems_of(tmp_path / "empty")[0]
