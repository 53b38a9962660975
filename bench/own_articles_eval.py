"""Four-way label accuracy on news-style articles the project wrote and
labelled itself (issue 11), so the figure needs nothing beside the project.

`bench/data/own-articles/` holds sixteen original articles in as many genres
(council news, a health study, a match report, markets, an op-ed, a letter,
an interview, a wire story; national politics, courts, environment,
education, a film review, an editorial, business, an explainer), each
sentence labelled by `bench/data/four-way-guide.md` before the analyzer was
run on it (`labels.jsonl`: the article, the sentence's exact text, its kind
and its source). `studied` may be studied, misses included: the rules of
session 45 were designed from it after it was scored once. `heldout` is only
ever scored (`--misses` refuses it), so that it shows how the analyzer does
on articles nobody designed from.

    .venv/bin/python bench/own_articles_eval.py [--misses studied]

Prints for each set what `four_way_eval.py` prints (the four-way label, the
kind, "has a source", the confidence's worth, the confusion matrix and the
naive cue-word baseline measured in the same run), then the summary line.
A quotation the analyzer keeps whole is one sentence to it: each labelled
sentence is matched to the analysed sentence that overlaps it most.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

import four_way_eval as four_way  # noqa: E402

DATA = ROOT / "bench" / "data" / "own-articles"
SETS = ("studied", "heldout")


def load(data: Path = DATA) -> tuple[list[dict], dict[str, str]]:
    """Gold rows in `four_way_eval.score`'s shape, and the articles by name."""
    gold, articles = [], {}
    for name in SETS:
        with (data / name / "labels.jsonl").open(encoding="utf-8") as handle:
            rows = [json.loads(line) for line in handle if line.strip()]
        at: dict[str, int] = {}  # where the next sentence is looked for
        for row in rows:
            key = f"{name}/{row['article']}"
            if key not in articles:
                articles[key] = (data / name / row["article"]).read_text(
                    encoding="utf-8")
            start = articles[key].index(row["text"], at.get(key, 0))
            end = start + len(row["text"])
            at[key] = end
            gold.append({"set": name, "line": key, "start": start, "end": end,
                         "sha": four_way.text_hash(row["text"]),
                         "kind": row["kind"], "source": row["source"]})
    return gold, articles


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", choices=SETS, default=None,
                        help="print the studied set's misses (never the held-out "
                             "set's)")
    args = parser.parse_args()
    if args.misses == "heldout":
        parser.error("the held-out set is only scored: its misses are not printed, "
                     "so that no rule is designed from them")
    gold, articles = load()
    results = four_way.score(gold, articles, SETS)
    for name in SETS:
        four_way._print_set(name, results[name])
    if args.misses:
        for row, want, got, span, sentence in results[args.misses]["misses"]:
            print(f"[{row['line']}] gold={want} ({row['kind']}, {row['source']}) "
                  f"analyzer={got} ({sentence.kind if sentence else '-'}, "
                  f"{sentence.source_kind if sentence else '-'}): {span[:200]!r}")
    print("SUMMARY own_articles_eval: " + ", ".join(
        f"{name} {results[name]['right'] / max(results[name]['n'], 1):.3f} "
        f"(n={results[name]['n']}, baseline "
        f"{results[name]['base'] / max(results[name]['n'], 1):.3f})"
        for name in SETS) + f"; target {four_way.TARGET:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
