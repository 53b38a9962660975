"""'isn't saying', 'was not saying': a progressive report under a negation
names a source who says nothing (negated), like 'did not say'; an affirmative
progressive stays a report."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The harbour master isn't saying whether the pier will reopen.",
        "The harbour master was not saying much about the budget.",
    ],
)
def test_a_negated_progressive_report_is_a_silent_source(text):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.negated
    assert sentence.attribution.source == "The harbour master"
    assert sentence.source is None


def test_an_affirmative_progressive_report_credits_its_source():
    sentence = _first("The harbour master is saying the pier will reopen in May.")
    assert sentence.attribution is not None and not sentence.attribution.negated
    assert sentence.source is not None
