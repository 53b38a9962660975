"""Audit BZ: why a source goes unnamed, however it is worded ("who asked me
not to use her name", "who requested anonymity"), is no report of theirs and
makes them an unnamed source; "asked" there was taken for the verb that
credits the sentence, with "the city's development department, who" as its
source."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "A planner in the city's development department, who asked me not to use "
    "her name because she still has to work with the council, said the scheme "
    "had stalled.",
    "A manager who requested anonymity said the deal was off.",
])
def test_an_unnamed_source_speaks_by_the_verb_after_the_reason(text):
    sentence = only(text)
    assert sentence.attribution.kind == "anonymous"
    assert sentence.attribution.cue == "said"
    assert not sentence.attribution.source.endswith("who")
