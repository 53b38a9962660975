""""Assume" with a duty, a post or control as its object means to take it on,
not to suppose."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.hedges import find_hedges


def _hedges(text):
    return [h["text"] for h in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The new owner will assume the mill's environmental and legal obligations.",
        "She assumed office in May.",
        "The army assumed full control of the port.",
    ],
)
def test_assume_with_a_duty_or_post_as_object_is_no_hedge(text):
    assert _hedges(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "They assume the rates will rise.",
        "Most traders assumed that the bank would cut rates.",
    ],
)
def test_assume_with_a_clause_is_still_a_supposition(text):
    assert _hedges(text)[0].lower().startswith("assum")


def test_a_mill_that_takes_on_its_debts_is_an_unsourced_fact():
    text = "The buyer would assume the mill's debts."
    assert analyze(text).sentences[0].label == "unsourced"
