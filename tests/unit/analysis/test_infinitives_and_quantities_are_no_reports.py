"""A reporting verb's base form after a to-infinitive, or a noun after "more",
reports nothing."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_a_base_form_coordinated_with_a_to_infinitive_credits_no_source():
    sentence = _first("The mayor needs to cut costs and tell residents the truth.")
    assert sentence.attribution is None
    assert sentence.label == "opinion"  # "needs to": the writer's advice


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials tell residents the road is safe.", "tell"),
        ("The mayor went to the site and said the road would reopen.", "said"),
    ],
)
def test_a_finite_reporting_verb_still_credits_its_subject(text, cue):
    sentence = _first(text)
    assert sentence.attribution is not None
    assert sentence.attribution.cue == cue
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    "text",
    ["The comedian had more jokes than songs.",
     "The comedian had fewer jokes than songs."],
)
def test_a_word_after_more_or_fewer_is_a_noun_not_a_reporting_verb(text):
    assert _first(text).attribution is None
