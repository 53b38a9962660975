"""A subject ends in a noun. When the words before a reporting word end in a
lower-case adjective ("post-traumatic stress", "a rather polarizing
question", "the party's existing rules", "tremendous support"), the reporting
word is a noun and credits nobody. A role that looks like an adjective ("the
regional official", "the chief executive") still speaks."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "The clinic has been slow to adopt new ways of treating post-traumatic "
    "stress disorder.",
    "The party's existing rules empower the committee to name a replacement.",
    "The mayor enjoyed tremendous support from older voters.",
])
def test_a_noun_after_an_adjective_credits_nobody(text):
    sentence = only(text)
    assert sentence.attribution is None and sentence.label == "unsourced"
    assert "loose group" not in sentence.explanation


@pytest.mark.parametrize(("text", "source"), [
    ("The regional official said the road would close in May.",
     "The regional official"),
    ("The chief executive said sales rose by 4 percent.", "The chief executive"),
])
def test_a_role_ending_like_an_adjective_still_speaks(text, source):
    assert only(text).attribution.source == source


@pytest.mark.parametrize("text", [
    "The film is her push to help people understand the past.",
    "Readers may not let editorials tell them how to vote.",
])
def test_a_bare_infinitive_after_its_causer_is_no_report(text):
    assert only(text).attribution is None


def test_a_causer_inside_a_relative_clause_leaves_the_report():
    sentence = only("Officials who helped draft the law said it would pass.")
    assert sentence.source is not None
