"""A speaker's "I would be cautious", "we would argue", "I would like to" puts
a stance of their own politely: no guess, so the explanation does not call
"would" one (found by a QA pass on a health story, whose expert's "It is an
interesting result, but I would be cautious about the headlines" was "a
judgement beside a guess"). "I would expect" still guesses."""

import pytest

from quizapp.analysis import analyze


@pytest.mark.parametrize("text", [
    "“It is an interesting result, but I would be cautious about the headlines,” "
    "said Professor Mark Lindqvist.",
    "“I would argue the plan is flawed,” she said.",
])
def test_a_polite_would_is_no_hedge(text):
    sentence = analyze(text).sentences[0]
    assert sentence.label == "opinion"
    assert "would" not in [h["text"] for h in sentence.hedges]
    assert "guess" not in sentence.explanation


def test_i_would_expect_still_guesses():
    assert analyze("I would expect prices to rise.").sentences[0].label == \
        "speculation"
