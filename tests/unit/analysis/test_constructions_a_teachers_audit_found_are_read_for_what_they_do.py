"""Constructions a teacher's audit of new drafts found misread: a body's
proper name holding a role word ("the Carrowfield Association of Estate
Agents") is named; a name in brackets is no source ("Tomas (Desmond
Okafor-Reilly), the eldest son,"); "Some in the field" and "Many within the
party" are loose groups that speak; a complaint with nothing said is an act;
"according to" frames the "could" after it; "let us say", "all night" and
"a pity" are read for what they do; a belief nobody holds by name says so."""

import pytest

from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


def test_a_bodys_proper_name_holding_a_role_word_is_named():
    sentence = only("In a statement, the Carrowfield Association of Estate "
                      "Agents said the figures were normal.")
    assert sentence.source_kind == "named"


def test_members_after_a_bodys_name_are_no_bodys_name():
    assert kind_of("National Union of Teachers members") == "anonymous"


def test_a_name_in_brackets_is_no_source():
    sentence = only("Tomas (Desmond Okafor-Reilly), the eldest son, wants to "
                      "sell the business.")
    assert sentence.attribution.source == "Tomas"


@pytest.mark.parametrize(("text", "source"), [
    ("Some in the field think so.", "Some in the field"),
    ("Many within the party say the leader has lost the room.",
     "Many within the party"),
])
def test_a_quantifier_with_its_place_is_a_loose_group_that_speaks(text, source):
    sentence = only(text)
    assert (sentence.attribution.source, sentence.source_kind) == (source, "vague")


def test_a_complaint_with_nothing_said_is_an_act_and_one_with_words_a_view():
    assert only("Some residents have complained about parked cars.").label == \
        "unsourced"
    assert only("Residents complained that the road was unsafe.").label == \
        "opinion"


def test_according_to_frames_the_could_after_it():
    sentence = only("According to a note published on Wednesday by Quillon "
                      "Research, the phone could help Veltro win back market "
                      "share.")
    assert sentence.label == "speculation"


@pytest.mark.parametrize("text", [
    "She barely raises her voice all night.",
    "The second act, let us say, tested the audience.",
])
def test_a_stretch_of_time_and_a_hedge_on_wording_judge_nothing(text):
    assert only(text).label == "unsourced"


def test_a_pity_judges():
    assert only("It would be a pity if the squabble over its date were "
                  "allowed to overshadow that.").label == "opinion"


def test_a_belief_nobody_holds_by_name_says_so():
    sentence = only("The trial is expected to last three weeks.")
    assert sentence.label == "speculation"
    assert sentence.explanation == ("'expected' tells a belief or a guess and "
                                    "names nobody who holds it: this is "
                                    "speculation.")
