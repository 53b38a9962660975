""""Particularly" and "especially" before a case ("particularly in winter",
"especially at the executive level") pick it out and judge nothing; before a
quality ("particularly cruel") they intensify a judgement."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "Ferries run less often in the north, particularly in winter.",
        "Pay is lower in the port authority, especially at the executive level.",
        "The mayor speaks often about harbour jobs, particularly when fishermen "
        "are present.",
    ],
)
def test_before_a_case_the_adverb_is_no_cue(text):
    sentence = _first(text)
    assert not any(c["text"].lower() in ("particularly", "especially")
                   for c in sentence.opinion_cues)


def test_a_report_with_a_focused_case_stays_a_report():
    sentence = _first("Ferries ran less often in the north last year, particularly "
                      "in January.")
    assert sentence.label == "unsourced"


def test_before_a_quality_the_adverb_intensifies():
    sentence = _first("The new harbour fees are particularly cruel.")
    assert any(c["text"] == "particularly" for c in sentence.opinion_cues)
    assert sentence.label == "opinion"
