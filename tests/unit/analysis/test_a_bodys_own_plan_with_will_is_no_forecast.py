"""A body's own plan told with 'will' is no forecast: 'the bank also said it
will continue to sell bonds', 'The board will recommend that ...'; what the
plan brings about, or a future no body makes, still is ('it will be a
difficult year', 'prices will fall')."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "The bank also said it will continue to reduce its holdings of bonds.",
    "The council said it will publish the figures next week.",
    "The board will recommend that investors take no action, the letter said.",
])
def test_a_bodys_own_plan_is_reported(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "The bank said it will be a difficult year.",
    "Analysts said prices will fall.",
    "The company said sales will rise.",
])
def test_what_will_happen_to_others_is_a_guess(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    "A study found that ridership fell short of forecasts in 15 cases.",
    "Profits beat analysts' forecasts.",
])
def test_an_outcome_measured_against_forecasts_is_no_guess(text):
    assert only(text).label != "speculation"


@pytest.mark.parametrize("text", [
    "Falk said the district will track test scores and report to the board "
    "each semester.",
    "The director said the county will open two cooling centers.",
])
def test_a_district_or_a_county_is_a_body_with_plans(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "The increase will add about $96 a year to the tax bill, according to the "
    "finance department.",
    "The mayor said the plan will cost the city $2 million.",
])
def test_an_amount_a_plan_works_out_to_is_no_forecast(text):
    assert only(text).label == "sourced"


def test_what_a_plan_brings_about_without_a_sum_still_forecasts():
    assert only("The mayor said the plan will cost jobs.").label == "speculation"


def test_a_plan_dated_american_style_is_no_forecast():
    assert only("A liquidation sale will begin May 1, according to a sign taped "
                "to the front window.").label == "sourced"


@pytest.mark.parametrize("text", [
    "Albrecht will remain with the campaign as a senior adviser, according to "
    "the statement.",
    "Campaign manager Derek Sollis will move into an advisory role, the people "
    "said.",
    "The chief executive will step down in the spring, the company said.",
    "Mercy Valley will continue to provide prenatal care through its clinics, "
    "Beaumont said.",
])
def test_a_change_of_post_announced_is_no_forecast(text):
    assert only(text).label == "sourced"


def test_what_a_person_will_achieve_still_forecasts():
    assert only("Sollis will win the seat, the people said.").label == \
        "speculation"


def test_what_continues_of_itself_still_forecasts():
    assert only("Prices will continue to rise, the bank said.").label == \
        "speculation"


@pytest.mark.parametrize("text", [
    "Library director Sunita Rao said staff at Elm Street will be offered jobs "
    "at the Main Street branch.",
    "The library said most of the collection will be moved to other branches.",
    "The airline said passengers will be refunded within seven days.",
])
def test_what_a_body_says_it_will_do_to_people_or_things_is_its_plan(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "The council said residents will be hit hard by the rise.",
    "Analysts said the shares will be sold off quickly.",
])
def test_what_will_befall_them_or_what_others_expect_still_forecasts(text):
    assert only(text).label == "speculation"


def test_a_body_that_has_said_it_will_act_tells_its_plan():
    assert only("The environment department has said it will review the payment "
                "rates in the autumn.").label == "sourced"
    assert only("The bank has said it will be a hard year.").label == "speculation"
