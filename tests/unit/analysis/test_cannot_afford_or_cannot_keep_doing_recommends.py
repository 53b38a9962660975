""""We can't afford to wait", "we cannot keep pouring money into it" and "we
cannot ask families to pay twice" say what must not be done: a
recommendation, the stance of whoever says it. Not
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
        "“We cannot ask families to pay for this twice,” said board member Tom "
        "Reyes.",
        "“We can’t ignore what the survey tells us,” the head teacher said.",
        # the nation named as a whole, as "America" or "the nation" is
        "The senator has said that the United States cannot afford to keep "
        "taking that risk.",
        "“Britain cannot afford to wait for the next flood,” she said.",
        "“The country should stop building on flood plains,” he said.",
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
        "“The surgery cannot accept new patients,” the practice manager said.",
        "The United States cannot afford to pay its debts, the report said.",
    ],
)
def test_not_being_able_to_pay_is_no_recommendation(text):
    sentence = _first(text)
    assert sentence.label != "opinion"
    assert not any(c.get("deontic") for c in sentence.opinion_cues)
