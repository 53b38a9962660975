"""A phrase that opens with a preposition is an adverbial, never the source:
"in a box labeled ..." names nobody, and in "Senator Ana Ruiz, in
particular, has said" or "Ruiz, who in 2019 said" the source is the person
before the adverbial. A name closing the phrase still speaks ("In a Bloomberg
interview Trump declared")."""

import pytest

from .sentences import only


def test_a_prepositional_phrase_before_a_naming_verb_credits_nobody():
    sentence = only("In a box labeled “urgent,” a nurse had written the dose.")
    assert sentence.source is None and sentence.label == "unsourced"
    assert "loose group" not in sentence.explanation


@pytest.mark.parametrize(("text", "source"), [
    ("Senator Ana Ruiz, in particular, has said the deal is unfinished.",
     "Senator Ana Ruiz"),
    ("The deal was opposed by Ana Ruiz, who in 2019 said the plan was dead.",
     "Ana Ruiz, who"),
])
def test_the_source_is_the_person_around_the_adverbial(text, source):
    assert only(text).attribution.source == source


def test_a_name_closing_the_phrase_still_speaks():
    sentence = only("In a radio interview Mayor Tom Lee said the road would "
                    "reopen in May.")
    assert sentence.attribution.source.endswith("Mayor Tom Lee")
    assert sentence.source_kind == "named"


def test_the_person_before_an_adverbial_between_commas_is_named():
    sentence = only("Senator Ana Ruiz, in particular, has said the deal is "
                    "unfinished.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "named")
