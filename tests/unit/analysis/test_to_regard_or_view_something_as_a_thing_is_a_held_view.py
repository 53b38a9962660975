"""'Some regard the castle as the oldest', 'others view them as traders': the
active verb holds its object to be something, a view like the passive
'is regarded as'. 'Regard' and 'view' without that 'as' see or concern."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Some regard the old mill as the finest in the county.", "regard"),
        ("Other historians view these letters as forgeries.", "view"),
        ("Many anglers regard it as the best river for trout.", "regard"),
        ("The lighthouse is viewed by most sailors as a landmark.", "viewed"),
    ],
)
def test_holding_something_to_be_something_is_a_cue(text, cue):
    assert cue in cues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Visitors view the paintings from a balcony.",
        "With regard to the bridge, the council made no decision.",
        "She regards the sea from her window every morning.",
        "Their views on the canal are well known as well.",
        "The hikers view the valley as soon as they reach the ridge.",
    ],
)
def test_seeing_or_concerning_is_no_cue(text):
    assert cues(text) == []
