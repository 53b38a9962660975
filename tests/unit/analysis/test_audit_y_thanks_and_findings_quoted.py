"""Audit Y (a bank's results, a fraud sentencing, a flood warning, a mayoral
race, a data leak, a manager sacked): thanks addressed to people is a
courtesy, not a claim; a finding of no evidence quoted after "found" is no
guess."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    '"To the players, the staff and above all the supporters, thank you."',
    "To everyone who voted, thank you so much!",
])
def test_thanks_addressed_to_people_is_a_courtesy(text):
    assert only(text).kind == "courtesy"


def test_thanks_to_a_cause_is_no_courtesy():
    assert only("To be fair, thanks to the rain the crops grew.").kind != "courtesy"


def test_a_finding_of_no_evidence_quoted_is_no_guess():
    sentence = only('The company said it had found "no evidence so far" that the '
                    'information had been misused.')
    assert sentence.label == "sourced"
    assert sentence.hedges == []


def test_a_plan_in_the_progressive_is_no_guess():
    sentence = only('"We will be seeking urgent talks and we are not ruling '
                    'anything out," he said.')
    assert sentence.label == "sourced"
    assert only('"We will be fine," she said.').label == "speculation"


def test_taking_charge_is_a_change_of_post_announced():
    sentence = only("Mark Sillitoe will take charge of training on an interim basis, "
                    "the club said.")
    assert sentence.label == "sourced"


def test_what_a_quoted_speaker_says_we_are_doing_is_told_not_argued():
    from quizapp.analysis import analyze

    text = ('Leak\n\nSanjay Mehra said: "We take this seriously. We have contacted '
            'every affected user. We will be writing to them again this week."\n')
    labels = [s.label for s in analyze(text).sentences[1:]]
    assert labels == ["opinion", "sourced", "sourced"]


def test_an_essayists_we_doing_something_still_argues():
    sentence = only("In all of these ways we are exchanging freedom for something "
                    "else, for security and for status.")
    assert sentence.label == "opinion"


@pytest.mark.parametrize("text", [
    '"Monday should bring a brief drier spell, which will help," he said.',
    "Prices should fall next year, the bank said.",
])
def test_what_a_day_or_a_thing_should_do_is_a_forecast(text):
    sentence = only(text)
    assert sentence.label == "speculation"
    assert [h["text"] for h in sentence.hedges] == ["should"]


def test_what_someone_should_do_is_no_forecast():
    assert only("The council should apologise.").hedges == []


def test_a_fear_of_what_is_to_come_is_no_plan():
    sentence = only('"We are still counting, and I am afraid we will be counting for '
                    'many days," Interior Minister Davit Roshan told a news '
                    'conference.')
    assert sentence.label == "speculation"


def test_an_unnamed_source_with_its_place_speaks_through_a_participle():
    sentence = only('A senior doctor at the trust who did not want to be named went '
                    'further, claiming that managers had "quietly stopped counting" '
                    'some corridor waits.')
    assert sentence.label == "sourced"
    assert sentence.source_kind == "anonymous"
    assert sentence.attribution.cue == "claiming"


@pytest.mark.parametrize("np", [
    "a person close to Venn",
    "someone close to Mr Venn",
    "Officials close to Smith",
    "a person familiar with the talks",
])
def test_unnamed_people_who_know_the_one_named_are_anonymous(np):
    from quizapp.analysis.sources import kind_of

    assert kind_of(np) == "anonymous"
