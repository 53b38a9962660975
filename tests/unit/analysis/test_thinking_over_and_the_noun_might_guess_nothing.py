"""'Think about the offer', 'think of moving', 'think clearly' name the act of
thinking, not a view held; 'might' after 'of', 'through' or 'has', or before
'makes', is the noun (power). A view ('thinks the bridge is safe') and the
modal ('might close') still hedge."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The pupils were asked to think about the poem before class.",
        "Walkers should think of packing a map and a torch.",
        "After the fall she could not think clearly for an hour.",
        "The school teaches children to think for themselves.",
        "The old saying holds that might makes right.",
        "The fort was taken through might alone.",
        "The baron ruled with a handful of might and a bag of gold.",
    ],
)
def test_thinking_over_or_power_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("The warden thinks the bridge is safe.", "thinks"),
        ("Many think of the castle as the oldest in Kent.", "think"),
        ("The ferry might close in winter.", "might"),
        ("The path might be flooded after the storm.", "might"),
    ],
)
def test_a_view_or_a_possibility_is_a_cue(text, cue):
    assert cue in cues(text)
