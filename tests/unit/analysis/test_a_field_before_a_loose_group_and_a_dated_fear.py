"""A field or a side before a loose group keeps it loose ('legal experts',
'Republican strategists'), a name does not ('Goldman Sachs analysts'); a
belief about what is to come guesses even with a date ('I fear we will be
back here in three years'); and an aside of a participle like 'known as'
leaves the main clause's modal a guess."""

import pytest

from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize(("phrase", "kind"), [
    ("Legal experts", "vague"),
    ("Budget analysts", "vague"),
    ("Republican strategists in the state", "vague"),
    ("Some political observers", "vague"),
    ("Goldman Sachs analysts", "named"),
])
def test_a_field_before_a_loose_group_keeps_it_loose(phrase, kind):
    assert kind_of(phrase) == kind


def test_a_fear_of_what_will_happen_is_a_guess_even_with_a_date():
    assert only("“I fear we will be back here in three years,” he said.").label \
        == "speculation"


def test_a_plan_with_a_date_stays_a_plan():
    assert only("“We will close the depot in three years,” he said.").label \
        == "sourced"


def test_a_known_as_aside_leaves_the_modal_a_guess():
    assert only("The vaccine, known as RV-4 and developed by Corvanta, could be "
                "submitted to regulators this year, the company said.").label \
        == "speculation"


@pytest.mark.parametrize("phrase", ["the force", "the lender", "the museum",
                                    "the operator"])
def test_a_definite_body_named_by_its_kind_is_named(phrase):
    assert kind_of(phrase) == "named"
