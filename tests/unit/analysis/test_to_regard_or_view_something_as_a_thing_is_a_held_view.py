"""'Some regard the castle as the oldest', 'others view them as traders': the
active verb holds its object to be something, a view like the passive
'is regarded as'. 'Regard' and 'view' without that 'as' see or concern.
Whoever holds the view is its source, active or passive ('is regarded by
many critics as'); what they hold judges when its words judge, and is a
belief otherwise."""

import pytest

from quizapp.analysis.hedges import find_hedges

from .sentences import only


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


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("His 1968 album is still regarded by many critics as a landmark of the "
         "period.", "many critics"),
        ("Many fans regard him as the best player in the league.", "Many fans"),
        ("The treaty is regarded by some historians as a turning point.",
         "some historians"),
    ],
)
def test_a_judgement_held_by_a_source_is_their_opinion(text, source):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert (sentence.source_kind, sentence.attribution.source) == ("vague", source)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Some historians regard them as descendants of settlers from Crimea.",
         "Some historians"),
        ("The plan is considered by many economists to be unworkable.",
         "many economists"),
    ],
)
def test_a_belief_held_by_a_source_is_their_guess(text, source):
    sentence = only(text)
    assert sentence.label == "speculation"
    assert (sentence.source_kind, sentence.attribution.source) == ("vague", source)


def test_a_thought_with_its_agent_but_no_as_credits_nobody():
    sentence = only("The proposal was considered by the committee on Tuesday.")
    assert sentence.source_kind == "none"
