"""'Worse, the council hid the costs', 'More importantly, ...', 'Worst of all,
...': a comparative opening the sentence grades the whole claim, the
writer's own voice, like 'Sadly,'."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Worse, the council kept the repair costs from the residents.",
    "Worse still, the ferry was cancelled twice in May.",
    "More importantly, the school kept its library open.",
    "Worst of all, the heating failed in January.",
])
def test_a_graded_claim_is_the_writers_opinion(text):
    assert _first(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "Worse weather reached the coast on Monday.",
    "Better roads were built in the valley in 2019.",
])
def test_a_comparative_inside_the_claim_does_not_grade_it(text):
    assert _first(text).label == "unsourced"
