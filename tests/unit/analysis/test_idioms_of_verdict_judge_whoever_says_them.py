"""Idioms that pass a verdict judge whoever says them, though no single word
of theirs does: "That ship has sailed", "Our results speak for themselves",
"I'll believe it when I see it" (disbelief, no guess)."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    '"Our results speak for themselves," said Paul Ingersoll.',
    '"That ship has sailed," she said.',
    '"Cooperating witnesses are a double-edged sword," said Harriet Kwan.',
    '"The consultation was a box-ticking exercise," he said.',
    '"It is amnesty with a fresh coat of paint," said Senator Pruett.',
])
def test_a_quoted_idiom_of_verdict_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", ["I'll believe it when I see it.",
                                  "I shan't hold my breath."])
def test_an_idiom_of_disbelief_is_a_view_not_a_guess(text):
    assert only(text).label == "opinion"


def test_the_words_of_an_idiom_used_plainly_still_report():
    assert only("The ship sailed from Dover on Tuesday.").label == "unsourced"


@pytest.mark.parametrize("text", [
    "She has a point, and some campaigners make the same argument.",
    "Whatever the merits of the lane, the council has done itself few favours "
    "in how it has sold it.",
])
def test_the_writer_siding_or_faulting_by_idiom_judges(text):
    assert only(text).label == "opinion"
