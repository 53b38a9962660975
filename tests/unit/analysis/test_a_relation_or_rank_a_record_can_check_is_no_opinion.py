"""A present-tense sentence that tells a relation or a rank a record can
check ("a leading cause of", "the longest", "home to") states a fact; one
that tells what a thing is like still reads as the writer's view."""

from __future__ import annotations

import pytest

from quizapp.analysis import analyze


def labelled(sentence: str) -> str:
    return analyze(f"Winter safety\n\n{sentence}").sentences[1].label


@pytest.mark.parametrize("sentence", [
    "Space heaters are a leading cause of winter house fires.",
    "Smoking is one of the main causes of lung cancer.",
    "The river is the longest in the county.",
    "Cyclists are the most common victims of such crashes.",
    "The town is home to two universities.",
])
def test_a_relation_or_rank_is_an_unsourced_fact(sentence):
    assert labelled(sentence) == "unsourced"


@pytest.mark.parametrize("sentence", [
    "Libraries are the heart of a community.",
    "Her speech was the best of the night.",
])
def test_what_a_thing_is_like_still_reads_as_an_opinion(sentence):
    assert labelled(sentence) == "opinion"
