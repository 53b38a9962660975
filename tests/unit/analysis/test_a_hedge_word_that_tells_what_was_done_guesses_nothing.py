"""A hedge word that guesses nothing here: "speculation" named as a topic
("did not comment on speculation"), a closing concession ("welcome, if
overdue"), a riddle solved ("had guessed it long before the end") and what
nobody was able to do ("None could check a bank statement"). The same words
still hedge where they carry a claim."""

import pytest

from quizapp.analysis import analyze


def _hedges(text):
    return [h["text"] for h in analyze(text).sentences[0].hedges]


@pytest.mark.parametrize("text", [
    'A spokesperson said the company did "not comment on speculation".',
    "The company dismissed the speculation as groundless.",
    "The change was welcome, if overdue.",
    "Half my row had guessed it long before the characters did.",
    "She guessed right.",
    "None could check a bank statement.",
])
def test_the_word_guesses_nothing_here(text):
    assert _hedges(text) == []


@pytest.mark.parametrize(("text", "hedge"), [
    ("There is speculation that he will resign.", "speculation"),
    ("My speculation is that it won't work.", "speculation"),
    ("The plan will go ahead, if approved.", "if"),
    ("Analysts guessed the rate would rise.", "guessed"),
])
def test_the_word_still_hedges_a_claim(text, hedge):
    assert hedge in _hedges(text)
