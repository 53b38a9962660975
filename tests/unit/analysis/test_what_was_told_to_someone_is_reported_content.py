"""What a source told someone is reported content, like what they said:
after the addressee, "that" opens the words told ("told reporters that the
row could hurt the party"), not a relative clause on the addressee, and a
modal in them is the source's guess, not a past ability ("told us it could
drag on")."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Strategists told reporters that the row could hurt the party.",
    "Several GOP strategists told CNN that the controversy could drag down "
    "Republican Senate candidates.",
    "Officials assured investors that the bank might raise more capital.",
    "He told us it could drag on for months.",
])
def test_a_guess_told_to_someone_is_the_sources_speculation(text):
    sentence = only(text)
    assert sentence.label == "speculation"
    assert sentence.source_kind != "none"


def test_a_relative_that_on_a_plain_object_still_qualifies_the_noun():
    # "investors that the state could pressure": a relative clause, no guess
    assert only("The fund sold shares to investors that the state could "
                "pressure.").label == "unsourced"
