"""'said the merger would lead to higher prices' reports a guess at an
outcome; 'said it would cut 300 jobs' reports a plan, and 'said he would
help' the speaker's own intent: neither guesses."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Analysts said the merger would lead to higher prices.",
    "She said the cuts would hurt the poorest families.",
    "The mayor said the deal would allow the city to hire 40 teachers.",
    "The minister warned on Monday that the strike would cost the economy "
    "millions.",
])
def test_what_a_thing_would_bring_about_is_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "The company said it would cut 300 jobs.",
    "He said he would help the victims.",
    "The council said it would publish the figures in May.",
])
def test_a_plan_or_ones_own_intent_told_with_would_is_no_guess(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "Officials said on Tuesday that the bridge could reopen in May.",
    "The minister warned last week that the strike could cost the economy "
    "millions.",
])
def test_that_after_a_time_after_a_report_opens_what_is_reported(text):
    # "on Tuesday that": the time is no noun a relative clause describes
    assert only(text).label == "speculation"


def test_an_effect_a_thing_would_have_is_a_guess():
    assert only("Her solicitor said the judgment would have implications well "
                "beyond Westmere.").label == "speculation"
    assert only("He said he would have a meeting with the mayor.").label == \
        "sourced"
