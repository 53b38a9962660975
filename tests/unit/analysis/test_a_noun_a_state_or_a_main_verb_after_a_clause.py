"""Three readings the audits of new articles found wrong: "thinking" before a
noun describes it ("thinking tests"), no belief; a present-tense state of a
thing ("the bridge is shut while engineers check it") is reported, not a
general statement of the writer's; a "may" after a "who" clause with its own
verb ("People who walk every day may ...") is the main clause's guess."""

import pytest

from tests.unit.analysis.sentences import only


def test_thinking_before_a_noun_is_no_guess():
    sentence = only("Participants who walked faster also tended to score better "
                    "on thinking tests, the study found.")
    assert sentence.label == "sourced"
    assert only("Investors are thinking prices will rise.").label == "speculation"


@pytest.mark.parametrize("text", [
    "The town's main bridge is shut while engineers check it for damage.",
    "The bridge is open again.",
])
def test_the_state_a_thing_is_in_is_reported(text):
    assert only(text).label == "unsourced"


def test_a_modal_after_a_who_clause_with_its_own_verb_is_the_main_guess():
    assert only("People who walk every day may also be healthier in other "
                "ways.").label == "speculation"
    assert only("A man who may be guilty was freed.").label == "unsourced"


def test_a_modal_after_a_whose_clause_with_its_own_verb_is_the_main_guess():
    # (found by a QA pass on a health story)
    assert only("People whose memory is starting to fail may walk less because "
                "of that.").label == "speculation"
    assert only("Mr Reyes, whose daughter could lose her place, said the plan "
                "was late.").label == "sourced"
