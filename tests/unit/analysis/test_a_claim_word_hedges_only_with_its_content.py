"""A word that names a claim or a forecast (allegation, rumour, prediction,
predict) hedges when it carries the claim's content; bare, it only names the
act and guesses nothing."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("There were rumours that the ferry line would be sold.", "rumours"),
        ("The mayor faced allegations of bribery in the harbour deal.",
         "allegations"),
        ("Amid rumors, the bakery closed its second shop.", "rumors"),
        ("The almanac predicted that the winter would be mild.", "predicted"),
        ("Rainfall is predicted to fall by a tenth.", "predicted"),
        ("Her suspicion that the well was poisoned grew.", "suspicion"),
        ("Several accusations against the coach surfaced in May.", "accusations"),
    ],
)
def test_a_claim_word_with_its_content_is_a_cue(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "In reply to the allegations, the club published its accounts.",
        "Few people in the village had heard the rumour.",
        "The tide tables help sailors predict the water level.",
        "The codec uses motion prediction between frames.",
        "Her grandmother correctly predicted the flood.",
        "The teacher collected suggestions for the school trip.",
    ],
)
def test_a_bare_claim_word_only_names_the_act(text):
    assert cues(text) == []


@pytest.mark.parametrize("text", [
    "Neighbors said the shooting confirmed fears that had been building for "
    "months.",
    "The report addressed concerns that were raised in May.",
])
def test_a_relative_clause_on_a_belief_noun_tells_no_belief(text):
    assert find_hedges(text, 0, len(text)) == []


def test_a_belief_noun_with_its_content_still_hedges():
    text = "There are fears that the river will flood again."
    assert [h["text"] for h in find_hedges(text, 0, len(text))] == ["fears that"]
