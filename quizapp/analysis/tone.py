"""Do the words read like an argument or like a report? One number per word.

The subjectivity model (`subjectivity.py`) learns the words of the project's
training sentences; a word it never met there tells it nothing. This model
reaches further: it sees each word as its GloVe vector (100 dimensions, the
word's neighbours in a large corpus) and learns, on the same sentences
(`training/sentences/`), which directions of that space judge or guess. Words
it never saw in training still score by their neighbours: "ludicrous",
"pathetic", "naive" and "simplistic" are in none of the training sentences
and rank among its most judging words.

It is a logistic regression over the mean of the unit vectors of a sentence's
words. A mean is linear, so the model is one number per word (the vector's
dot product with the weights), and a sentence's log-odds is the bias plus the
mean of its words' numbers: `data/tone.json` holds those numbers for the most
frequent English words, no vectors, and scoring needs only the standard
library. The project trains it with
`python -m quizapp.analysis.training.train_tone --vectors FILE`.

The analyzer does not label by it: the calibration (`calibration.py`) reads
its probability, beside the label, to say how sure a label is.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from .subjectivity import shipped, words

WEIGHTS_FILE = "tone.json"
#: Function words, left out of the mean: they say how a sentence is built,
#: not how it reads.
STOP = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be "
    "been it its this that these those he she they we i you his her their our "
    "my your which who whom what when where will would can could has have had "
    "do does did not no".split())


@dataclass(frozen=True)
class Tone:
    """The bias and the per-word numbers of the shipped model."""

    bias: float
    scores: dict[str, float]

    def probability(self, sentence: str) -> float | None:
        """P(the words judge or guess), or None when no word of the sentence
        is in the table (a number, a name the table lacks)."""
        # (the table holds no function word: `train_tone` leaves them out)
        found = [s for s in map(self.scores.get, words(sentence)) if s is not None]
        if not found:
            return None
        margin = self.bias + sum(found) / len(found)
        return 1.0 / (1.0 + math.exp(-margin))


@cache
def load(name: str = WEIGHTS_FILE) -> Tone | None:
    """The shipped model, or None when its file is missing."""
    data = shipped(name)
    if data is None:
        return None
    return Tone(float(data["bias"]), {k: float(v) for k, v in data["scores"].items()})
