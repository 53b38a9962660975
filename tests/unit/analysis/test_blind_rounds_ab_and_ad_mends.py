"""Blind rounds AB (a dock strike, a zoo birth, an appeal court ruling, a car
launch, a heatwave, a columnist on a wind farm) and AD (a derailment, a
restaurant chain in administration, a young swimmer, a scooter scheme, a
lobbying inquiry, coastal erosion), mended after the blind
judgement: sources read by their whole noun phrase and their verb."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.roles import calls_back
from quizapp.analysis.sources import is_body, kind_of

from .sentences import only


@pytest.mark.parametrize(("np", "kind"), [
    ("Reviewers", "vague"),
    ("Care homes", "vague"),
    ("Department for Transport figures", "citation"),
    ("Office for National Statistics data", "citation"),
    ("Two other carriers, which asked not to be named", "anonymous"),
    ("The Times", "named"),
])
def test_a_source_is_sorted_by_its_whole_noun_phrase(np, kind):
    assert kind_of(np) == kind


@pytest.mark.parametrize("text", [
    "Okafor, who was 23 at the time, has always maintained his innocence.",
    "Okafor has always maintained his innocence.",
])
def test_always_is_no_part_of_the_subject(text):
    assert only(text).attribution.source == "Okafor"


def test_people_by_their_field_speak_through_a_participle():
    sentence = only("Health officials have extended an amber alert until Monday, "
                    "warning that temperatures could put severe pressure on "
                    "hospitals.")
    assert sentence.attribution.source == "Health officials"


def test_forecast_in_the_past_credits_its_forecaster():
    sentence = only("Jonathan Pierce, an automotive analyst at Coldstream Research, "
                    "forecast that Kestrel could sell 20,000 cars.")
    assert (sentence.label, sentence.attribution.source) == (
        "speculation", "Jonathan Pierce")


def test_what_evidence_showed_credits_nobody():
    sentence = only("The judges declined to order a retrial, noting the death of "
                    "the man identified by the DNA evidence.")
    assert sentence.source_kind == "none"


def test_due_to_last_is_a_schedule_not_a_cause():
    assert only("The strike, called by the union, is due to last until Sunday."
                ).causal == []
    assert only("The delay was due to heavy rain.").causal != []


def test_a_cause_inside_a_guarantee_explains_the_guarantee_not_the_sentence():
    (link,) = only("The union is seeking a pay rise and a written guarantee that no "
                   "jobs will be lost as a result of the port's automation "
                   "programme.").causal
    assert (link["effect"], link["cause"]) == (
        "no jobs will be lost", "the port's automation programme")


@pytest.mark.parametrize("np", ["the zoo", "the port", "the academy", "the band"])
def test_a_place_or_an_ensemble_is_a_body_not_a_role_calling_back(np):
    assert is_body(np) and not calls_back(np)


def test_a_long_description_and_who_clause_keep_the_speaker():
    sentence = only("A nurse working in the emergency department of a large hospital "
                    "in the Midlands, who asked not to be named because she was not "
                    "authorised to speak to the media, said temperatures on some "
                    "wards had topped 30C.")
    assert sentence.source_kind == "anonymous"
    assert sentence.attribution.source.startswith("A nurse")


def test_a_survey_by_its_makers_name_is_a_citation():
    sentence = only("A Northstar Polling survey of 2,004 adults, carried out over the "
                    "weekend, found 58% believed Hale should stand aside.")
    assert (sentence.attribution.source, sentence.source_kind) == (
        "A Northstar Polling survey", "citation")


def test_the_pronoun_after_an_opening_question_speaks_not_the_participle():
    sentence = only("Asked whether she expected the teenager to beat her again, she "
                    'smiled and said she would "see her in April".')
    assert sentence.attribution.source == "she"


def test_a_record_broken_is_no_report():
    assert only("She won in 2min 08.41sec, taking more than seven-tenths of a "
                "second off a British junior record set in 2008.").source_kind == "none"


def test_what_a_quoted_speakers_we_did_is_told_not_argued():
    analysis = analyze('"The chapel was at the end of our lane," said Jean Pickering, '
                       '81. "We sang there at harvest festival. We moved away in '
                       '1974."')
    assert [s.label for s in analysis.sentences] == ["sourced"] * 3


@pytest.mark.parametrize("np", ["The administrators", "The inspectors", "The judges"])
def test_the_team_the_article_has_named_is_named(np):
    assert kind_of(np) == "named"


def test_a_branch_is_a_body_not_a_role():
    assert is_body("The branch") and not calls_back("The branch")


def test_a_colon_brings_in_a_reply_however_short():
    sentence = only('Asked what she would do, she replied simply: "Keep asking."')
    assert sentence.attribution.source == "she"
    assert not sentence.attribution.act


def test_people_in_the_know_are_anonymous():
    assert kind_of("People familiar with the matter") == "anonymous"


def test_a_forecast_noun_after_an_owner_is_no_verb():
    sentence = only("Jonathan Hale of Brenwick Securities cut his full-year revenue "
                    "forecast for the company by 6% and warned that profits could "
                    "fall.")
    assert "revenue" not in (sentence.attribution.source if sentence.attribution
                             else "")


def test_who_asked_the_question_is_not_who_answered_it():
    sentence = only('Asked by Ms Mallory who had given that instruction, she replied: '
                    '"It came from Tom, through his office."')
    assert sentence.attribution.source == "she"


def test_a_time_opening_the_sentence_is_no_subject():
    sentence = only("At one point Mr Justice Carrow intervened to remind both sides "
                    "that the dispute was a commercial one, warning against what he "
                    'called "trial by celebrity".')
    assert sentence.attribution.source == "Mr Justice Carrow"


def test_who_answers_after_an_opening_question_speaks():
    analysis = analyze("Critics argue that the same recommendations have been made "
                       "repeatedly. Asked whether she expected her report to be the "
                       "last of its kind, she paused before answering: \"I would like "
                       "to think so. I am not confident.\"")
    asked = analysis.sentences[1]
    assert (asked.attribution.source, asked.attribution.cue) == ("she", "answering")
    assert all(s.quoted_from is None or s.quoted_from.source != "Critics"
               for s in analysis.sentences[1:])


def test_a_court_by_its_title_has_heard_what_it_was_told():
    sentence = only("Ashcroft deliberately squeezed his partner out of the business, "
                    "the High Court has heard.")
    assert (sentence.label, sentence.attribution.source) == (
        "sourced", "the High Court")


def test_a_person_described_down_to_an_inquiry_is_no_document():
    assert kind_of("A retired senior police officer who dealt with her during the "
                   "Larchfield inquiry") == "anonymous"


def test_a_wish_to_go_unnamed_is_no_first_predicate():
    sentence = only("An official with an international agency, who asked not to be "
                    "named because they were not authorised to speak to the media "
                    "and feared for colleagues' safety, said every lorry had been "
                    "inspected.")
    assert sentence.attribution.source == "An official with an international agency"


def test_a_modal_after_a_whether_clause_with_its_own_verb_is_the_sentences():
    sentence = only("He travels with the squad on Friday, and whether he boards that "
                    "flight may be the clearest sign yet of how this will end.")
    assert sentence.label == "speculation"
    assert only("She asked whether they had the money and could pay.").label != \
        "speculation"
