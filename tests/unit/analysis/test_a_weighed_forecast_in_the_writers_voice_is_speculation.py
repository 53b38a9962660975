"""A forecast that weighs what is to come ('will not necessarily', 'won't be
able to', 'will make it difficult for', 'will take longer') guesses at what is
not known: speculation. A plain future of a plan or an offer stays a claim."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "A strong spring will not necessarily mean a good harvest.",
        "The vote is close, so the mayor won't be able to claim a mandate.",
        "The vote is close, so the mayor won’t necessarily win.",
        "The new fence will make it harder for walkers to reach the cove.",
        "The repairs to the pier will take longer than the council hoped.",
    ],
)
def test_a_weighed_forecast_is_speculation(text):
    sentence = _first(text)
    assert sentence.label == "speculation"
    assert any(h["kind"] == "prediction" for h in sentence.hedges)


@pytest.mark.parametrize(
    "text",
    [
        "Students will be able to borrow laptops from the library.",
        "The mayor won't attend the harbour meeting.",
        "The library will close at six on Fridays.",
    ],
)
def test_a_plan_or_an_offer_in_the_future_is_no_forecast(text):
    sentence = _first(text)
    assert sentence.label != "speculation"
