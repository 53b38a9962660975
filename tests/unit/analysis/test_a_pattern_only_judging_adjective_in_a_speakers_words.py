"""'“That can be deadly,” he said', 'the treatment was inhumane': a judging
adjective asserted is an opinion; before a noun it only colours a report."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“Skipping the checks can be deadly,” the inspector said.",
    "“The way the prisoners were kept was inhumane,” the lawyer said.",
])
def test_an_asserted_judging_adjective_is_an_opinion(text):
    assert _first(text).label == "opinion"


def test_a_judging_adjective_before_a_noun_only_colours_a_report():
    assert _first("A deadly storm reached the coast on Monday.").label == \
        "unsourced"
