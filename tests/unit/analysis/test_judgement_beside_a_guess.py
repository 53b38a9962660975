"""A judgement and a guess in one sentence are an opinion (the labelling
guide's rule); a belief that states a view is an opinion, one beside a guess
stays speculation; belief words that are no guess (the noun "thinking",
letting someone think) and a source's reckoning of an amount hedge nothing."""

import pytest

from .sentences import only


def test_a_hedged_judgement_in_the_writers_voice_is_an_opinion_naming_both():
    sentence = only("In that light, such caution may even be counterproductive.")
    assert sentence.kind == "opinion"
    assert "'counterproductive' judges and 'may' hedges" in sentence.explanation


def test_a_hedge_without_a_judgement_stays_speculation():
    assert only("Such caution may slow the rollout.").kind == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        "The agency could be doing more to help flood victims.",
        "The council should have done better.",
        "Ministers could have done far more, and sooner.",
    ],
)
def test_a_modal_of_unmet_obligation_blames_rather_than_guesses(text):
    sentence = only(text)
    assert sentence.kind == "opinion"
    assert "hedges)" not in sentence.explanation  # its "could" is the blame's own


@pytest.mark.parametrize(
    "text",
    [
        "The storm could do more damage overnight.",
        "The plant could produce more power next year.",
    ],
)
def test_a_modal_of_what_may_happen_stays_speculation(text):
    assert only(text).kind == "speculation"


@pytest.mark.parametrize(
    "text, judging",
    [
        ("Perhaps it would be a good idea to hold more meetings, Mayor Tom Reed "
         "said.", "'good idea' judges"),
        ('"I am surprised that turnout apparently fell," said Jo Park.',
         "'I am surprised' judges"),
        ('"They believe the fee will pay for itself, and I don\'t buy that," said '
         "Jo Park.", "'I don't buy that' judges"),
    ],
)
def test_a_sources_hedged_judgement_is_their_opinion_naming_both(text, judging):
    sentence = only(text)
    assert sentence.kind == "opinion"
    assert sentence.source_kind == "named"
    assert judging in sentence.explanation and "hedge" in sentence.explanation


@pytest.mark.parametrize(
    "text",
    [
        '"Perhaps the meetings will resume in the spring," Mayor Tom Reed said.',
        '"I think turnout may fall," said Jo Park.',
        "Analysts at the bank believe the rate will rise next year.",
        "Others speculate that the merger is a clever move, possibly to cut costs.",
    ],
)
def test_a_sources_guess_stays_speculation_even_beside_a_belief_or_a_judgement(
        text):
    assert only(text).kind == "speculation"


@pytest.mark.parametrize(
    "text",
    [
        '"I do think the fee is the real question," said Jo Park.',
        "\u201cI think his record is fair game for voters.",
    ],
)
def test_a_first_person_belief_states_the_speakers_view(text):
    sentence = only(text)
    assert sentence.kind == "opinion"
    assert "I do think" in sentence.explanation or "I think" in sentence.explanation


def test_a_first_person_belief_beside_a_guess_stays_speculation():
    assert only("\u201cI think there may be a couple of reasons.").kind == (
        "speculation")


@pytest.mark.parametrize(
    "text",
    [
        "That kind of thinking has shaped the budget for years.",
        "The mayor allowed residents to think the bridge was safe.",
    ],
)
def test_the_noun_thinking_and_letting_someone_think_are_no_guess(text):
    sentence = only(text)
    assert sentence.hedges == []
    assert sentence.kind == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The minister is thinking that the vote will pass.",
        "The sound led some people to think it was a two-stroke engine.",
    ],
)
def test_a_belief_held_or_drawn_from_evidence_still_hedges(text):
    assert [h["text"] for h in only(text).hedges] in (["thinking"], ["think"])


@pytest.mark.parametrize(
    "text",
    [
        "The report says the firm would owe $3.6 billion in taxes if the money "
        "came home.",
        "The average weekly benefit, the plan says, would be $300.",
    ],
)
def test_a_sources_reckoning_of_an_amount_is_a_sourced_fact(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert "not certain" not in sentence.explanation


def test_a_sources_conditional_forecast_stays_speculation():
    sentence = only("The report says prices would rise if the tariff passed.")
    assert sentence.kind == "speculation"


@pytest.mark.parametrize(
    "text, cue",
    [
        ("The speech may as well have been written by the mayor's rivals.", None),
        ("The speech may have been written by the mayor's rivals.", "may"),
        ("By noon she could barely walk.", None),
        ("By noon she could walk again, the doctors hope.", "could"),
    ],
)
def test_may_as_well_and_could_barely_are_no_guess_unlike_may_and_could(text, cue):
    hedges = [h["text"] for h in only(text).hedges]
    assert (cue in hedges) if cue else not hedges
