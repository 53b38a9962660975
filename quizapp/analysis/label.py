"""The primary label of a sentence, its confidence, and a reason a student can read.

The decision follows what a journalism teacher asks: is it a question? Does the
sentence say who the claim comes from (and is that a real, checkable source)?
Does it hedge? Does it judge? Explanations quote the cue words found.
"""

from __future__ import annotations

import re

from .attribution import Attribution
from .opinion import opinion_score
from .stance import explain, weigh

# Hedges that mark a guess on their own; weaker ones ("potential", "whether",
# "if") lower the confidence.
_WEAK_HEDGES = frozenset(
    {"if", "whether", "potential", "expected", "in case", "as long as", "unless",
     "consider", "considered", "apparent", "suggest", "suggests", "suggested",
     "suggesting"}
)
_KIND_WORDS = {
    "modal": ("marks a possibility", "mark a possibility"),
    "epistemic": ("signals a belief or guess", "signal a belief or guess"),
    "prediction": ("predicts the future", "predict the future"),
    "uncertainty": ("admits that nobody knows for sure",
                    "admit that nobody knows for sure"),
    "conditional": ("makes it depend on a condition",
                    "make it depend on a condition"),
}
_SPECULATIVE_CUES = frozenset(
    "believe believes believed think thinks thought speculate speculates "
    "speculated suspect suspects suspected expect expects expected fear fears "
    "feared predict predicts predicted estimate estimates estimated guess "
    "hope hopes hoped worry worries worried".split()
)


def _quote(cues: list[str], limit: int = 3) -> str:
    seen: list[str] = []
    for cue in cues:
        if cue.lower() not in (c.lower() for c in seen):
            seen.append(cue)
    quoted = [f"'{c}'" for c in seen[:limit]]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def _source_phrase(attr: Attribution, text: str) -> str:
    """The attribution words as they read in the sentence ("Some analysts believe")."""
    start = min(attr.source_start, attr.cue_start)
    end = max(attr.source_end, attr.cue_end)
    if attr.kind in ("citation", "self") or end - start > 80 or start == end:
        return attr.cue
    return " ".join(text[start:end].split())


_COURTESY = re.compile(
    r"^(?:[A-Z][\w.’' -]{0,30},\s*)?(?:welcome|thank|thanks|my\s+pleasure|"
    r"you[’']re\s+welcome|good\s+(?:morning|evening|afternoon|night)|hello|hi|"
    r"goodbye|exactly|absolutely|indeed|right|yes|no|sure|of\s+course|"
    r"great\s+to\s+be|glad\s+to\s+be|it[’']s\s+a\s+pleasure)\b",
    re.I,
)


def _is_courtesy(sentence: str) -> bool:
    words = sentence.split()
    return bool(_COURTESY.match(sentence)) and (
        len(words) <= 12 or "thank" in sentence.lower())


def decide(text: str, sentence: str, attr: Attribution | None, hedges: list[dict],
           opinion: list[dict], is_heading: bool = False,
           continued: bool = False) -> tuple[str, float, str]:
    """(label, confidence, explanation) for one sentence."""
    if sentence.rstrip(" ”’\"')").endswith("?"):
        return ("question", 0.95,
                "This is a question: it asks rather than claims, so it is neither "
                "true nor false.")
    if _is_courtesy(sentence):
        return ("unsourced", 0.8,
                "This is a courtesy or a reply between speakers, not a claim about "
                "the world: there is nothing to check.")
    hedge_words = [h["text"] for h in hedges]
    strong = [h for h in hedges if h["text"].lower() not in _WEAK_HEDGES]
    hedge_strength = len(strong) + 0.5 * (len(hedges) - len(strong))
    score = opinion_score(opinion)
    # Loaded words inside noun phrases add weight, but something must judge:
    # an asserted evaluation, the writer's own voice or a rhetorical marker.
    judging = [c["text"] for c in opinion if c["kind"] in ("stance", "marker")
               or (c["kind"] == "strong" and c.get("predicative"))]
    loaded = [c["text"] for c in opinion if c["kind"] == "strong"]

    if attr is not None and attr.negated:
        return ("unsourced", 0.7,
                f"'{_source_phrase(attr, text)}' tells you a source has not said "
                "anything: the sentence reports a silence, on the writer's own word, "
                "so it is an unsourced claim.")
    if continued and attr is not None:
        return ("sourced", 0.75,
                f"This continues the quotation of {attr.source or 'the speaker'} "
                "from the sentence before: the words are theirs, so the claim is "
                "sourced to them.")
    if attr is not None:
        phrase = _source_phrase(attr, text)
        believes = attr.cue.lower().split()[-1] in _SPECULATIVE_CUES
        rest = [h for h in hedges if not attr.cue_start <= h["start"] < attr.cue_end]
        if attr.kind == "vague" and (rest or believes):
            others = [h["text"] for h in rest]
            reason = (f", and {_says(others, rest)}" if others
                      else " and reports a belief or guess")
            return ("speculation", 0.85 if hedges else 0.7,
                    f"'{phrase}' gives no name{reason}: this is speculation, not a "
                    "sourced fact.")
        if attr.kind == "self":
            if hedge_strength >= 1 and hedge_strength >= score:
                return ("speculation", 0.75,
                        f"{attr.source} is speaking, and {_says(hedge_words, hedges)}"
                        ": this is the speaker's speculation, not an established "
                        "fact.")
            if score >= 1 and judging:
                return ("opinion", 0.65,
                        f"{attr.source} is speaking, and {_quote(judging)} "
                        f"{_verb(judging, 'judges', 'judge')} rather than "
                        f"{_verb(judging, 'reports', 'report')}: this is the "
                        "speaker's opinion.")
            return ("sourced", 0.7,
                    f"{attr.source} says this in the interview: the speaker is the "
                    "source, so you know who claims it.")
        return ("sourced", 0.9 if attr.kind in ("named", "citation") else 0.8,
                _sourced_reason(attr, phrase, hedges))

    if score >= 1 and judging:
        note = (f" ({_quote(hedge_words)} also {_verb(hedge_words, 'hedges', 'hedge')}"
                ")" if hedges else "")
        return ("opinion", min(0.55 + 0.1 * score, 0.9),
                f"{_quote(judging)} {_verb(judging, 'judges', 'judge')} rather than "
                f"{_verb(judging, 'reports', 'report')}, and nobody is quoted{note}: "
                "this is the writer's opinion.")
    if hedge_strength >= 1:
        confidence = 0.85 if hedge_strength >= 2 else 0.75
        return ("speculation", confidence,
                f"{_says(hedge_words, hedges)}, and no source is given: this is "
                "speculation, not an established fact.")
    if is_heading:
        return ("unsourced", 0.5,
                "A heading sums up what follows; it gives no source of its own.")
    # Nobody is quoted and it does not hedge: does it report checkable
    # specifics, or argue in general terms? (see stance.py for the points)
    weighing = weigh(sentence, opinion)
    if weighing.argues:
        margin = weighing.stance - weighing.reporting
        return ("opinion", 0.55 if margin < 2 else 0.6, explain(weighing))
    if loaded:
        return ("unsourced", 0.6,
                "The sentence states this as a fact without saying where it comes "
                f"from: an unsourced claim. Words like {_quote(loaded)} colour it "
                "with the writer's own judgement.")
    if hedges:
        return ("unsourced", 0.55,
                f"The sentence states this without a source; {_quote(hedge_words)} "
                f"{_verb(hedge_words, 'softens', 'soften')} it only a little, so it "
                "reads as an unsourced claim rather than a guess.")
    return ("unsourced", 0.65,
            "The sentence states this as a fact but does not say where it comes "
            "from: it is an unsourced claim.")


def _verb(words: list, singular: str, plural: str) -> str:
    return singular if len({w.lower() for w in words}) <= 1 else plural


def _says(words: list[str], hedges: list[dict]) -> str:
    """"'could' marks a possibility" / "'likely' and 'could' mark ..."."""
    plural = len({w.lower() for w in words}) > 1
    return f"{_quote(words)} {_hedge_reason(hedges, plural)}"


def _hedge_reason(hedges: list[dict], plural: bool = False) -> str:
    kinds = []
    for h in hedges:
        if h["kind"] not in kinds:
            kinds.append(h["kind"])
    reasons = [_KIND_WORDS.get(k, ("hedges", "hedge"))[plural] for k in kinds[:2]]
    return " and ".join(reasons)


def _sourced_reason(attr: Attribution, phrase: str, hedges: list[dict]) -> str:
    if attr.kind == "named":
        text = (f"'{phrase}' names who makes the claim ({attr.source}): this is a "
                "sourced claim you could check.")
    elif attr.kind == "anonymous":
        text = (f"'{phrase}' attributes the claim, but the source is not named: it "
                "is sourced, yet you cannot check who said it.")
    elif attr.kind == "citation":
        text = (f"The numbered link '{attr.cue}' points to where the claim comes "
                "from: this is a sourced claim you can check.")
    else:
        text = (f"'{phrase}' attributes the claim to a loose group, not to anyone "
                "you could check: it is only weakly sourced.")
    if hedges:
        words = [h["text"] for h in hedges]
        text += (f" Note that {_quote(words)} {_verb(words, 'shows', 'show')} the "
                 "source itself is not certain.")
    return text
