"""Measure the article analyzer on the annotated dev corpora in shared/eval/.

Protocol (issue 3): the sentences of one document are joined with blank lines and
analysed in one call (a whole article for attribution); each gold sentence takes
the prediction of the analysed sentences that overlap it (for attribution, whose
gold has no sentence breaks, the analysed sentences are the units).

    .venv/bin/python bench/analysis_eval.py [--eval DIR] [--limit N] [--errors TASK]

Prints precision, recall and F1 per task, agreement with the hand-annotated
founding pack when it exists, and a summary line; exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quizapp.analysis import analyze  # noqa: E402

TARGETS = {
    "speculation": 0.85,
    "attribution": 0.85,
    "opinion": 0.70,  # issue 11: opinion macro-F1 >= 0.70
    "founding": 0.90,
    "packs": 0.85,
}
PACK = ROOT / "content" / "iran-scaling-back-syria"


HALF: str | None = None  # "a" or "b": one half of the documents, by hash


def _in_half(key: str) -> bool:
    """Split documents into two stable halves, to check a change on both."""
    if HALF is None:
        return True
    digest = hashlib.md5(key.encode("utf-8")).digest()[0]
    return (digest % 2 == 0) == (HALF == "a")


def _rows(path: Path, limit: int | None):
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle):
            if limit is not None and number >= limit:
                break
            row = json.loads(line)
            if _in_half(str(row.get("doc") or row.get("id") or row["text"])):
                yield row


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def _joined(texts: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join sentences with blank lines; return the text and each one's span."""
    spans, parts, pos = [], [], 0
    for text in texts:
        spans.append((pos, pos + len(text)))
        parts.append(text)
        pos += len(text) + 2
    return "\n\n".join(parts), spans


def _overlapping(analysis, start: int, end: int):
    return [s for s in analysis.sentences if s.start < end and s.end > start]


def eval_speculation(path: Path, limit, errors: list) -> dict:
    docs: dict[str, list[dict]] = defaultdict(list)
    for row in _rows(path, limit):
        docs[row["doc"]].append(row)
    tp = fp = fn = 0
    cue_tp = cue_fp = cue_fn = 0
    for rows in docs.values():
        text, spans = _joined([r["text"] for r in rows])
        analysis = analyze(text)
        for row, (start, end) in zip(rows, spans, strict=True):
            sentences = _overlapping(analysis, start, end)
            hedges = [
                h for s in sentences for h in s.hedges if start <= h["start"] < end
            ]
            predicted, gold = bool(hedges), bool(row["uncertain"])
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
            if predicted != gold:
                errors.append(
                    ("speculation", gold, row["text"], [h["text"] for h in hedges])
                )
            gold_starts = {start + c["start"] for c in row["cues"]}
            found = {h["start"] for h in hedges}
            cue_tp += len(gold_starts & found)
            cue_fp += len(found - gold_starts)
            cue_fn += len(gold_starts - found)
    p, r, f = _prf(tp, fp, fn)
    cp, cr, cf = _prf(cue_tp, cue_fp, cue_fn)
    print(
        f"speculation  sentences: P={p:.3f} R={r:.3f} F1={f:.3f}  "
        f"(tp={tp} fp={fp} fn={fn}, {len(docs)} documents)"
    )
    print(f"speculation  cue starts: P={cp:.3f} R={cr:.3f} F1={cf:.3f}")
    return {"f1": f}


def eval_attribution(path: Path, limit, errors: list) -> dict:
    tp = fp = fn = 0
    src_found = src_total = 0
    for row in _rows(path, limit):
        text = row["text"]
        analysis = analyze(text)
        cue_starts = sorted(a["cue"][0][0] for a in row["attributions"] if a.get("cue"))
        for sentence in analysis.sentences:
            gold = any(sentence.start <= c < sentence.end for c in cue_starts)
            predicted = sentence.attribution is not None
            tp += predicted and gold
            fp += predicted and not gold
            fn += gold and not predicted
            if predicted != gold:
                errors.append(
                    (
                        "attribution",
                        gold,
                        sentence.text,
                        sentence.attribution and sentence.attribution.cue,
                    )
                )
        for attribution in row["attributions"]:
            if not attribution.get("source") or not attribution.get("cue"):
                continue
            src_total += 1
            s, e = attribution["source"][0][0], attribution["source"][-1][1]
            if any(
                x.attribution
                and x.attribution.source_start < e
                and x.attribution.source_end > s
                for x in analysis.sentences
            ):
                src_found += 1
    p, r, f = _prf(tp, fp, fn)
    print(
        f"attribution  sentences: P={p:.3f} R={r:.3f} F1={f:.3f}  "
        f"(tp={tp} fp={fp} fn={fn})"
    )
    print(
        f"attribution  sources found (span overlap): "
        f"{src_found}/{src_total} = {src_found / max(src_total, 1):.3f}"
    )
    return {"f1": f}


def eval_opinion(path: Path, limit, errors: list) -> dict:
    counts = {"SUBJ": [0, 0, 0], "OBJ": [0, 0, 0]}  # tp, fp, fn
    for row in _rows(path, limit):
        analysis = analyze(row["text"])
        # The writer's own subjectivity (CheckThat!): an opinion or a guess the
        # sentence credits to nobody; a quoted opinion is the source's.
        subjective = any(
            s.kind in ("opinion", "speculation") and s.source_kind in ("none", "self")
            for s in analysis.sentences
        )
        predicted = "SUBJ" if subjective else "OBJ"
        gold = row["label"]
        for label in counts:
            counts[label][0] += predicted == label and gold == label
            counts[label][1] += predicted == label and gold != label
            counts[label][2] += predicted != label and gold == label
        if predicted != gold:
            errors.append(
                (
                    "opinion",
                    gold,
                    row["text"],
                    [
                        (s.label, [c["text"] for c in s.opinion_cues])
                        for s in analysis.sentences
                    ],
                )
            )
    f1s = {}
    for label, (tp, fp, fn) in counts.items():
        p, r, f = _prf(tp, fp, fn)
        f1s[label] = f
        print(f"opinion      {label:4}: P={p:.3f} R={r:.3f} F1={f:.3f}")
    macro = sum(f1s.values()) / 2
    print(f"opinion      macro-F1={macro:.3f}")
    return {"f1": macro}


def _pack_agreement(pack: Path, verbose: bool) -> tuple[int, int, int, int] | None:
    """(agree, total, sources found, sources total) of the analyzer's label
    against a hand-labelled pack's claims, or None when the pack is absent."""
    claims = pack / "claims.yaml"
    article = pack / "article.md"
    if not (claims.is_file() and article.is_file()):
        return None
    import yaml

    items = (yaml.safe_load(claims.read_text(encoding="utf-8")) or {}).get("items")
    analysis = analyze(article.read_text(encoding="utf-8"))
    plains = [
        " ".join(analysis.plain(s.start, s.end).split()) for s in analysis.sentences
    ]
    agree = total = 0
    sources_found = sources_total = 0
    for item in items or []:
        quote = " ".join(str(item.get("quote", "")).split())
        match = _best_sentence(quote, plains)
        total += 1
        if match is None:
            if verbose:
                print(f"  unmatched quote: {quote[:70]!r}")
            continue
        sentence = analysis.sentences[match]
        if sentence.label == item.get("label"):
            agree += 1
        elif verbose:
            print(
                f"  disagree: pack={item.get('label')} analyzer={sentence.label}: "
                f"{quote[:70]!r}"
            )
        kind = (item.get("source") or {}).get("kind")
        if kind in ("anonymous", "vague"):
            sources_total += 1
            found = sentence.attribution and sentence.attribution.kind == kind
            sources_found += bool(found)
            if not found and verbose:
                print(f"  missed {kind} source: {quote[:70]!r}")
    return agree, total, sources_found, sources_total


def eval_founding() -> dict | None:
    result = _pack_agreement(PACK, verbose=True)
    if result is None:
        print("founding     pack not found; skipped")
        return None
    agree, total, sources_found, sources_total = result
    rate = agree / total if total else 0.0
    print(
        f"founding     agreement: {agree}/{total} = {rate:.3f}; anonymous and vague "
        f"sources found: {sources_found}/{sources_total}"
    )
    return {"f1": rate, "sources_ok": sources_found == sources_total}


def eval_packs() -> dict | None:
    """Four-way label accuracy on every hand-labelled pack in content/ (the
    founding article is real news; the others are the project's fictional
    practice articles, labelled by hand)."""
    agree = total = 0
    for pack in sorted(p for p in (ROOT / "content").iterdir() if p.is_dir()):
        result = _pack_agreement(pack, verbose=False)
        if result is None:
            continue
        agree += result[0]
        total += result[1]
        print(
            f"packs        {pack.name}: {result[0]}/{result[1]} = "
            f"{result[0] / max(result[1], 1):.3f}"
        )
    if not total:
        return None
    print(f"packs        four-way accuracy: {agree}/{total} = {agree / total:.3f}")
    return {"f1": agree / total}


def _best_sentence(quote: str, plains: list[str]) -> int | None:
    from rapidfuzz import fuzz

    best, best_score = None, 0.0
    for index, plain in enumerate(plains):
        if quote and (quote in plain or plain in quote):
            score = 100.0 + min(len(plain), len(quote)) / max(len(plain), len(quote))
        else:
            score = fuzz.ratio(quote, plain)
        if score > best_score:
            best, best_score = index, score
    return best if best_score >= 70 else None


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--eval", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument(
        "--errors", default=None, help="print the misclassified items of this task"
    )
    parser.add_argument("--only", default=None, help="run one task")
    parser.add_argument(
        "--half",
        choices=("a", "b"),
        default=None,
        help="score one half of the documents (split by hash)",
    )
    args = parser.parse_args()
    global HALF
    HALF = args.half
    folder = Path(args.eval)
    if not folder.is_dir():
        folder = Path("/work/shared/eval")
    errors: list = []
    results: dict[str, dict] = {}
    started = time.perf_counter()
    tasks = {
        "speculation": lambda: eval_speculation(
            folder / "speculation-dev.jsonl", args.limit, errors
        ),
        "attribution": lambda: eval_attribution(
            folder / "attribution-dev.jsonl", args.limit, errors
        ),
        "opinion": lambda: eval_opinion(
            folder / "opinion-dev.jsonl", args.limit, errors
        ),
    }
    for name, run in tasks.items():
        if args.only in (None, name):
            results[name] = run()
    if args.only in (None, "founding"):
        founding = eval_founding()
        if founding is not None:
            results["founding"] = founding
    if args.only in (None, "packs"):
        packs = eval_packs()
        if packs is not None:
            results["packs"] = packs
    if args.errors:
        for task, gold, text, detail in errors:
            if task == args.errors:
                print(f"[{task}] gold={gold} {text[:160]!r} -> {detail}")
    missed = [
        name
        for name, result in results.items()
        if result["f1"] < TARGETS[name] or not result.get("sources_ok", True)
    ]
    summary = ", ".join(
        f"{name} {result['f1']:.3f} (target {TARGETS[name]:.2f})"
        for name, result in results.items()
    )
    print(
        f"SUMMARY analysis_eval: {summary}; {time.perf_counter() - started:.1f}s; "
        + ("all targets met" if not missed else "missed: " + ", ".join(missed))
    )
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
