"""'He started this silliness', 'Such hypocrisy is rare': a noun of quality
that judges, after 'this' or 'such', names what was just told and pins the
verdict on it; a judging adjective before a noun ('this historic building')
only colours it."""

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues


def _predicative(text):
    return [c["text"] for c in find_opinion_cues(text, 0, len(text))
            if c["predicative"]]


def test_a_verdict_noun_after_this_or_such_is_asserted():
    assert _predicative("He started this silliness years ago.") == ["silliness"]
    assert _predicative("Such hypocrisy is rare in the council.") == ["hypocrisy"]
    sentence = analyze("“Such hypocrisy is rare,” the mayor said.").sentences[0]
    assert sentence.label == "opinion"


def test_a_judging_adjective_after_this_only_colours_a_noun():
    assert _predicative("This historic building was sold in May.") == []
    assert analyze("This historic building was sold in May, the agent said."
                   ).sentences[0].label == "sourced"


def test_a_judging_adjective_in_it_was_a_grades_what_was_just_told():
    text = ("The candidate said he had not paid federal tax for a decade. "
            "It was a remarkable admission, and Democrats pounced.")
    second = analyze(text).sentences[1]
    assert second.label == "opinion"
    assert _predicative("That's an extraordinary claim.") == ["extraordinary"]


def test_a_judging_adjective_before_the_subjects_noun_still_only_colours_it():
    assert _predicative("A remarkable admission followed on Tuesday.") == []
