"""Audits BS and BT (a hospital story, a rates decision): a trailing
", suggesting traders had braced for ..." is the writer's own inference, a
guess, and names no source (not "41 percent", not "Friday"), while "studies
suggest" only softens a report; "a suspected broken hip" keeps the noun at a
distance, as "the alleged fraud" does, and the claim about it is told."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "The pound edged higher against the dollar, suggesting traders had braced "
    "for a more dovish message.",
    "Turnout fell to 41 percent, suggesting voters had lost interest.",
    "The minister resigned on Friday, suggesting that the policy had failed.",
])
def test_an_inference_drawn_after_a_comma_is_the_writers_guess(text):
    sentence = only(text)
    assert (sentence.label, sentence.source) == ("speculation", None)
    assert "'suggesting'" in sentence.explanation


def test_a_study_that_suggests_still_reports():
    assert only("A study by the university suggests that late coffee shortens "
                 "sleep.").label == "sourced"


@pytest.mark.parametrize("text", [
    "She arrived at Kingsford with a suspected broken hip on 14 October and was "
    "not moved to a ward until the following evening.",
    "A suspected gas leak forced the evacuation of 40 homes.",
])
def test_a_suspected_thing_is_named_not_guessed(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert [h["text"] for h in sentence.hedges] == ["suspected"]  # still a cue


def test_someone_suspected_of_a_crime_is_still_a_guess():
    assert only("Police suspected that the fire was started "
                 "deliberately.").label == "speculation"


def test_a_matter_taken_seriously_however_long_its_name_is_a_stance():
    assert only('"We take the security of our members\' data extremely seriously," '
                'a PulseFit spokesperson said.').label == "opinion"


def test_a_plural_after_a_superlative_is_a_noun_not_a_report():
    sentence = only("This decision is too important to be left to the loudest voices "
                    "on either side.")
    assert (sentence.label, sentence.attribution) == ("opinion", None)
