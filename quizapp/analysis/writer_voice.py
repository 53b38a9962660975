"""A second look at the rules' decision: does the writer judge, or report?

The rules find cue words; the subjectivity model (`subjectivity.py`) weighs all
the words of the sentence and the rules' own signals. For a sentence in the
writer's own voice (nobody quoted) or a speaker's in an interview, the model has
the last word on whether it judges or guesses; the explanation quotes the words
that weighed most, as a reader would point at them.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .hedges import OPEN_WORDS, WEAK_HEDGES
from .stance import weighed_once
from .subjectivity import Scorer, features, surface
from .wording import quote_cues, says, verb

# Words too plain to show a reader as the reason ("the", "is").
_PLAIN = frozenset(
    "a an the of to in on at for by with from and or but is are was were be been "
    "it its this that these those there their they he she his her as has have had "
    "which who what when where than then so up out about into over after".split())


def credited(attr, decision):
    """The source `decision` credits: `attr`, unless it says nothing (negated)
    or the rules found it was no source after all ("are expected to")."""
    return attr if (attr is not None and not attr.negated
                    and decision.keeps_attribution) else None


# How a thing seems or appears, or what it suggests, which no detail around
# it makes a report: "His remark appeared to be a pointed reference to ...",
# "Turnout fell to 41 percent, suggesting voters had lost interest" (the
# rules call "suggesting" a guess only as such an inference).
_SEEMING = re.compile(r"(?i:appear(?:s|ed)?|seem(?:s|ed)?|apparently|seemingly|"
                      r"suggesting)")


def reconsider(decision, scorer: Scorer, sentence: str, attr, hedges: list[dict],
               opinion: list[dict], weighed=None):
    """The decision, its kind and confidence weighed by the model, and the
    model's P(the words judge or guess), which the calibration reads too.

    `weighed()` returns `stance.weigh(sentence, opinion)`, computed once and kept
    (`label.decide` shares it with the rules); without it, the sentence is
    weighed here, once."""
    source = credited(attr, decision)
    source_kind = source.kind if source is not None else "none"
    if weighed is None:
        weighed = weighed_once(sentence, opinion)
    names = features(sentence, source_kind, hedges, opinion, decision.kind,
                     weighed())
    probability = scorer.probability(names)
    if source_kind not in ("none", "self"):
        return decision, probability
    return _weighed_in(decision, scorer, names, probability, sentence, source,
                       hedges, opinion, weighed), probability


def _weighed_in(decision, scorer, names, probability, sentence, source, hedges,
                opinion, weighed):
    """The model's last word on a sentence in the writer's (or an interviewee's)
    own voice: keep the rules' kind, or turn a judgement into a report."""
    ruled = decision.kind != "fact"
    if ruled:
        judges = probability > scorer.demote or (
            decision.kind == "speculation" and any(
                _SEEMING.fullmatch(h["text"]) for h in hedges))
    else:  # the model weighs cue words the rules found; it does not invent them
        judges = (scorer.promote is not None and probability >= scorer.promote
                  and bool(opinion))
    sure = probability if judges else 1.0 - probability
    if judges == ruled:
        blended = (decision.confidence + sure) / 2
        return replace(decision, confidence=round(min(max(blended, 0.5), 0.95), 2))
    confidence = round(min(max(sure, 0.5), 0.85), 2)
    speaker = source.source if source is not None else None
    if judges:
        return _judging(decision, scorer, names, sentence, hedges, opinion,
                        speaker, confidence, weighed())
    return _reporting(decision, scorer, names, sentence, hedges, opinion, speaker,
                      confidence, weighed())


def _cue_words(scorer, names, sentence, opinion, sign) -> list[str]:
    """The lexicon's cues first, then the words the model weighed most."""
    words = [c["text"] for c in opinion] if sign > 0 else []
    for phrase in scorer.strongest(names, sign, limit=6):
        if all(w in _PLAIN for w in phrase.split()):
            continue
        words.append(surface(sentence, phrase))
    seen: list[str] = []
    for word in words:
        if not any(word.lower() in s.lower() or s.lower() in word.lower()
                   for s in seen):
            seen.append(word)
    return seen[:3]


def _judging(decision, scorer, names, sentence, hedges, opinion, speaker,
             confidence, weighing):
    words = _cue_words(scorer, names, sentence, opinion, +1)
    hedge_words = [h["text"] for h in hedges
                   if h["text"].lower() not in WEAK_HEDGES]
    guess = bool(hedge_words) and not opinion
    kind = "speculation" if guess else "opinion"
    sourced = (f"this is {'speculation' if guess else 'an opinion'}, and it is "
               f"sourced: {speaker} says it.")
    if guess:
        lead = says(hedge_words, [h for h in hedges if h["text"] in hedge_words])
        end = sourced if speaker else ("nobody is quoted, so this is the writer's "
                                       "own guess: speculation, not an "
                                       "established fact.")
        return replace(decision, rule="model-guesses", label=kind, kind=kind,
                       confidence=confidence,
                       explanation=f"{lead}: {end}" if speaker
                       else f"{lead}, and {end}")
    if words:
        lead = (f"{quote_cues(words)} {verb(words, 'judges', 'judge')} rather than "
                f"{verb(words, 'reports', 'report')}")
    else:
        lead = "The sentence argues rather than reports"
    if speaker:
        explanation = f"{lead}: {sourced}"
    else:
        plain = "" if weighing.reporting_clues else (
            "; it gives no names, numbers or dates a reader could check")
        explanation = (f"{lead}{plain}, and nobody is quoted: this reads as the "
                       "writer's own view, an opinion rather than a report.")
    return replace(decision, rule="model-judges", label=kind, kind=kind,
                   confidence=confidence, explanation=explanation)


def _reporting(decision, scorer, names, sentence, hedges, opinion, speaker,
               confidence, weighing):
    clues = list(weighing.reporting_clues.values())
    details = clues or _cue_words(scorer, names, sentence, [], -1)
    said = (f"It reports details a reader could check ({quote_cues(details)})"
            if details else "It describes rather than argues")
    notes = []
    loaded = [c["text"] for c in opinion]
    if loaded:
        notes.append(f"{quote_cues(loaded)} {verb(loaded, 'colours', 'colour')} it, "
                     "but the sentence does not argue a case")
    words = [h["text"] for h in hedges
             if h["text"].lower() not in OPEN_WORDS]
    if words:
        notes.append(f"{quote_cues(words)} {verb(words, 'softens', 'soften')} it "
                     "only a little")
    note = (" " + "; ".join(notes)[:1].upper() + "; ".join(notes)[1:] + "."
            if notes else "")
    if speaker:
        return replace(decision, rule="model-reports", label="sourced", kind="fact",
                       confidence=confidence,
                       explanation=f"{said}: {speaker} says it in the interview, "
                       f"so the claim is sourced.{note}")
    return replace(decision, rule="model-reports", label="unsourced", kind="fact",
                   confidence=confidence,
                   explanation=f"{said}, and it does not say where it comes from: "
                   f"an unsourced claim.{note}")
