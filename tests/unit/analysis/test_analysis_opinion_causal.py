"""Loaded language and causal statements."""

from quizapp.analysis import analyze
from quizapp.analysis.causal import find_causal
from quizapp.analysis.opinion import find_opinion_cues


def _opinion(text):
    return [c["text"] for c in find_opinion_cues(text, 0, len(text))]


def test_evaluative_and_emotive_words_are_opinion_cues():
    assert _opinion("This meticulous dismantling marks a significant turning point.") \
        == ["meticulous", "significant turning point"]
    assert _opinion("The embattled regime relies on an unwavering ally.") == [
        "embattled", "unwavering"]


def test_a_judgement_the_sentence_asserts_makes_it_opinion():
    sentence = analyze(
        "Its withdrawal represents a significant turning point in the conflict."
    ).sentences[0]
    assert sentence.label == "opinion"
    assert "'significant turning point'" in sentence.explanation


def test_a_loaded_word_inside_a_factual_claim_leaves_it_unsourced():
    text = "Iran cut its support for Assad’s embattled regime."
    sentence = analyze(text).sentences[0]
    assert sentence.label == "unsourced"
    assert "'embattled'" in sentence.explanation


def test_the_writer_addressing_the_reader_is_opinion():
    sentence = analyze("We must act before it is too late.").sentences[0]
    assert sentence.label == "opinion"


def test_causal_verb_splits_cause_and_effect():
    text = ("However, the growing instability, coupled with economic pressure, has "
            "likely contributed to this recalibration.")
    (link,) = find_causal(text, 0, len(text))
    assert link["cue"] == "contributed to"
    assert link["cause"] == ("the growing instability, coupled with economic "
                             "pressure")
    assert link["effect"] == "this recalibration"


def test_causal_connective_puts_the_cause_after_it():
    text = "The match was cancelled because of the storm."
    (link,) = find_causal(text, 0, len(text))
    assert (link["cause"], link["effect"]) == ("the storm", "The match was cancelled")


def test_a_question_about_causes_is_not_a_causal_claim():
    text = "Can you shed some light on what is driving this move?"
    assert find_causal(text, 0, len(text)) == []


def test_a_result_opening_on_a_word_like_so_or_but_keeps_its_first_word():
    # "So" and "But" open a sentence as connectives, not inside "Some", "Butchers"
    for text, effect in [
        ("Some families may not be covered, because insurance has become "
         "expensive.", "Some families may not be covered"),
        ("Butchers closed early because of the storm.", "Butchers closed early"),
        ("But the shops closed because of the storm.", "the shops closed"),
    ]:
        assert [c["effect"] for c in analyze(text).sentences[0].causal] == [effect]


def test_a_cause_stops_before_a_second_reported_clause_and_keeps_its_figures():
    def causes(text):
        return [c["cause"] for c in analyze(text).sentences[0].causal]
    assert causes("She said convoys had been delayed as a result of the fighting "
                  "and that some 40,000 people were without water.") == ["the fighting"]
    assert causes("Prices rose due to a shortage of 1,200 drivers, the firm "
                  "said.") == ["a shortage of 1,200 drivers"]
    assert causes("She added that a new surgical centre, due to open in 2026, "
                  "might ease pressure.") == []
