"""'She said she didn't believe the cuts hurt the school': a belief denied
disputes a claim, the source's opinion; denied of what is to come ('doesn't
think the bill will pass') it stays a guess."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "The principal said she didn’t believe the cuts hurt the school last year.",
    "Mr. Okafor said he does not think the new signs were the reason.",
])
def test_a_denied_belief_is_the_sources_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "named"


@pytest.mark.parametrize("text", [
    "The principal said she didn’t believe the cuts would last.",
    "Mr. Okafor said he does not think the bill will pass this week.",
])
def test_a_denied_belief_about_what_is_to_come_is_speculation(text):
    assert _first(text).label == "speculation"


def test_a_belief_held_is_no_dispute():
    assert _first("The principal said she believed the cuts would last.").label \
        == "speculation"


@pytest.mark.parametrize("text", [
    "We do not dispute that the council is under pressure.",
    "But we cannot accept that the closures will save money.",
])
def test_the_writers_own_denial_is_their_view_not_a_silence(text):
    sentence = analyze(f"Our view\n\n{text}").sentences[1]
    assert sentence.label == "opinion"
    assert sentence.source_kind == "none"
    assert "has not said anything" not in sentence.explanation
