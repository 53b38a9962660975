"""Audits BR and BS (a school's phone ban, a rugby report): "the experiment
looks set to continue" foresees what is to come; "This should mean lower
bills" is what is expected of a thing just told, a forecast, as "levels
should peak overnight" is, and ", which should reveal rather more" is no
advice; what an event should do ("the final should go ahead") is expected of
it; "The council should help residents" still recommends."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "But at St Aldric's, at least, the experiment looks set to continue.",
    "This should mean lower bills for most households.",
    "If the rain holds off, the final should go ahead.",
    "The festival should take place in June after all.",
])
def test_what_looks_set_or_should_follow_is_a_forecast(text):
    assert only(text).label == "speculation"


def test_what_an_event_should_reveal_is_no_advice():
    sentence = only("Severnside visit the leaders on Saturday, which should reveal "
                     "rather more about whether they are genuine contenders.")
    assert sentence.label != "opinion"
    assert "should" in [h["text"] for h in sentence.hedges]


@pytest.mark.parametrize("text", [
    "The council should help residents.",
    "The council should cancel the festival.",
    "It should be noted that the figures are provisional.",
])
def test_what_someone_should_do_still_recommends(text):
    assert only(text).label == "opinion"
