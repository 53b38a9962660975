"""The free-text grader: key points in the student's own words, negation,
stuffing, copying, feedback, reference mode, and agreement with hand grades."""

from __future__ import annotations

import statistics
from pathlib import Path

import pytest
import yaml

from quizapp.grading import InvalidAnswer, get_checker
from quizapp.grading.freetext import grade_against_reference
from quizapp.packs import read_pack

ROOT = Path(__file__).resolve().parents[3]
PACK = ROOT / "content" / "iran-scaling-back-syria"
FIXTURE = ROOT / "tests" / "fixtures" / "founding_freetext_answers.yaml"
ARTICLE = PACK / "article.md"

checker = get_checker("free_text")


@pytest.fixture(scope="module")
def items() -> dict[str, dict]:
    return {
        it["key"]: it["spec"]
        for ex in read_pack(PACK).exercises
        for it in ex.items
        if it["type"] == "free_text"
    }


def grade(spec: dict, text: str):
    return checker.check(spec, checker.parse_answer({"text": text}))


def matched(result) -> set[str]:
    return {p["id"] for p in result.details["key_points"] if p["matched"]}


def misconceptions(result) -> set[str]:
    return {m["id"] for m in result.details["misconceptions"]}


def test_founding_pack_has_three_valid_free_text_questions(items):
    assert set(items) == {"w-reasons", "w-vacuum", "w-reasons-status"}
    for spec in items.values():
        assert checker.validate_spec(spec) == []


def test_public_view_shows_prompt_and_word_limit_but_never_the_rubric(items):
    view = checker.public_view(items["w-reasons"])
    assert view == {"prompt": items["w-reasons"]["prompt"], "max_words": 150}


def test_spec_without_key_points_is_reported():
    problems = checker.validate_spec({"prompt": "Why?", "key_points": []})
    assert any("key point" in p for p in problems)


@pytest.mark.parametrize("data", [{}, {"text": ""}, {"text": "   \n "}, {"text": "?!"}])
def test_empty_answer_is_refused_with_a_message(data):
    with pytest.raises(InvalidAnswer, match="(?i)write an answer"):
        checker.parse_answer(data)


@pytest.mark.parametrize("value", [42, ["a list"], {"text": "nested"}])
def test_non_text_answer_is_refused(value):
    with pytest.raises(InvalidAnswer, match="must be text"):
        checker.parse_answer({"text": value})


def test_pasting_the_whole_article_is_refused_as_too_long(items):
    article = ARTICLE.read_text(encoding="utf-8")
    with pytest.raises(InvalidAnswer, match="too long|or fewer"):
        checker.check(items["w-reasons"], checker.parse_answer({"text": article}))


def test_answer_over_the_word_limit_is_refused_with_the_limit(items):
    text = "Iran has economic problems. " * 40
    with pytest.raises(InvalidAnswer, match="150 or fewer"):
        checker.check(items["w-reasons"], checker.parse_answer({"text": text}))


def test_running_out_of_money_counts_as_economic_pressure(items):
    result = grade(items["w-reasons"], "Iran is running out of money.")
    assert matched(result) == {"economy"}
    assert result.score == 1


def test_word_forms_match_economy_and_economic(items):
    result = grade(items["w-reasons"], "The Iranian economy is under a lot of strain.")
    assert "economy" in matched(result)


def test_misspelled_words_still_earn_the_point(items):
    result = grade(
        items["w-reasons"],
        "Irans econmy is under presure and the rebbels are advancing.",
    )
    assert matched(result) == {"economy", "rebels"}


def test_another_word_one_letter_off_at_the_start_is_no_slip():
    from quizapp.grading.text.match import SPELLING, analyse, token_similarity

    def similarity(phrasing: str, answer: str) -> float:
        return token_similarity(analyse(phrasing)[0], analyse(answer)[0])

    assert similarity("round", "found") == 0.0
    assert similarity("rebels", "rebbels") == SPELLING
    assert similarity("advancing", "advansing") == SPELLING


def test_word_order_does_not_matter(items):
    result = grade(
        items["w-reasons"],
        "Advances by the rebels, and pressure on the economy of Iran.",
    )
    assert matched(result) == {"economy", "rebels"}


def test_not_because_of_the_rebels_earns_no_rebels_point(items):
    result = grade(
        items["w-reasons"],
        "It is not because of the rebels' advances; Iran's economy is struggling.",
    )
    points = {p["id"]: p for p in result.details["key_points"]}
    assert not points["rebels"]["matched"]
    assert points["rebels"]["contradicted"]
    assert points["economy"]["matched"]
    assert "ruled out" in result.feedback


def test_rather_than_rejects_what_follows(items):
    result = grade(
        items["w-reasons"], "Because of rebel advances rather than money problems."
    )
    assert matched(result) == {"rebels"}


def test_not_only_is_not_a_negation(items):
    result = grade(
        items["w-reasons"], "Not only economic pressure but also the rebels' success."
    )
    assert matched(result) == {"economy", "rebels"}


def test_keyword_list_earns_no_credit(items):
    result = grade(
        items["w-reasons"], "economy money pressure rebels advances instability chaos"
    )
    assert result.score == 0
    assert result.details["flags"] == ["keyword_list"]
    assert "list of keywords" in result.feedback


def test_copied_article_text_earns_no_credit(items):
    text = (
        "However, the growing instability within Syria, coupled with the ongoing "
        "economic pressure on Iran itself, has likely contributed to this strategic "
        "recalibration. The rebels’ momentum has put pressure on the Assad regime."
    )
    result = grade(items["w-reasons"], text)
    assert result.score == 0
    assert result.details["flags"] == ["copied"]


def test_off_topic_answer_scores_zero(items):
    result = grade(
        items["w-reasons"], "Iran is a country in the Middle East with a long history."
    )
    assert result.score == 0
    assert matched(result) == set()


def test_misconception_is_detected_and_costs_points(items):
    result = grade(
        items["w-reasons"],
        "Iran pulled out completely because its economy is struggling and the "
        "rebels are winning.",
    )
    assert misconceptions(result) == {"full-withdrawal"}
    assert result.score == 1.5
    assert "complete withdrawal" in result.feedback


def test_denying_a_misconception_is_not_the_misconception(items):
    result = grade(
        items["w-reasons"], "Iran has not fully withdrawn; its economy is under strain."
    )
    assert misconceptions(result) == set()
    assert matched(result) == {"economy"}


def test_full_answer_earns_full_marks_and_says_so(items):
    result = grade(
        items["w-reasons"],
        "Iran's economy is under pressure, the rebels keep gaining ground, and Syria "
        "is becoming more unstable.",
    )
    assert result.score == result.max_score == 3
    assert result.is_correct
    assert "every point" in result.feedback


def test_missing_required_point_keeps_the_score_below_full(items):
    spec = dict(items["w-reasons"], max_score=2)
    result = grade(spec, "The rebels are winning and Syria is in turmoil.")
    assert matched(result) == {"rebels", "instability"}
    assert result.score == 1


def test_matched_words_carry_offsets_into_the_answer(items):
    text = "Honestly, Iran is running out of money."
    result = grade(items["w-reasons"], text)
    economy = next(p for p in result.details["key_points"] if p["id"] == "economy")
    assert economy["confidence"] >= 0.75
    for span in economy["matched_text"]:
        assert text[span["start"] : span["end"]] == span["text"]
    assert {s["text"] for s in economy["matched_text"]} >= {"money", "running out"}


def test_feedback_points_to_the_evidence_for_a_missed_point(items):
    result = grade(items["w-reasons"], "Iran is running out of money.")
    assert "Recent rebel advancements have put considerable pressure" in result.feedback
    missed = next(p for p in result.details["key_points"] if p["id"] == "rebels")
    assert missed["evidence"][0]["text"] in ARTICLE.read_text(encoding="utf-8")


def test_speculation_question_credits_who_offers_the_reasons(items):
    result = grade(
        items["w-reasons-status"],
        "They are not confirmed facts, just guesses: the journalist and Dr Khalil "
        "say 'likely'.",
    )
    assert matched(result) == {"speculation", "writer", "khalil"}
    assert misconceptions(result) == set()


def test_reference_mode_ranks_a_close_answer_above_an_unrelated_one():
    ref = "A variable that contains the address in memory of another variable."
    q = "What is a pointer?"
    close = grade_against_reference(
        "It is a variable holding the memory adress of another variable.", ref, q
    )
    far = grade_against_reference(
        "A loop that repeats until a condition is false.", ref, q
    )
    assert 0 <= far < close <= 1
    assert close > 0.8


@pytest.mark.parametrize("blank", ["", "not answered", "I don't know", "?"])
def test_reference_mode_gives_nothing_for_a_non_answer(blank):
    assert (
        grade_against_reference(blank, "By reference.", "How are arrays passed?") == 0.0
    )


def test_grader_agrees_with_the_hand_graded_fixture(items):
    answers = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["answers"]
    assert len(answers) >= 80
    agree = total = exact = 0
    errors = []
    for a in answers:
        spec = items[a["question"]]
        result = grade(spec, a["text"])
        got, want = matched(result), set(a["key_points"])
        for kp in spec["key_points"]:
            total += 1
            agree += (kp["id"] in got) == (kp["id"] in want)
        exact += got == want and misconceptions(result) == set(a["misconceptions"])
        errors.append(abs(result.score - a["score"]) / result.max_score)
    # Measured 0.966 / 0.864 / 0.041 when the fixture was finished; margins allow
    # rubric edits without hiding a real regression.
    assert agree / total >= 0.93
    assert exact / len(answers) >= 0.8
    assert statistics.fmean(errors) <= 0.07
