""""Have every right to" and "high time" judge what is due: the writer's view."""

import pytest

from quizapp.analysis import analyze


def _label(text):
    return analyze(text).sentences[0].label


@pytest.mark.parametrize(
    "text",
    [
        "Voters in Leeds have every right to see the council accounts.",
        "It is high time the council published its accounts.",
    ],
)
def test_an_entitlement_or_overdue_judgement_is_the_writers_opinion(text):
    assert _label(text) == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "Residents have the right to appeal within 28 days.",
        "The council published its accounts on time in 2023.",
    ],
)
def test_a_legal_right_or_a_date_kept_is_a_plain_fact(text):
    assert _label(text) == "unsourced"
