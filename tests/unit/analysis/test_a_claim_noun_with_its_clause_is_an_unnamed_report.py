"""A communication noun with its content clause and no owner ("dogged by
charges that ...", "persisted in arguments that ...", "an agreement that
...") reports words someone unnamed put out; the sentence stays the writer's
own news (an act). A relative "that" after the noun ("the claims that he
made") and a fear or a hope are no such report."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("For years the ferry firm has been dogged by charges that it skimps on "
         "repairs.", "charges"),
        ("The anglers persisted in arguments that the quota was unfair.",
         "arguments"),
        ("There was broad agreement that the pier should be rebuilt.", "agreement"),
    ],
)
def test_a_claim_noun_with_its_clause_is_an_unnamed_report(text, cue):
    sentence = _first(text)
    found = sentence.attribution
    assert found is not None and found.act and found.kind == "vague"
    assert found.cue == cue
    assert sentence.source is None


@pytest.mark.parametrize(
    "text",
    [
        "The pier was closed after the claims that he made in June.",
        "There were fears that the pier would collapse in the storm.",
    ],
)
def test_a_relative_that_or_a_feeling_is_no_report(text):
    assert _first(text).attribution is None
