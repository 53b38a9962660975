"""'makes me smart', 'made him ridiculous': the judgement after 'make' and a
person is what the words assert, like 'is smart'."""

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _predicative(text):
    return [c["text"] for c in find_opinion_cues(text, 0, len(text))
            if c["predicative"]]


def test_a_judgement_after_make_and_a_person_is_asserted():
    assert _predicative("Paying nothing makes me smart, the landlord said.") == \
        ["smart"]
    sentence = analyze("Paying nothing makes me smart, the landlord said.").sentences[0]
    assert sentence.label == "opinion"


def test_a_judging_word_before_a_noun_after_make_is_not_asserted():
    assert _predicative("The move made him a brilliant target, she said.") == []


def test_a_plain_word_after_make_judges_nothing():
    assert analyze("The rain makes me late, the driver said.").sentences[0].label == \
        "sourced"
