"""The tone model: one number per word, learnt from word vectors on the
project's own sentences (tone.py), shipped trained on the sentences as they
are, and read by the calibration beside the label."""

import json
import math

import pytest

from quizapp.analysis import label
from quizapp.analysis.calibration import features
from quizapp.analysis.stance import Weighing
from quizapp.analysis.tone import STOP, Tone, load
from quizapp.analysis.training import train_subjectivity, train_tone


def test_a_sentence_scores_the_mean_of_its_words_numbers_past_the_bias():
    model = Tone(-1.0, {"shameful": 3.0, "council": 0.0, "voted": -1.0})
    # "the" is a function word, "7-2" is no word of the table: left out
    assert model.probability("The shameful council") == pytest.approx(
        1 / (1 + math.exp(-(-1.0 + 1.5))))
    assert model.probability("The council voted") == pytest.approx(
        1 / (1 + math.exp(1.5)))
    assert model.probability("The 7-2") is None
    assert "the" in STOP


def test_the_shipped_model_was_trained_on_the_training_sentences_as_they_are():
    shipped = json.loads(train_tone.OUTPUT.read_text("utf-8"))
    files = train_subjectivity.data_files()
    assert shipped["training"]["files"] == [p.name for p in files]
    assert train_tone.matches(), (
        "the training sentences changed: run python -m "
        "quizapp.analysis.training.train_tone --vectors FILE")
    assert load() is not None and len(load().scores) == len(shipped["scores"])
    assert not set(shipped["scores"]) & STOP
    # it ranks the sentences it was not fitted on well
    assert shipped["cv"]["auc"] > 0.9


@pytest.mark.parametrize(("judging", "reporting"), [
    ("This shameful budget betrays every family in the city.",
     "The council approved the budget on Tuesday by seven votes to two."),
    ("The plan is a reckless gamble with other people's money.",
     "The plan sets aside money for repairs to the bridge."),
])
def test_judging_words_read_as_argument_and_a_report_does_not(judging, reporting):
    model = load()
    assert model.probability(judging) > 0.6 > model.probability(reporting)


def test_the_calibration_reads_the_tone_beside_the_label():
    names = features("judges", "opinion", "named", "“It is a disgrace,” she said.",
                     [], [], "said", None, Weighing(), tone=0.93)
    assert "tone:opinion|4" in names
    assert not any(n.startswith("tone:") for n in features(
        "judges", "opinion", "named", "It is.", [], [], None, None, Weighing()))
    assert label.TONE is not None
