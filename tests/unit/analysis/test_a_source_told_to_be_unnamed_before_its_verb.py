"""A source the sentence opens on and then tells to be unnamed ("who asked not
to be named", "speaking on condition of anonymity"), often with the reason
("because the figures have not been published"), is the subject of the verb
after that aside: the sentence is sourced to an unnamed source, not to the
reason's own noun phrase, and not left unsourced. A passive with a time
adverb ("was first identified", "were then shouted down") is a passive all the
same: its subject is no source."""

import pytest

from .sentences import only


@pytest.mark.parametrize(("text", "source"), [
    ("A transit authority official who asked not to be named because the figures "
     "have not been published said ridership had fallen about 6 percent.",
     "A transit authority official"),
    ("A manager at one of Northgate's hospitals, speaking on condition of "
     "anonymity because staff have been told not to discuss the dispute, said "
     "some wards were running with vacancies.",
     "A manager at one of Northgate's hospitals"),
    ("A physician at Ashby General who has treated several of the children, and "
     "who asked not to be identified because she was not authorised to speak to "
     "the media, said three of them had been in intensive care.",
     "A physician at Ashby General"),
])
def test_the_unnamed_source_is_the_subject_of_the_verb_after_the_aside(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source_kind == "anonymous"
    assert sentence.attribution.source == source


def test_a_clause_that_only_mentions_anonymity_credits_no_one():
    sentence = only("The talks, which officials asked not to be named, said nothing.")
    assert sentence.label == "unsourced"


@pytest.mark.parametrize("text", [
    "The outbreak was first identified on February 3, when a child was diagnosed "
    "at a clinic.",
    "The comments were then shouted down on social media.",
])
def test_a_passive_with_a_time_adverb_credits_no_source(text):
    assert only(text).source_kind == "none"
