"""Audits CA and CB: someone who apologised or answered, with nothing of what
they said given, acted ("The trust's chief executive, Dr Nigel Ashdown, has
apologised.", "Mr. Delaney's campaign answered within hours."): the writer
reports the act, an unsourced claim. A role set beside the name before it is
no clause the verb reports ("The plan, he declared, is sound" still
reports)."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "The trust's chief executive, Dr Nigel Ashdown, has apologised.",
    "Mr. Delaney's campaign answered within hours.",
    "Its chair, Graham Whitcombe, agreed.",
])
def test_an_act_with_nothing_said_is_the_writers_report(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.attribution.act


def test_a_parenthetical_report_still_credits_its_speaker():
    assert only("The plan, he declared, is sound.").label == "sourced"


def test_an_answer_that_gives_its_words_reports_them():
    assert only("He answered that the plan was sound.").label == "sourced"
