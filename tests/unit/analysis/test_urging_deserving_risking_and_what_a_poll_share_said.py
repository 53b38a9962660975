"""A speaker who would urge or appeal recommends; 'it is time for' a longer
party 'to' act exhorts; 'deserved answers' asserts what is due (not 'a
well-deserved win'); 'we risk being unable' and 'warned the country could
not absorb' guess; 'I fear we will' is a belief about what is to come; and
what a measured share of people told a poll is a finding, whatever view it
counts."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "“I’d urge people not to drive through floodwater,” she said.",
    "“We would appeal to anyone with footage to come forward,” he said.",
    "“It is time for the rest of the world to do its part,” he told parliament.",
    "Walsh said taxpayers deserved answers.",
    "“I fear for the children of this town,” he said.",
])
def test_a_speaker_who_urges_or_says_what_is_due_gives_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "“If we do not act now, we risk being unable to pay salaries,” she said.",
    "He warned that the country could not absorb the new arrivals indefinitely.",
    "Critics say the plan could not work without new money.",
])
def test_a_risk_or_a_warned_inability_is_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "It was a well-deserved win.",
    "He said he could not comment on the case.",
])
def test_an_attributive_participle_or_a_past_inability_is_neither(text):
    assert only(text).label in ("sourced", "unsourced")


def test_i_fear_before_what_will_happen_is_no_feeling_judged():
    assert only("“I fear we will lose the vote,” he said.").label != "opinion"


@pytest.mark.parametrize("text", [
    "Only 31 percent said the mayor deserved another term.",
    "In the poll, 64 percent of voters said the government should cut taxes.",
    "A Lincoln Research poll found that 64 percent of voters considered the "
    "comments to be racist.",
    "A survey found three in four riders think the fares are unfair.",
])
def test_what_a_measured_share_told_a_poll_is_a_finding(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(("text", "label"), [
    ("“I’m confident we will see the waiting list come down,” she said.",
     "speculation"),
    ("“I am confident the plan is right,” she said.", "opinion"),
])
def test_confidence_in_what_will_happen_is_a_guess_in_a_view_a_judgement(
        text, label):
    assert only(text).label == label


def test_a_reported_confidence_in_what_would_happen_is_a_guess():
    assert only("Pryce said she was confident the recovery would hold.").label \
        == "speculation"


@pytest.mark.parametrize("text", [
    "‘Anyone who thinks a few seconds on a phone doesn’t matter should read the "
    "statement,’ she said.",
    "'No child in Calderford should sit in a classroom hungry,' she said.",
    '"Whoever did this to him ought to be ashamed," his aunt said.',
])
def test_a_general_subject_narrowed_by_a_clause_or_a_place_is_advised(text):
    assert only(text).label == "opinion"


def test_a_share_told_as_one_in_four_holding_a_belief_is_counted():
    assert only("Research by the Centre for Local Finance found that one in four "
                "councils expected to struggle to set a budget.").label == "sourced"
