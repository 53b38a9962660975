"""'I doubt his priorities' disputes a thing's worth: an opinion; 'I doubt
the bill will pass' is a belief about what is to come: a guess, like 'I think
it will'."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "I doubt his priorities.",
    "I do not doubt his figures.",
    "“I doubt his priorities,” she said.",
])
def test_doubting_a_thing_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "I doubt the bill will pass.",
    "“I doubt the bill will pass,” she said.",
])
def test_doubting_what_is_to_come_is_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "It is an honest film, and it deserves to be seen on a big screen.",
    "The workers deserve a pay rise, the union said.",
])
def test_deserving_asserted_as_a_verb_judges(text):
    assert only(text).label == "opinion"
