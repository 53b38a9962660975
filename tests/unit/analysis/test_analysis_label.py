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
