"""'What is needed is more nurses', 'what this town needs is a bridge': what
should be done, put first, recommends it, in anyone's words."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“What is needed now is more nurses,” the ward manager said.",
    "“What was needed was a clear apology,” the parent said.",
    "What this town needs is a second bridge.",
])
def test_a_need_put_first_is_an_opinion(text):
    assert _first(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The engineers listed what was needed for the repair: two pumps and a crane.",
    "Officials asked the builders what was needed.",
])
def test_a_need_told_or_asked_about_is_no_recommendation(text):
    assert _first(text).label != "opinion"
