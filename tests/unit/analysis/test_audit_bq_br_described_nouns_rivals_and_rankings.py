"""Audit rounds BP-BR (a measles notice, a court report, a marathon, a match):
a participle describing a noun ("pupils thought to have been in contact",
"children identified as close contacts", "a man believed to be the driver")
names nobody who speaks; one side weighed against another ("they were better
than us", "the better team") and a ranking held to what the speaker has ever
known ("the hardest decision we have ever had to make") judge, in anyone's
words; so do verdicts the audits found quoted as plain reports."""

import pytest

from quizapp.analysis import analyze

from .sentences import only


@pytest.mark.parametrize("text", [
    "Two men thought to be in their 20s were arrested on Friday.",
    "Unvaccinated children identified as close contacts may be asked to stay at "
    "home.",
    "A man believed to be the driver fled the scene.",
    "Ten pupils identified by the school as at risk were sent home.",
    "Officials are contacting the households of pupils thought to have been in "
    "close contact with the child.",
])
def test_a_participle_describing_a_noun_names_no_source(text):
    sentence = only(text)
    assert sentence.source is None, sentence.attribution
    assert sentence.label in ("unsourced", "speculation")


def test_finite_reports_keep_their_source():
    assert only("Police identified the man as Tom Reed, 34.").label == "sourced"
    assert only("She said to be careful on the roads.").label == "sourced"


def test_a_relative_clause_with_its_own_subject_still_credits_it():
    sentence = only("Twenty-nine people were injured by an explosion that Mayor "
                     "Bill de Blasio described as “an intentional act.”")
    assert sentence.attribution.source == "Mayor Bill de Blasio"


@pytest.mark.parametrize("text, cue", [
    ('"We were the better team, by a distance," he said.', "better"),
    ('"For 50 minutes they were better than us," Pryce said.', "better"),
    ('"This is the hardest decision we have ever had to make," said Claire '
     'Dunmore, the race director.', "hardest"),
    ("It was the best meal I've ever eaten.", "best"),
])
def test_merit_weighed_or_ranked_by_experience_judges(text, cue):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert cue in [c["text"] for c in sentence.opinion_cues]


@pytest.mark.parametrize("text", [
    "Sales were better than expected in the third quarter.",
    "It was the largest earthquake ever recorded in the region.",
])
def test_measured_comparisons_and_records_do_not_judge(text):
    cues = [c["text"] for c in only(text).opinion_cues]
    assert "better" not in cues and "largest" not in cues


@pytest.mark.parametrize("text", [
    'Tom Verity, a transport analyst, said that tram schemes in Britain had '
    '"a long and rather dispiriting history" of both.',
    'Peter Kwame said organisers had "done the right thing".',
    '"We built it to last seven years; a few weeks is neither here nor there," '
    'she said.',
    'Detective Inspector Carl Whitlow said the sentence "sends a clear message".',
    'An engineer said the 2027 date was "ambitious, to put it politely".',
])
def test_verdicts_quoted_as_plain_reports_are_opinions(text):
    assert only(text).label == "opinion"


def test_a_view_given_in_an_aside_or_after_of_is_its_owners():
    analysis = analyze("Tom Verity is a transport analyst. The bigger risk, in his "
                       "view, is not the overspend but the passenger numbers.")
    aside = analysis.sentences[1]
    assert (aside.attribution.source, aside.attribution.cue) == ("his", "view")
    assert aside.label == "opinion"
    owner = only("In the view of the auditors, the accounts are sound.")
    assert owner.attribution.source == "the auditors"


def test_knowing_better_than_anyone_judges_but_a_record_does_not():
    assert only('"Local people know this land better than any consultant does," '
                 'he said.').label == "opinion"
    assert only("Sales were better than any quarter since 2019.").label != "opinion"


def test_a_city_and_its_state_before_based_are_one_source():
    sentence = only("The Portland, Oregon-based retailer said sales rose 4%.")
    assert sentence.attribution.source == "The Portland, Oregon-based retailer"


@pytest.mark.parametrize("text", [
    "Passengers will have to rely on the X40 bus, which takes 35 minutes on a good "
    "day.",
    "Ashworth said she could not in good conscience defend the settlement.",
    "The shop closed for good in May.",
])
def test_good_in_a_set_phrase_praises_nothing(text):
    assert "good" not in [c["text"] for c in only(text).opinion_cues]


def test_disputing_that_figure_is_a_stance_on_what_was_told():
    assert only("The Treasury disputes that figure.").label == "unsourced"
    assert only("The company denied that anything happened.").label == "sourced"


def test_what_a_court_heard_without_that_is_still_its_evidence():
    sentence = only("The court heard he had previous convictions for speeding.")
    assert (sentence.label, sentence.attribution.source) == ("sourced", "The court")
    assert only("The jury heard the evidence over three days.").label == "unsourced"


def test_a_warning_against_what_was_just_told_is_an_act():
    assert only("Officials have repeatedly warned against that.").label == "unsourced"
    assert only("Officials warned that the river could flood.").label == "speculation"


def test_a_participle_closing_the_sentence_on_its_noun_is_no_report():
    sentence = only("Synthetic fibres made up about 60% of the particles identified.")
    assert (sentence.label, sentence.attribution) == ("unsourced", None)


def test_a_subject_before_a_connective_aside_is_the_whole_phrase():
    sentence = only("Allies of the chancellor, however, insist the numbers were agreed "
                    "across government.")
    assert sentence.attribution.source == "Allies of the chancellor"
