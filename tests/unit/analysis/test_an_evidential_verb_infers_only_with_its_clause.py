"""'The bones indicate that the fort was older' infers; 'zero indicates the
level', 'the letter implies a vowel' denote; 'as the name suggests' reads a
meaning off a name. Only the inference is a guess."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The burnt grain indicates that the barn was used for storage.",
         "indicates"),
        ("The wear on the steps implies the chapel was busy for centuries.",
         "implies"),
        ("Pollen in the mud suggests the valley was once a lake.", "suggests"),
    ],
)
def test_an_inference_is_a_cue(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "On the gauge, a red light indicates low pressure.",
        "The second digit indicates the year of the survey.",
        "As the name suggests, the Long Barrow is a long mound of earth.",
        "As its title implies, the book is a guide to the river.",
    ],
)
def test_a_sign_or_a_name_is_no_cue(text):
    assert cues(text) == []
