"""Time to grade one free-text answer, in rubric mode and in reference mode.

Prints the median over many runs of the fixture answers (rubric prepared once, as
in a running app), the first, uncached call, and the ratio to a baseline measured
in the same run: a plain `str.lower().split()` word overlap with the reference.

Run: .venv/bin/python bench/grading_speed.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from quizapp.grading import get_checker  # noqa: E402
from quizapp.grading.freetext import grade_against_reference  # noqa: E402
from quizapp.packs import read_pack  # noqa: E402

FIXTURE = ROOT / "tests" / "fixtures" / "founding_freetext_answers.yaml"
PACK = ROOT / "content" / "iran-scaling-back-syria"
ROUNDS = 20


def baseline(answer: str, reference: str) -> float:
    ref = set(reference.lower().split())
    return len(set(answer.lower().split()) & ref) / max(1, len(ref))


def median_ms(fn, cases) -> float:
    times = []
    for _ in range(ROUNDS):
        for case in cases:
            t = time.perf_counter()
            fn(*case)
            times.append(time.perf_counter() - t)
    return statistics.median(times) * 1000


def main() -> None:
    items = {
        it["key"]: it["spec"]
        for ex in read_pack(PACK).exercises
        for it in ex.items
        if it["type"] == "free_text"
    }
    answers = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))["answers"]
    checker = get_checker("free_text")
    first = answers[0]
    t = time.perf_counter()
    checker.check(items[first["question"]], {"text": first["text"]})
    cold = (time.perf_counter() - t) * 1000

    rubric_cases = [(items[a["question"]], {"text": a["text"]}) for a in answers]
    ref_cases = [
        (a["text"], items[a["question"]]["reference"], items[a["question"]]["prompt"])
        for a in answers
    ]
    base_cases = [(a, r) for a, r, _ in ref_cases]
    rubric = median_ms(checker.check, rubric_cases)
    reference = median_ms(grade_against_reference, ref_cases)
    base = median_ms(baseline, base_cases)
    words = statistics.median(len(a["text"].split()) for a in answers)
    print(f"{len(answers)} answers (median {words:g} words) x {ROUNDS} rounds")
    print(f"first call (rubric analysed, lexicon loaded): {cold:.2f} ms")
    ratio = rubric / base
    print(f"rubric mode     median {rubric:.3f} ms/answer  ({ratio:.0f}x baseline)")
    print(f"reference mode  median {reference:.3f} ms/answer  "
          f"({reference / base:.0f}x baseline)")  # fmt: skip
    print(f"baseline lower().split() overlap median {base * 1000:.1f} us/answer")
    long_text = " ".join(a["text"] for a in answers[:12])[:900]
    one = [(items["w-reasons"], {"text": long_text})]
    print(f"rubric mode, a {len(long_text.split())}-word answer: "
          f"{median_ms(checker.check, one):.3f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
