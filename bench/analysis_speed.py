"""Speed of the article analyzer: words per second on a 1,000-word and a
20,000-word article, the ratio to a single-regex word tokenisation of the same
text, and how time grows with length (target: >= 50,000 words/s on one core, and
20x the words within 25x the time).

    .venv/bin/python bench/analysis_speed.py

The articles are built from the founding article and a set of news-style
paragraphs (reported speech, hedges, opinion, quotations, headings, an interview),
repeated and shuffled with a fixed seed so runs are comparable.
"""

from __future__ import annotations

import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402
from quizapp.analysis.text import parse  # noqa: E402

TARGET_WPS = 50_000
TARGET_GROWTH = 25.0
_WORD = re.compile(r"\w+")
_SEED = ROOT.parent / "shared" / "seeds" / "iran-scaling-back-syria.txt"
_NEWS = [
    "The city council voted 7-2 on Tuesday to approve the new budget, officials "
    "said, ending months of debate over funding for schools and road repairs.",
    "“We simply cannot keep raising fees on families who are already struggling,” "
    "said council member Maria Lopez, who voted against the plan.",
    "According to a report by the state auditor, spending on outside consultants "
    "rose by 40 percent between 2019 and 2023.",
    "Critics say the deal could leave taxpayers with a bill of more than $2 million "
    "if the project runs late, although the mayor's office disputes that figure.",
    "### What happens next",
    "The measure is expected to take effect in January. It remains unclear whether "
    "the state will contest the ruling, and some analysts believe it may never do so.",
    "This reckless decision is a disgrace to the people who elected them, and it "
    "will be remembered as a shameful moment in the history of the town.",
    "**Reporter:** Why did the committee change its mind? **Mayor:** Because the "
    "numbers finally added up. Dr. Smith and Prof. Jones of the U.S. Geological "
    "Survey reviewed the figures at 9 a.m. on Monday.",
    "Residents who spoke to the newspaper were divided. A source familiar with the "
    "talks, who asked not to be named, said negotiations had nearly collapsed twice.",
    "The company did not respond to requests for comment [1](https://example.org/a).",
]


def _article(words: int, seed: int) -> str:
    rng = random.Random(seed)
    pool = [p for p in _SEED.read_text(encoding="utf-8").split("\n") if p.strip()]
    pool += _NEWS
    paragraphs, count = [], 0
    while count < words:
        paragraph = rng.choice(pool)
        paragraphs.append(paragraph)
        count += len(_WORD.findall(paragraph))
    return "\n\n".join(paragraphs)


def _uncached() -> None:
    """Forget the analyses and parses that `analyze` and `parse` keep, so every
    timed call does the whole work (the same text is analysed repeatedly)."""
    for cached in (analyze, parse):
        getattr(cached, "cache_clear", lambda: None)()


def _best(func, text: str, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        _uncached()
        started = time.perf_counter()
        func(text)
        best = min(best, time.perf_counter() - started)
    return best


def main() -> int:
    analyze(_article(200, 0))  # warm the lexicon caches and compiled patterns
    results = {}
    for size, repeat in ((1_000, 20), (20_000, 5)):
        text = _article(size, size)
        words = len(_WORD.findall(text))
        seconds = _best(analyze, text, repeat)
        baseline = _best(_WORD.findall, text, repeat)
        results[size] = (words, seconds)
        print(
            f"{words:>6} words: {seconds * 1000:8.1f} ms  "
            f"{words / seconds:>10,.0f} words/s  "
            f"{seconds / baseline:6.1f}x a regex word tokenisation "
            f"({words / baseline:,.0f} words/s)"
        )
    small_words, small_time = results[1_000]
    big_words, big_time = results[20_000]
    growth = big_time / small_time
    word_ratio = big_words / small_words
    slowest = min(w / t for w, t in results.values())
    print(
        f"linearity: {word_ratio:.1f}x the words took {growth:.1f}x the time "
        f"(target within {TARGET_GROWTH * word_ratio / 20:.1f}x)"
    )
    ok = slowest >= TARGET_WPS and growth <= TARGET_GROWTH * word_ratio / 20
    print(
        f"SUMMARY analysis_speed: {slowest:,.0f} words/s (target {TARGET_WPS:,}), "
        f"growth {growth:.1f}x for {word_ratio:.1f}x words; "
        + ("targets met" if ok else "target missed")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
