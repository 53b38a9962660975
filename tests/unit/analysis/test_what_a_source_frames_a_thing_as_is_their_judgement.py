"""What a source describes, portrays, calls, brands, finds or considers a
thing ("as") is the source's characterisation of it: a judging word in that
frame ("described the new library as stunning", "called the closures
tragic", "found the film dull") is asserted, so the sentence reports an
opinion, credited to the source. A plain description in the same frame
("described the suspect as a tall man") stays a report, and a call that pins
no judging word ("called the police") is an act."""

import pytest

from .sentences import last


@pytest.mark.parametrize(("text", "source_kind"), [
    ("The mayor described the new library as stunning.", "named"),
    ("Maria Chen described the closures as a disaster for the town.", "named"),
    ("Some residents describe the plan as a reckless gamble.", "vague"),
    ("The audit characterised the council's response as slow and chaotic.",
     "citation"),
    ("Campaigners have portrayed the deal as shameful.", "vague"),
])
def test_a_judging_word_in_the_frame_is_the_sources_opinion(text, source_kind):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert sentence.source_kind == source_kind


def test_a_judgement_widely_held_is_an_opinion():
    sentence = last("The bridge is regarded as one of the finest in Europe.")
    assert sentence.kind == "opinion", sentence.explanation


@pytest.mark.parametrize("text", [
    "Police described the suspect as a tall man in his thirties.",
    "The council described the building as a two-storey brick hall.",
])
def test_a_plain_description_in_the_frame_stays_a_report(text):
    sentence = last(text)
    assert sentence.label == "sourced", sentence.explanation


@pytest.mark.parametrize(("text", "source_kind"), [
    ("Brown called the closures tragic.", "named"),
    ("She called the new timetable unfair, and said the council had failed.",
     "named"),
    ("Critics branded the scheme reckless.", "vague"),
    ("Critics found the film dull.", "vague"),
    ("Many consider the plan reckless.", "vague"),
])
def test_a_judging_word_called_on_a_thing_is_the_sources_opinion(text,
                                                                 source_kind):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert sentence.source_kind == source_kind


@pytest.mark.parametrize("text", [
    "She called the police immediately.",
    "Police found the body in the river.",
    "The chairman called the meeting to order.",
    "The mayor called on the council to publish the figures.",
])
def test_a_call_that_pins_no_judgement_is_no_opinion(text):
    assert last(text).kind == "fact"


@pytest.mark.parametrize("text", [
    "Opponents cast the bill as a disaster for farmers.",
    "The union slammed the plan as unfair to staff on Monday.",
])
def test_a_judging_word_a_thing_is_slammed_or_cast_as_is_an_opinion(text):
    assert last(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The actor was cast as a villain in the new film.",
    "Fishermen cast their nets as the sun rose.",
])
def test_a_part_given_or_a_net_cast_judges_nothing(text):
    assert last(text).kind == "fact"
