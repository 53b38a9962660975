"""Round Q of the teacher audits: a trait a person showed at times ("he could
be stubborn") and a noun listed with another ("memory and thinking") guess
nothing; a passive agent with a name after it ("confirmed by his daughter,
Niamh") is named; words quoted before their speaker is named are "part of"
the quotation, not a continuation; "are expected to" in a draft credits
nobody, and hearsay with no source says it names no one; an internal report
is not said to be one only the newspaper has seen; judgements the lexicon
lacked ("churlish", "piecemeal") beside a hedge are opinions."""

import pytest

from quizapp.analysis import analyze, draft_pack
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Calloway could be prickly.",
    "An experimental drug slowed the decline in memory and thinking by 27 per "
    "cent.",
])
def test_a_trait_at_times_or_a_listed_noun_guesses_nothing(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", ["The talks could be difficult.",
                                  "I was sitting and thinking it might rain."])
def test_a_thing_that_could_be_and_a_real_guess_still_guess(text):
    assert only(text).label == "speculation"


def test_a_passive_agent_with_a_name_after_it_is_named():
    sentence = only("His death was confirmed by his daughter, Niamh.")
    assert (sentence.source_kind, sentence.attribution.source) == (
        "named", "his daughter, Niamh")


def test_words_before_their_speaker_are_part_of_the_quotation():
    first, _, after = analyze(
        '"This breach should have been caught in hours." Marta Oyelaran, a '
        'researcher, said the attackers were skilled. "They knew the system."'
    ).sentences
    assert "is part of the quotation of Marta Oyelaran" in first.explanation
    assert "continues the quotation of Marta Oyelaran" in after.explanation


def test_a_draft_credits_nobody_for_what_is_expected():
    claims = draft_pack("Customers are expected to receive an update by Friday. "
                        "Conductors are also understood to be considering a "
                        "ballot.", "t")["claims.yaml"]
    first, second = claims.split("- id: ")[1:]
    assert "source:" not in first
    assert "source:" in second and "unnamed people" in second


def test_an_internal_report_is_not_one_only_the_newspaper_has_seen():
    sentence = only("An internal review commissioned by the operator last year "
                    "concluded that shortages had left rosters thin.")
    assert "only the newspaper has seen" not in sentence.explanation
    assert "only the newspaper has seen" in only(
        "An internal review, seen by this newspaper, found that rosters were "
        "thin.").explanation


@pytest.mark.parametrize("text", [
    "The trust's response appears to have been slow and piecemeal.",
    "It would be churlish to dismiss it.",
])
def test_a_judgement_beside_a_hedge_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("np", ["Tenants' groups", "Rights groups"])
def test_groups_of_a_kind_are_loose(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("text", [
    "The real test will be whether it can show, rather than merely say, that it "
    "has changed.",
    "And the longer this drags on, the harder it will be for either side to "
    "claim that it is acting in the public interest.",
])
def test_what_someone_might_say_in_the_writers_prose_credits_no_one(text):
    assert only(text).attribution is None


def test_a_claim_made_as_a_noun_still_tells_of_unnamed_words():
    assert only("He faced claims that he lied.").attribution is not None


def test_a_draft_lists_no_hedge_the_label_set_aside():
    claims = draft_pack("Tate recorded several sessions in the 1990s, and those "
                        "tapes are expected to be released next year by a local "
                        "archive.", "t")["claims.yaml"]
    assert "label: unsourced" in claims and "- expected" not in claims
