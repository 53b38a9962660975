"""A comment adverb ("Worryingly, ...", "Unsurprisingly, ...", "a remarkably
candid admission") is the writer commenting on the claim: the writer's own
view, an opinion when nobody is quoted. Adverbs that also tell how ("oddly
bent legs", "happily married") stay plain."""

import pytest

from .sentences import last


@pytest.mark.parametrize("word", [
    "Unsurprisingly", "Worryingly", "Alarmingly", "Remarkably", "Inexplicably",
    "Disappointingly", "Encouragingly", "Shamefully", "Bizarrely", "Tragically",
    "Interestingly",
])
def test_the_writers_comment_on_the_claim_is_an_opinion(word):
    sentence = last(f"{word}, the council approved the plan on Tuesday.")
    assert sentence.label == "opinion", sentence.explanation


@pytest.mark.parametrize("text", [
    "The statue shows a woman with oddly bent legs.",
    "The couple were happily married for forty years.",
])
def test_an_adverb_of_manner_is_no_comment(text):
    assert last(text).kind == "fact"
