""""We can't afford to wait" and "we cannot keep pouring money into it" say
what must not be done: a recommendation, the stance of whoever says it. Not
being able to pay for something ("can't afford to heat their homes") or keep
up ("we can't keep up with demand") is a fact."""

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
        "“We simply cannot keep pouring money into empty boats,” Ms Ames said.",
        "“We can’t go on cancelling ferries every winter,” the mayor said.",
    ],
)
def test_cannot_afford_to_act_is_an_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert any(c.get("deontic") for c in sentence.opinion_cues)


@pytest.mark.parametrize(
    "text",
    [
        "Many families can't afford to heat their homes this winter.",
        "“We can’t afford to pay the harbour fees,” the fishermen said.",
        "The council could afford to repair only one of the two piers.",
        "“We can’t keep up with demand,” the harbour baker said.",
        "“They cannot keep paying these fees,” the harbour master said.",
    ],
)
def test_not_being_able_to_pay_is_no_recommendation(text):
    sentence = _first(text)
    assert sentence.label != "opinion"
    assert not any(c.get("deontic") for c in sentence.opinion_cues)
