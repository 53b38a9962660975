"""What is expected of someone's conduct is a duty, not a forecast: "Staff are
expected to wear badges at all times" states a rule and credits nobody, while
"Thousands are expected to attend the rally" still guesses."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Staff are expected to wear badges at all times.",
    "Members are expected to abide by the code of conduct.",
    "Pupils are expected to follow the uniform policy.",
])
def test_a_duty_of_conduct_is_a_stated_rule(text):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")
    assert sentence.hedges == []


@pytest.mark.parametrize("text", [
    "Thousands are expected to attend the rally.",
    "Other banks are expected to follow suit.",
    "The company is expected to report a loss.",
])
def test_what_is_expected_to_happen_is_still_a_guess(text):
    assert only(text).label == "speculation"
