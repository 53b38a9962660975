"""Written answers: negation and contrast scope, paraphrase through synonym
groups and stems. Sentences of our own, about a fictional library move."""

import pytest

from quizapp.grading import get_checker

CHECKER = get_checker("free_text")
SPEC = {
    "prompt": "Why is the town library closing its old building, and how sure "
    "is the article about it?",
    "key_points": [
        {
            "id": "cost",
            "label": "Moving the collection is expensive",
            "phrasings": ["the move costs a lot", "moving the books is expensive"],
            "required": True,
        },
        {
            "id": "forecast",
            "label": "The cost is a forecast by an academic, not a confirmed fact",
            "phrasings": ["an academic forecast", "it is a prediction by an expert"],
            "required": True,
        },
        {
            "id": "unconfirmed",
            "label": "The reasons are unconfirmed",
            "phrasings": ["the reasons are unconfirmed"],
        },
    ],
    "misconceptions": [
        {
            "id": "council-confirmed",
            "phrasings": ["the council confirmed the reasons"],
            "feedback": "The council confirmed only the date.",
        },
        {
            "id": "cheap",
            "phrasings": ["the move is cheap"],
            "feedback": "The article says the move is costly.",
        },
    ],
}


def grade(text: str):
    return CHECKER.check(SPEC, {"text": text})


def found(text: str) -> tuple[set[str], set[str]]:
    result = grade(text)
    points = {p["id"] for p in result.details["key_points"] if p["matched"]}
    return points, {m["id"] for m in result.details["misconceptions"]}


def test_a_paraphrase_through_synonyms_and_stems_earns_the_points():
    points, wrong = found(
        "Relocating the books will be very pricey, and that is only a "
        "prediction made by a university researcher."
    )
    assert {"cost", "forecast"} <= points and wrong == set()


@pytest.mark.parametrize(
    "text",
    [
        "Only the date was confirmed by the council, not the reasons.",
        "The council did not confirm the reasons; it confirmed the date.",
        "The council confirmed the date, but the reasons are a guess.",
        "Nobody, not even the council, confirmed the reasons.",
    ],
)
def test_a_misconception_respects_negation_and_contrast(text):
    assert "council-confirmed" not in found(text)[1]


def test_the_misconception_itself_is_still_caught():
    assert "council-confirmed" in found("The council confirmed the reasons.")[1]
    assert "cheap" in found("The move is cheap for the town.")[1]
    assert "cheap" not in found("The move is not cheap at all.")[1]


def test_denying_a_point_word_by_word_earns_nothing_and_is_reported():
    result = grade("Moving the books is not expensive at all.")
    cost = next(p for p in result.details["key_points"] if p["id"] == "cost")
    assert not cost["matched"] and cost["contradicted"]


def test_a_negated_word_meets_its_negative_prefix_form():
    # "not confirmed" says what "unconfirmed" says.
    assert "unconfirmed" in found("The reasons have not been confirmed.")[0]
    assert "unconfirmed" not in found("The reasons have been confirmed.")[0]


def test_a_fully_right_answer_loses_nothing_to_a_misconception():
    result = grade(
        "The move is expensive, but that is a forecast by an academic, not a "
        "confirmed fact. Only the date was confirmed by the council, not the "
        "reasons for it."
    )
    assert result.details["misconceptions"] == []
    assert result.score == result.max_score


def test_the_reported_fully_correct_answer_keeps_full_marks():
    """The answer from issue 12 that lost 0.5 to a misconception it denies."""
    from quizapp.packs import read_pack

    from .test_freetext import PACK

    spec = next(
        item["spec"]
        for ex in read_pack(PACK).exercises
        for item in ex.items
        if item["key"] == "w-reasons-status"
    )
    text = (
        "They are not confirmed facts; they are guesses hedged with likely, by "
        "the writer and by Dr Khalil, a Middle East expert. Only the withdrawal "
        "itself was confirmed by multiple sources, not the reasons for it."
    )
    result = CHECKER.check(spec, {"text": text})
    assert result.details["misconceptions"] == []
    assert result.score == result.max_score
