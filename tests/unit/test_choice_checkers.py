import pytest

from quizapp.grading import InvalidAnswer, get_checker

SPEC = {
    "prompt": "Which reasons does the article give?",
    "options": [
        {"id": "a", "text": "Rebel advances", "correct": True, "feedback": "Yes."},
        {"id": "b", "text": "Economic pressure", "correct": True},
        {"id": "c", "text": "A peace treaty"},
        {"id": "d", "text": "Elections"},
    ],
    "evidence": [],
    "explanation": "Both are given, hedged with 'likely'.",
}
SINGLE = {
    **SPEC,
    "options": [{**o, "correct": o["id"] == "a"} for o in SPEC["options"]],
}


def test_multiple_choice_gives_a_point_for_the_right_option_only():
    checker = get_checker("multiple_choice")
    assert checker.check(SINGLE, {"choice": "a"}).is_correct
    wrong = checker.check(SINGLE, {"choice": "c"})
    assert wrong.score == 0 and not wrong.is_correct
    chosen = [o for o in wrong.details["options"] if o["chosen"]]
    assert [o["id"] for o in chosen] == ["c"]


def test_multiple_select_gives_partial_credit_and_punishes_ticking_everything():
    checker = get_checker("multiple_select")
    assert checker.check(SPEC, {"choices": ["a", "b"]}).score == 1.0
    assert checker.check(SPEC, {"choices": ["a"]}).score == 0.5
    assert checker.check(SPEC, {"choices": ["a", "b", "c", "d"]}).score == 0.0
    assert checker.check(SPEC, {"choices": ["a", "c"]}).score == 0.0


def test_answer_outside_the_options_is_refused():
    with pytest.raises(InvalidAnswer):
        get_checker("multiple_choice").check(SINGLE, {"choice": "z"})
    with pytest.raises(InvalidAnswer):
        get_checker("multiple_select").parse_answer({})


def test_public_view_never_contains_the_answer_key():
    for kind in ("multiple_choice", "multiple_select", "who_said", "citation_check"):
        view = get_checker(kind).public_view(SPEC)
        assert "correct" not in str(view) and "explanation" not in view
        assert "Yes." not in str(view)  # per-option feedback is part of the key


def test_question_without_a_correct_option_is_invalid():
    spec = {**SPEC, "options": [{**o, "correct": False} for o in SPEC["options"]]}
    assert get_checker("multiple_select").validate_spec(spec) == [
        "no option is marked correct: true"
    ]


def test_single_choice_with_two_correct_options_is_invalid():
    assert get_checker("multiple_choice").validate_spec(SPEC)


def test_citation_check_needs_the_cited_url_and_claim():
    problems = get_checker("citation_check").validate_spec(SINGLE)
    assert "citation.url" in " ".join(problems)
