"""Audit CA (a governor's race, a candidate's health letter): a survey that
"put the candidates within two points" is cited even when it is told when it
was released; "a media-buying firm" is one organisation nobody names
(anonymous, as "a senior official" is), not a named body; "Medical
ethicists" are anyone in a field, a loose group, as "legal experts" are."""

import pytest

from quizapp.analysis.sources import kind_of

from .sentences import only


@pytest.mark.parametrize("text", [
    "A Brannock College survey released last week put the candidates within "
    "two points of each other.",
    "A poll conducted for the Ledger last month had Mr. Haskins ahead by six "
    "points.",
])
def test_a_poll_told_with_when_it_was_taken_is_still_cited(text):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_what_a_survey_had_of_its_own_is_no_standing():
    assert only("The survey had a margin of error of three points.").label == \
        "unsourced"


@pytest.mark.parametrize("phrase", ["a media-buying firm", "a consulting group"])
def test_one_organisation_nobody_names_is_anonymous(phrase):
    assert kind_of(phrase) == "anonymous"


def test_a_definite_organisation_is_named():
    assert kind_of("the ministry") == "named"


@pytest.mark.parametrize("phrase", ["Medical ethicists", "Independent economists"])
def test_people_of_a_field_are_a_loose_group(phrase):
    assert kind_of(phrase) == "vague"


@pytest.mark.parametrize("phrase", ["hospital statisticians", "government economists"])
def test_people_of_a_body_are_unnamed_members_of_it(phrase):
    assert kind_of(phrase) == "anonymous"


@pytest.mark.parametrize("phrase", [
    "a joint statement read out by the foreign minister",
    "a letter signed by 40 doctors",
    "a statement posted on its website",
])
def test_a_document_told_with_who_read_signed_or_posted_it_is_cited(phrase):
    assert kind_of(phrase) == "citation"


@pytest.mark.parametrize("phrase", ["The companies", "the two companies",
                                    "Both sides", "The two governments"])
def test_the_bodies_a_story_is_about_called_back_are_named(phrase):
    assert kind_of(phrase) == "named"


@pytest.mark.parametrize("phrase", ["companies", "Some companies"])
def test_companies_at_large_are_a_loose_group(phrase):
    assert kind_of(phrase) == "vague"
