"""'added 300 jobs' and 'spoke to reporters' tell acts; 'say ... would'
guesses, unless the speaker tells their own plan; a hedge word inside the
source's noun phrase guesses nothing; 'had (not) expected' is an expectation
then, now settled."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "The company added 300 jobs in May.",
    "Adeyemi added a second goal from close range in the 81st minute.",
    "He spoke to reporters after the game.",
])
def test_adding_a_thing_or_speaking_to_someone_is_an_act(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize("text", [
    "“We played badly,” he added.",
    "He added that the team had played badly.",
    "He spoke to reporters, saying the team had played badly.",
])
def test_adding_or_speaking_with_words_keeps_the_source(text):
    assert only(text).label == "sourced"


def test_a_view_held_now_of_what_would_happen_is_a_guess():
    sentence = only("Critics say neither plan would produce new housing.")
    assert sentence.label == "speculation"
    assert sentence.source_kind == "vague"


def test_ones_own_plan_with_would_is_no_guess():
    assert only("Trump says he would pay for it by cutting fraud.").label \
        == "sourced"


def test_a_hedge_word_inside_the_source_guesses_nothing():
    sentence = only("A person familiar with the mayor’s thinking said she had "
                    "begun calling council members.")
    assert sentence.label == "sourced"
    assert sentence.source_kind == "anonymous"


def test_a_settled_expectation_is_no_guess():
    assert only("Haddad said the team had not expected the effect to be so "
                "large.").label == "sourced"


def test_a_modal_inside_a_would_be_source_keeps_the_guess():
    sentence = only("If confirmed, that delay could expose the company to fines "
                    "under data protection rules that require breaches to be "
                    "reported within 72 hours.")
    assert sentence.label == "speculation"
    assert sentence.source_kind == "none"


def test_points_after_a_quantity_is_a_noun():
    sentence = only("Two-year bond yields climbed 11 basis points to 4.38 percent "
                    "on Thursday.")
    assert sentence.attribution is None
    assert sentence.label == "unsourced"


def test_a_plan_due_in_some_months_is_no_forecast():
    assert only("The council will review library hours again in six months, "
                "Fitzgerald said.").label == "sourced"


@pytest.mark.parametrize("text", [
    "The premier promised emergency payments of $1,000 for each adult.",
    "The premier promised to rebuild the bridge.",
    "The union pledged support for the strike.",
])
def test_a_pledge_without_words_is_an_act(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize("text", [
    "The premier promised that the bridge would be rebuilt by May.",
    "“We will rebuild the bridge by May,” the premier promised.",
])
def test_a_pledge_with_its_words_keeps_the_source(text):
    assert only(text).source_kind == "named"


def test_a_forecast_by_a_group_is_their_guess():
    sentence = only("Economists forecast growth of 2 percent next year.")
    assert sentence.label == "speculation"
    assert sentence.source_kind == "vague"


@pytest.mark.parametrize("text", [
    "The move had been forecast by most economists.",
    "The move had been forecast by 14 of the 19 economists polled last week.",
    "Analysts had expected earnings of $1.04 a share.",
])
def test_a_forecast_made_before_the_event_is_settled(text):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert "economists" in sentence.attribution.source.lower() or \
        sentence.attribution.source == "Analysts"


@pytest.mark.parametrize(("text", "label"), [
    ("The plan risks alienating voters in the suburbs.", "speculation"),
    ("He risked his life to save the boy.", "unsourced"),
])
def test_risking_an_outcome_guesses_and_risking_a_thing_is_a_deed(text, label):
    assert only(text).label == label


@pytest.mark.parametrize("text", [
    "Police have charged a 34-year-old man with burglary.",
    "Police have charged two men in connection with a series of burglaries.",
    "The mayor said nothing about the plan.",
])
def test_a_charge_brought_or_a_silence_credits_nobody(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"


@pytest.mark.parametrize("text", [
    "Prosecutors charged that the company hid its losses.",
    "The mayor said nothing had changed.",
])
def test_a_charge_or_a_denial_with_its_words_reports(text):
    assert only(text).label == "sourced"
