"""Audits BC and BD (a pet food recall, a data breach, a fishing quota): advice
to owners or customers, reported, is the adviser's opinion; a command after a
condition ("If it is one of the affected batches, stop feeding it") is one;
a regret felt deeply is a view; and "he" after a sentence that tells of a
person by surname after a phrase of place ("Back in Penmarrow, Trevenna was
unloading the catch") is that person."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.referents import referents


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


@pytest.mark.parametrize("text", [
    "Dr Nadia Fairbrother, a vet, said owners should act quickly but not panic.",
    "The regulator said customers should check their statements.",
])
def test_advice_to_owners_or_customers_reported_is_the_advisers_opinion(text):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert "'should' recommends" in sentence.explanation


@pytest.mark.parametrize("text", [
    '"If it\'s one of the affected batches, stop feeding it straight away," '
    "she said.",
    "If you bought a bag, check the batch number.",
])
def test_a_command_after_a_condition_tells_someone_what_to_do(text):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert "tells someone what to do" in sentence.explanation


@pytest.mark.parametrize("text", [
    "When asked, call centre staff said the line was busy.",
    "If approved, work will begin in May.",
    '"When the storm hit, we lost power," she said.',
])
def test_a_statement_after_a_condition_is_no_command(text):
    assert "what to do" not in _only(text).explanation


def test_a_regret_felt_deeply_is_a_view_not_a_forecast():
    sentence = _only('"We deeply regret the distress this incident will cause," '
                     "the company said.")
    assert sentence.label == "opinion"
    assert "'We deeply regret'" in sentence.explanation


ARTICLE = """Cod quota cut by a third

"They're killing the fleet," said Mark Trevenna, 58, who skippers a trawler.

A spokesperson for the campaign group Living Seas said the cut was too small.

Back in Penmarrow, Trevenna was unloading the day's catch as the light faded.

"My grandfather fished here, my father fished here," he said."""


def test_he_is_the_one_told_of_by_surname_after_a_phrase_of_place():
    analysis = analyze(ARTICLE)
    assert referents(analysis)[len(analysis.sentences) - 1] == "Mark Trevenna"
