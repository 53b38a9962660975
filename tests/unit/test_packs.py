"""Reading content packs: a good pack resolves, a bad one names file and line."""

import shutil
from pathlib import Path

import pytest

from quizapp.packs import (
    PackError,
    check_pack_data,
    clean_pack_data,
    pack_data_from_files,
    pack_files,
    pack_from_data,
    read_pack,
)

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


def files_of(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(folder.iterdir())}


def test_pack_data_written_back_to_files_reads_back_identical(pack_dir):
    data = clean_pack_data(pack_data_from_files(files_of(pack_dir)))
    assert data["meta"]["published"] == "2025-01-15"  # JSON-safe
    assert [e["slug"] for e in data["exercises"]] == ["claims", "questions", "written"]
    files = pack_files(data)
    assert sorted(files) == [
        "article.md",
        "claims.yaml",
        "questions.yaml",
        "written.yaml",
    ]
    assert "published: 2025-01-15\n" in files["article.md"]
    again = clean_pack_data(pack_data_from_files(files))
    assert again == data
    assert pack_files(again) == files  # stable


def test_written_files_load_as_the_same_pack(pack_dir, tmp_path):
    data = pack_data_from_files(files_of(pack_dir))
    out = tmp_path / "written" / "mini"
    out.mkdir(parents=True)
    for name, text in pack_files(data).items():
        (out / name).write_text(text, encoding="utf-8")
    original, written = read_pack(pack_dir), read_pack(out)
    assert written.meta == original.meta
    assert [e.items for e in written.exercises] == [e.items for e in original.exercises]


def test_draft_data_resolves_and_its_problems_name_exercise_file_and_item(pack_dir):
    data = clean_pack_data(pack_data_from_files(files_of(pack_dir)))
    pack = pack_from_data(data, "harbour")
    assert pack.slug == "harbour" and pack.meta["published"].isoformat() == "2025-01-15"
    assert pack.digest == pack_from_data(data, "harbour").digest
    data["exercises"][0]["items"][1]["label"] = "rumour"
    with pytest.raises(PackError) as info:
        pack_from_data(data, "harbour")
    [problem] = [str(p) for p in info.value.problems]
    assert problem.startswith("claims.yaml: item c2: unknown label 'rumour'")
    valid, problems = check_pack_data(data, "harbour")
    assert len(problems) == 1
    assert [i["key"] for i in valid.exercises[0].items] == ["c1", "c3", "c4"]


def test_machine_confidence_and_reviewed_marks_are_accepted_and_checked(pack_dir):
    edit(
        pack_dir / "claims.yaml",
        '    cues: ["the mayor said"]',
        '    cues: ["the mayor said"]\n'
        "    machine: {confidence: 0.8}\n"
        "    reviewed: true",
    )
    spec = read_pack(pack_dir).exercises[0].items[0]["spec"]
    assert spec["machine"] == {"confidence": 0.8} and spec["reviewed"] is True
    edit(pack_dir / "claims.yaml", "confidence: 0.8", "confidence: high")
    edit(pack_dir / "claims.yaml", "reviewed: true", "reviewed: maybe")
    problems = problems_of(pack_dir)
    assert any(
        "machine must be {confidence: a number from 0 to 1}" in p for p in problems
    )
    assert any("reviewed must be true or false" in p for p in problems)


def test_links_that_are_not_http_are_refused(pack_dir):
    edit(
        pack_dir / "questions.yaml",
        "https://example.org/harbour-report",
        "javascript:x",
    )
    edit(
        pack_dir / "article.md",
        "reading_level:",
        "url: javascript:alert(1)\nreading_level:",
    )
    problems = problems_of(pack_dir)
    assert any("item q3: citation.url must start with http" in p for p in problems)
    assert any("url must start with http:// or https://" in p for p in problems)


def test_text_longer_than_the_database_holds_is_refused(pack_dir):
    edit(
        pack_dir / "article.md", "title: Harbour Plans Announced", "title: " + "H" * 301
    )
    edit(pack_dir / "claims.yaml", "id: c1", "id: " + "c" * 81)
    problems = problems_of(pack_dir)
    assert any("title is longer than 300 characters" in p for p in problems)
    assert any("id is longer than 80 characters" in p for p in problems)


def test_a_pack_folder_name_must_be_a_usable_slug(tmp_path):
    target = tmp_path / "harbour plans!"
    shutil.copytree(MINI, target)
    assert any("folder name" in p for p in problems_of(target))
