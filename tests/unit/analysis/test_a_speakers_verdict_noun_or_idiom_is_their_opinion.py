"""A verdict noun or a loaded idiom in a speaker's words ('It's a dog
whistle', 'Those claims are misinformation', 'we are sick and tired of
waiting') is the speaker's opinion; the words in a plain sense are not."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "“The new slogan is a dog whistle to his base,” the senator said.",
    "“Those leaflets are misinformation,” the health officer said.",
    "“Parents are sick and tired of waiting for the bus,” Ms. Park said.",
    "“The whole debate was a distraction,” the minister said.",
])
def test_a_verdict_in_a_speakers_words_is_their_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize("text", [
    "“Three children were sick on Tuesday,” the head teacher said.",
    "“The drivers were tired after the night shift,” the dispatcher said.",
])
def test_the_words_in_a_plain_sense_are_no_verdict(text):
    assert _first(text).label == "sourced"


def test_a_verdict_noun_inside_a_noun_phrase_only_colours_a_report():
    assert _first("The shepherd bought a new dog whistle in May.").label == \
        "unsourced"
