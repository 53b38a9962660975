"""A reporting word that brings in no content credits nobody: a feeling
("residents felt betrayed"), a stance toward a thing ("rejected the offer"),
a statement whose words are not given ("issued a statement in observance of
..."), a decision in the passive ("was declared by the governor") and "call"
as another verb ("called in to a radio show", "called off the strike"). With
content, each still credits its source."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "Many residents felt betrayed when the council sold the harbour land.",
        "The union rejected the offer on Friday night.",
        "The mayor issued a statement in observance of the harbour festival.",
        "The emergency was declared by the governor in 1998.",
    ],
)
def test_an_act_without_content_is_the_writers_unsourced_claim(text):
    sentence = _first(text)
    assert sentence.attribution is not None and sentence.attribution.act
    assert sentence.source is None
    assert sentence.label == "unsourced"


@pytest.mark.parametrize(
    "text",
    [
        "The ferry captain called in to a radio show about the new timetable.",
        "The union called off the strike on Monday.",
    ],
)
def test_call_with_a_particle_is_no_reporting_verb(text):
    sentence = _first(text)
    assert sentence.attribution is None
    assert sentence.label == "unsourced"


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Many residents feel strongly that the harbour land should stay public.",
         "Many residents"),
        ("Fishermen felt the new quota was set too low.", "Fishermen"),
        ("The minister rejected claims that he had misled parliament.",
         "The minister"),
        ("The ministry issued a statement saying the ferry talks had failed.",
         "The ministry"),
        ("The results were announced by the election commission.",
         "the election commission"),
    ],
)
def test_with_content_the_same_words_credit_their_source(text, source):
    sentence = _first(text)
    assert sentence.attribution is not None and not sentence.attribution.act
    assert sentence.attribution.source == source
    assert sentence.source_kind != "none"


def test_calling_something_a_name_still_judges():
    sentence = _first("She called the plan a disaster.")
    assert sentence.attribution is not None
    assert sentence.label == "opinion"


def test_a_feeling_after_an_adverb_is_still_a_passive_state():
    sentence = only("Businesses in Kilbarra town centre are also worried.")
    assert sentence.label == "unsourced"


def test_an_expectation_denied_after_adverbs_still_guesses():
    assert only("The renovation is now not expected to begin before 2027."
                ).label == "speculation"
