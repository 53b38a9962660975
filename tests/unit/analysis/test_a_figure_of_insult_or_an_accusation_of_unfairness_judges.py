"""'slap us in the face', 'threw them under the bus', 'discriminates
against': a figure of insult or betrayal, or an accusation of unjust
treatment, judges what was done."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“They are trying to slap us in the face,” a shop owner said.",
    "“The board threw the drivers under the bus,” the union said.",
    "The new fee discriminates against renters, the tenants’ group said.",
    "“He stabbed his own party in the back,” Ms. Diaz said.",
])
def test_a_figure_of_insult_or_an_accusation_is_an_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize("text", [
    "“The goalkeeper was hit in the face by the ball,” the coach said.",
    "“The bag was thrown under the seat of the bus,” the driver said.",
    "“The law bars landlords from discriminating against tenants,” she said.",
])
def test_plain_words_or_a_rule_against_it_are_no_judgement(text):
    assert _first(text).label == "sourced"
