"""Four-way agreement on the project's own sentences of news constructions.

`bench/data/constructions.jsonl` holds 540 single sentences the project wrote
(every name made up, no article copied) and labelled by the two questions of
`bench/data/four-way-guide.md`: `reporting` (273) covers how news credits its
claims (quotations placed before, after or inside the words, indirect speech,
"according to" and "per", statements, anonymous and vague sources, documents,
reported acts, side clauses, passives, forecasts and schedules); `genres` (267)
covers local, business, science, sport, culture, profiles, editorials and
letters. One labeller wrote each set, so a row whose label the guide leaves
open is marked `debatable` and left out of the main figure. The sentences
were used to find general defects (issue 11), so this is a check that those
stay fixed and a map of what is left, not a held-out measure: that is
`bench/four_way_eval.py`'s `heldout`.

    .venv/bin/python bench/constructions_eval.py [--misses]

Prints agreement per set, the confusion, optionally every miss, and the
summary line. Needs no data outside the project.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402

DATA = ROOT / "bench" / "data" / "constructions.jsonl"
FOUR = ("sourced", "unsourced", "speculation", "opinion")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="print every miss")
    args = parser.parse_args()
    rows = [json.loads(line) for line in DATA.open(encoding="utf-8")]
    counts: dict[str, Counter] = {}
    confusion: Counter = Counter()
    for row in rows:
        sentence = analyze(row["text"]).sentences[0]
        right = sentence.label == row["label"]
        tally = counts.setdefault(row["set"], Counter())
        tally["all"] += 1
        tally["all right"] += right
        if not row["debatable"]:
            tally["clear"] += 1
            tally["clear right"] += right
            confusion[row["label"], sentence.label] += 1
            if args.misses and not right:
                print(f"  {row['label']:11} got {sentence.label:11} "
                      f"{sentence.source_kind:9} {row['text']}")
    for name, tally in counts.items():
        print(f"{name:10} {tally['clear right']}/{tally['clear']} = "
              f"{tally['clear right'] / tally['clear']:.3f} (with debatable rows "
              f"{tally['all right']}/{tally['all']})")
    labels = [*FOUR, *sorted({got for _, got in confusion} - set(FOUR))]
    print("gold \\ analyzer " + "".join(f"{label:>12}" for label in labels))
    for gold in FOUR:
        print(f"{gold:16}" + "".join(f"{confusion[gold, got]:12}" for got in labels))
    right = sum(t["clear right"] for t in counts.values())
    total = sum(t["clear"] for t in counts.values())
    print(f"SUMMARY constructions_eval: {right}/{total} = {right / total:.3f} "
          "(debatable rows left out)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
