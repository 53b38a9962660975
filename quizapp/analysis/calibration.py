"""How sure is the analyzer? The chance that a sentence's label is right.

The rules pick a label; how often a label is right depends on which rule picked
it, on who is credited, on the cues around it and on what the subjectivity
model thinks of the words. A small logistic regression over those signals,
trained by the project on its own labelled sentences
(`python -m quizapp.analysis.training.train_calibration`), turns them into a
probability: the confidence a teacher sees, sorts the review by (least sure
first) and accepts suggestions above. The weights ship as JSON in
`data/calibration.json`; scoring needs nothing but the standard library.

Features are names: `rule:` the rule that decided, `label:` the label and
`label-src:` the label with the source's kind, `quote-marks` (quotation
marks in the sentence), `hedges:`/`cues:`
how many hedges and opinion cues, `hedge:`/`cue:` their words, `verb:` the
reporting word, `subj:` the subjectivity model's probability (in fifths) beside
the label, `tone:` the tone model's (`tone.py`) likewise, `margin:` the
stance weighing (`stance.py`) and `clue:` the clues it
found (a number, a name, an evaluative word...), each beside the label, and
`length:` the sentence's length in tens of words. Nothing tells whether a
sentence continues a quotation: the training sentences stand alone, so the
model could not learn what that is worth.
"""

from __future__ import annotations

from .stance import Weighing
from .subjectivity import Scorer, load

WEIGHTS_FILE = "calibration.json"
# Shown confidences stay inside these: no label is certain, none hopeless.
FLOOR, CEILING = 0.05, 0.99


def features(rule: str, label: str, source_kind: str, sentence: str,
             hedges: list[dict], opinion: list[dict], verb: str | None,
             subjective: float | None, weighing: Weighing,
             tone: float | None = None) -> set[str]:
    """The feature names of one decided sentence (present or absent)."""
    found = {f"rule:{rule}", f"label:{label}", f"label-src:{label}|{source_kind}",
             f"hedges:{min(len(hedges), 2)}", f"cues:{min(len(opinion), 2)}",
             f"length:{min(len(sentence.split()) // 10, 5)}"}
    if any(mark in sentence for mark in "“”\""):
        found.add("quote-marks")
    found.update(f"hedge:{h['text'].lower()}" for h in hedges)
    found.update(f"cue:{c['text'].lower()}" for c in opinion)
    if verb:
        found.add(f"verb:{verb.lower()}")
    if subjective is not None:
        found.add(subjectivity_feature(label, subjective))
    if tone is not None:
        found.add(tone_feature(label, tone))
    margin = max(-3, min(3, int(weighing.stance - weighing.reporting)))
    found.add(f"margin:{label}|{margin}")
    found.update(f"clue:{label}|{clue}" for clue in (*weighing.reporting_clues,
                                                     *weighing.stance_clues))
    return found


def subjectivity_feature(label: str, subjective: float) -> str:
    """The subjectivity model's P(the words judge or guess), in fifths, beside
    the label it bears on."""
    return f"subj:{label}|{min(int(subjective * 5), 4)}"


def tone_feature(label: str, tone: float) -> str:
    """The tone model's P(the words judge or guess), in fifths, beside the
    label it bears on."""
    return f"tone:{label}|{min(int(tone * 5), 4)}"


def confidence(scorer: Scorer, names: set[str]) -> float:
    """The calibrated chance that the label is right, rounded for display."""
    return round(min(max(scorer.probability(names), FLOOR), CEILING), 2)


def load_calibration() -> Scorer | None:
    """The shipped calibration, or None when its weights file is missing."""
    return load(WEIGHTS_FILE)
