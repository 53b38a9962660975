"""Train the calibration of the analyzer's confidence on the project's sentences.

    python -m quizapp.analysis.training.train_calibration [--check]

Reads the same labelled sentences as the subjectivity model (`sentences/*.jsonl`
next to this file, written and labelled by the project), runs the analyzer as
it ships (the rules and the subjectivity model) on each one, and records the
features `calibration.features` gives its decision. The target is "the
four-way label learners sort is right" (opinion and speculation whoever says
them; a fact with a source is sourced, one without unsourced). A logistic
regression (scikit-learn, the `train` extra), unweighted so that its output is
a probability, is fitted with C chosen by the cross-validated log loss (5
folds, blocks of ten consecutive lines kept in one fold). Deterministic.

The subjectivity and tone models learnt from these same sentences, so their
views of them are too sure: the calibration is fitted on their out-of-fold
probabilities instead (the tone model's from `tone-unseen.json`, which
`train_tone` writes).

Writes `quizapp/analysis/data/calibration.json`: the weights, the sha256 of the
training files and of the subjectivity and tone models it was trained beside,
and the cross-validated figures (log loss, Brier score and ROC AUC, beside the
rules' own confidences). `--check` only verifies that the shipped weights
match all three. Retrain after changing the training files, either model or
the rules.
"""

from __future__ import annotations

import hashlib
import json
import sys
from contextlib import contextmanager
from pathlib import Path

from quizapp.analysis import core, label
from quizapp.analysis.calibration import (
    WEIGHTS_FILE,
    subjectivity_feature,
    tone_feature,
)
from quizapp.analysis.subjectivity import WEIGHTS_FILE as SUBJECTIVITY_FILE
from quizapp.analysis.tone import WEIGHTS_FILE as TONE_FILE
from quizapp.analysis.training import command
from quizapp.analysis.training.train_subjectivity import (
    FOLDS,
    SORTED_KINDS,
    cross_validate,
    data_files,
    digest,
    example,
    read_rows,
    rules_only,
)
from quizapp.analysis.training.train_tone import UNSEEN as UNSEEN_TONE
from quizapp.analysis.training.train_tone import text_key

DATA = Path(__file__).resolve().parent.parent / "data"
OUTPUT = DATA / WEIGHTS_FILE
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0)
PRUNE = 0.01  # weights smaller than this are dropped from the file


def subjectivity_digest() -> str:
    """sha256 of the subjectivity weights the calibration reads."""
    return hashlib.sha256((DATA / SUBJECTIVITY_FILE).read_bytes()).hexdigest()


def tone_digest() -> str:
    """sha256 of the tone model the calibration reads."""
    return hashlib.sha256((DATA / TONE_FILE).read_bytes()).hexdigest()


def unseen_tone(rows: list[dict]) -> list[float | None]:
    """Each row's out-of-fold P from the tone model (`train_tone` writes them:
    the shipped model learnt from these sentences, as the subjectivity model
    did), None where it has none."""
    unseen = json.loads(UNSEEN_TONE.read_text("utf-8"))["probabilities"]
    return [unseen.get(text_key(row["text"])) for row in rows]


def four_way(kind: str, source: str) -> str:
    """The label learners sort, from the two answers."""
    if kind in ("opinion", "speculation"):
        return kind
    return "sourced" if source != "none" else "unsourced"


class _Recorder:
    """Stands in for the calibration: keeps each decision's features."""

    def __init__(self):
        self.seen: list[set[str]] = []

    def probability(self, names) -> float:
        self.seen.append(set(names))
        return 0.5


@contextmanager
def calibrated_by(model):
    """Analyse with `model` as the calibration (None: the rules' confidences)."""
    saved = label.CALIBRATION
    label.CALIBRATION = model
    core.analyze.cache_clear()
    try:
        yield model
    finally:
        label.CALIBRATION = saved
        core.analyze.cache_clear()


def recording():
    """Analyse as the analyzer ships, with the calibration's inputs recorded."""
    return calibrated_by(_Recorder())


def _sorted(text: str) -> list:
    return [s for s in core.analyze(text).sentences if s.kind in SORTED_KINDS]


def unseen_subjectivity(rows: list[dict]) -> list[float | None]:
    """Each row's P(subjective) from a subjectivity model that never saw it:
    the shipped model was trained on these same sentences, so its own
    probabilities here are too sure, and a calibration fitted on them would
    trust them more than they deserve on articles it never saw. Out-of-fold
    probabilities (same folds, same C) stand in for them."""
    from sklearn.feature_extraction import DictVectorizer

    with rules_only():
        found = [example(r["text"]) for r in rows]
    kept = [i for i, names in enumerate(found) if names]
    x = DictVectorizer(sort=True).fit_transform(
        [dict.fromkeys(sorted(found[i]), 1) for i in kept])
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")
    y = [int(rows[i]["kind"] != "fact" or rows[i]["subj"]) for i in kept]
    shipped = json.loads((DATA / SUBJECTIVITY_FILE).read_text("utf-8"))
    out: list[float | None] = [None] * len(rows)
    for i, p in zip(kept, cross_validate(x, y, [rows[i]["_block"] for i in kept],
                                         shipped["cv"]["C"]), strict=True):
        out[i] = p
    return out


def examples(rows: list[dict]) -> list[tuple[set[str], int, str, float]]:
    """(features, label right, block, the rules' own confidence) of each row
    the analyzer reads as one sorted sentence; a row it splits or does not sort
    is left out."""
    unseen = unseen_subjectivity(rows)
    tones = unseen_tone(rows)
    with calibrated_by(None):
        rules = [[s.confidence for s in _sorted(row["text"])] for row in rows]
    found = []
    with recording() as recorder:
        for row, subjective, tone, own in zip(rows, unseen, tones, rules,
                                              strict=True):
            before = len(recorder.seen)
            sentences = _sorted(row["text"])
            if len(sentences) != 1 or len(recorder.seen) != before + 1:
                continue
            names = recorder.seen[-1]
            if subjective is not None:
                names = {n for n in names if not n.startswith("subj:")}
                names.add(subjectivity_feature(sentences[0].label, subjective))
            names = {n for n in names if not n.startswith("tone:")}
            if tone is not None:
                names.add(tone_feature(sentences[0].label, tone))
            right = sentences[0].label == four_way(row["kind"], row["source"])
            found.append((names, int(right), row["_block"], own[0]))
    return found


def _auc(scores: list[float], right: list[int]) -> float:
    """ROC AUC: the chance a right label scores above a wrong one (ties half)."""
    from sklearn.metrics import roc_auc_score

    return float(roc_auc_score(right, scores))


def train() -> dict:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import brier_score_loss, log_loss
    from sklearn.model_selection import GroupKFold

    paths = data_files()
    rows = read_rows(paths)
    kept = examples(rows)
    names = [dict.fromkeys(sorted(n), 1) for n, _, _, _ in kept]
    y = [r for _, r, _, _ in kept]
    groups = [g for _, _, g, _ in kept]
    rules = [c for _, _, _, c in kept]
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform(names)
    x.indices, x.indptr = x.indices.astype("int32"), x.indptr.astype("int32")

    def fit(x_, y_, c):
        return LogisticRegression(C=c, solver="liblinear", max_iter=1000,
                                  random_state=0).fit(x_, y_)

    grid = {}
    for c in C_GRID:
        out = [0.0] * len(y)
        for tr, te in GroupKFold(FOLDS).split(x, y, groups):
            model = fit(x[tr], [y[i] for i in tr], c)
            for i, p in zip(te, model.predict_proba(x[te])[:, 1], strict=True):
                out[i] = float(p)
        grid[c] = (log_loss(y, out), out)
    best_c = min(grid, key=lambda c: grid[c][0])
    probs = grid[best_c][1]
    model = fit(x, y, best_c)
    features = vectorizer.get_feature_names_out()
    weights = {str(n): round(float(w), 4)
               for n, w in zip(features, model.coef_[0], strict=True)
               if abs(w) >= PRUNE}
    return {
        "model": "logistic regression over calibration.features (binary)",
        "target": "the four-way label is right",
        "bias": round(float(model.intercept_[0]), 4),
        "training": {
            "files": [p.name for p in paths],
            "sha256": digest(paths),
            "subjectivity_sha256": subjectivity_digest(),
            "tone_sha256": tone_digest(),
            "rows": len(rows),
            "used": len(kept),
            "right": sum(y),
            "features_seen": len(features),
            "features_kept": len(weights),
        },
        "cv": {
            "folds": FOLDS, "C": best_c,
            "log_loss": round(grid[best_c][0], 4),
            "brier": round(float(brier_score_loss(y, probs)), 4),
            "auc": round(_auc(probs, y), 4),
            "rules_auc": round(_auc(rules, y), 4),
            "grid": {f"C={c}": round(v[0], 4) for c, v in grid.items()},
        },
        "weights": dict(sorted(weights.items())),
    }


def matches() -> bool:
    """Were the shipped weights trained on the files and model as they are?"""
    training = json.loads(OUTPUT.read_text("utf-8"))["training"]
    return (training["sha256"] == digest(data_files())
            and training["subjectivity_sha256"] == subjectivity_digest()
            and training["tone_sha256"] == tone_digest())


def report(result: dict) -> list[str]:
    t, cv = result["training"], result["cv"]
    return [
        f"rows {t['rows']} (used {t['used']}, label right on {t['right']})",
        f"cv {cv['folds']}-fold: log loss {cv['log_loss']:.3f}, Brier "
        f"{cv['brier']:.3f}, AUC {cv['auc']:.3f} (the rules' own confidences "
        f"{cv['rules_auc']:.3f}); C={cv['C']}",
    ]


if __name__ == "__main__":
    sys.exit(command(__doc__.splitlines()[0], OUTPUT, train, matches, report))
