"""Fixed phrases that contain a judging word but judge nothing: "Great
Britain", "best known", "supposed to" (a plan or duty, not a sneer)."""

import pytest

from quizapp.analysis.opinion import find_opinion_cues


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sails from Great Britain to Norway twice a week.",
        "The mill was supposed to reopen in the spring.",
        "She is best known for her work on bridges.",
    ],
)
def test_a_fixed_phrase_is_no_opinion_cue(text):
    assert find_opinion_cues(text, 0, len(text)) == []


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The supposed expert had never visited the mill.", "supposed"),
        ("It was a great day for the town.", "great"),
    ],
)
def test_the_same_words_judging_are_still_cues(text, word):
    assert word in [c["text"] for c in find_opinion_cues(text, 0, len(text))]


def test_a_judging_word_inside_a_noun_phrase_is_not_asserted_even_after_mr():
    text = ("Shortly before a crucial hearing, a large part of Mr. Ray's loan "
            "collapsed.")
    (cue,) = [c for c in find_opinion_cues(text, 0, len(text))
              if c["text"] == "crucial"]
    assert cue["predicative"] is False


def test_a_verbless_judgement_is_still_asserted():
    text = "A truly crucial hearing for Mr. Ray."
    (cue,) = [c for c in find_opinion_cues(text, 0, len(text))
              if c["text"] == "crucial"]
    assert cue["predicative"] is True
