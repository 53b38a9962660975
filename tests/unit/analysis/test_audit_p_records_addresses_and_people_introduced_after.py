"""Issues the blind comparison of round P found in both versions: a record a
speaker told of is theirs ("Phone records showed ..., prosecutor Jane
Whitfield told the court"); an address after a name is no source ("Liam
Hartigan, 29, of Stainforth Close, Ellerby, had admitted"); a survey that
"recorded" birds is the citation; a quotation opening a paragraph belongs to
the person the next sentence introduces ("Chef-owner Callum Reyes, 34, spent
six years ..."), not to "Charred leeks"; talk passed around ("Word along the
quay is that") is a loose source; a grade with its label ("Food: 8/10.") has
no speaker."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.attribution import introduced_speaker, named_with_maker
from tests.unit.analysis.sentences import only


def test_a_record_a_speaker_told_of_is_the_speakers():
    sentence = only("Phone records showed the device had been in use for four "
                    "minutes, prosecutor Jane Whitfield told the court.")
    assert sentence.attribution.source == "prosecutor Jane Whitfield"


def test_a_record_alone_is_the_citation():
    assert only("Phone records showed the device had been in use."
                ).source_kind == "citation"


@pytest.mark.parametrize("text", [
    "Liam Hartigan, 29, of Stainforth Close, Ellerby, had admitted causing death "
    "by dangerous driving.",
    "Liam Hartigan, 29, of Stainforth Close, Ellerby, said he was sorry.",
])
def test_an_address_after_a_name_is_no_source(text):
    assert only(text).attribution.source == "Liam Hartigan"


def test_a_survey_that_recorded_something_is_the_citation():
    sentence = only("An ecological survey commissioned by the developer last "
                    "year recorded skylarks and lapwings on the site.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")


def test_the_person_introduced_after_a_quotation_opening_a_paragraph_said_it():
    first = analyze("Charred leeks with hazelnut (£9) were very good.\n\n\"I "
                    "wanted food that tastes of where we are.\" Chef-owner Callum "
                    "Reyes, 34, spent six years in kitchens in the capital."
                    ).sentences[1]
    assert first.quoted_from.source == "Chef-owner Callum Reyes"


def test_a_dish_is_no_speaker():
    text = "Charred leeks with hazelnut (£9) were very good."
    assert introduced_speaker(text, text, 0, len(text)) is None


def test_talk_passed_around_is_a_loose_source():
    sentence = only("Word along the quay is that Mr Reyes is eyeing a second site.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "vague")
    assert "unnamed people" in sentence.explanation


def test_a_grade_after_its_label_has_no_speaker():
    sentence = analyze("The cheese was fine.\n\nService: 6/10.").sentences[1]
    assert sentence.attribution is None


def test_where_a_site_lies_judges_nothing():
    assert only("The 38-acre site lies between the village and the River "
                "Leaze.").label == "unsourced"


def test_lies_told_still_judge():
    assert only("His account is full of lies.").label == "opinion"


def test_what_someone_could_remember_is_no_guess():
    assert only("It was the lowest he could remember.").label != "speculation"


@pytest.mark.parametrize("text", [
    '"The crash was utterly avoidable," the sergeant said.',
    '"The portions are decent but the mains are uneven," the critic said.',
])
def test_judging_words_a_reviewer_or_an_officer_uses_are_opinions(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize(("text", "name"), [
    ("Data from the Office for Housing Statistics show rents up 8.7 per cent.",
     "Data from the Office for Housing Statistics"),
    ("A review published last month by the Housing Futures Institute concluded "
     "that delays were the main obstacle.",
     "A review published last month by the Housing Futures Institute"),
    ("Documents obtained by the Examiner show that the firm won three contracts.",
     "Documents"),
])
def test_a_document_is_named_with_who_made_it_not_who_obtained_it(text, name):
    analysis = analyze(text)
    assert named_with_maker(analysis.text, analysis.sentences[0].attribution) == name
