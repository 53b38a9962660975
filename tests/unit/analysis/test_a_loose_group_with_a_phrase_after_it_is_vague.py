"""A loose group stays vague with a phrase after its head ('Critics of both
candidates', 'experts in the field'); a name in the phrase pins it down
('analysts at Goldman Sachs')."""

import pytest

from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("np", [
    "Critics of both candidates", "Experts in the field", "critics",
    "Some analysts at the bank",
])
def test_a_loose_group_is_vague(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("np", ["Analysts at Goldman Sachs", "Rogers"])
def test_a_name_makes_it_no_loose_group(np):
    assert kind_of(np) == "named"


def test_a_loose_groups_embedded_question_is_no_guess():
    sentence = only("The researchers said they plan to study whether newly "
                    "planted trees produce the same benefits.")
    assert sentence.label == "sourced"
    # "the researchers": the team behind the study, as "the campaign" is a
    # campaign's; "researchers say" would be a loose group
    assert sentence.source_kind == "named"
