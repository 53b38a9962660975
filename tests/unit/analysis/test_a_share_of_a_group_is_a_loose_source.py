"""A share of a group ("Almost half said", "62% of members say") is nobody
in particular: a loose source, not a name."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize("np", ["Almost half", "62% of members", "Two-thirds of voters",
                                "Half of the 400 teachers surveyed", "One in five"])
def test_a_share_of_people_is_a_vague_source(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("np", ["Halford Council", "Dr Ann Half"])
def test_a_name_that_starts_like_a_share_stays_named(np):
    assert kind_of(np) == "named"


@pytest.mark.parametrize("text, credit", [
    ("Critics have argued that the strategy leaves the chain exposed.",
     "the argument of critics."),
    ("Others complained that the alerts came too late.", "others said it."),
    ("Republicans argue the tax is unfair.", "the argument of Republicans."),
])
def test_feedback_writes_a_loose_group_in_lower_case_mid_sentence(text, credit):
    assert analyze(text).sentences[0].explanation.endswith(credit)
