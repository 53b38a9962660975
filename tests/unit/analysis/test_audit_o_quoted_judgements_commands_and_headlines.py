"""Round O of the teacher audits: quoted judgements the lexicon lacked ("a
classic cherry-pick", "painful, but far better", "as far as it responsibly
can") are opinions; a command after a condition in a speaker's words ("If you
have been told to leave, leave now.") is advice, and feedback on a command
says it tells someone what to do; a headline that asks, in Title Case, is the
title and no claim; "the fire chief" holds an office."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    '"It is a classic cherry-pick," said Dr Ines Caradec.',
    '"That is painful, but it is far better than losing the spacecraft," said '
    'Dr Yusuf Arslan.',
    'Peter Vandermeer insisted the government had "gone as far as it '
    'responsibly can."',
])
def test_a_quoted_judgement_is_an_opinion(text):
    assert only(text).label == "opinion"


def test_a_command_after_a_condition_is_the_speakers_advice():
    sentences = analyze('"This fire is fast," the fire chief said.\n\n"If you '
                        'have been told to leave, leave now. Do not wait."'
                        ).sentences
    assert [s.label for s in sentences[1:]] == ["opinion", "opinion"]
    assert all("tells someone what to do" in s.explanation for s in sentences[1:])


def test_a_condition_with_no_command_after_it_advises_nothing():
    sentence = only('"If you leave the motorway at junction 4, the road narrows '
                    'to one lane," the police said.')
    assert sentence.label == "sourced"


def test_a_title_case_headline_that_asks_is_a_heading():
    first = analyze("Fact Check: Has Violent Crime Really Fallen by a Quarter?\n\n"
                    "The minister made the claim on Saturday.").sentences[0]
    assert first.is_heading


@pytest.mark.parametrize("text", ["Is a deal in sight?\n\nTalks resumed.",
                                  "Who Pays?\n\nTalks resumed."])
def test_a_question_that_is_no_title_stays_a_question(text):
    assert not analyze(text).sentences[0].is_heading


@pytest.mark.parametrize("np", ["the fire chief", "the chief"])
def test_a_chief_holds_an_office(np):
    assert kind_of(np) == "named"


def test_words_quoted_by_the_person_the_sentence_opens_on_are_theirs():
    sentence = only('The second engineer was blunter, describing morale on the '
                    'team as "the lowest I have seen it."')
    assert (sentence.source_kind, sentence.attribution.source) == (
        "anonymous", "The second engineer")


def test_words_quoted_in_a_sentence_about_a_thing_stay_unnamed():
    sentence = only('The bridge, once called "the pride of the city", closed in '
                    'May.')
    assert sentence.attribution.source == ""
