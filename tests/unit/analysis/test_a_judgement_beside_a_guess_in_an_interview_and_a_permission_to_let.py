"""A judgement beside a guess is an opinion in an interview turn too ("It would
be irresponsible for any chancellor to ..."), as it is after "said"; a guess
alone in a turn stays speculation. "Let's" exhorts only when it opens its
clause; after a subject, a modal or "to" the verb "let" grants a permission
("they'll let us bring our own", "refused to let us in") and urges nothing."""

import pytest

from quizapp.analysis import analyze

from .sentences import only


def _turn(words: str):
    text = f"**Q:** Will you raise VAT?\n\n**Hartley:** {words}"
    sentence = analyze(text).sentences[-1]
    assert sentence.source_kind == "self"
    return sentence


def test_a_judgement_beside_a_guess_in_an_interview_turn_is_an_opinion():
    sentence = _turn("It would be irresponsible for any chancellor to write a "
                     "budget live on the radio.")
    assert sentence.label == "opinion"
    assert "'irresponsible' judges and 'would' hedges" in sentence.explanation


def test_a_guess_alone_in_an_interview_turn_stays_speculation():
    assert _turn("Prices may fall next year.").label == "speculation"


@pytest.mark.parametrize("text", [
    "They refused to let us in.",
    "He wouldn't let us see the file.",
    "The council will let us use the hall on Fridays.",
])
def test_let_us_after_a_subject_or_to_grants_a_permission(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert not sentence.opinion_cues


@pytest.mark.parametrize("text", [
    "So let us focus on the budget.",
    "Let’s be honest about the cost.",
    "“Let’s get this done,” the mayor said.",
])
def test_let_us_opening_its_clause_exhorts(text):
    assert only(text).label == "opinion"
