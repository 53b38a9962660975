"""'Those are just distractions', 'it was merely a ploy': a speaker who says
what a thing is 'just', 'merely' or 'nothing but' belittles it: an opinion."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“Those complaints are just distractions,” the coach said.",
    "The delay was merely a tactic, the union leader said.",
    "“The hearing was nothing but theatre,” Ms. Ortega said.",
    "The new logo is little more than decoration, the designer argued.",
])
def test_a_belittled_thing_is_the_speakers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize("text", [
    "The depot is just 5 miles from the city, the driver said.",
    "The ferry was just across the river, the captain said.",
    "He was just elected to the board, the clerk said.",
    "The cut was just a few dollars a month, the agency said.",
    "The trial is just beginning, the lawyer said.",
])
def test_an_amount_a_place_or_a_verb_after_just_is_no_judgement(text):
    assert _first(text).label == "sourced"
