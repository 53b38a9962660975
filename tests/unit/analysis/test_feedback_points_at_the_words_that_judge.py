"""Audits BO-BR: feedback on the writer's view quotes what the sentence says a
thing is ("'a real strength' tells what something is like"), not a stock line,
and names the loaded word ("the wrong phone") over a "you" or a "we"."""

import pytest

from .sentences import only


def test_a_description_in_the_writers_voice_quotes_what_it_says_a_thing_is():
    sentence = only("Battery life is a real strength.")
    assert sentence.label == "opinion"
    assert "'a real strength' tells what something is like" in sentence.explanation


def test_a_denied_description_keeps_its_not():
    assert "'not a panic buy'" in only("It's not a panic buy.").explanation


def test_a_long_clause_falls_back_to_the_plain_reason():
    sentence = only("Libraries are the place where a whole town meets every "
                     "single day of the week.")
    assert "'the place where" not in sentence.explanation


def test_the_loaded_word_is_named_rather_than_the_reader_addressed():
    sentence = only("If photography matters to you, this is the wrong phone.")
    assert sentence.label == "opinion"
    assert "'wrong' judges" in sentence.explanation
    assert "'you'" not in sentence.explanation


def test_a_critics_verdict_judges_even_inside_a_noun_phrase():
    sentence = only("Folk singer Tomasz Wren delivered a spellbinding hour of songs "
                     "about the Fens.")
    assert sentence.label == "opinion"
    assert "'spellbinding' judges" in sentence.explanation


@pytest.mark.parametrize("text", [
    "Romney was never able to shake that image, cemented by his infamous comment "
    "about 47 percent of the country.",
    "It was, by any measure, a shameful episode in the history of the town.",
])
def test_a_loaded_word_that_judges_does_so_inside_a_noun_phrase_too(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "Iranian-backed militias have played a vital role in propping up the Syrian "
    "government since 2013.",
    "And I fear the worst is yet to come.",
])
def test_words_of_size_and_the_worst_as_an_outcome_judge_nothing(text):
    assert only(text).label != "opinion"


def test_a_ranking_beside_a_guess_is_an_opinion():
    assert only("It was perhaps one of the best finals ever.").label == "opinion"


def test_a_superlative_of_worth_on_what_someone_has_judges():
    sentence = only("Still, the programming remains Larkspur's strongest argument.")
    assert sentence.label == "opinion"
    assert "strongest" in [c["text"] for c in sentence.opinion_cues]
    assert only("It was the club's best year on record.").label == "unsourced"


def test_a_reported_judgement_names_its_words_in_marks():
    sentence = only('Professor Alan Reddick described the sampling as "thorough" but '
                    'questioned how much weight the figures could bear.')
    assert sentence.label == "opinion"
    assert '("thorough")' in sentence.explanation


@pytest.mark.parametrize("text, label", [
    ("The eight-minute closer does little to justify its length.", "opinion"),
    ("We built for the pandas first, which is the right way round.", "opinion"),
    ("Residents say a fire like this was only a matter of time.", "speculation"),
])
def test_verdicts_and_forecasts_told_in_set_phrases(text, label):
    assert only(text).label == label
