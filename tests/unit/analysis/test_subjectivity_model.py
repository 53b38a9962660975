"""The subjectivity model: a pure scorer, weights that match their training
sentences, and the analyzer's labels when the model has its say."""

import json
import math

import pytest

from quizapp.analysis import core, label
from quizapp.analysis.subjectivity import Scorer, load, words
from quizapp.analysis.training import train_subjectivity as training

KINDS = {"fact", "speculation", "opinion"}
SOURCES = {"named", "anonymous", "vague", "citation", "none"}


@pytest.fixture
def scorer(monkeypatch):
    """Analyse with a given scorer in place of the shipped one (and the rules'
    own confidences: the calibration, which also reads the model, is tested in
    test_calibration.py)."""

    def use(model):
        monkeypatch.setattr(label, "MODEL", model)
        monkeypatch.setattr(label, "CALIBRATION", None)
        core.analyze.cache_clear()

    yield use
    core.analyze.cache_clear()


def _probability(text: str) -> float:
    with training.rules_only():
        names = training.example(text)
    return load().probability(names)


def test_the_scorer_is_a_logistic_sum_of_feature_weights():
    model = Scorer(-1.0, {"w:should": 2.5, "w:said": -3.0})
    assert model.probability({"w:should", "w:unknown"}) == pytest.approx(
        1 / (1 + math.exp(-1.5)))
    assert model.probability({"w:said"}) < 0.02
    assert model.strongest({"w:should", "w:said", "w:unknown"}) == ["should"]
    assert model.strongest({"w:should", "w:said"}, sign=-1) == ["said"]


def test_features_are_the_same_every_time_and_need_no_model():
    with training.rules_only():
        first = training.example("Frankly, the council should have asked voters.")
        second = training.example("Frankly, the council should have asked voters.")
    assert first == second
    assert {"w:frankly", "b:should have", "rule:opinion", "src:none"} <= first
    assert words("It rose 3.5% to £1,200 in 2024.") == (
        "it", "rose", "<num>", "to", "<num>", "in", "<num>")


def test_the_shipped_weights_were_trained_on_the_training_sentences_as_they_are():
    shipped = json.loads(training.OUTPUT.read_text("utf-8"))
    files = training.data_files()
    assert shipped["training"]["files"] == [p.name for p in files]
    assert shipped["training"]["sha256"] == training.digest(files), (
        "the training sentences changed: run "
        "python -m quizapp.analysis.training.train_subjectivity")
    assert load() is not None and len(load().weights) == len(shipped["weights"])


def test_every_training_sentence_has_a_kind_a_source_and_a_subjectivity():
    rows = training.read_rows(training.data_files())
    assert len(rows) >= 1000
    for row in rows:
        assert row["text"].strip() and row["kind"] in KINDS
        assert row["source"] in SOURCES and isinstance(row["subj"], bool)


@pytest.mark.parametrize("text", [
    "Frankly, this is the most shameful decision the council has made in years.",
    "Nobody who has waited two hours for a night bus could call this progress.",
    "It is time the board stopped pretending that nothing is wrong.",
])
def test_an_own_written_judgement_scores_as_subjective(text):
    assert _probability(text) > 0.8


@pytest.mark.parametrize("text", [
    "The council voted 7-2 on Tuesday to approve the new budget.",
    "Police closed the bridge on Monday after a lorry struck one of its supports.",
    "The museum reopened last week after a two-year refurbishment.",
])
def test_an_own_written_report_scores_as_objective(text):
    assert _probability(text) < 0.2


def test_a_judgement_the_model_finds_clearly_objective_becomes_an_unsourced_claim(
        scorer):
    text = "It is a shameful waste of public money."
    assert core.analyze(text).sentences[0].label == "opinion"
    scorer(Scorer(-6.0, {}))
    sentence = core.analyze(text).sentences[0]
    assert (sentence.kind, sentence.label) == ("fact", "unsourced")
    assert "'shameful' colours it" in sentence.explanation
    assert "model" not in sentence.explanation


def test_a_promoting_model_turns_a_coloured_fact_into_the_writers_opinion(scorer):
    text = "Its staunch ally sent 200 troops to the border on Monday."
    scorer(Scorer(6.0, {}, promote=0.9))
    sentence = core.analyze(text).sentences[0]
    assert (sentence.kind, sentence.label) == ("opinion", "opinion")
    assert sentence.explanation.startswith("'staunch' judges")
    assert sentence.source_kind == "none"


def test_without_cue_words_the_model_adds_no_judgement(scorer):
    scorer(Scorer(6.0, {}, promote=0.9))
    sentence = core.analyze("The museum reopened last week.").sentences[0]
    assert sentence.label == "unsourced"


def test_confidence_falls_when_the_model_doubts_the_rules(scorer):
    text = "It is a shameful waste of public money."
    scorer(Scorer(3.0, {}))
    sure = core.analyze(text).sentences[0]
    scorer(Scorer(-1.5, {}))
    doubtful = core.analyze(text).sentences[0]
    assert sure.label == doubtful.label == "opinion"
    assert doubtful.confidence < sure.confidence


def test_the_model_leaves_a_quoted_source_to_the_rules(scorer):
    text = "“This budget is a betrayal,” said opposition leader Marta Kovacs."
    scorer(load())
    before = core.analyze(text).sentences[0]
    scorer(Scorer(-6.0, {}))
    after = core.analyze(text).sentences[0]
    assert (after.label, after.confidence, after.explanation) == (
        before.label, before.confidence, before.explanation)


def test_without_weights_the_rules_alone_decide(scorer):
    scorer(None)
    sentence = core.analyze("It is a shameful waste of public money.").sentences[0]
    assert sentence.label == "opinion" and sentence.confidence == 0.65
