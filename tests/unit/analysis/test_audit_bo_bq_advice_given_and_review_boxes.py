"""Audits BO and BQ (a phone review, a car-theft story): advice is an opinion
whoever gives it ("Officers recommend keeping fobs in a pouch", "The NHS
advises parents to check"), as urging is, while advice still to come is a
plan ("The board will recommend ...") and "advised that" tells a fact;
advice in the passive with nobody named ("Residents are urged to ...") stays
a reported act (three of four blind readers read it so, by the guide's rule
2); a review's fact box ("For: ...", "Against: ...") is the writer's verdict,
and its labels speak for nobody."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text, kind", [
    ("Officers recommend keeping fobs in a signal-blocking pouch.", "anonymous"),
    ("The NHS advises parents to check their children's vaccination records.",
     "named"),
    ("The agency advised against travel to the region.", "named"),
])
def test_advice_given_is_the_advisers_opinion(text, kind):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", kind)
    assert "reports advice or a plea" in sentence.explanation


@pytest.mark.parametrize("text", [
    "The council advised that the road is closed until Friday.",
    "The board will recommend that investors take no action, the letter said.",
])
def test_a_fact_told_or_advice_still_to_come_is_no_advice(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text, counts", [
    ("For: lovely screen, long battery life, low price.", "in its favour"),
    ("Against: weak low-light camera, bloatware, limited software support.",
     "against it"),
])
def test_a_review_box_for_or_against_is_the_writers_verdict(text, counts):
    sentence = only(text)
    assert sentence.label == "opinion" and sentence.source is None
    assert counts in sentence.explanation


def test_a_fact_box_label_speaks_for_nobody():
    sentence = only("Price: £179.")
    assert (sentence.label, sentence.source) == ("unsourced", None)


def test_advice_to_do_something_beginning_with_a_is_still_advice():
    assert only("The NHS advised them to avoid the area.").label == "opinion"


def test_advice_in_the_passive_with_nobody_named_is_a_reported_act():
    assert only("Residents are urged to keep their windows closed.").label == \
        "unsourced"
