"""A drafted cue-marking item keys the source and its reporting word as one
cue when they stand together ("Analysts at Berenberg said"), as two when words
describing the source come between ("Harlow Foods, the maker of ..., said"),
so a learner who marks the name and the verb gets full marks; a long anonymous
source is keyed by its words before the comma, not dropped, and the words
telling it is unnamed ("speaking on condition of anonymity") are keyed too; a
document named with "according to" is keyed as well. A risk measured against
another ("less likely to develop dementia", "twice as likely") hedges
nothing."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.cue_marking import mark_cue_items
from quizapp.grading import get_checker

from .sentences import only


def _cues(sentence: str) -> list[tuple[str, str]]:
    (item,) = mark_cue_items(analyze(sentence))
    assert get_checker("mark_cues").validate_spec(item) == []
    return [(cue["text"], cue["kind"]) for cue in item["cues"]]


@pytest.mark.parametrize(("sentence", "cues"), [
    ("Analysts at Berenberg said the cuts were overdue by two years or more.",
     [("Analysts at Berenberg said", "source")]),
    ("Harlow Foods, the maker of Crestwell biscuits, said on Monday it would cut "
     "about 400 jobs.", [("Harlow Foods", "source"), ("said", "source")]),
    ("A senior Democratic aide, speaking on condition of anonymity because the "
     "talks were private, said party leaders expect a difficult fight.",
     [("A senior Democratic aide", "source"),
      ("speaking on condition of anonymity", "source"), ("said", "source"),
      ("expect", "uncertainty")]),
    ("Exports fell by 40 percent in the second quarter, according to the "
     "national statistics office.",
     [("according to the national statistics office", "source")]),
])
def test_the_source_and_its_verb_are_keyed_without_the_words_between(sentence,
                                                                      cues):
    assert _cues(sentence) == cues


@pytest.mark.parametrize("text", [
    "People who walk every day are less likely to develop dementia.",
    "Smokers were twice as likely to be admitted to hospital.",
])
def test_a_compared_risk_hedges_nothing(text):
    assert not only(text).hedges


def test_a_likelihood_alone_still_hedges():
    assert [h["text"] for h in only("The vote is likely to be close.").hedges] == [
        "likely"]
