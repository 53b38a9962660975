"""bench/data/own-articles holds the project's own articles and their labels:
every labelled sentence is the article's own text, in order, with one of the
guide's kinds and sources, and the held-out set's misses are never printed."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench"))

import own_articles_eval  # noqa: E402

GOLD, ARTICLES = own_articles_eval.load()


def test_every_label_is_a_sentence_of_its_article_in_order_with_both_answers():
    assert len(GOLD) > 350 and len(ARTICLES) == 16
    by_article: dict[str, int] = {}
    for row in GOLD:
        text = ARTICLES[row["line"]][row["start"]:row["end"]]
        assert text.strip() == text and text
        assert row["start"] >= by_article.get(row["line"], 0)
        by_article[row["line"]] = row["end"]
        assert row["kind"] in ("fact", "speculation", "opinion", "skip")
        assert row["source"] in ("named", "anonymous", "vague", "citation", "none")


def test_the_studied_and_held_out_sets_share_no_article():
    studied = {r["line"] for r in GOLD if r["set"] == "studied"}
    held_out = {r["line"] for r in GOLD if r["set"] == "heldout"}
    assert studied and held_out and not studied & held_out


def test_the_held_out_misses_are_refused():
    refused = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "own_articles_eval.py"), "--misses",
         "heldout"], capture_output=True, text=True, check=False)
    assert refused.returncode == 2
    assert "only scored" in refused.stderr
