"""A quotation that opens a paragraph with no "said" of its own takes its
speaker from the sentence before, when that sentence introduces one person
("The mayor was blunt."); a group, a body or a phrase of time names none,
and the quoted words are then someone's the text does not name: sourced,
to nobody named, never the writer's own."""

import pytest

from quizapp.analysis import analyze


def _quotation(text):
    return analyze(text).sentences[-1]


@pytest.mark.parametrize(("text", "speaker"), [
    ("The mayor was blunt.\n\n“We closed the branch on Friday.”", "The mayor"),
    ("Maria Lopez has run the bakery on Main Street since 1998.\n\n"
     "“We sold 400 loaves on Saturday.”", "Maria Lopez"),
    ("The mayor, a former teacher, was blunt.\n\n“We closed it in May.”",
     "The mayor"),
])
def test_the_introduced_person_is_the_speaker(text, speaker):
    sentence = _quotation(text)
    assert sentence.label == "sourced"
    assert sentence.quoted_from.source == speaker
    assert "the quotation of" in sentence.explanation


@pytest.mark.parametrize("text", [
    "Critics were angry.\n\n“We sold 400 loaves on Saturday.”",
    "The council voted 5-2 to close the branch.\n\n“It cost $2 million a year.”",
    "Yesterday the mayor was blunt.\n\n“We closed it in May.”",
    "It was a long night.\n\n“We closed it in May.”",
])
def test_a_group_a_body_or_a_thing_introduces_no_speaker(text):
    sentence = _quotation(text)
    assert sentence.quoted_from.source == ""
    assert (sentence.label, sentence.source_kind) == ("sourced", "anonymous")
    assert "does not say whose" in sentence.explanation


def test_feedback_names_an_opening_the_in_lower_case():
    sentence = _quotation("The mayor was blunt.\n\n“We closed it on Friday.”")
    assert "the quotation of the mayor" in sentence.explanation
