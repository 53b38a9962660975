"""A verb that may tell an act ("tweeted", "wrote", "agreed") brings in
reported content when a that-clause follows it, even after longer settings of
time, place, medium or addressee ("tweeted in the early morning hours that
...", "wrote in a letter to parents last week that ..."). A relative "that"
("in a post that mocked ...") or a demonstrative ("in that spot.") brings in
none."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Ms. Okafor tweeted in the small hours of Sunday that the ferry "
         "timetable would change.", "Ms. Okafor"),
        ("The head teacher wrote in a letter to parents last week that the "
         "pool will close in June.", "The head teacher"),
        ("The union agreed at a meeting with the board on Tuesday that "
         "wages had fallen behind.", "The union"),
    ],
)
def test_a_that_clause_after_settings_credits_its_source(text, source):
    sentence = _first(text)
    assert sentence.attribution is not None and not sentence.attribution.act
    assert sentence.attribution.source == source
    assert sentence.label == "sourced"


def test_a_quoted_judgement_after_such_a_tweet_is_the_speakers_opinion():
    sentence = _first("Mr. Dale tweeted late on Friday night that the new "
                      "stadium was a “disgrace”.")
    assert sentence.label == "opinion"
    assert sentence.attribution is not None and not sentence.attribution.act
    assert sentence.attribution.source == "Mr. Dale"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor posted a photo on Facebook that showed the closed pool.",
        "Ms. Okafor wrote a guide in 2019 for sailors in that spot.",
        "The coach wrote a book about the season in 2003 that sold well.",
    ],
)
def test_a_relative_or_demonstrative_that_leaves_an_act(text):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.label == "unsourced"
