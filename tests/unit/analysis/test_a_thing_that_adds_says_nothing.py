"""Audit CA: a thing that adds adds to something ("The plan would add 3,000
border agents ... and create what Mr. Calloway called an “earned path to
status”"): only someone, a document or a body called "it" adds words. The
plan was offered as a source, and as a who-said distractor."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    'The plan would add 3,000 border agents and create what Mr. Calloway called '
    'an "earned path to status" for long-term residents.',
    "The move would add £40 to annual bills.",
])
def test_a_thing_that_adds_is_no_source(text):
    sentence = only(text)
    assert sentence.source is None or "plan" not in sentence.source.source.lower()
    assert sentence.label == "unsourced"


@pytest.mark.parametrize("text", [
    "The council added that the road would reopen.",
    "The report adds that costs rose.",
    '"Costs fell sharply," it added.',
])
def test_someone_or_a_document_that_adds_reports(text):
    assert only(text).label == "sourced"
