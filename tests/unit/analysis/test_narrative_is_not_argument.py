"""Plain narrative is not argument: words that only look like stance clues."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.opinion import find_opinion_cues
from quizapp.analysis.stance import weigh


def _label(text):
    return analyze(text).sentences[0].label


def _weigh(text):
    return weigh(text, find_opinion_cues(text, 0, len(text)))


def test_a_first_person_i_alone_tells_a_story_and_weighs_nothing():
    assert "evaluative" not in _weigh("And I can't sing too loudly.").stance_clues
    assert _label("And I can't sing too loudly.") == "unsourced"


def test_a_first_person_i_beside_a_judging_word_still_weighs():
    assert "evaluative" in _weigh("Sadly, I can't sing any more.").stance_clues


def test_all_the_before_a_noun_is_a_definite_amount_not_a_sweep():
    assert "sweeping" not in _weigh(
        "There were not enough seats for all the guests.").stance_clues
    assert _label("There were not enough seats for all the guests.") == "unsourced"


def test_all_before_a_bare_plural_still_sweeps():
    assert _weigh("All cities are alike.").stance_clues["sweeping"] == "All"


def test_a_marker_that_holds_all_is_not_counted_again_as_a_sweep():
    assert "sweeping" not in _weigh("That was the oddest of all.").stance_clues


@pytest.mark.parametrize(
    "text",
    [
        "The schools are struggling to hire teachers.",
        "The students are still waiting to hear.",
        "He is not only farming the Ellis estate.",
    ],
)
def test_a_present_progressive_tells_what_is_going_on(text):
    assert "present" not in _weigh(text).stance_clues
    assert _label(text) == "unsourced"


def test_a_present_tense_statement_about_nothing_still_generalises():
    weighing = _weigh("The schools are nothing like they were.")
    assert weighing.stance_clues["present"] == "are"
    assert _label("The schools are nothing like they were.") == "opinion"


def test_should_inside_an_embedded_question_urges_nothing():
    text = "The flooding is forcing towns to decide who should pay for the repairs."
    assert _label(text) == "unsourced"


@pytest.mark.parametrize(
    "text",
    [
        "The towns should pay for the repairs.",
        "Towns that should pay for repairs rarely do.",
    ],
)
def test_should_in_a_main_or_relative_clause_still_urges(text):
    assert _label(text) == "opinion"


def test_an_irregular_past_tense_is_a_finite_verb_so_the_cue_is_not_predicative():
    text = "Shortly before a crucial vote, the funding fell through."
    (cue,) = find_opinion_cues(text, 0, len(text))
    assert cue["text"] == "crucial" and not cue["predicative"]


def test_a_judging_word_in_a_verbless_fragment_is_still_predicative():
    text = "A crucial moment for the town."
    (cue,) = find_opinion_cues(text, 0, len(text))
    assert cue["predicative"]
