"""A review's verdicts: words that grade how well a work is made
("clunky", "overlong"), a grade on its own ("Three stars."), and a liking told
in the first person, past or present ("I loved the cast", "the one I would
most happily carry around"), are opinions. A hotel's stars and a liking
reported of someone else are not the writer's grade."""

import pytest

from quizapp.analysis import analyze


def _label(text):
    return analyze(text).sentences[-1].label


@pytest.mark.parametrize("text", [
    "The second act is clunky and overlong.",
    "The dialogue felt laboured.",
    "It was an underwhelming finale.",
    "The meal opened well. Three stars.",
    "The meal opened well. Four out of five.",
    "I loved the cast.",
    "I enjoyed the second act.",
    "But it is the one I would most happily carry around.",
])
def test_a_critics_verdict_is_an_opinion(text):
    assert _label(text) == "opinion"


@pytest.mark.parametrize("text", [
    "The hotel has three stars.",
    "She said she had enjoyed the trip.",
])
def test_a_grade_held_or_a_liking_reported_is_no_verdict(text):
    assert _label(text) != "opinion"
