"""A word in single quotation marks, straight or curly, is still a word of
the lexicon ('prudent', ‘squalid’), quoted, and asserted after a linking
verb; an apostrophe inside or after a word ("don't", "the students' union")
opens no quotation."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "She said the bank had been 'prudent'.",
    "She said the policy was 'the single best thing we can do'.",
    "She said the policy was ‘the single best thing we can do’.",
])
def test_a_judging_word_in_single_quotation_marks_judges(text):
    assert only(text).label == "opinion"


def test_an_apostrophe_is_no_quotation_mark():
    sentence = only("The students' union said it would meet on Monday.")
    assert sentence.label == "sourced"
    assert not any(c.get("quoted") for c in sentence.opinion_cues)


def test_a_label_in_single_quotation_marks_is_pinned():
    assert only("Pettifer called the plan 'a betrayal of every bricklayer'.").label \
        == "opinion"


@pytest.mark.parametrize("text", [
    "The inspection report rated the structure ‘poor’, the second-lowest of five "
    "grades.",
    "Inspectors rated the school 'inadequate'.",
])
def test_a_grade_in_quotation_marks_is_no_verdict(text):
    assert only(text).label == "sourced"


def test_thinking_about_something_holds_no_view():
    assert not only("Nobody thought about the people who live here.").hedges
