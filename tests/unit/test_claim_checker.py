import pytest

from quizapp.grading import get_checker

SPEC = {
    "quote": "Some analysts believe this could create further instability in Syria.",
    "label": "speculation",
    "source": {"kind": "vague", "name": "Some analysts"},
    "cues": [{"text": "Some analysts believe", "start": 0, "end": 21}],
    "explanation": "'Some analysts' names nobody; 'could' marks a possibility.",
}


def test_right_label_scores_and_feedback_names_the_label():
    result = get_checker("claim").check(SPEC, {"label": "speculation"})
    assert result.is_correct
    assert result.feedback == (
        "Right: this is speculation, and it is only loosely sourced (Some analysts)."
    )


@pytest.mark.parametrize(
    ("label", "source", "says"),
    [
        ("opinion", {"kind": "named", "name": "Tom Barker"},
         "an opinion, and it is sourced: Tom Barker said it"),
        ("speculation", {"kind": "named", "name": "Maria Chen"},
         "speculation, and it is sourced: Maria Chen said it"),
        ("opinion", None, "an opinion, and nobody is named as its source"),
        ("sourced", {"kind": "named", "name": "Mayor Maria Chen"},
         "a sourced fact: Mayor Maria Chen said it"),
        ("unsourced", None, "an unsourced claim"),
    ],
)
def test_feedback_answers_both_questions_kind_and_source(label, source, says):
    spec = {**SPEC, "label": label, "source": source}
    result = get_checker("claim").check(spec, {"label": label})
    assert result.feedback == f"Right: this is {says}."


def test_wrong_label_reveals_the_correct_label_cues_and_source():
    result = get_checker("claim").check(SPEC, {"label": "sourced"})
    assert not result.is_correct
    assert result.details["label"] == "speculation"
    assert result.details["cues"][0]["text"] == "Some analysts believe"
    assert result.details["source"]["kind"] == "vague"


def test_claim_counts_towards_the_skill_of_its_label():
    checker = get_checker("claim")
    assert checker.skill_of(SPEC) == "speculation"
    assert checker.skill_of({**SPEC, "label": "unsourced"}) == "sourcing"
    assert checker.skill_of({**SPEC, "label": "opinion"}) == "opinion"


def test_public_view_offers_four_labels_without_the_answer():
    view = get_checker("claim").public_view(SPEC)
    assert [c["id"] for c in view["choices"]] == [
        "sourced",
        "speculation",
        "opinion",
        "unsourced",
    ]
    assert "explanation" not in view and "Some analysts believe" not in str(
        view["choices"]
    )


def test_unknown_label_and_sourced_claim_without_source_are_invalid():
    checker = get_checker("claim")
    assert checker.validate_spec({**SPEC, "label": "rumour"})
    assert checker.validate_spec({**SPEC, "label": "sourced", "source": None})


@pytest.mark.parametrize(
    ("label", "source", "says"),
    [
        ("opinion", {"kind": "citation",
                     "name": "A press release from Northbridge University"},
         "an opinion, and it is sourced: it comes from a press release from "
         "Northbridge University"),
        ("speculation", {"kind": "citation", "name": "The findings"},
         "speculation, and it is sourced: it comes from the findings"),
        ("speculation", {"kind": "named", "name": "The company"},
         "speculation, and it is sourced: the company said it"),
        ("sourced", {"kind": "named", "name": "The Environment Agency"},
         "a sourced fact: The Environment Agency said it"),
    ],
)
def test_a_source_named_with_an_article_reads_in_lower_case_inside_the_sentence(
    label, source, says
):
    spec = {**SPEC, "label": label, "source": source}
    result = get_checker("claim").check(spec, {"label": label})
    assert result.feedback == f"Right: this is {says}."
