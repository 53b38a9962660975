"""The adjectives of the evaluative sentence adverbs judge, and "a fortunate
one" asserts the judgement as "fortunate" alone does."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The result was predictable.",
        "The mayor was lucky to escape the flood.",
        '"These are strange times," the mayor said.',
    ],
)
def test_the_adjective_of_an_evaluative_adverb_judges(text):
    assert _first(text).label == "opinion"


def test_a_plain_report_with_no_judging_adjective_stays_a_fact():
    assert _first("The mayor said the times were hard.").label == "sourced"


def test_a_judging_word_before_the_pronoun_one_is_asserted():
    text = "The vote turned out to be a fortunate one."
    (cue,) = find_opinion_cues(text, 0, len(text))
    assert cue["text"] == "fortunate" and cue["predicative"]
    assert _first(text).label == "opinion"


def test_a_judging_word_before_a_real_noun_only_colours_it():
    text = "The council has been a fortunate owner of the land."
    (cue,) = find_opinion_cues(text, 0, len(text))
    assert not cue["predicative"]


def test_after_it_was_a_the_judging_word_grades_what_was_told():
    text = "It was a fortunate turn of events for the town."
    (cue,) = find_opinion_cues(text, 0, len(text))
    assert cue["predicative"]
