"""The checkers for imported question types: short answer, numeric, matching."""

from __future__ import annotations

import pytest

from quizapp.grading import InvalidAnswer, get_checker
from quizapp.grading.numeric import parse_number, within
from quizapp.grading.short_answer import wildcard_match

SHORT = {
    "prompt": "What is a statement a company sends to journalists called?",
    "answers": [
        {"text": "press release", "fraction": 1, "feedback": "Yes."},
        {"text": "*release*", "fraction": 0.5, "feedback": "Close: which kind?"},
        {"text": "*", "fraction": 0, "feedback": "Look again."},
    ],
}
NUMERIC = {
    "prompt": "In which year did the Berlin Wall fall?",
    "answers": [
        {"value": 1989, "tolerance": 0, "fraction": 1, "feedback": "Yes."},
        {"value": 1990, "tolerance": 1, "fraction": 0.5, "feedback": "Close."},
        {"value": "*", "fraction": 0, "feedback": "Look it up."},
    ],
}
MATCHING = {
    "prompt": "Match each outlet to its kind.",
    "pairs": [
        {"id": "p1", "left": "Reuters", "right": "news agency"},
        {"id": "p2", "left": "The Guardian", "right": "newspaper"},
    ],
    "distractors": ["blog"],
}


@pytest.mark.parametrize(
    ("pattern", "text", "case", "matches"),
    [
        ("press release", "Press  Release ", False, True),
        ("press release", "Press Release", True, False),
        ("*release*", "a press release!", False, True),
        ("a\\*b", "a*b", False, True),
        ("a\\*b", "axxb", False, False),
        ("colo*r", "colour", False, True),
        ("x.y", "xzy", False, False),
    ],
)
def test_short_answer_wildcards_and_case_follow_moodle(pattern, text, case, matches):
    assert wildcard_match(pattern, text, case) is matches


def test_short_answer_credits_the_first_matching_answer():
    checker = get_checker("short_answer")
    full = checker.check(SHORT, checker.parse_answer({"text": " Press release "}))
    assert (full.score, full.is_correct) == (1.0, True)
    partial = checker.check(SHORT, checker.parse_answer({"text": "news release"}))
    assert partial.score == 0.5 and partial.details["feedback"] == "Close: which kind?"
    wrong = checker.check(SHORT, checker.parse_answer({"text": "a tweet"}))
    assert wrong.score == 0 and wrong.details["accepted"] == ["press release"]


def test_short_answer_honours_case_sensitivity():
    checker = get_checker("short_answer")
    spec = {**SHORT, "case_sensitive": True}
    assert checker.check(spec, {"text": "Press release"}).score == 0.5


def test_short_answer_public_view_hides_the_accepted_answers():
    view = get_checker("short_answer").public_view(SHORT)
    assert view == {"prompt": SHORT["prompt"]}


@pytest.mark.parametrize("data", [{}, {"text": "  "}, {"text": 3}, {"text": "x" * 600}])
def test_short_answer_refuses_empty_or_odd_answers(data):
    with pytest.raises(InvalidAnswer):
        get_checker("short_answer").parse_answer(data)


def test_short_answer_spec_needs_an_answer_with_full_credit():
    checker = get_checker("short_answer")
    assert checker.validate_spec({"prompt": "p", "answers": []})
    assert checker.validate_spec(
        {"prompt": "p", "answers": [{"text": "a", "fraction": 0.5}]}
    ) == ["one answer must give full credit (fraction: 1)"]
    assert checker.validate_spec(SHORT) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [("1989", 1989.0), ("3,5", 3.5), (" -2e3 ", -2000.0), ("\u22124", -4.0)],
)
def test_numbers_may_use_a_decimal_comma_or_exponent(text, value):
    assert parse_number(text) == value


@pytest.mark.parametrize("text", ["", "abc", "1.2.3", "1e999", "nan", "inf"])
def test_things_that_are_not_numbers_are_refused(text):
    assert parse_number(text) is None


def test_numeric_tolerance_is_inclusive_as_in_moodle():
    assert within(3.0, 1.0, 2.0) and within(-1.0, 1.0, 2.0)
    assert not within(3.0001, 1.0, 2.0)
    assert within(0.1 + 0.2, 0.3, 0)


def test_numeric_credits_the_first_answer_within_tolerance():
    checker = get_checker("numeric")
    assert checker.check(NUMERIC, checker.parse_answer({"number": "1989"})).score == 1
    close = checker.check(NUMERIC, checker.parse_answer({"number": "1991"}))
    assert close.score == 0.5 and close.details["feedback"] == "Close."
    wrong = checker.check(NUMERIC, checker.parse_answer({"number": "2000"}))
    assert wrong.score == 0 and wrong.details["feedback"] == "Look it up."
    assert wrong.details["value"] == 1989


def test_numeric_refuses_text_that_is_not_a_number():
    with pytest.raises(InvalidAnswer, match="not a number"):
        get_checker("numeric").parse_answer({"number": "nineteen"})


def test_numeric_spec_is_checked():
    checker = get_checker("numeric")
    assert checker.validate_spec(NUMERIC) == []
    assert checker.validate_spec(
        {"prompt": "p", "answers": [{"value": "x", "fraction": 1}]}
    ) == ["answer 1: value must be a number or '*'"]


def test_matching_offers_answers_alphabetically_without_the_key():
    view = get_checker("matching").public_view(MATCHING)
    assert view["choices"] == ["blog", "news agency", "newspaper"]
    assert view["pairs"] == [
        {"id": "p1", "left": "Reuters"},
        {"id": "p2", "left": "The Guardian"},
    ]


def test_matching_gives_partial_credit_per_pair():
    checker = get_checker("matching")
    form = {"match-p1": "news agency", "match-p2": "blog", "csrf_token": "x"}
    result = checker.check(MATCHING, checker.parse_answer(form))
    assert result.score == 0.5 and result.feedback.startswith("Partly right: 1 of 2")
    right = {"matches": {"p1": "news agency", "p2": "newspaper"}}
    assert checker.check(MATCHING, checker.parse_answer(right)).is_correct


@pytest.mark.parametrize(
    "matches",
    [{"p1": "news agency"}, {"p1": "news agency", "p2": "tabloid"}, {"p9": "blog"}],
)
def test_matching_refuses_incomplete_or_foreign_answers(matches):
    checker = get_checker("matching")
    with pytest.raises(InvalidAnswer):
        checker.check(MATCHING, checker.parse_answer({"matches": matches}))


def test_matching_spec_needs_two_pairs_with_unique_ids():
    checker = get_checker("matching")
    assert checker.validate_spec(MATCHING) == []
    pairs = [{"id": "a", "left": "x", "right": "y"}] * 2
    assert checker.validate_spec({"prompt": "p", "pairs": pairs}) == [
        "every pair needs a unique id"
    ]
