"""A condition told by inversion ("Had the council acted sooner, ...",
"Were the court to release the files, ...") makes the "would" after it a
guess at what did not or has not happened, as "if" does, though a past verb
stands before it. A "would" of routine or of a plan told stays plain."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "Had the council acted sooner, the bridge would still be open.",
    "Had his team won, they would have topped the league.",
    "Were the court to release the files, it would expose the family to ridicule.",
])
def test_would_after_an_inverted_condition_is_a_guess(text):
    sentence = last(text)
    assert sentence.label == "speculation", sentence.explanation


@pytest.mark.parametrize("text", [
    "The bridge would open at dawn every day.",
    "He had a plan, and the council would back it.",
])
def test_would_of_routine_or_a_plan_told_is_no_guess(text):
    assert last(text).kind == "fact"
