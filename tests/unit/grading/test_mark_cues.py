"""The mark_cues checker: overlap with cue spans, partial credit, false marks."""

import pytest

from quizapp.grading import InvalidAnswer, get_checker
from quizapp.grading.cues import chunks_of, resolved_cues, words_of

CHECKER = get_checker("mark_cues")
QUOTE = "Some residents believe the cuts could hurt local shops, a report said."
SPEC = {
    "quote": QUOTE,
    "cues": [
        {"text": "Some residents believe", "kind": "source"},
        {"text": "could", "kind": "uncertainty"},
    ],
    "explanation": "A vague group, and a hedge.",
}


def word_indices(*texts: str) -> list[int]:
    words = [QUOTE[s:e] for s, e in words_of(QUOTE)]
    return [words.index(t) for t in texts]


def test_marking_exactly_the_cues_earns_full_marks():
    answer = {"words": word_indices("Some", "residents", "believe", "could")}
    result = CHECKER.check(SPEC, answer)
    assert result.score == 1.0 and result.is_correct
    assert all(c["found"] for c in result.details["cues"])


def test_half_the_cues_earn_half_the_credit():
    result = CHECKER.check(SPEC, {"words": word_indices("could")})
    assert result.score == 0.5
    assert "1 of 2 cues" in result.feedback


def test_part_of_a_cue_earns_its_share():
    result = CHECKER.check(SPEC, {"words": word_indices("believe", "could")})
    assert result.score == pytest.approx((1 / 3 + 1) / 2, abs=0.01)


def test_a_false_mark_costs_and_marking_everything_earns_nothing():
    cues = word_indices("Some", "residents", "believe", "could")
    with_false = CHECKER.check(SPEC, {"words": [*cues, *word_indices("report")]})
    assert with_false.score == 0.5
    assert with_false.details["false_words"] == word_indices("report")
    everything = CHECKER.check(SPEC, {"words": list(range(len(words_of(QUOTE))))})
    assert everything.score == 0.0


def test_a_mark_in_the_chunk_of_a_cue_is_not_a_false_mark():
    # "could hurt local shops" style chunks: ticking the chunk of "could" is fine.
    chunk = next(c for c in chunks_of(QUOTE) if word_indices("could")[0] in c)
    result = CHECKER.check(SPEC, {"chunks": [chunks_of(QUOTE).index(chunk)]})
    assert result.details["false_words"] == []
    assert result.score == 0.5


def test_chunks_do_not_depend_on_the_cues():
    other = {**SPEC, "cues": [{"text": "a report said", "kind": "source"}]}
    assert CHECKER.public_view(SPEC)["chunks"] == CHECKER.public_view(other)["chunks"]


def test_the_public_view_never_holds_the_cues():
    view = CHECKER.public_view(SPEC)
    assert set(view) == {"prompt", "lead", "words", "chunks"}
    assert "believe" in str(view)  # the sentence is there...
    assert "source" not in str(view) and "uncertainty" not in str(view)


def test_the_view_rebuilds_the_sentence_exactly():
    view = CHECKER.public_view({**SPEC, "quote": "“Yes,” she said: it’s late."})
    text = view["lead"] + "".join(w["text"] + w["after"] for w in view["words"])
    assert text == "“Yes,” she said: it’s late."


def test_a_repeated_word_is_picked_by_its_offset():
    quote = "This could help, or it could hurt."
    second = quote.rindex("could")
    spec = {"quote": quote, "cues": [{"text": "could", "start": second}]}
    [cue] = resolved_cues(spec)
    assert cue["start"] == second and cue["words"] == [5]


def test_answers_are_word_or_chunk_numbers():
    assert CHECKER.parse_answer({"words": "3, 1,3"}) == {"words": [1, 3]}
    assert CHECKER.parse_answer({"chunks": ["2", "0"]}) == {"chunks": [0, 2]}
    for bad in ({}, {"words": ""}, {"words": "x"}):
        with pytest.raises(InvalidAnswer):
            CHECKER.parse_answer(bad)
    with pytest.raises(InvalidAnswer):
        CHECKER.check(SPEC, {"words": [99]})


def test_cues_outside_the_quote_or_of_unknown_kinds_are_refused():
    spec = {**SPEC, "cues": ["not there", {"text": "could", "kind": "tone"}]}
    problems = CHECKER.validate_spec(spec)
    assert "cue 'not there' is not part of the quote" in problems
    assert any("unknown cue kind 'tone'" in p for p in problems)
    assert CHECKER.validate_spec({"quote": QUOTE}) == [
        "a mark_cues item needs at least one cue"
    ]


def test_source_cues_train_sourcing_and_hedges_speculation():
    assert CHECKER.skill_of(SPEC) == "speculation"
    only_source = {**SPEC, "cues": [{"text": "a report said", "kind": "source"}]}
    assert CHECKER.skill_of(only_source) == "sourcing"


def test_a_cue_found_without_all_its_words_says_why_the_score_is_not_full():
    # A name ticked without its "said" (as "Board chair Angela Moss" for
    # "Board chair Angela Moss said"): the cue counts as found, yet the score
    # is not full, and the feedback says why.
    result = CHECKER.check(SPEC, {"words": word_indices("residents", "believe")})
    assert result.score < 0.5
    assert result.feedback == "You found 1 of 2 cues, but not all of its words."
    both = CHECKER.check(SPEC, {"words": word_indices("residents", "believe",
                                                       "could")})
    assert both.score < 1
    assert both.feedback == "You found 2 of 2 cues, 1 of them only in part."


def test_a_cue_marked_in_full_adds_nothing_about_missing_words():
    result = CHECKER.check(SPEC, {"words": word_indices("could")})
    assert result.feedback == "You found 1 of 2 cues."


def test_a_cue_marked_too_little_to_be_found_says_why_some_points_were_earned():
    # "according" ticked for "according to a new study published on Tuesday":
    # the cue is not found, yet its share of words earns a little, and the
    # feedback said only "You found 0 of 1 cue." beside 0.1 of 1 point.
    result = CHECKER.check(SPEC, {"words": word_indices("Some")})
    assert 0 < result.score < 0.5
    assert result.feedback == (
        "You found 0 of 2 cues, but you marked a few words of 1 of them."
    )
    one = {**SPEC, "cues": SPEC["cues"][:1]}
    alone = CHECKER.check(one, {"words": word_indices("Some")})
    assert 0 < alone.score < 0.5
    assert alone.feedback == "You found 0 of 1 cue, but you marked a few of its words."
    more = CHECKER.check(SPEC, {"words": word_indices("Some", "could")})
    assert more.feedback == "You found 1 of 2 cues; you marked a few words of 1 more."
