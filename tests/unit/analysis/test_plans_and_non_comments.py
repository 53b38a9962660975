"""A plan, an aim or a refusal to comment reports nothing: "plans to build",
"hopes to reopen", "declined to comment" credit no source, while a clause
brought in ("assumed that ...") or another report in the sentence still
credits one."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The ferry company plans to open a night crossing in the summer.",
        "Ms. Okafor planned to reopen the mill, then sell it to the town.",
        "Through a lawyer, the landlord declined to comment.",
        "The mayor hopes to reopen the swimming pool by June.",
    ],
)
def test_a_plan_or_a_refusal_to_comment_credits_no_source(text):
    sentence = _first(text)
    assert sentence.label == "unsourced"
    assert sentence.source is None


@pytest.mark.parametrize(
    "text",
    [
        "Engineers assumed that the old bridge could carry the trams.",
        "The mayor hopes that the swimming pool will reopen by June.",
        "The landlord declined to comment, a neighbour said.",
    ],
)
def test_the_same_verbs_bringing_in_a_view_still_credit_a_source(text):
    assert _first(text).source is not None


def test_hoping_that_something_will_happen_is_speculation_hoping_to_do_it_is_not():
    assert _first("The mayor hopes that the pool will reopen by June.").label == (
        "speculation")
    assert _first("The mayor hopes to reopen the pool by June.").label == "unsourced"


@pytest.mark.parametrize(
    "text",
    [
        "The mayor is hoping that the pool will reopen by June.",
        "Farmers are fearing that the river could flood again.",
    ],
)
def test_a_belief_in_the_progressive_is_still_a_belief(text):
    sentence = _first(text)
    assert sentence.label == "speculation"
    assert sentence.source is not None


def test_hoping_to_do_something_is_an_aim_not_a_belief():
    assert _first("The mayor is hoping to reopen the pool by June.").label == (
        "unsourced")
