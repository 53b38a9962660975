"""Measure the free-text grader against human grades.

1. Reference-answer mode on ../shared/eval/grading-dev.jsonl (Mohler et al. 2011
   short answers, two human grades averaged, 0-5): Pearson correlation and mean
   absolute error of `grade_against_reference` against score / 5, for the shipped
   weights and, to show they are not tuned to these answers, refitted with 5-fold
   cross-validation by question (each question's answers are graded by weights
   fitted on the other questions only).
2. Key-point mode on tests/fixtures/founding_freetext_answers.yaml (answers written
   and graded by hand): key-point agreement, misconception agreement, exact
   agreement of whole answers, and score MAE (scores scaled to [0, 1]).

Run: .venv/bin/python bench/grading_eval.py [path/to/grading-dev.jsonl]
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.grading import get_checker  # noqa: E402
from quizapp.grading.text import reference as ref  # noqa: E402
from quizapp.packs import read_pack  # noqa: E402

DEV = ROOT.parent / "shared" / "eval" / "grading-dev.jsonl"
FIXTURE = ROOT / "tests" / "fixtures" / "founding_freetext_answers.yaml"
PACK = ROOT / "content" / "iran-scaling-back-syria"


def pearson(xs: list[float], ys: list[float]) -> float:
    mx, my = statistics.fmean(xs), statistics.fmean(ys)
    cov = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True))
    vx = sum((x - mx) ** 2 for x in xs)
    vy = sum((y - my) ** 2 for y in ys)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def mae(xs: list[float], ys: list[float]) -> float:
    return statistics.fmean(abs(x - y) for x, y in zip(xs, ys, strict=True))


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination for the small normal equations of a least-squares fit."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for c in range(n):
        p = max(range(c, n), key=lambda r: abs(m[r][c]))
        m[c], m[p] = m[p], m[c]
        for r in range(n):
            if r != c and m[c][c]:
                f = m[r][c] / m[c][c]
                m[r] = [x - f * y for x, y in zip(m[r], m[c], strict=True)]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs: list[list[float]], ys: list[float], ridge: float = 1e-3) -> list[float]:
    """Least squares with an intercept first: weights (b, w1, ..., wk)."""
    rows = [[1.0, *x] for x in xs]
    k = len(rows[0])
    ata = [[sum(r[i] * r[j] for r in rows) + (ridge if i == j else 0) for j in range(k)]
           for i in range(k)]  # fmt: skip
    atb = [sum(r[i] * y for r, y in zip(rows, ys, strict=True)) for i in range(k)]
    return solve(ata, atb)


def predict(w: list[float], x: list[float]) -> float:
    return min(1.0, max(0.0, w[0] + sum(a * b for a, b in zip(w[1:], x, strict=True))))


def reference_mode(path: Path) -> None:
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    gold = [r["score"] / r["max_score"] for r in rows]
    shipped = [
        ref.grade_against_reference(r["answer"], r["reference"], r["question"])
        for r in rows
    ]
    print(f"reference mode on {path.name}: {len(rows)} answers, "
          f"{len({r['question_id'] for r in rows})} questions")  # fmt: skip
    print(f"  shipped weights       Pearson {pearson(shipped, gold):.3f}  "
          f"MAE {mae(shipped, gold):.3f}")  # fmt: skip
    feats = [ref.features(r["answer"], r["reference"], r["question"]) for r in rows]
    blank = [ref.is_non_answer(r["answer"]) for r in rows]
    qids = sorted({r["question_id"] for r in rows})
    cv = [0.0] * len(rows)
    for k in range(5):
        held = set(qids[k::5])
        train = [i for i, r in enumerate(rows) if r["question_id"] not in held]
        w = fit([feats[i] for i in train if not blank[i]],
                [gold[i] for i in train if not blank[i]])  # fmt: skip
        for i, r in enumerate(rows):
            if r["question_id"] in held:
                cv[i] = 0.0 if blank[i] else predict(w, feats[i])
    print(f"  5-fold CV by question Pearson {pearson(cv, gold):.3f}  "
          f"MAE {mae(cv, gold):.3f}")  # fmt: skip
    full = fit([f for f, b in zip(feats, blank, strict=True) if not b],
               [g for g, b in zip(gold, blank, strict=True) if not b])  # fmt: skip
    print(
        "  weights refitted on all dev (b, recall, precision, overlap, length, "
        "recall^2, new-word recall): "
        + ", ".join(f"{x:.3f}" for x in full)
    )
    no_blank = [predict(ref.WEIGHTS, f) for f in feats]
    print(f"  without the non-answer rule ({sum(blank)} answers) Pearson "
          f"{pearson(no_blank, gold):.3f}")  # fmt: skip
    words = [
        len(set(r["answer"].lower().split()) & set(r["reference"].lower().split()))
        / max(1, len(set(r["reference"].lower().split())))
        for r in rows
    ]
    print(f"  baseline lower().split() overlap Pearson {pearson(words, gold):.3f}")


def fixture_items() -> dict[str, dict]:
    pack = read_pack(PACK)
    return {
        item["key"]: item["spec"]
        for ex in pack.exercises
        for item in ex.items
        if item["type"] == "free_text"
    }


def key_point_mode(verbose: bool = False) -> dict[str, float]:
    """Agreement of the key-point grader with the hand grades; returns the figures."""
    items = fixture_items()
    checker = get_checker("free_text")
    answers = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["answers"]
    kp_agree = kp_total = mis_agree = mis_total = exact = 0
    errors = []
    for a in answers:
        spec = items[a["question"]]
        result = checker.check(spec, checker.parse_answer({"text": a["text"]}))
        got = {p["id"] for p in result.details["key_points"] if p["matched"]}
        got_mis = {m["id"] for m in result.details["misconceptions"]}
        want, want_mis = set(a["key_points"]), set(a["misconceptions"])
        for kp in spec["key_points"]:
            kp_total += 1
            kp_agree += (kp["id"] in got) == (kp["id"] in want)
        for m in spec.get("misconceptions") or []:
            mis_total += 1
            mis_agree += (m["id"] in got_mis) == (m["id"] in want_mis)
        exact += got == want and got_mis == want_mis
        errors.append(abs(result.score - a["score"]) / result.max_score)
        if verbose and (got != want or got_mis != want_mis):
            print(f"  DIFF [{a['kind']}] {a['text'][:70]!r}\n"
                  f"      want {sorted(want)} {sorted(want_mis)} {a['score']}"
                  f"  got {sorted(got)} {sorted(got_mis)} {result.score}")  # fmt: skip
    return {
        "answers": len(answers),
        "key_point_agreement": kp_agree / kp_total,
        "misconception_agreement": mis_agree / mis_total,
        "exact_answer_agreement": exact / len(answers),
        "score_mae": statistics.fmean(errors),
    }


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "-v"]
    path = Path(args[0]) if args else DEV
    if path.exists():
        reference_mode(path)
    else:
        print(f"reference mode skipped: {path} not found")
    figures = key_point_mode(verbose="-v" in sys.argv)
    print(f"key-point mode on {FIXTURE.name}: {figures['answers']} hand-graded answers")
    print(f"  key-point agreement     {figures['key_point_agreement']:.3f}")
    print(f"  misconception agreement {figures['misconception_agreement']:.3f}")
    print(f"  exact answer agreement  {figures['exact_answer_agreement']:.3f}")
    print(f"  score MAE (0-1 scale)   {figures['score_mae']:.3f}")


if __name__ == "__main__":
    main()
