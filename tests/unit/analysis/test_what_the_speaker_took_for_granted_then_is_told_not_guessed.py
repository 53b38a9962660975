""""I assumed they knew", "we thought the bill had been paid": what the speaker
took for granted then, told in the past, is no guess at what is unknown; a
belief about what was to come ("I thought it would rain") or one held now ("I
think the money is safe") is still weighed as before."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze


def labelled(text: str) -> str:
    return analyze(f"Trial\n\n{text}").sentences[1].label


@pytest.mark.parametrize(("text", "label"), [
    ('"I assumed they knew," she replied.', "sourced"),
    ("We assumed the bill had been paid.", "unsourced"),
    ("I thought the money was safe.", "unsourced"),
])
def test_a_belief_held_then_is_told(text, label):
    assert labelled(text) == label


def test_a_belief_held_now_is_still_a_view():
    assert labelled("I think the money is safe.") == "opinion"
