"""Export then import loses nothing a format can hold: every exportable item
type through GIFT, Moodle XML and QTI 3, back to quizapp items. What a format
cannot carry is spelled out in `LOST` (and in the README)."""

from __future__ import annotations

import copy

import pytest

from quizapp.interop import exporting, gift, mapping, moodle_xml, qti

from .roundtrip_items import ITEMS

FORMATS = {
    "gift": lambda qs: gift.parse(gift.write(qs)),
    "moodle-xml": lambda qs: moodle_xml.parse(moodle_xml.write(qs)),
    "qti": lambda qs: qti.parse_package(qti.write_package(qs, "Set")),
}
#: A claim has no equivalent in any format: it comes back as a four-option
#: multiple choice over the labels.
CLAIM_BACK = {
    "type": "multiple_choice",
    "options": [
        {"id": "a", "text": "Sourced fact"},
        {"id": "b", "text": "Speculation", "correct": True},
        {"id": "c", "text": "Opinion"},
        {"id": "d", "text": "Unsourced claim"},
    ],
}


def expected_back(fmt: str, item: dict) -> dict:
    """The item as it should come back: the original minus what `fmt` loses."""
    kind, spec = item["type"], copy.deepcopy(item["spec"])
    if kind == "free_text":  # the rubric is never graded by another system
        spec.update(key_points=[], machine={"confidence": 0}, reviewed=False)
        spec.pop("explanation", None)
    if kind == "claim":
        return CLAIM_BACK
    if fmt == "gift" and kind == "short_answer":
        spec.pop("case_sensitive", None)  # GIFT has no case rule
    if fmt == "qti":  # no per-answer feedback, explanations or wildcards
        spec.pop("explanation", None)
        for part in spec.get("options", []) + spec.get("answers", []):
            part.pop("feedback", None)
        if kind in ("short_answer", "numeric"):
            spec["answers"] = [
                a
                for a in spec["answers"]
                if "*" not in str(a.get("text", a.get("value")))
            ]
    return {"type": kind, **spec}


def _comparable(imported: mapping.Imported) -> dict:
    item = dict(imported.item or {})
    item.pop("id", None)
    return item


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("item", ITEMS, ids=lambda i: i["type"])
def test_export_then_import_keeps_what_the_format_holds(fmt, item):
    questions, _ = exporting.to_questions([item])
    back = mapping.to_items(FORMATS[fmt](questions))
    first = back[0]
    assert first.item is not None, first.warnings
    assert first.item["id"] == item["key"]
    want = expected_back(fmt, item)
    got = _comparable(first)
    if item["type"] != "claim":
        assert got.pop("prompt") == want.pop("prompt")
    else:  # a claim's prompt is its sentence and paragraph (tested below)
        got.pop("prompt")
        got.pop("explanation", None)
    assert got == want


def test_round_trip_prompts_keep_a_claims_sentence_and_paragraph():
    questions, _ = exporting.to_questions([ITEMS[-1]])
    back = mapping.to_items(gift.parse(gift.write(questions)))[0].item
    assert "Some experts believe the wall could reduce flooding." in back["prompt"]
    assert "Others disagree." in back["prompt"]


def test_export_notes_say_what_cannot_be_carried():
    _, notes = exporting.to_questions(
        ITEMS + [{"key": "x", "type": "mark_cues", "spec": {}}]
    )
    assert any("written question becomes an essay" in n for n in notes)
    assert any("claim becomes a multiple-choice" in n for n in notes)
    assert "x: mark_cues questions cannot be exported to this format" in notes
