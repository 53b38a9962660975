""""We can't afford to wait" says what must not be done: a recommendation,
the stance of whoever says it. Not being able to pay for something ("can't
afford to heat their homes") is a fact about money."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "“We simply can’t afford to wait another year,” the harbour master said.",
        "“This town cannot afford to lose its ferry,” said Councillor Ames.",
        "We can no longer afford to ignore the state of the sea wall.",
    ],
)
def test_cannot_afford_to_act_is_an_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert any("afford to" in c["text"] for c in sentence.opinion_cues)


@pytest.mark.parametrize(
    "text",
    [
        "Many families can't afford to heat their homes this winter.",
        "“We can’t afford to pay the harbour fees,” the fishermen said.",
        "The council could afford to repair only one of the two piers.",
    ],
)
def test_not_being_able_to_pay_is_no_recommendation(text):
    sentence = _first(text)
    assert sentence.label != "opinion"
    assert not any("afford" in c["text"] for c in sentence.opinion_cues)
