"""'“He really does care about us,” she said': an emphatic 'do' made stronger
is the speaker insisting on a view, an opinion; a plain 'did' is not."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“He really does care about this town,” his neighbour said.",
    "“The library does indeed matter to the children,” the head teacher said.",
])
def test_an_insisting_speaker_gives_an_opinion(text):
    assert _first(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "“He did repair the roof in May,” his neighbour said.",
    "“We really did not expect the flood,” the farmer said.",
])
def test_a_plain_or_negated_do_is_no_insistence(text):
    assert _first(text).label != "opinion"
