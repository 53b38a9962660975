"""A noun that is itself a verdict in a speaker's words ('This is pure
silliness', 'the scheme was trickery') is the speaker's opinion; a noun with a
plain or technical sense ('driver distraction', 'posts containing
misinformation') is no verdict."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“The whole row over the parade route is silliness,” the councillor said.",
    "“The new parking fee is trickery,” Ms. Park said.",
    "“It's a slap in the face,” a driver said.",
    "“It makes no sense,” the councillor said.",
    "He said the closure was the right call.",
    "She said the pay deal was a betrayal of the workers.",
    "“Shame on them,” said one resident.",
])
def test_a_verdict_in_a_speakers_words_is_their_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize(("text", "label"), [
    ("Driver distraction caused the crash on the ring road.", "unsourced"),
    ("The site removed 300 posts containing misinformation last year.",
     "unsourced"),
    ("“Three children were sick on Tuesday,” the head teacher said.", "sourced"),
])
def test_a_noun_in_a_plain_sense_is_no_verdict(text, label):
    assert _first(text).label == label


@pytest.mark.parametrize("text", [
    "A deadly storm hit the coast on Monday, killing five people.",
    "The menacing clouds rolled in by noon.",
    "The museum holds a priceless collection of coins.",
])
def test_a_describing_adjective_before_a_noun_only_colours_a_report(text):
    assert _first(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "The landlord's attorney said the claims were \"baseless.\"",
    "Some teachers said the new schedule was exhausting and pointless.",
    "According to critics, the new curriculum is a step backward.",
    "Council member Ines Varga said the vote was long overdue.",
])
def test_a_reported_verdict_adjective_is_the_speakers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"
