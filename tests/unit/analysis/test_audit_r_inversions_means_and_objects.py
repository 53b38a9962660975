"""Round R of the teacher audits: "So says Dr Peter Anand, a hydrologist,
who ..." names the speaker of the quotation before it; forecasters
predicting are a loose group guessing; "notified by email or letter" tells
how, not who; what a lawsuit is over ("is suing the Ledger and its columnist
over an article published in March") is no source."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from tests.unit.analysis.sentences import only


def test_so_says_names_the_speaker_of_the_quotation_before():
    quoted, said = analyze(
        '"Soft clay over gravel is exactly what you would expect to find." So '
        'says Dr Peter Anand, a hydrologist at the University of Marlow, who '
        'believes the agency may have rushed its estimates.').sentences
    assert said.attribution.source == "Dr Peter Anand"
    assert quoted.quoted_from.source == "Dr Peter Anand"


def test_forecasters_predicting_are_a_loose_group_guessing():
    sentence = only("Forecasters are already predicting a wetter than average "
                    "autumn.")
    assert (sentence.label, sentence.source_kind) == ("speculation", "vague")


@pytest.mark.parametrize("np", ["Forecasters", "Pollsters", "Bookmakers"])
def test_people_who_forecast_are_a_loose_group(np):
    assert kind_of(np) == "vague"


def test_how_a_message_went_is_no_source():
    assert only("Customers will be notified by email or letter by the end of the "
                "month.").source_kind == "none"


def test_what_a_lawsuit_is_over_is_no_source():
    sentence = only("Ms Vance, 34, is suing the Daily Ledger and its former "
                    "columnist Simon Arkwright over an article published in "
                    "March last year.")
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")


def test_the_verdict_of_and_words_that_come_from_someone_credit_them():
    sentences = analyze(
        '"This is a budget that asks residents to pay more for less." That was '
        'the verdict of opposition leader Tariq Osei, who accused the ruling '
        'group of careless planning.\n\n"She is the most decisive leader I have '
        'worked with." Those words come from Professor Hugh Lennard, her former '
        'dean.').sentences
    assert [s.quoted_from.source for s in (sentences[0], sentences[2])] == [
        "opposition leader Tariq Osei", "Professor Hugh Lennard"]
    assert [s.attribution.source for s in (sentences[1], sentences[3])] == [
        "opposition leader Tariq Osei", "Professor Hugh Lennard"]


@pytest.mark.parametrize(("text", "label"), [
    ("It promises to be a tense, cagey afternoon.", "speculation"),
    ("The minister promised to build 300 homes.", "unsourced"),
])
def test_what_promises_to_be_is_a_forecast_not_a_pledge(text, label):
    assert only(text).label == label


def test_what_someone_must_have_is_a_need_not_a_guess():
    assert [h["text"] for h in only("They cannot get the support they must have "
                                    "by law.").hedges] == []
    assert only("He must have been tired.").hedges[0]["text"] == "must have been"


@pytest.mark.parametrize("text", ["Others are less sure.",
                                  "Fans are keen to see him return."])
def test_how_sure_or_keen_a_group_is_is_told_not_argued(text):
    assert only(text).label == "unsourced"
