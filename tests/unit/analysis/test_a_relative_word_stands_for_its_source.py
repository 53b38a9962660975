"""A reporting verb whose subject is a relative word ("the council, which has
denied ...", "a coach who said ...") credits the noun phrase the relative word
follows; "which" or "that" standing for a thing that cannot speak credits
nobody. Also: a plural quantifier is a plural subject ("Some believe", "many of
whom say"), and a source ends before a negation ("has not said")."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The ferry board met the Harbour Trust, which has strongly denied any "
         "role in the fire.", "the Harbour Trust, which", "denied"),
        ("The vote is awkward for Councillor Ames, who pointedly refused to back "
         "the plan in May.", "Councillor Ames, who", "refused"),
        ("The club hired a coach who said the team was too slow.", "a coach who",
         "said"),
        ("Anglers, many of whom say the quota is unfair, met on Monday.",
         "many of whom", "say"),
        ("Some believe the old pier will be rebuilt by the spring.", "Some",
         "believe"),
    ],
)
def test_a_relative_or_quantifier_subject_names_the_source(text, source, cue):
    found = _first(text).attribution
    assert found is not None
    assert (found.source, found.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "The roof leaked all winter, which confirmed the builders' worst guess.",
        "Some state officials were away at the time of the flood.",
    ],
)
def test_a_thing_or_a_noun_modifier_is_no_source(text):
    assert _first(text).attribution is None


def test_a_source_ends_before_a_negation():
    found = _first("The mayor has not said whether she will stand again.").attribution
    assert found is not None and found.negated
    assert found.source == "The mayor"
