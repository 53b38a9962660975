"""A hedge that grades a word of a noun phrase ('a potentially fatal
disease'), or sits in an embedded question ('coy about whether they would
change', 'what we can expect'), leaves the main claim unhedged (scope.py).
The same words hedging the claim itself still make it speculation."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ferryman had another, potentially more serious, fall in 2019.",
        "The vet found a potentially fatal infection in the horse.",
        "Inspectors traced a possibly related leak to the old mill.",
        "Before the vote, council aides were silent about whether they would "
        "change the plan.",
        "The mayor asked how the city could pay for the new bridge.",
    ],
)
def test_a_hedge_inside_a_noun_phrase_or_an_embedded_question_is_no_guess(text):
    sentence = _first(text)
    assert sentence.hedges  # still a cue for cue-spotting
    assert sentence.label in ("unsourced", "sourced")


def test_what_a_speaker_can_expect_is_a_topic_not_a_forecast():
    sentence = _first("“We talked about where the town is and what we can expect "
                      "next year,” said Mayor Ruth Avery.")
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "The new road potentially cuts the journey by an hour.",
        "The leak is possibly linked to the old mill.",
        "The council could change the plan before the vote.",
        "Whether the council will change the plan is unclear.",
    ],
)
def test_the_same_hedges_on_the_main_claim_are_speculation(text):
    assert _first(text).label == "speculation"
