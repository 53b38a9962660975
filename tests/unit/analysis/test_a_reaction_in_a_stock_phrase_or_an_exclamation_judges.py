"""A speaker's reaction in a stock phrase ("They have no idea what they are
doing", "dead on arrival", "We were let down"), an exclamation on "what a"
("What a waste.") and a scandal or a waste asserted ("It's a scandal") judge:
the sentence is an opinion, the speaker's when quoted. The same words in a
plain sense ("I have no idea what time it is", "let down the anchor", "the
expenses scandal", "waste collection", "What a council does ...") judge
nothing."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "“They have no idea what they’re doing,” Jones said.",
    "He said the plan was “dead on arrival.”",
    "“We were let down,” said Ms Okafor.",
    "“The council let us down,” she said.",
    "“The council has lost the plot,” he said.",
    "“What a waste,” she said.",
    "“It's a scandal,” he said.",
])
def test_a_quoted_reaction_is_the_speakers_opinion(text):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert sentence.source_kind == "named"


@pytest.mark.parametrize("text", [
    "What a finish.",
    "It was a waste of money.",
])
def test_the_writers_exclamation_or_verdict_is_an_opinion(text):
    sentence = last(text)
    assert sentence.label == "opinion", sentence.explanation
    assert sentence.source_kind == "none"


@pytest.mark.parametrize("text", [
    "The crew let down the anchor.",
    "The expenses scandal broke in 2009.",
    "Waste collection was suspended for a week.",
    "He asked what a ticket costs.",
    "The inspector said he had no idea what time the fire started.",
])
def test_the_plain_sense_judges_nothing(text):
    sentence = last(text)
    assert sentence.kind == "fact", sentence.explanation
