"""A reporting word followed by "is", "are", "was" or "were" is a noun or ends
a subject clause: it credits no source."""

import pytest

from quizapp.analysis import analyze


def _attribution(text):
    return analyze(text).sentences[0].attribution


@pytest.mark.parametrize(
    "text",
    [
        "In the capital, some judges are eager to move cases along.",
        "What the mayor said was not true.",
    ],
)
def test_a_cue_word_before_a_copula_credits_no_source(text):
    assert _attribution(text) is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("In the capital, judges say cases move too slowly.", "say"),
        ("The mayor said the road was safe.", "said"),
    ],
)
def test_a_reporting_verb_before_its_clause_still_credits(text, cue):
    assert _attribution(text).cue == cue
