"""The words of the explanations: cue words quoted, verbs agreed, hedge kinds
named and the reason a sourced claim is sourced."""

from __future__ import annotations

from .attribution import Attribution
from .names import shown_name

_KIND_WORDS = {
    "modal": ("marks a possibility", "mark a possibility"),
    "epistemic": ("signals a belief or guess", "signal a belief or guess"),
    "prediction": ("predicts the future", "predict the future"),
    "uncertainty": ("admits that nobody knows for sure",
                    "admit that nobody knows for sure"),
    "conditional": ("makes it depend on a condition",
                    "make it depend on a condition"),
}


def quote_cues(cues: list[str], limit: int = 3) -> str:
    """"'could'", "'likely' and 'could'": the cue words as an explanation quotes
    them, each once."""
    seen: list[str] = []
    for cue in cues:
        if cue.lower() not in (c.lower() for c in seen):
            seen.append(cue)
    quoted = [f"'{c}'" for c in seen[:limit]]
    if len(quoted) <= 1:
        return "".join(quoted)
    return ", ".join(quoted[:-1]) + " and " + quoted[-1]


def verb(words: list, singular: str, plural: str) -> str:
    return singular if len({w.lower() for w in words}) <= 1 else plural


def judged(judging: list[str], hedging: list[str]) -> str:
    """"'counterproductive' judges and 'may' hedges: a judgement with a guess
    is an opinion": both parts, as the labelling guide weighs them."""
    return (f"{quote_cues(judging)} {verb(judging, 'judges', 'judge')} and "
            f"{quote_cues(hedging)} {verb(hedging, 'hedges', 'hedge')}: a "
            "judgement beside a guess is an opinion")


def says(words: list[str], hedges: list[dict]) -> str:
    """"'could' marks a possibility" / "'likely' and 'could' mark ..."."""
    plural = len({w.lower() for w in words}) > 1
    return f"{quote_cues(words)} {_hedge_reason(hedges, plural)}"


def _hedge_reason(hedges: list[dict], plural: bool = False) -> str:
    kinds = []
    for h in hedges:
        if h["kind"] not in kinds:
            kinds.append(h["kind"])
    reasons = [_KIND_WORDS.get(k, ("hedges", "hedge"))[plural] for k in kinds[:2]]
    return " and ".join(reasons)


def _in_brackets(attr: Attribution) -> str:
    """" (Mayor Ann Lowe)": the source's shown name, or nothing."""
    name = shown_name(attr)
    return f" ({name})" if name else ""


def sourced_reason(attr: Attribution, phrase: str, hedges: list[dict]) -> str:
    if attr.kind == "named":
        text = (f"'{phrase}' names who makes the claim{_in_brackets(attr)}: this is a "
                "sourced claim you could check.")
    elif attr.kind == "anonymous":
        text = (f"'{phrase}' attributes the claim, but the source is not named: it "
                "is sourced, yet you cannot check who said it.")
    elif attr.kind == "citation" and attr.link:
        text = (f"The numbered link '{attr.cue}' points to where the claim comes "
                "from: this is a sourced claim you can check.")
    elif attr.kind == "citation":
        text = (f"'{phrase}' names the document the claim comes from"
                f"{_in_brackets(attr)}: this is a sourced claim you can look up.")
    else:
        text = (f"'{phrase}' attributes the claim to a loose group, not to anyone "
                "you could check: it is only weakly sourced.")
    if hedges:
        words = [h["text"] for h in hedges]
        text += (f" Note that {quote_cues(words)} {verb(words, 'shows', 'show')} the "
                 "source itself is not certain.")
    return text
