"""xAPI statements: the validity rules agree with the ADL LRS conformance
suite on every composed case, and what quizapp builds is valid."""

from __future__ import annotations

import json

import pytest

from quizapp.interop import xapi

from .shared import SHARED, needs_shared

CONFORMANCE = SHARED / "xapi" / "lrs-conformance" / "composed_cases.json"


def _cases():
    if not CONFORMANCE.is_file():
        return []
    return json.loads(CONFORMANCE.read_text("utf-8"))["cases"]


@needs_shared
def test_validity_agrees_with_the_lrs_conformance_suite_on_every_case():
    cases = _cases()
    disagree = [
        (c["case"], xapi.problems(c["statement"]))
        for c in cases
        if (not xapi.problems(c["statement"])) != c["valid"]
    ]
    assert len(cases) == 125
    assert disagree == []


@needs_shared
def test_the_spec_examples_and_interaction_definitions_are_valid():
    examples = json.loads(
        (SHARED / "xapi/spec-examples/statements_from_spec.json").read_text("utf-8")
    )["statements"]
    assert [xapi.problems(s["json"]) for s in examples] == [[]] * len(examples)
    path = SHARED / "xapi/spec-examples/interaction_definitions_from_spec.json"
    definitions = json.loads(path.read_text("utf-8"))["interaction_definitions"]
    for d in definitions:
        statement = {
            "actor": {"mbox": "mailto:learner@example.org"},
            "verb": {"id": xapi.VERBS["answered"]},
            "object": {"id": "https://example.org/q/1", **d["json"]},
        }
        assert xapi.problems(statement) == [], d["caption"]


AGENT = xapi.actor("https://quiz.example.org/", "user-7")
QUESTION = xapi.activity(
    "https://quiz.example.org/activities/items/3",
    "Who says the council approved the wall?",
    interaction="choice",
    correct=["a"],
    choices=[("a", "The mayor"), ("b", "Some experts")],
)


def test_an_answered_statement_is_valid_and_carries_the_score():
    s = xapi.answered(AGENT, QUESTION, 0.5, 1.0, "a[,]b", "2026-12-01T10:00:00.000Z")
    assert xapi.problems(s) == []
    assert s["verb"]["id"] == "http://adlnet.gov/expapi/verbs/answered"
    assert s["result"] == {
        "score": {"scaled": 0.5, "raw": 0.5, "min": 0, "max": 1.0},
        "success": False,
        "response": "a[,]b",
    }
    assert s["object"]["definition"]["interactionType"] == "choice"


def test_a_completed_statement_is_valid_with_its_duration():
    exercise = xapi.activity("https://quiz.example.org/activities/exercises/2", "Set")
    s = xapi.completed(AGENT, exercise, 3, 3, "2026-12-01T10:00:00Z", "PT1M5S")
    assert xapi.problems(s) == []
    assert s["result"]["completion"] is True and s["result"]["success"] is True
    assert s["result"]["duration"] == "PT1M5S"


@pytest.mark.parametrize(
    ("seconds", "text"), [(65, "PT1M5S"), (3600.5, "PT1H0.5S"), (0, "PT0S")]
)
def test_durations_are_iso_8601(seconds, text):
    assert xapi.iso_duration(seconds) == text


def test_a_score_outside_its_range_is_caught():
    s = xapi.answered(AGENT, QUESTION, 2, 1, "a", "2026-12-01T10:00:00Z")
    assert "result.score.raw must be between min and max" in xapi.problems(s)
