"""From the blind audits of new articles: a future a body announces is its
decision, not a guess; "will leave people stranded" forecasts, where "will
leave the club" is a change of post; "just as firm" is a likeness, no
intensifier; "worrying" judges ("the rise was worrying") unless it is a verb
with an object ("the things worrying them"); a belief "at first thought" and
given up is told as what happened, not a guess."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "The 14 bus will stop running at the end of March, the county's transport "
    "authority has announced.",
    "The club confirmed that Smith will leave in June.",
])
def test_a_future_a_body_announces_is_its_decision(text):
    assert only(text).label == "sourced"


def test_a_quoted_future_that_leaves_people_stranded_is_a_forecast():
    sentences = analyze("Mr Hale said the cut was wrong. “Cutting it will leave the "
                        "most vulnerable people stranded.”").sentences
    assert sentences[1].label == "speculation"
    assert only("The chief executive said she will leave the company in "
                "June.").label == "sourced"


def test_just_as_is_a_likeness_not_a_judgement():
    assert only("The opposition was just as firm.").label == "unsourced"


def test_worrying_judges_unless_it_takes_an_object():
    said = only("Cllr Ben Achebe said the rise was “worrying but not surprising”.")
    assert said.label == "opinion"
    things = only("“It is one of the things worrying them,” she said.")
    assert not any(c["text"] == "worrying" for c in things.opinion_cues)


def test_a_belief_given_up_is_no_guess():
    assert only("She said she had at first thought the man was "
                "asleep.").label == "sourced"


def test_in_someones_view_is_their_opinion():
    sentence = only("In the minister's view, the plan is sound.")
    assert (sentence.label, sentence.source_kind) == ("opinion", "named")
    assert sentence.attribution.source == "the minister"


def test_could_after_added_that_is_a_guess_as_after_said():
    assert only("She added that warmer summers could make recovery "
                "harder.").label == "speculation"
    assert only("She added that she could not attend.").label == "sourced"
