"""'Her efforts pale in comparison', 'the speech may as well have been written
by the rival': an idiom that grades what it tells is a judgement, in the
writer's voice or a speaker's; the plain words are not."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The new stadium’s budget pales in comparison.",
    "Her efforts paled by comparison, the coach said.",
    "The speech may as well have been written by the rival campaign.",
])
def test_a_grading_idiom_is_an_opinion(text):
    assert _first(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The old paint on the station was pale in colour.",
    "The report made a comparison of the two budgets.",
    "The pool will open in June as well.",
])
def test_the_plain_words_do_not_grade(text):
    assert _first(text).label == "unsourced"
