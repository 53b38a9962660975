"""What blind rounds BE/BF, BI/BJ and BK/BL found (not judged blind since): advice
to "anyone with dashcam footage" is the adviser's; "the worst affected
carrier" compares, it does not blame; "will often" tells a habit, no
forecast; "announced her resignation" tells a step taken, an act."""

import pytest

from quizapp.analysis import analyze


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


def test_advice_to_anyone_with_something_is_the_advisers_opinion():
    sentence = _only("Detective Inspector Ray Brady said anyone with dashcam "
                     "footage should call 101.")
    assert sentence.label == "opinion"


@pytest.mark.parametrize("text", [
    "Crestline was the worst affected carrier, with 1,940 cancellations.",
    "Coastal towns were the hardest hit by the storm.",
])
def test_the_most_affected_is_compared_not_judged(text):
    assert _only(text).label == "unsourced"


def test_a_habit_told_with_will_is_no_forecast():
    sentence = _only("Airlines will often offer vouchers instead of refunds, "
                     "Ng said.")
    assert sentence.label == "sourced"
    assert sentence.hedges == []


def test_a_step_announced_is_an_act_told():
    sentence = _only("Mayor Teresa Valdivia announced her resignation on Tuesday.")
    assert sentence.label == "unsourced"
    assert sentence.source is None


@pytest.mark.parametrize("text", [
    "The council announced that two libraries would close.",
    "Steyer announced plans this week to give an additional 15 million dollars.",
])
def test_what_is_to_happen_announced_is_still_reported(text):
    assert _only(text).label == "sourced"


def test_agreeing_with_someone_that_takes_their_side():
    sentence = _only("The judge agreed with Ivana Trump that there was no reason "
                     "to intrude on her privacy.")
    assert sentence.label == "opinion"
    assert "'agreed with Ivana Trump' takes someone's side" in sentence.explanation


def test_agreeing_that_something_will_happen_tells_a_deal():
    assert _only("The two sides agreed that talks would resume on Monday.").label \
        == "sourced"


@pytest.mark.parametrize("text, words", [
    ("Aaron Kall, a debate coach, compared Trump to a coach who is \"working the "
     "referees\".", "compared Trump to"),
    ("He compared the new stadium to a cathedral.", "compared the new stadium to"),
])
def test_a_likeness_pinned_on_someone_is_a_judgement(text, words):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert f"'{words}' pins a likeness" in sentence.explanation


def test_a_comparison_that_measures_is_no_judgement():
    assert _only("The report compared neighbourhoods with similar incomes.").label \
        == "unsourced"


@pytest.mark.parametrize("text, source", [
    ("Mehmet Oz has been called a charlatan by fellow physicians for promoting "
     "quack cures.", "fellow physicians"),
    ("The scheme was branded a failure by auditors.", "auditors"),
])
def test_a_label_pinned_in_the_passive_is_its_pinners_judgement(text, source):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert sentence.source.source == source
    assert sentence.source_kind == "vague"


@pytest.mark.parametrize("text", [
    "The bridge was called the Harmon Street Bridge.",
    "The strike was called a day later.",
])
def test_a_name_given_or_a_strike_called_pins_no_label(text):
    assert _only(text).label != "opinion"
