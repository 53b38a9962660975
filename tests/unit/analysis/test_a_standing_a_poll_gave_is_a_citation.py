"""A standing a poll gave ('the same poll had her ahead by nine points', 'a
Quinnipiac poll put Clinton at 45 percent') is the poll's finding: a citation.
What a poll itself is ('The poll had a margin of error of 3 points') is told
on the writer's word."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "In June, the same poll had her ahead by nine points.",
    "A Quinnipiac poll put Clinton at 45 percent.",
    "The latest survey gave the mayor a 12-point lead.",
])
def test_a_standing_a_poll_gave_is_a_citation(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source_kind == "citation"


def test_what_a_poll_is_is_the_writers_report():
    assert only("The poll had a margin of error of 3 points.").label == \
        "unsourced"


@pytest.mark.parametrize("text", [
    "Official estimates put the death toll at 40.",
    "Government figures put the figure at about 6,500 direct jobs.",
    "The new data put the unemployment rate at 4.1 percent.",
])
def test_a_reckoning_a_document_put_at_a_figure_is_a_citation(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source_kind == "citation"
