"""Audit AC (a school inspection, a central bank briefing, a memoir's review,
a supermarket planning row, an exoplanet, an election night): a sentence
about an open question is told as one, not as a softened claim."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Whether small planets around these stars can hold on to any air at all has "
    "become one of the central questions in the field.",
])
def test_an_open_question_talked_about_is_not_softened(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert "softens" not in sentence.explanation
    assert "opens a question or a condition" in sentence.explanation
