"""A vote takes a side: "voted against the bill" is an act PolNeAR counts as an
attribution, crediting no claim; "the votes" and "voting fraud" are nouns. The
auxiliary opening a question is no part of the subject ("Would you vote")."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Councillor Ames voted against the harbour plan.", "Councillor Ames"),
        ("The parish council voted on Monday to close the pier.",
         "The parish council"),
    ],
)
def test_a_vote_is_an_act_of_its_voter(text, source):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.attribution.source == source
    assert sentence.source is None and sentence.label != "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "Voting fraud is rare in the county.",
        "The harbour list won 60 percent of the votes.",
        "Would you vote for the harbour list?",
    ],
)
def test_a_vote_noun_or_a_question_to_the_reader_is_no_attribution(text):
    assert _first(text).attribution is None
