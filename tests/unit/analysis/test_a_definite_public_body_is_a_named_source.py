"""A definite public body ("the harbour authority", "the hospital", "the
regulator") is a source a reader can check, as "the ministry" or "the
council" is: named. An unspecific group ("local authorities", "critics")
stays vague."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize(
    "np",
    ["The harbour authority", "the hospital", "the water regulator",
     "the ferry service", "the senate"],
)
def test_a_definite_body_is_named(np):
    assert kind_of(np) == "named"


@pytest.mark.parametrize("np", ["Local authorities", "critics", "some analysts"])
def test_an_unspecific_group_stays_vague(np):
    assert kind_of(np) == "vague"


def test_the_explanation_says_the_body_can_be_checked():
    sentence = analyze("The harbour authority said it would publish a new budget "
                       "in January.").sentences[0]
    assert sentence.source_kind == "named"
    assert "names who makes the claim" in sentence.explanation
