"""Audit CA: a forecast someone does not make guesses nothing: "Ms. Kessler,
for her part, predicted nothing." tells what she did not say, and "I don't do
forecasts" refuses to guess, while "She predicted a narrow win" still
guesses."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Ms. Kessler, for her part, predicted nothing.",
    '"I don\'t do forecasts," she said.',
    "He makes no predictions about the vote.",
])
def test_a_forecast_not_made_is_no_guess(text):
    assert only(text).label in ("sourced", "unsourced")


def test_a_forecast_made_still_guesses():
    assert only("She predicted a narrow win.").label == "speculation"


def test_as_may_be_concedes_and_guesses_nothing():
    sentence = only("That's as may be, but the present is a lady of eighty-three "
                    "who cannot work a tablet.")
    assert sentence.label != "speculation"
    assert sentence.hedges == []


def test_may_be_of_what_is_unknown_still_guesses():
    assert only("The fire may be linked to the storm.").label == "speculation"


@pytest.mark.parametrize("text", [
    "Her likely-voter model assumes a figure near the middle of that range.",
    "The budget assumes growth of 2 percent next year.",
])
def test_what_a_model_or_a_budget_assumes_is_its_stated_input(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.hedges == []
