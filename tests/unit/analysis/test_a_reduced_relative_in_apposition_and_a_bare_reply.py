"""'..., a move Ruvasia called “provocative”': a relative clause without
'that' on a noun in apposition credits its subject only in that side clause;
'responded within hours' tells a reply made, its words not given: an act."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "Relations have soured since Aurelia signed a defence pact last year, a "
    "move Ruvasia called “provocative.”",
    "He has avoided any talk of victory, a caution his advisers describe as "
    "deliberate.",
    "Corrigan, a former trucking executive, responded within hours.",
])
def test_the_main_claim_is_the_writers(text):
    assert only(text).label == "unsourced"


@pytest.mark.parametrize("text", [
    "Corrigan responded that the ad was false.",
    "“That is false,” Corrigan replied.",
])
def test_a_reply_with_its_words_is_sourced(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize(("text", "label"), [
    ("The minister blamed the outbreak on flooding in March.", "sourced"),
    ("The report blames the increase on old mine workings.", "sourced"),
    ("He blamed the government for the crisis.", "opinion"),
])
def test_blaming_a_thing_on_a_cause_explains_blaming_someone_judges(text, label):
    assert only(text).label == label


@pytest.mark.parametrize("text", [
    "The minister said the strike was 'unjustified' and accused the union of "
    "holding passengers to ransom.",
    "Smith said Jones had accused him of lying.",
])
def test_an_accusation_a_source_reports_is_a_judgement_not_a_guess(text):
    assert only(text).label == "opinion"


def test_an_accusation_still_unproven_is_no_judgement_of_the_source():
    assert only("He was accused of fraud, police said.").label != "opinion"


@pytest.mark.parametrize(("text", "label"), [
    ("The mayor said the plan was late and criticized the council for the delay.",
     "opinion"),
    ("The company said profits rose and thanked its staff.", "sourced"),
])
def test_a_second_predicate_that_reports_a_judgement_makes_an_opinion(text, label):
    assert only(text).label == label
