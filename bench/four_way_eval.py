"""Four-way label accuracy on real news articles labelled by hand (issue 11).

The gold, `bench/data/four-way-gold.jsonl`, holds the project's own labels of
sentences of thirty-one PolNeAR dev articles (`../shared/eval/attribution-dev.jsonl`,
which is not copied: a row keeps the article's line, the sentence's character
span and a hash of its text, never the text). Each sentence was labelled blind,
without the analyzer, by the two questions of `bench/data/four-way-guide.md`:
what the words do (fact, speculation, opinion, or skip: headlines, questions,
fragments) and whom they credit (named, anonymous, vague, citation, none).
The four labels learners sort follow: opinion and speculation whoever says
them; a fact with a source is sourced, one without is unsourced.

Four sets: `first` (ten articles), `second` and `third` (eight more each,
labelled later by the same guide to widen what rules are designed from; each
was scored once before anyone studied it) may be studied, misses included;
`heldout` (five articles) is only ever scored, so that it
shows how well changes carry over to articles nobody designed from.
`--misses` refuses to print its misses.
A second blind labelling by the guide agreed with the gold's four-way label on
265 of 275 sentences of `first` (0.964) and 148 of 161 of `heldout` (0.919).

    .venv/bin/python bench/four_way_eval.py [--eval DIR] [--misses]

Prints, for each set, the accuracy of the four-way label, of the kind and of
"has a source", the agreement on the source's kind where both give one, what
the confidence is worth (how well it ranks right labels above wrong ones, the
misses among the least sure 30% the review lists first, the labels at 80% or
more a teacher may accept at once), how many drafted cue-spotting and
who-said-it questions ask about a rightly labelled sentence, the confusion
matrix and a naive cue-word baseline (fixed word
lists in this file, so it does not move with the analyzer), then the summary
line. Exits 1 when a set is below the target, 2 when the data is absent.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from bisect import bisect_left, bisect_right
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402
from quizapp.analysis.draft import plain_sentence  # noqa: E402
from quizapp.analysis.questions import cue_items, who_said_items  # noqa: E402

GOLD = ROOT / "bench" / "data" / "four-way-gold.jsonl"
TARGET = 0.85  # issue 11: >= 0.85 four-way accuracy on real articles
FOUR = ("sourced", "unsourced", "speculation", "opinion")
SETS = ("first", "second", "third", "heldout")
# The review screen lists the least sure first; a teacher may accept every
# suggestion at 80% or more (its default).
REVIEW_SHARE, ACCEPT = 0.3, 0.8


def text_hash(text: str) -> str:
    """The hash a gold row keeps of its sentence (sha1, 12 hex digits)."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def gold_label(kind: str, source: str) -> str:
    if kind in ("opinion", "speculation"):
        return kind
    return "sourced" if source != "none" else "unsourced"


# The naive baseline: the first cue list that matches decides.
_BASELINE = (
    ("opinion", r"\b(should|must|ought|need to|have to|best|worst|great|terrible|"
                r"wrong|good|bad|disgrace\w*|outrageous|ridiculous|absurd|awful|"
                r"shameful|fortunately|unfortunately|I think|I believe|we believe)\b"),
    ("speculation", r"\b(may|might|could|would|likely|unlikely|probably|possibly|"
                    r"perhaps|expect\w*|predict\w*|forecast\w*|appears?|seems?|"
                    r"suggests?|potential\w*)\b"),
    ("sourced", r"\b(said|says|say|told|according to|reported|announced|stated|"
                r"claimed|wrote|tweeted|added|noted|argued|explained)\b"),
)


def baseline_label(sentence: str) -> str:
    for label, pattern in _BASELINE:
        if re.search(pattern, sentence, re.IGNORECASE):
            return label
    return "unsourced"


def load_gold(path: Path = GOLD) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _articles(eval_dir: Path) -> dict[int, str] | None:
    path = eval_dir / "attribution-dev.jsonl"
    if not path.is_file():
        return None
    with path.open(encoding="utf-8") as handle:
        return {n: json.loads(line)["text"] for n, line in enumerate(handle)}


def _predicted(analysis, start: int, end: int):
    """The analysed sentence that overlaps the gold span most."""
    best, most = None, 0
    for sentence in analysis.sentences:
        overlap = min(end, sentence.end) - max(start, sentence.start)
        if overlap > most:
            best, most = sentence, overlap
    return best


def score(gold: list[dict], articles: dict, sets=SETS) -> dict[str, dict]:
    """Per set: counts, confusion, baseline and the misses. A gold row gives
    its set, the article's key in `articles` ("line"), the sentence's span and
    a hash of its text, its kind and its source."""
    results = {name: {"n": 0, "right": 0, "kind": 0, "sourced": 0, "base": 0,
                      "changed": 0, "confusion": Counter(), "misses": [],
                      "both_sourced": 0, "source_kind": 0, "confidences": [],
                      "questions": 0, "questions_right": 0}
               for name in sets}
    analyses = {}
    judged = {}  # line -> {analysed sentence index: its four-way label is right}
    for row in gold:
        if row["kind"] == "skip":
            continue
        text = articles[row["line"]]
        span = text[row["start"]:row["end"]]
        result = results[row["set"]]
        if text_hash(span) != row["sha"]:
            result["changed"] += 1
            continue
        if row["line"] not in analyses:
            analyses[row["line"]] = analyze(text)
        sentence = _predicted(analyses[row["line"]], row["start"], row["end"])
        want = gold_label(row["kind"], row["source"])
        got = sentence.label if sentence and sentence.label in FOUR else "not sorted"
        result["n"] += 1
        result["right"] += got == want
        result["kind"] += bool(sentence) and sentence.kind == row["kind"]
        result["sourced"] += bool(sentence) and (
            (sentence.source_kind != "none") == (row["source"] != "none"))
        result["base"] += baseline_label(span) == want
        if sentence and row["source"] != "none" and sentence.source_kind != "none":
            # an interview turn's speaker ("self") is a named source
            kind = "named" if sentence.source_kind == "self" else sentence.source_kind
            result["both_sourced"] += 1
            result["source_kind"] += kind == row["source"]
        result["confusion"][want, got] += 1
        if sentence:
            judged.setdefault(row["line"], {})[sentence.index] = got == want
        result["confidences"].append((sentence.confidence if sentence else 0.0,
                                      got == want))
        if got != want:
            result["misses"].append((row, want, got, span, sentence))
    sets = {row["line"]: row["set"] for row in gold}
    for line, right in judged.items():
        counted = _drafted_questions(analyses[line], right)
        results[sets[line]]["questions"] += len(counted)
        results[sets[line]]["questions_right"] += sum(counted)
    return results


def _drafted_questions(analysis, right: dict[int, bool]) -> list[bool]:
    """For each cue-spotting and who-said-it question the draft asks of this
    article, whether the sentence it was drafted from is labelled right (a
    question on a mislabelled sentence teaches the wrong answer); questions on
    sentences the gold leaves out are not counted."""
    by_text = {plain_sentence(analysis, s): s.index for s in analysis.sentences}
    found = []
    for item in cue_items(analysis) + who_said_items(analysis):
        index = by_text.get(item["evidence"][0])
        if index in right:
            found.append(right[index])
    return found


def ranking(confidences: list[tuple[float, bool]]) -> float:
    """ROC AUC of the confidence: the chance that a right label is shown as
    surer than a wrong one (ties count half); 0.5 is no better than chance."""
    right = sorted(c for c, ok in confidences if ok)
    wrong = sorted(c for c, ok in confidences if not ok)
    if not right or not wrong:
        return 0.5
    above = sum(bisect_left(wrong, c) + (bisect_right(wrong, c)
                                         - bisect_left(wrong, c)) / 2
                for c in right)
    return above / (len(right) * len(wrong))


def _confidence_line(result: dict) -> str:
    """What the review screen's order and "accept above 80%" are worth."""
    confidences = result["confidences"]
    misses = sum(not ok for _, ok in confidences)
    first = sorted(confidences, key=lambda pair: pair[0])[:round(
        REVIEW_SHARE * len(confidences))]
    caught = sum(not ok for _, ok in first)
    sure = [ok for c, ok in confidences if c >= ACCEPT]
    return (f"confidence: ranks right above wrong {ranking(confidences):.3f} "
            f"(AUC); the least sure {REVIEW_SHARE:.0%} hold {caught}/{misses} of "
            f"the misses; at {ACCEPT:.0%} or more {sum(sure)}/{len(sure)} right "
            f"({sum(sure) / max(len(sure), 1):.3f}); mean confidence "
            f"{sum(c for c, _ in confidences) / max(len(confidences), 1):.3f}")


def _print_set(name: str, result: dict) -> None:
    n = max(result["n"], 1)
    print(f"{name:8} four-way {result['right']}/{result['n']} = "
          f"{result['right'] / n:.3f}   kind {result['kind'] / n:.3f}   "
          f"has a source {result['sourced'] / n:.3f}   "
          f"cue-word baseline {result['base'] / n:.3f}")
    print(f"{'':8} source kind (named, anonymous, vague, citation) where both "
          f"give a source: {result['source_kind']}/{result['both_sourced']} = "
          f"{result['source_kind'] / max(result['both_sourced'], 1):.3f}")
    print(f"{'':8} {_confidence_line(result)}")
    print(f"{'':8} drafted cue-spotting and who-said-it questions asked of a "
          f"rightly labelled sentence: {result['questions_right']}/"
          f"{result['questions']}")
    if result["changed"]:
        print(f"{name:8} {result['changed']} gold sentences no longer match the "
              "article text (the data changed) and were left out")
    columns = (*FOUR, "not sorted")
    print(f"{'':8} gold \\ analyzer " + " ".join(f"{c[:11]:>11}" for c in columns))
    for want in FOUR:
        print(f"{'':8} {want:16}" + " ".join(
            f"{result['confusion'][want, got]:>11}" for got in columns))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--misses", choices=SETS, default=None,
                        help="print one set's misses (never the held-out set's)")
    args = parser.parse_args()
    if args.misses == "heldout":
        parser.error("the held-out set is only scored: its misses are not printed, "
                     "so that no rule is designed from them")
    articles = _articles(Path(args.eval))
    if articles is None:
        print(f"four_way_eval: no attribution-dev.jsonl in {args.eval}; "
              "the articles are not copied into the project", file=sys.stderr)
        return 2
    results = score(load_gold(), articles)
    for name in SETS:
        _print_set(name, results[name])
    if args.misses:
        for row, want, got, span, sentence in results[args.misses]["misses"]:
            print(f"[{row['line']}:{row['start']}] gold={want} ({row['kind']}, "
                  f"{row['source']}) analyzer={got} "
                  f"({sentence.kind if sentence else '-'}, "
                  f"{sentence.source_kind if sentence else '-'}): {span[:200]!r}")
    figures = {name: results[name]["right"] / max(results[name]["n"], 1)
               for name in SETS}
    print("SUMMARY four_way_eval: " + ", ".join(
        f"{name} {figures[name]:.3f} (n={results[name]['n']}, baseline "
        f"{results[name]['base'] / max(results[name]['n'], 1):.3f})"
        for name in SETS) + f"; target {TARGET:.2f}")
    return 0 if all(f >= TARGET for f in figures.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
