"""Round O of the teacher audits, on feedback: a thing that is no one
("Every year of delay adds to the bill", "studies and press conferences") is
never told as someone's act; what a record does not show is the writer's
reading, not a source keeping quiet; "the only measure" and "the worst year on
record" grade nothing; and "seriously considered" voting is weighing a step,
no doubt of the source."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Every year of delay adds to the bill.",
    "For eleven years, they have been given consultations, feasibility studies "
    "and press conferences.",
])
def test_a_thing_or_a_list_is_never_told_as_someones_act(text):
    assert "tells what someone did" not in only(text).explanation


def test_an_act_of_a_person_is_still_told_as_one():
    assert "tells what someone did" in only(
        "The mayor cited the crime figure at the town meeting.").explanation


def test_what_the_data_does_not_support_is_the_writers_reading():
    sentence = only('"Safest in a generation" is not a statistic, but the '
                    'available data does not obviously support it.')
    assert sentence.label == "unsourced"
    assert "has not said anything" not in sentence.explanation
    assert "does not show" in sentence.explanation


def test_a_body_that_has_not_commented_is_still_a_silence():
    assert "has not said anything" in only(
        "County officials have not commented on the claim.").explanation


@pytest.mark.parametrize("text", [
    "Recorded crime is not the only measure.",
    "It was the worst year on record for the harbour.",
])
def test_the_sole_one_or_a_record_grades_nothing(text):
    assert only(text).label == "unsourced"


def test_a_superlative_of_taste_still_judges():
    assert only('"This is the worst budget I have seen in twenty years," said '
                'Councillor Maria Esteves.').label == "opinion"


def test_seriously_considering_a_step_is_no_doubt_of_the_source():
    sentence = only('One official said that at least one member had "seriously '
                    'considered" voting for a cut.')
    assert (sentence.label, sentence.hedges) == ("sourced", [])
