"""'More rain is expected across the basin, said X' reports a guess, as in
the writer's voice; 'suggested afterwards that the error might cost' reports
the guess after the time word; 'we will not speculate' makes no guess; 'we
could see a second crest' looks ahead, 'residents could see flames' saw."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Another two inches of rain is expected across the basin through Friday, "
    "said Tessa Moreland, a hydrologist.",
    "Pundits suggested afterwards that the error might cost him his place.",
    "She said publicly that the plan could fail.",
    "“We could see a second crest on Friday night,” she said.",
])
def test_these_report_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "“We will not speculate about the cause,” she said.",
    "The company declined to speculate on the cause, a spokesman said.",
    "Residents could see flames for miles.",
])
def test_these_make_no_guess(text):
    assert only(text).label in ("sourced", "unsourced")


@pytest.mark.parametrize("text", [
    "“Until we have looked at every byte of data, I am not going to guess,” she "
    "said.",
    "“I wanted to believe him,” she said.",
])
def test_a_guess_refused_or_a_person_believed_is_no_guess(text):
    assert not only(text).hedges
