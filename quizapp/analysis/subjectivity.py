"""Is a sentence the writer's own view? A small linear model over words and cues.

The project trains it (`python -m quizapp.analysis.training.train_subjectivity`)
on news sentences it wrote and labelled itself (`training/sentences/`). The
weights ship as JSON in `data/subjectivity.json`; scoring is a sum of the
weights of the features a sentence has, so it needs nothing but the standard
library. Training and the analyzer call the same `features` function.

Features are names: `w:` a lower-cased word, `b:` two words in a row (`<s>`
opens the sentence), and the analyzer's own signals (`rule:` its kind without
the model, `src:` the source kind, `op:` opinion cues, `hedge:` hedges, `clue:`
the clues `stance.weigh` finds, quotation marks and punctuation). Length is left
out on purpose: how long a sentence is says more about who wrote the training
sentences than about whether the writer judges.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from itertools import repeat

from .hedges import WEAK_HEDGES
from .opinion import opinion_score
from .stance import Weighing, weigh

WEIGHTS_FILE = "subjectivity.json"

_TOKEN = re.compile(r"\d[\d,.]*\d|\d|[a-z]+(?:'[a-z]+)*")


@lru_cache(maxsize=8)
def words(sentence: str) -> tuple[str, ...]:
    """Lower-cased word tokens; numbers become `<num>`. (The last few are
    kept: this model and the tone model read the same sentence in turn.)"""
    text = sentence.lower().replace("’", "'").replace("‘", "'")
    return tuple("<num>" if t[0].isdigit() else t for t in _TOKEN.findall(text))


def _bucket(value: float, edges: tuple) -> str:
    for edge in edges:
        if value <= edge:
            return str(edge)
    return f">{edges[-1]}"


def features(sentence: str, source_kind: str, hedges: list[dict],
             opinion: list[dict], rule_kind: str,
             weighing: Weighing | None = None) -> set[str]:
    """The feature names of one sentence (present or absent, no counts).

    `weighing` is `stance.weigh(sentence, opinion)` when the caller has it
    already (the analyzer weighs a sentence once); without it, it is computed."""
    tokens = words(sentence)
    found = {f"w:{t}" for t in tokens}
    found.update(f"b:{a} {b}" for a, b in zip(["<s>", *tokens], tokens,
                                               strict=False))
    found.add(f"rule:{rule_kind}")
    found.add(f"src:{source_kind}")
    for cue in opinion:
        kind = cue["kind"]
        found.add(f"op:{kind}")
        if kind == "strong":
            found.add("op:strong-asserted" if cue.get("predicative")
                      else "op:strong-in-noun")
            if cue.get("quoted"):
                found.add("op:strong-quoted")
    found.add(f"op:score{_bucket(opinion_score(opinion), (0, 0.5, 1, 2))}")
    strong = sum(h["text"].lower() not in WEAK_HEDGES for h in hedges)
    found.add(f"hedge:strong{_bucket(strong, (0, 1))}")
    if len(hedges) > strong:
        found.add("hedge:weak")
    for hedge in hedges:
        found.add(f"hedge:{hedge.get('kind', 'other')}")
    if weighing is None:
        weighing = weigh(sentence, opinion)
    found.update(f"clue:{c}" for c in weighing.reporting_clues)
    found.update(f"clue:{c}" for c in weighing.stance_clues)
    stripped = sentence.strip()
    if any(q in stripped for q in "“”\""):
        found.add("quote:some")
    if stripped[:1] in "“\"" and stripped.rstrip(".!?")[-1:] in "”\"":
        found.add("quote:all")
    for mark, name in (("!", "exclaim"), ("?", "question"), (";", "semicolon"),
                       (":", "colon"), ("—", "dash"), ("(", "paren")):
        if mark in stripped:
            found.add(f"punct:{name}")
    return found


_UNIT = 1_000_000


@dataclass(frozen=True)
class Scorer:
    """Weights of a logistic regression over `features` names."""

    bias: float
    weights: dict[str, float]
    #: P(subjective) below which a sentence the rules call a judgement reports
    demote: float = 0.1
    #: P(subjective) at which a sentence the rules call a fact (but which has a
    #: cue word) judges; None: the model never adds a judgement
    promote: float | None = None

    def __post_init__(self):
        # the weights in millionths, as whole numbers (the files round them to
        # four places), so that `margin` sums them exactly and fast
        object.__setattr__(self, "_units", {
            name: round(weight * _UNIT) for name, weight in self.weights.items()})

    def margin(self, names) -> float:
        """The log-odds that the sentence is subjective. A sum of whole numbers
        is exact, so the result does not depend on the order a set of names
        iterates in (which changes from one process to the next)."""
        return self.bias + sum(map(self._units.get, names, repeat(0))) / _UNIT

    def probability(self, names) -> float:
        """P(subjective) for a set of feature names."""
        margin = self.margin(names)
        if margin < -30:
            return 0.0
        return 1.0 / (1.0 + math.exp(-margin))

    def strongest(self, names, sign: int = 1, limit: int = 3) -> list[str]:
        """Words (and word pairs) that pushed the score most in the direction
        `sign` (+1 subjective, -1 objective), as they read: ["should", "a
        disgrace"]."""
        scored = sorted(
            ((self.weights.get(n, 0.0) * sign, n) for n in names
             if n.startswith(("w:", "b:")) and "<" not in n),
            reverse=True)
        chosen: list[str] = []
        for weight, name in scored:
            if weight <= 0 or len(chosen) >= limit:
                break
            phrase = name[2:]
            if any(phrase in c or c in phrase for c in chosen):
                continue
            chosen.append(phrase)
        return chosen


def shipped(name: str) -> dict | None:
    """A model file of `data/`, read, or None when it is missing."""
    path = resources.files(__package__).joinpath("data", name)
    return json.loads(path.read_text("utf-8")) if path.is_file() else None


@cache
def load(name: str = WEIGHTS_FILE) -> Scorer | None:
    """The shipped scorer, or None when the weights file is missing."""
    data = shipped(name)
    if data is None:
        return None
    return Scorer(float(data["bias"]), {k: float(v) for k, v in
                                        data["weights"].items()},
                  float(data.get("demote", 0.1)),
                  None if data.get("promote") is None else float(data["promote"]))


def surface(sentence: str, phrase: str) -> str:
    """The words of `phrase` as the sentence spells them ("Frankly" for
    "frankly"), so an explanation quotes the text."""
    pattern = r"\W+".join(re.escape(p) for p in phrase.split())
    match = re.search(r"(?<!\w)" + pattern.replace("'", "[’']") + r"(?!\w)",
                      sentence, re.I)
    return match.group() if match else phrase
