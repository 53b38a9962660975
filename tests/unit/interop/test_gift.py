"""GIFT: every case Moodle's own parser produced, Moodle's export texts, and
quizapp's own small fixtures (so a clone without ../shared still tests it)."""

from __future__ import annotations

import pytest

from quizapp.interop import InteropError, gift

from .shared import OWN, SHARED, expected, export_cases, moodle_to_shape, needs_shared

GIFT_CASES = expected("gift")


def _parse_like_moodle(name: str, case: dict) -> list[dict]:
    data = (SHARED / "gift" / name).read_bytes()
    if case["parse_mode"].startswith("readquestion"):
        # Moodle's unit tests hand readquestion() the untrimmed lines.
        return [gift.read_question(data.decode("utf-8").split("\n"))]
    return gift.parse(data)


@needs_shared
@pytest.mark.parametrize("name", sorted(GIFT_CASES))
def test_gift_parse_matches_what_moodle_produced(name):
    case = GIFT_CASES[name]
    if case.get("expected_outcome", "").startswith("REJECT"):
        with pytest.raises(InteropError) as refused:
            gift.parse((SHARED / "gift" / name).read_bytes())
        assert str(refused.value) == case["expected_error_message"]
        return
    assert _parse_like_moodle(name, case) == case["questions"]


@needs_shared
def test_gift_file_upload_trims_every_line_as_moodle_does():
    case = GIFT_CASES["moodle/unit/pre_content.gift"]
    data = (SHARED / "gift" / "moodle/unit/pre_content.gift").read_bytes()
    assert gift.parse(data) == case["file_upload_result"]["questions"]
    assert gift.parse(data, trim_lines=False) == case["questions"]


@needs_shared
@pytest.mark.parametrize(
    "case", export_cases("gift"), ids=lambda c: c["test"].split("::")[-1]
)
def test_gift_write_gives_the_text_moodle_exports(case):
    want = (SHARED / "gift" / case["expected_output_file"]).read_text("utf-8")
    got = gift.write([moodle_to_shape(case["moodle_question_data"])])
    assert got == want.replace("\r\n", "\n")


# ------------------------------------------------- quizapp's own fixtures


def own(name: str) -> str:
    return (OWN / name).read_text(encoding="utf-8")


def test_gift_reads_every_question_type_from_the_own_fixture():
    questions = gift.parse(own("all_types.gift"))
    assert [q["type"] for q in questions] == [
        "category",
        "multichoice",
        "multichoice",
        "truefalse",
        "shortanswer",
        "numerical",
        "numerical",
        "match",
        "essay",
        "description",
    ]
    category, single, multi, tf, short, num, span, match, essay, desc = questions
    assert category["category"] == "$course$/Media literacy"
    assert single["name"] == "Source"
    assert single["single"] is True
    assert [a["fraction"] for a in single["answers"]] == [1.0, 0.0, 0.0]
    assert single["answers"][1]["feedback"]["text"] == "A guess is not a source."
    assert multi["single"] is False
    assert [a["fraction"] for a in multi["answers"]] == [0.5, 0.5, -1.0]
    assert tf["correct_answer"] is False and tf["penalty"] == 1.0
    assert tf["answers"][0]["feedback"]["text"] == "It is an opinion."
    assert short["answers"][0] == {
        "text": "press release",
        "fraction": 1.0,
        "correct": True,
        "feedback": {"text": "", "format": "moodle"},
    }
    assert short["answers"][1]["text"] == "*release*"
    assert short["answers"][1]["fraction"] == 0.5
    assert short["idnumber"] == "sa-1" and short["tags"] == ["sources", "media"]
    assert (num["answers"][0]["value"], num["answers"][0]["tolerance"]) == (1989, 1)
    assert num["answers"][-1]["value"] == "*"
    assert (span["answers"][0]["value"], span["answers"][0]["tolerance"]) == (3, 2)
    assert [(p["question"]["text"], p["answer"]) for p in match["pairs"]] == [
        ("Reuters", "news agency"),
        ("The Guardian", "newspaper"),
        ("", "blog"),
    ]
    assert match["pairs"][2]["distractor_only"] is True
    assert essay["text"] == "Why do reporters name their sources?"
    assert essay["general_feedback"]["text"] == "Trust: readers can check."
    assert desc["text"] == "The next questions are about {braces} and colons: fine."


def test_gift_reports_malformed_questions_by_line_and_keeps_the_rest():
    report = gift.parse_report(own("malformed.gift"))
    assert [q["name"] for q in report.questions] == ["Good one", "Good two"]
    assert [(e["line"], e["message"]) for e in report.errors] == [
        (3, "Could not find a {...} around answers"),
        (6, "There must be at least 2 choices"),
        (8, "Error: the answer must be a number"),
    ]


def test_gift_refuses_a_file_that_is_not_utf8_with_moodles_message():
    with pytest.raises(InteropError, match="GIFT format files must use UTF-8"):
        gift.parse("Café? {=oui ~non}".encode("cp1252"))


def test_gift_reads_a_utf8_file_with_a_byte_order_mark_and_crlf():
    data = "\ufeff::Q::Cafés?{=yes ~no}\r\n\r\n::R::Two?{T}\r\n".encode()
    assert [q["name"] for q in gift.parse(data)] == ["Q", "R"]


def test_gift_write_then_parse_keeps_every_field_gift_can_hold():
    questions = gift.parse(own("all_types.gift"))
    again = gift.parse(gift.write(questions))
    assert again == questions


def test_gift_escapes_reserved_characters_when_writing():
    q = gift.parse("::a\\: b::Is 1+1\\=2 {T#no#yes}")[0]
    assert q["name"] == "a: b" and q["text"] == "Is 1+1=2"
    text = gift.write([q])
    assert "::a\\: b::Is 1+1\\=2{TRUE#no#yes}" in text
    assert gift.parse(text)[0]["text"] == "Is 1+1=2"
