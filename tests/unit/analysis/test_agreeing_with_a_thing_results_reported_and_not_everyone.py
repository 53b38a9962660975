"""Agreeing with a thing ("agreed with her approach") is a stance the writer
reports, an act; agreeing with a person ("agreed with the mayor") shares a
stated view, and "agreed that ..." reports content. A company that "reports
second-quarter results on August 6" holds an event. A negated sweep ("Not
everyone agreed", "Not all analysts share ...") tells of some, not all, and
sweeps across nothing."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Not everyone on the programme agreed with her approach.",
    "Brightwell reports second-quarter results on August 6.",
    "Not all analysts share his confidence.",
])
def test_the_writer_reports_it(text):
    sentence = only(text)
    assert sentence.label == "unsourced" and not sentence.opinion_cues


@pytest.mark.parametrize("text", [
    "Most economists agreed with the mayor.",
    "The judge agreed with Ivana Trump that there was no reason to intrude.",
    "The company reported results that beat forecasts.",
])
def test_a_shared_view_or_reported_content_is_sourced(text):
    assert only(text).source_kind != "none"


def test_a_sweep_not_negated_still_sweeps():
    assert only("Everyone in this town always blames the council.").label == "opinion"
