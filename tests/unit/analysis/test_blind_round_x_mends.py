"""Mends after blind round X (a space launch, a strike vote, a cancelled
festival, a coffee study, a zoo escape, a column), each a general rule: a
newspaper's own editorial, column or journal reports; "put it to me more
bluntly" tells how someone spoke; a belief held at first and set right is no
guess; the incident raised "serious questions" judges."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "The editorial also noted that the study was small.",
    "The journal noted that the sample was small.",
])
def test_the_presss_own_words_report(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.attribution.cue == "noted"


def test_how_someone_spoke_to_the_writer_is_an_act():
    sentence = only("Tom Harkness, who has run the hardware shop for three decades, "
                    "put it to me more bluntly.")
    assert sentence.label == "unsourced"
    assert sentence.attribution.act


def test_a_belief_held_at_first_and_set_right_is_no_guess():
    sentence = only('"I thought it was a big tabby at first, until I saw the ears," '
                    'he said.')
    assert sentence.label == "sourced"
    assert only("I thought it would rain.").label == "speculation"


@pytest.mark.parametrize("text", [
    'Wild Futures Alliance said the incident raised "serious questions" about the '
    "park's standards.",
    '"Families are being used as a bargaining chip by both sides," she said.',
])
def test_a_charge_of_serious_questions_or_a_bargaining_chip_judges(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "kind"), [
    ("The researchers said the effect held in both groups.", "named"),
    ("The study's authors said the effect held in both groups.", "named"),
    ("The organisers said refunds would follow.", "named"),
    ("Researchers say the effect is real.", "vague"),
    ("Experts said the effect was real.", "vague"),
])
def test_the_articles_own_team_is_named_a_loose_group_is_not(text, kind):
    assert only(text).source_kind == kind


def test_how_someone_describes_the_quotation_before_names_it_with_a_long_aside():
    from quizapp.analysis import analyze

    text = ('Corridors\n\n"We are running a second hospital in our corridors." That '
            "is how Dr Helen Achebe, a consultant in emergency medicine at Trentside "
            "General Hospital, describes a typical night shift this winter.\n")
    quote, whose = analyze(text).sentences[1:]
    assert quote.source.source == "Dr Helen Achebe"
    assert whose.names_quote
    assert whose.explanation.startswith("'Dr Helen Achebe, a consultant")


def test_disagreeing_with_no_content_is_a_stance_told():
    sentence = only("Some students disagree.")
    assert sentence.label == "unsourced"
    assert sentence.attribution.act
    assert only("Critics disagree that the plan will work.").label == "speculation"


@pytest.mark.parametrize("text", ["Three stars out of four.", "Four and a half stars."])
def test_a_reviewers_rating_is_their_verdict(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert "rating" in sentence.explanation


def test_finding_a_thing_finds_nothing():
    sentence = only("See it on the biggest screen you can find, and forgive it when "
                    "it stops whispering.")
    assert sentence.attribution is None
    assert only("Prices rose 3 percent, the study found.").label == "sourced"


@pytest.mark.parametrize("text", [
    '"This is exactly the kind of product that should never have made it to a '
    'shelf," said Renee Whitaker.',
    '"The council should have listened," she said.',
])
def test_hindsight_judges_what_should_have_happened(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert "judges what should have happened" in sentence.explanation
