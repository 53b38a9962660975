"""A superlative after a linking verb ranks what the sentence is about ("is
the best thing the band have recorded"), whatever noun it names: a
judgement. A record measured ("the worst flood since 1953", "in ten years")
ranks by a number, and stays a report."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Harbour Wall, the first single, is the best thing the band have recorded.",
    "The river was the best place to fish.",
])
def test_a_superlative_predicate_is_the_writers_judgement(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "It was the worst flood the town has seen since 1953.",
    "It was the worst result in ten years.",
])
def test_a_record_measured_is_no_judgement(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "Privacy campaigners said the location data was the most worrying element.",
    'Professor Martin Keel said the findings were "encouraging but nowhere near '
    'conclusive".',
])
def test_a_sources_most_worrying_or_encouraging_is_their_opinion(text):
    assert only(text).label == "opinion"
