"""A quotation that opens with a command exhorts: the speaker's opinion."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“Look at how much the valley farms are losing,” she said on Monday.",
    "The coach told reporters, “Stop blaming the referees.”",
    'The mayor said: "Be careful on the ice this week."',
    "“Don’t let them close our clinic,” a nurse said.",
])
def test_a_quoted_command_is_the_speakers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize("text", [
    "“Never before has the river risen so fast,” the warden said.",
    "“Help is on the way,” the governor said.",
    "“Keeping the pool open costs $2 million a year,” she said.",
    "“Going to the market takes an hour,” the farmer said.",
])
def test_a_quoted_statement_is_no_command(text):
    assert _first(text).label == "sourced"
