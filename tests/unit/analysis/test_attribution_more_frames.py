"""Reporting frames: progressive multi-word cues, bodies as sources, facing
others' words, and a passive report with its agent."""

import pytest

from quizapp.analysis import analyze


def _attribution(text):
    return analyze(text).sentences[0].attribution


def test_a_progressive_multi_word_cue_is_found():
    found = _attribution("The head teacher is raising questions about the new "
                         "timetable.")
    assert found is not None and found.source == "The head teacher"


@pytest.mark.parametrize(
    "text, source",
    [
        ("The alliance advocates for cheaper school meals.", "The alliance"),
        ("The newspaper has also detailed the cost of the repairs.",
         "The newspaper"),
    ],
)
def test_a_body_that_acts_as_one_can_be_the_source(text, source):
    found = _attribution(text)
    assert found is not None and found.source == source


@pytest.mark.parametrize(
    "text",
    [
        "The theatre company has faced criticism since the tickets went on sale.",
        "The council sent a letter to every member on Friday.",
        "The mayor came under fire for the late gritting of roads.",
        "The head teacher drew criticism for the new uniform rules.",
        "Coach Tom Reed chastised the players after the match.",
        "Senator Maria Lopez spoke for an hour, painting the bill as a tax rise.",
    ],
)
def test_facing_sending_or_judging_words_is_an_attribution(text):
    assert _attribution(text) is not None


def test_a_passive_report_credits_its_agent():
    found = _attribution("The new cycle lane, backed by the mayor, opens in June.")
    assert found is not None and found.source == "the mayor"


def test_a_passive_without_a_person_behind_it_credits_nobody():
    assert _attribution("The bridge was built by engineers in 1920.") is None


@pytest.mark.parametrize(
    "text",
    [
        "The caretaker was accused of locking the fire exits.",
        "Two referees have been blamed for the late kick-off.",
    ],
)
def test_a_passive_charge_is_a_vague_attribution(text):
    found = _attribution(text)
    assert found is not None and found.kind == "vague"


def test_a_passive_without_of_or_for_is_no_charge():
    found = _attribution("The winners were praised.")
    assert found is None or found.act  # someone unnamed praised them: an act
