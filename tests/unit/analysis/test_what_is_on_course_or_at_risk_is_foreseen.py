"""What is "on course to", "on track to", "tipped to" or "in line to" happen,
and "a risk (that) it will", is foreseen, not yet so: speculation. The risk
of a thing, or risks someone took, name or tell and guess nothing."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "Rents are on course to rise for a fifth year.",
    "The depot is on track to reopen by the spring.",
    "He is tipped to become the next chairman.",
    "There is a risk the project will overrun.",
    "There is a real risk that prices could rise again.",
])
def test_what_is_foreseen_is_speculation(text):
    sentence = last(text)
    assert sentence.label == "speculation", sentence.explanation


@pytest.mark.parametrize("text", [
    "The risk of fire was low.",
    "The risks that the council took paid off.",
])
def test_a_risk_named_or_taken_is_no_guess(text):
    assert last(text).kind == "fact"
