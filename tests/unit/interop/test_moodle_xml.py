"""Moodle XML: every case Moodle's own parser produced, Moodle's export
fragments, safety against XML bombs, and quizapp's own fixture."""

from __future__ import annotations

import pytest

from quizapp.interop import InteropError, moodle_xml

from .shared import OWN, SHARED, expected, export_cases, moodle_to_shape, needs_shared

XML_CASES = expected("moodlexml")


@needs_shared
@pytest.mark.parametrize("name", sorted(XML_CASES))
def test_moodle_xml_parse_matches_what_moodle_produced(name):
    data = (SHARED / "moodlexml" / name).read_bytes()
    assert moodle_xml.parse(data) == XML_CASES[name]["questions"]


@needs_shared
@pytest.mark.parametrize(
    "case", export_cases("moodlexml"), ids=lambda c: c["test"].split("::")[-1]
)
def test_moodle_xml_write_gives_the_fragment_moodle_exports(case):
    want = (SHARED / "moodlexml" / case["expected_output_file"]).read_text("utf-8")
    got = moodle_xml.write_question(moodle_to_shape(case["moodle_question_data"]))
    assert got == want.replace("\r\n", "\n")


def own() -> bytes:
    return (OWN / "all_types.xml").read_bytes()


def test_moodle_xml_reads_every_question_type_from_the_own_fixture():
    records = moodle_xml.parse(own())
    assert [q["type"] for q in records] == [
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
    single, multi = records[1], records[2]
    assert single["single"] is True and multi["single"] is False
    assert [a["fraction"] for a in multi["answers"]] == [0.5, 0.5, -1.0]
    assert records[3]["correct_answer"] is False
    assert records[4]["answers"][1]["text"] == "*release*"
    assert records[4]["tags"] == ["sources", "media"]
    assert records[5]["answers"][0]["tolerance"] == 1.0
    assert records[7]["pairs"][2]["distractor_only"] is True
    assert records[8]["general_feedback"]["text"] == "Trust: readers can check."


def test_moodle_xml_write_then_parse_is_stable():
    first = moodle_xml.parse(own())
    assert moodle_xml.parse(moodle_xml.write(first)) == first


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<quiz><question type="essay"><name><text>&lol3;</text></name></question></quiz>"""

EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE quiz [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<quiz><question type="essay"><name><text>&secret;</text></name></question></quiz>"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, EXTERNAL_ENTITY])
def test_moodle_xml_refuses_entities_and_doctypes(data):
    with pytest.raises(InteropError, match="DOCTYPE or entities"):
        moodle_xml.parse(data)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"not xml at all", "not well-formed XML"),
        (b"<quiz><question>", "not well-formed XML"),
        (b"<html><body/></html>", "no <quiz> root"),
    ],
)
def test_moodle_xml_explains_what_is_wrong_with_garbage(data, message):
    with pytest.raises(InteropError, match=message):
        moodle_xml.parse(data)


def test_moodle_xml_lists_unsupported_questions_and_keeps_the_rest():
    data = b"""<quiz>
      <question type="cloze"><name><text>Gaps</text></name>
        <questiontext><text>{1:SHORTANSWER:=a}</text></questiontext></question>
      <question type="truefalse"><name><text>TF</text></name>
        <questiontext><text>Yes?</text></questiontext>
        <answer fraction="100"><text>true</text></answer>
        <answer fraction="0"><text>false</text></answer></question>
      <question type="essay"><questiontext><text>No name</text></questiontext>
      </question>
    </quiz>"""
    records, problems = moodle_xml.parse_report(data)
    assert [q["name"] for q in records] == ["TF"]
    assert problems == [
        {"number": 1, "name": "Gaps", "message": "type 'cloze' is not supported"},
        {"number": 3, "name": "", "message": "the question has no name"},
    ]
