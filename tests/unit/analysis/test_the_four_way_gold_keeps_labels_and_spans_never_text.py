"""bench/data/four-way-gold.jsonl labels sentences of ../shared's PolNeAR articles
by span and hash only: the articles are measurement data and are not copied."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
SHARED_ARTICLES = ROOT.parent / "shared" / "eval" / "attribution-dev.jsonl"
sys.path.insert(0, str(ROOT / "bench"))

import four_way_eval  # noqa: E402

ROWS = four_way_eval.load_gold()


def test_every_row_holds_a_span_a_hash_and_the_two_answers_and_no_text():
    assert len(ROWS) > 400
    for row in ROWS:
        assert set(row) == {"set", "line", "start", "end", "sha", "kind", "source"}
        assert row["set"] in four_way_eval.SETS
        assert 0 <= row["start"] < row["end"]
        assert len(row["sha"]) == 12 and int(row["sha"], 16) >= 0
        assert row["kind"] in ("fact", "speculation", "opinion", "skip")
        assert row["source"] in ("named", "anonymous", "vague", "citation", "none")


def test_each_article_belongs_to_one_set_and_the_held_out_ones_are_never_studied():
    lines = {name: {r["line"] for r in ROWS if r["set"] == name}
             for name in four_way_eval.SETS}
    assert all(lines.values())
    for name in four_way_eval.SETS:
        for other in four_way_eval.SETS:
            assert name == other or not lines[name] & lines[other]


def test_the_bench_refuses_to_print_the_held_out_misses(capsys, monkeypatch):
    monkeypatch.setattr(sys, "argv", ["four_way_eval.py", "--misses", "heldout"])
    with pytest.raises(SystemExit):
        four_way_eval.main()
    assert "only scored" in capsys.readouterr().err


def test_the_four_labels_follow_from_the_two_questions():
    assert four_way_eval.gold_label("opinion", "named") == "opinion"
    assert four_way_eval.gold_label("speculation", "none") == "speculation"
    assert four_way_eval.gold_label("fact", "anonymous") == "sourced"
    assert four_way_eval.gold_label("fact", "none") == "unsourced"


@pytest.mark.skipif(not SHARED_ARTICLES.is_file(),
                    reason="../shared/eval is absent (public measurement data)")
def test_every_span_still_reads_the_sentence_that_was_labelled():
    with SHARED_ARTICLES.open(encoding="utf-8") as handle:
        texts = [json.loads(line)["text"] for line in handle]
    for row in ROWS:
        span = texts[row["line"]][row["start"]:row["end"]]
        assert four_way_eval.text_hash(span) == row["sha"], row
