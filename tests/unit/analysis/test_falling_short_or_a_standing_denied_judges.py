"""'The clinics are not meeting the demand', 'the plan falls short', 'he
can't credibly claim': a measure against what should be, asserted in the
present, judges like 'isn't doing enough'."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The town’s clinics are “not meeting the demand,” the nurse said.",
    "The new timetable falls short, the riders’ group said.",
    "The mayor can’t credibly run on his record at the port.",
])
def test_a_shortfall_or_a_standing_denied_is_an_opinion(text):
    assert _first(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The bill fell short of a majority by two votes.",
    "The ferry met the demand in July.",
    "The clinic can’t open on Sundays.",
])
def test_a_count_missed_or_a_plain_limit_is_no_judgement(text):
    assert _first(text).label == "unsourced"
