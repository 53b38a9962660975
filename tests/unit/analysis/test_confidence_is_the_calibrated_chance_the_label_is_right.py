"""The confidence a teacher sees is the calibrated chance that the label is
right: a small model over which rule decided, the source, the cues and the
subjectivity model, trained on the project's own sentences (calibration.py)."""

import json
import math

import pytest

from quizapp.analysis import core, label
from quizapp.analysis.calibration import CEILING, FLOOR, confidence, features
from quizapp.analysis.stance import Weighing
from quizapp.analysis.subjectivity import Scorer
from quizapp.analysis.training import train_calibration as training

from .sentences import only


@pytest.fixture
def calibration(monkeypatch):
    """Analyse with a given calibration in place of the shipped one."""

    def use(model):
        monkeypatch.setattr(label, "CALIBRATION", model)
        core.analyze.cache_clear()

    yield use
    core.analyze.cache_clear()


def test_features_name_the_rule_the_source_the_cues_and_the_models_view():
    names = features("judges", "opinion", "named",
                     "“It is a disgrace,” she said.", [], [{"text": "disgrace"}],
                     "said", 0.93,
                     Weighing(reporting=0, stance=3))
    assert {"rule:judges", "label:opinion", "label-src:opinion|named",
            "quote-marks", "cue:disgrace", "verb:said", "subj:opinion|4",
            "margin:opinion|3", "hedges:0", "cues:1", "length:0"} == names
    plain = features("unsourced", "unsourced", "none", "It rained in 2019.",
                     [{"text": "may"}], [], None, None,
                     Weighing(reporting=5, stance=0,
                              reporting_clues={"specific": "2019", "past": "rained"}))
    assert {"hedge:may", "margin:unsourced|-3", "clue:unsourced|specific",
            "clue:unsourced|past"} <= plain
    assert not any(n.startswith(("subj:", "verb:")) for n in plain)


def test_the_confidence_is_a_logistic_sum_kept_between_floor_and_ceiling():
    model = Scorer(0.5, {"rule:judges": 1.0, "quote-marks": -2.0})
    assert confidence(model, {"rule:judges"}) == round(1 / (1 + math.exp(-1.5)), 2)
    assert confidence(model, {"quote-marks"}) == round(1 / (1 + math.exp(1.5)), 2)
    assert confidence(Scorer(40.0, {}), set()) == CEILING
    assert confidence(Scorer(-40.0, {}), set()) == FLOOR


def test_the_shipped_calibration_was_trained_on_the_sentences_and_model_as_they_are():
    shipped = json.loads(training.OUTPUT.read_text("utf-8"))
    assert shipped["training"]["files"] == [p.name for p in training.data_files()]
    assert training.matches(), (
        "the training sentences or the subjectivity weights changed: run "
        "python -m quizapp.analysis.training.train_calibration")
    # it ranks right labels above wrong ones on sentences it was not fitted
    # on far better than the rules' own confidences did
    assert shipped["cv"]["auc"] > shipped["cv"]["rules_auc"] + 0.1


def test_the_analyzer_shows_the_calibrated_confidence(calibration):
    calibration(Scorer(0.0, {"rule:judges": 2.0, "quote-marks": -1.0}))
    sentence = only("“It is a disgrace,” said council member Ana Ruiz.")
    assert sentence.label == "opinion"
    assert sentence.confidence == round(1 / (1 + math.exp(-1.0)), 2)


def test_a_plain_dated_report_is_surer_than_a_quoted_verdict_left_as_a_fact():
    # the rules call both sourced facts; in the project's sentences a quoted
    # sentence with judging words the rules left as a fact is often an opinion
    report = only("The council voted 7-2 on Tuesday to close two libraries, "
                  "the mayor's office said.")
    verdict = only("“This budget is a kick in the teeth for every family in the city,” "
                   "said opposition leader Marta Kovacs.")
    assert report.label == verdict.label == "sourced"
    assert report.confidence > verdict.confidence + 0.2


def test_without_weights_the_rules_own_confidence_stands(calibration, monkeypatch):
    monkeypatch.setattr(label, "MODEL", None)
    calibration(None)
    assert only("They spent it in a shameful way.").confidence == 0.55


def test_sentences_that_are_not_sorted_keep_the_rules_confidence():
    assert only("What happens next?").confidence == 0.95


def test_training_records_what_the_calibration_reads_for_each_sentence():
    with training.recording() as recorder:
        core.analyze("Critics say the plan could fail. What now?")
    (names,) = recorder.seen  # the question is not sorted: nothing to calibrate
    assert {"rule:vague-guess", "label:speculation",
            "label-src:speculation|vague", "hedge:could", "verb:say"} <= names
    assert label.CALIBRATION is not recorder
