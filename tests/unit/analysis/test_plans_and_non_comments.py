"""A plan or a refusal to comment reports nothing: "plans to build", "declined
to comment" credit no source, while a clause brought in ("assumed that ...") or
another report in the sentence still credits one."""

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
        "The landlord declined to comment, a neighbour said.",
    ],
)
def test_the_same_verbs_bringing_in_a_view_still_credit_a_source(text):
    assert _first(text).source is not None
