"""The subjectivity model reads a writer's judgement carried by verbs, irony or
framing rather than by an evaluative word, and a plain explanation without names,
numbers or dates as a report (`training/sentences/essays-a.jsonl` teaches both).
The sentences here are invented and in no training file."""

import pytest

from quizapp.analysis.subjectivity import load
from quizapp.analysis.training import train_subjectivity as training


def _probability(text: str) -> float:
    with training.rules_only():
        names = training.example(text)
    return load().probability(names)


@pytest.mark.parametrize("text", [
    "They want the credit for the new school and none of the bill for it.",
    "Every winter the same officials act astonished that it gets cold.",
])
def test_a_judgement_without_an_evaluative_word_scores_as_subjective(text):
    assert _probability(text) > 0.8


@pytest.mark.parametrize("text", [
    "Members of the committee are chosen by the parties in proportion to their "
    "seats.",
    "The novel is told by three narrators, each covering a different decade.",
])
def test_a_plain_explanation_without_specifics_scores_as_objective(text):
    assert _probability(text) < 0.3


def test_none_of_these_sentences_is_a_training_sentence():
    texts = {row["text"] for row in training.read_rows(training.data_files())}
    assert not texts & {
        "They want the credit for the new school and none of the bill for it.",
        "Every winter the same officials act astonished that it gets cold.",
        "Members of the committee are chosen by the parties in proportion to "
        "their seats.",
        "The novel is told by three narrators, each covering a different decade.",
    }
