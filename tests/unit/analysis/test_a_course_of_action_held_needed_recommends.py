"""'Urgent action is needed', 'A fresh approach is required', 'other changes
are needed': a course of action, or more or better of something, held to be
wanted recommends it, in anyone's words; a thing a rule requires ('A permit is
needed to fish') and a comparison ('no more force than is necessary') are
told, not urged."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Urgent action is needed to stop the decline of the high street.",
    "A fresh approach is required.",
    "Perhaps a more muscular approach is needed.",
    "Better funding for rural schools is essential.",
    "Two councillors say other changes are needed.",
    "More research is needed to confirm the findings, the authors wrote.",
])
def test_a_wanted_course_of_action_is_an_opinion(text):
    sentence = only(text)
    assert sentence.kind == "opinion"


@pytest.mark.parametrize("text", [
    "A permit is needed to fish in the lake.",
    "Tickets are required for entry to the gallery.",
    "Officers used no more force than is necessary, the inquiry found.",
    "No ticket is needed.",
])
def test_a_requirement_or_a_comparison_is_no_recommendation(text):
    assert only(text).kind != "opinion"
