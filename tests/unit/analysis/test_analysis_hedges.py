"""Speculation cues, with the sense of ambiguous words settled."""

import pytest

from quizapp.analysis.hedges import find_hedges


def _cues(text):
    return [(c["text"], c["kind"]) for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("This could create further instability.", [("could", "modal")]),
        ("Iran may be reducing its footprint.", [("may", "modal")]),
        ("The nature of this support might be changing.", [("might", "modal")]),
        ("Some analysts believe the move is temporary.", [("believe", "epistemic")]),
        ("The implications remain unclear.", [("remain unclear", "uncertainty")]),
        ("The coming months will be crucial.",
         [("coming months", "prediction"), ("will be crucial", "prediction")]),
        ("If the talks fail, the war goes on.", [("If", "conditional")]),
        ("It is possible that the report is wrong.", [("possible", "epistemic")]),
        ("Nobody knows whether the deal will hold.", [("whether", "conditional")]),
        ("He apparently left early.", [("apparently", "epistemic")]),
    ],
)
def test_hedges_are_found_with_their_kind(text, expected):
    assert _cues(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "On May 20, 1983, he won the title.",
        "He could not attend the meeting.",
        "She moved to Boston so she could study law.",
        "He would later become mayor.",
        "The Great Powers used all their might.",
        "Finish the work as soon as possible.",
        "It became apparent that the plan had failed.",
        "There is no doubt that he won.",
        "The bridge is said to be the oldest in the county.",
    ],
)
def test_words_used_in_a_non_hedging_sense_are_not_cues(text):
    assert _cues(text) == []


def test_reported_speculation_keeps_both_the_source_and_the_hedge():
    from quizapp.analysis import analyze

    sentence = analyze("Officials said the strike could come within days.").sentences[0]
    assert sentence.attribution.source == "Officials"
    assert [h["text"] for h in sentence.hedges] == ["could"]
    # two questions: the kind is speculation, the source is the officials
    assert (sentence.kind, sentence.source_kind) == ("speculation", "anonymous")
    assert sentence.label == "speculation"
    assert "'could'" in sentence.explanation
    assert "sourced: Officials said it" in sentence.explanation
