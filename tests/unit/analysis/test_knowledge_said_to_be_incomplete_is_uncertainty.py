"""What is not yet understood or known, a postulate and a near-certainty
('in all probability', 'almost certain that') leave the claim open; the same
words saying that something IS understood or known assert it."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("How the eels find the river is not fully understood.",
         "not fully understood"),
        ("The cause of the frost damage remains unknown.", "remains unknown"),
        ("It is not yet known what caused the fire.", "is not yet known"),
        ("The victims' names are not yet known.", "are not yet known"),
        ("The engineer postulated that the beam had cracked first.", "postulated"),
        ("The chapel was in all probability built by monks.", "in all probability"),
        ("It is almost certain that the coins came from Gaul.", "is almost certain"),
        ("Scholars are almost certain that the coins came from Gaul.",
         "almost certain that"),
    ],
)
def test_incomplete_knowledge_is_a_cue(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "How the eels find the river is well understood.",
        "The cause of the frost damage is known to every gardener.",
        "The chapel was built by monks in the twelfth century.",
        # what did not exist yet in the past is history, not uncertainty
        "In 1850 the telephone was not yet known.",
    ],
)
def test_knowledge_asserted_is_no_cue(text):
    assert cues(text) == []
