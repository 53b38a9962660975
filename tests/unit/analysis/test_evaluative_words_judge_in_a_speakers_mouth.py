"""Praise and blame the lexicon holds judge in a speaker's words as in the
writer's: 'the music was glorious', 'that was cowardice', 'the rollout was a
shambles'."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "“The sun came out and the music was glorious,” she said.",
    "“That was cowardice, and I have to live with it,” Osei said.",
    "“The rollout was a shambles,” the councillor said.",
    "He said the new forms were useless.",
    "“Frankly, the decision was unwise,” she said.",
    "“It was degrading,” she said.",
    "“The coordination rules are a fig leaf,” said Priya Nandakumar.",
    "“One client and a family connection: that's a red flag,” he said.",
    "“The council had the powers to act, and it sat on its hands,” she said.",
    "“We are paying for that recklessness,” he said.",
])
def test_a_speakers_evaluative_word_makes_the_sentence_an_opinion(text):
    assert only(text).label == "opinion"


def test_a_plain_description_stays_a_report():
    assert only("“The music started at nine,” she said.").label == "sourced"
