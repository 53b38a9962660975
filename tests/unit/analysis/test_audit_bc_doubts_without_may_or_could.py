"""Audits BC and BD (a fishing quota, a space launch): a guess needs no "may"
or "could": "it's possible we'll be able to", "I'm not sure he can", "Best
case, you're looking at February" guess what is so or will be. A poll's
"were not sure", "possible to see", and scenarios that failed to happen
guess nothing."""

import pytest

from quizapp.analysis import analyze


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


@pytest.mark.parametrize("text, cue", [
    ('"If recruitment is strong, it\'s possible we\'ll be able to recommend an '
     'increase in 2026," she said.', "possible"),
    ("It is quite possible the bridge will reopen in May.", "possible"),
    ('"Right now I\'m not sure he can," he said.', "not sure"),
    ("Officials are not entirely sure whether the dam will hold.",
     "not entirely sure"),
    ('"Best case, you\'re looking at February," the engineer said.', "Best case"),
    ("In a worst-case scenario, the dam could fail.", "worst-case"),
])
def test_a_doubt_or_a_bound_on_what_may_come_is_a_guess(text, cue):
    sentence = _only(text)
    assert sentence.label == "speculation"
    assert cue in [h["text"] for h in sentence.hedges]


@pytest.mark.parametrize("text", [
    "Twelve percent indicated that they were not sure.",
    '"I am not sure what to do," she said.',
    "It is possible to see the coast from the tower.",
    "The IMF raised its forecast as the worst-case scenarios failed to "
    "materialize.",
])
def test_no_guess_where_nothing_is_doubted(text):
    assert _only(text).hedges == []


def test_best_case_is_no_praise():
    sentence = _only('"Best case, you\'re looking at February," the engineer said.')
    assert "Best" not in [c["text"] for c in sentence.opinion_cues]


@pytest.mark.parametrize("text", [
    "It stopped short of advising against all travel, meaning most travel "
    "insurance policies should remain valid for the coastal resorts.",
    "Prices should fall next year.",
])
def test_what_a_thing_should_do_is_expected_not_advised(text):
    sentence = _only(text)
    assert sentence.label == "speculation"
    assert sentence.opinion_cues == []


@pytest.mark.parametrize("text", [
    "The council should apologise.",
    "The council should return the money.",
])
def test_what_a_body_should_do_is_advice(text):
    assert _only(text).label == "opinion"
