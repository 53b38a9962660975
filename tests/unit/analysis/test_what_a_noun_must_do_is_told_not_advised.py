"""A "must" in a clause on a noun tells what that noun is obliged to do ("the
councillors who must choose", "stress that must be relieved by heat
treatment"): no advice of the writer's. "Who should know better" still
judges, and a "must" that infers ("a crisis that must soon pass") still
weighs as before."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze


def sentence(text: str):
    return analyze(f"Notes\n\n{text}").sentences[1]


@pytest.mark.parametrize("text", [
    "The hammer forging process produces large amounts of stress in the barrel "
    "that must be "
    "relieved by careful heat treatment.",
    "The caucus lasts two hours, preventing people who must work from voting.",
])
def test_what_a_noun_must_do_is_a_fact_told(text):
    found = sentence(text)
    assert found.label == "unsourced"
    assert "must" not in [c["text"] for c in found.opinion_cues]


def test_nobody_envies_the_councillors_who_must_choose_marks_no_must():
    found = sentence("Every service is being asked to do more with less, and "
                     "nobody envies the councillors who must choose.")
    assert "must" not in [c["text"] for c in found.opinion_cues]


@pytest.mark.parametrize("text", [
    "Parents who should know better keep parking on the zigzags.",
    "We must act now.",
])
def test_advice_and_judgement_still_judge(text):
    assert sentence(text).label == "opinion"


def test_a_must_that_infers_is_still_a_cue():
    found = sentence("These uses of the public credit are to meet a crisis that "
                     "must soon pass.")
    assert "must" in [c["text"] for c in found.opinion_cues]
