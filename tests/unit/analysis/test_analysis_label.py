"""The primary label, its confidence and the reason shown to students."""

import pytest

from quizapp.analysis import analyze


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("What are the potential reasons for the move?", "question"),
        ("Multiple sources have confirmed that the army is withdrawing.", "sourced"),
        ("Some analysts believe this could create further instability.",
         "speculation"),
        ("The growing pressure has likely contributed to the decision.",
         "speculation"),
        ("This retraction comes as rebel forces continue to gain ground.",
         "unsourced"),
        ("A truly complex situation.", "opinion"),
        ("Thank you for having me.", "unsourced"),
    ],
)
def test_sentences_get_the_label_a_journalism_teacher_would_give(text, label):
    assert analyze(text).sentences[0].label == label


def test_the_explanation_quotes_the_cue_words():
    text = "Some analysts believe this could create instability."
    sentence = analyze(text).sentences[0]
    assert sentence.explanation == (
        "'Some analysts believe' gives no name, and 'could' marks a possibility: "
        "this is speculation, and it is only loosely sourced.")


def test_a_loose_groups_opinion_is_explained_as_loosely_sourced_as_feedback_says():
    # the explanation and the verdict students read ("an opinion, and it is
    # only loosely sourced (Consumer advocates)") say the same
    sentence = analyze("Consumer advocates said the recall came too late."
                       ).sentences[0]
    assert sentence.label == "opinion"
    assert sentence.explanation.endswith(
        "this is an opinion, and it is only loosely sourced: Consumer advocates "
        "said it.")


def test_confidence_is_a_probability_and_to_dict_has_the_stable_keys():
    data = analyze("Officials said the talks may fail. Why?").to_dict()
    keys = {"index", "paragraph", "start", "end", "text", "label", "confidence",
            "attribution", "hedges", "opinion_cues", "explanation", "kind",
            "source_kind"}
    for sentence in data["sentences"]:
        assert set(sentence) == keys
        assert 0.0 < sentence["confidence"] <= 1.0
    attribution = data["sentences"][0]["attribution"]
    assert set(attribution) == {"kind", "source", "source_start", "source_end", "cue",
                                "cue_start", "cue_end"}


@pytest.mark.parametrize(
    "text",
    ["Yes, thank you.", "Exactly.", "No, not at all.", "Thanks for having me.",
     "Anna, thank you so much for joining us today to talk about the long war."],
)
def test_greetings_and_bare_replies_are_courtesies_with_nothing_to_sort(text):
    assert analyze(text).sentences[0].kind == "courtesy"


@pytest.mark.parametrize(
    "text",
    [
        "No decision has been made on the bridge.",
        "Right-wing parties won 40 seats in the election.",
        "Indeed, the council cut the budget by 4%.",
        "Exactly 40 people attended the meeting.",
        "Thanks to the new funding, 40 jobs were saved.",
        "Sure enough, the trains were late again.",
    ],
)
def test_a_claim_that_opens_with_a_reply_word_is_still_a_claim(text):
    assert analyze(text).sentences[0].kind != "courtesy"


@pytest.mark.parametrize(
    "text",
    [
        "No official would confirm the figures.",
        "Nobody at the council would comment.",
        "None of the ministers would comment on the report.",
    ],
)
def test_a_source_that_is_nobody_attributes_nothing(text):
    sentence = analyze(text).sentences[0]
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")
    assert "has not said anything" in sentence.explanation
