"""A label pinned on an owned thing ('called Friday's decision a “huge win”')
and a verdict of worth ('do nothing to boost the economy') judge in a
speaker's words; 'no reason to believe' reports a finding, not a guess; and a
past 'did' tells an event ('The rain did nothing to slow the fire')."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Party chairman David Pepper called Friday's decision a “huge win for "
    "voters.”",
    "He called their plan a disgrace.",
    "Sanders said the tax breaks “do nothing to boost the economy.”",
    "“It's a dog whistle,” the senator said on Friday.",
])
def test_a_label_or_a_verdict_of_worth_is_the_speakers_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "named"


@pytest.mark.parametrize("text", [
    "She called his bluff a day later.",
    "Police called her mother a week later.",
])
def test_calling_someone_is_no_label(text):
    assert only(text).label == "unsourced"


def test_no_reason_to_believe_reports_a_finding():
    sentence = only("Police said there was no reason to believe the public was "
                    "at risk.")
    assert sentence.label == "sourced"
    assert sentence.hedges == []


def test_a_past_outcome_with_nothing_is_told_not_judged():
    assert only("The rain did nothing to slow the fire.").label == "unsourced"


def test_a_present_verdict_of_worth_in_the_writers_voice_is_an_opinion():
    assert only("The new law does nothing to help renters.").label == "opinion"


@pytest.mark.parametrize("text", [
    "A State Department inspector general review released in May found no "
    "evidence that foundation donations influenced department decisions.",
    "The audit found little evidence that the money was misused.",
])
def test_a_search_that_found_no_evidence_reports_a_finding(text):
    assert only(text).label == "sourced"
