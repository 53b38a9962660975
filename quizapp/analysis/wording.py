"""The words of the explanations: cue words quoted, verbs agreed, hedge kinds
named and the reason a sourced claim is sourced."""

from __future__ import annotations

import re

from .attribution import Attribution
from .names import head_words, points_back, shown_name
from .nominal import hears
from .opinion import COMMAND_VERBS

_KIND_WORDS = {
    "modal": ("marks a possibility", "mark a possibility"),
    "epistemic": ("signals a belief or guess", "signal a belief or guess"),
    "prediction": ("predicts the future", "predict the future"),
    "uncertainty": ("admits that nobody knows for sure",
                    "admit that nobody knows for sure"),
    "conditional": ("makes it depend on a condition",
                    "make it depend on a condition"),
    # "not yet clear whether": a question left open, no condition
    "open": ("leaves the question open", "leave the question open"),
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
    is an opinion": both parts, as the labelling guide weighs them (the
    pronouns of someone's own voice left out when a word judges beside them)."""
    judging = _judging_words(judging)
    return (f"{quote_cues(judging)} {verb(judging, 'judges', 'judge')} and "
            f"{quote_cues(hedging)} {verb(hedging, 'hedges', 'hedge')}: a "
            "judgement beside a guess is an opinion")


# The opening words of a command, as the opinion finder keys them.
_COMMANDS = frozenset((
    "do not", "don't", "don’t", "never", "leave", "go", "stay", "try", "evacuate",
    "call", "stop", "look", "look at", "consider", "imagine", "remember", "avoid",
    "skip", "book", "order", "visit", "pick", "choose", "buy", "save", "stick",
    "get out", "listen", "keep", "make sure", "think about", "forget", "wake up",
    "check", "follow", "wear", "lock", "pack", "please")) | COMMAND_VERBS
# Talk passed around: "Word along the quay", "The word in Westminster".
_TALK = re.compile(r"(?:the\s+)?word\b", re.I)
_VOICE = frozenset("i me my we us our you your".split())


def _judging_words(words: list[str]) -> list[str]:
    """The words that judge, without the pronouns of someone's own voice ("us",
    "You") when a word judges beside them; those alone when nothing else does."""
    return [w for w in words if w.lower() not in _VOICE] or words


def commands(word: str) -> bool:
    """Is this cue the opening of a command ("Bring", "please", "do not")?"""
    return " ".join(word.lower().split()) in _COMMANDS


def judges_rather(words: list[str], whose: str = "the speaker's") -> str:
    """"'fantastic' judges rather than reports": the judging words, without the
    pronouns of someone's own voice ("us", "You") when a word judges beside
    them; those alone "speak in the speaker's (or `whose`) own voice"."""
    judging = _judging_words(words)
    if all(commands(w) for w in judging):
        # "Do not wait to see the flames.", "leave now": a command
        return (f"{quote_cues(judging)} {verb(judging, 'tells', 'tell')} someone "
                "what to do rather than reporting")
    if all(w.lower() in _VOICE for w in judging):
        return (f"{quote_cues(judging)} {verb(judging, 'speaks', 'speak')} in "
                f"{whose} own voice rather than reporting")
    return (f"{quote_cues(judging)} {verb(judging, 'judges', 'judge')} rather than "
            f"{verb(judging, 'reports', 'report')}")


def says(words: list[str], hedges: list[dict]) -> str:
    """"'could' marks a possibility" / "'likely' and 'could' mark ..."."""
    plural = len({w.lower() for w in words}) > 1
    return f"{quote_cues(words)} {_hedge_reason(hedges, plural)}"


def _hedge_reason(hedges: list[dict], plural: bool = False) -> str:
    kinds = []
    for h in hedges:
        kind = "open" if h["text"].lower() == "whether" else h["kind"]
        if kind not in kinds:
            kinds.append(kind)
    reasons = [_KIND_WORDS.get(k, ("hedges", "hedge"))[plural] for k in kinds[:2]]
    return " and ".join(reasons)


def _in_brackets(attr: Attribution) -> str:
    """" (Mayor Ann Lowe)": the source's shown name, or nothing."""
    name = shown_name(attr)
    return f" ({name})" if name else ""


# A document the paper saw or obtained, not published: "an internal budget
# document seen by this newspaper", "emails obtained by the Times".
_UNPUBLISHED = re.compile(r"\b(?:seen|obtained|reviewed|leaked)\b", re.I)
# One kept from the public, which the paper may only have been told of: "an
# internal review commissioned by the operator".
_PRIVATE = re.compile(r"\b(?:internal|confidential|private|unpublished)\b", re.I)


# Articles that open a document's name, lowered inside feedback ("(a review
# published last month by ...)").
_ARTICLES = frozenset(("The", "A", "An"))


def agree(who: str, singular: str, plural: str, group: bool = False) -> str:
    """The verb form that agrees with the source: "Republicans hold it" (a
    `group`: a loose or unnamed one), "the company's lawyers hold it", "the
    council holds it"; a name ending in s ("Reuters", "Dr Adams") stays
    singular."""
    head = head_words(who.split())  # "analysts" of "analysts at the bank"
    word = head[-1] if head else ""
    many = (word.endswith("s") and not word.endswith(("ss", "us", "is", "’s", "'s"))
            and (word.islower() or group))
    return plural if many or who.lower() in ("they", "we", "you", "i") else singular


#: How feedback credits "he", "she" or "it" before the article is read whole.
NAMED_AROUND = "credits someone the article names around it"


#: Where feedback credits a source by its pronoun: "it is sourced: she said
#: it", "the argument of him".
_CREDITED_PRONOUN = re.compile(
    r"(?:(?<=it is sourced: )|(?<=only loosely sourced: ))(?:he|she|it)\b"
    r"(?= \w+ it\.)"
    r"|(?<=the argument of )(?:him|her|it)\b(?=\.)")


#: Where feedback credits a source by a role that calls back a person named
#: before (`roles.py`): "names who makes the claim (the singer)", "it is
#: sourced: the fly-half said it".
_CREDITED_ROLE = re.compile(
    r"(?<=names who makes the claim \()(?:[Tt]he|An?) [^)]+(?=\))"
    r"|(?<=the quotation of )the [\w’'-]+(?: [\w’'-]+){0,2}(?=:)"
    r"|(?:(?<=it is sourced: )|(?<=only loosely sourced: ))"
    r"(?P<subject>(?:the|an?) [\w’'-]+(?: [\w’'-]+){0,2})"
    r"(?= \w+ it\.)")


#: How feedback names a quotation whose speaker is a pronoun ("he said").
SPEAKERS_QUOTATION = "the speaker's quotation"


#: Feedback on a source it took for someone unnamed or a loose group.
_UNNAMED_CREDIT = re.compile(
    r"attributes the claim(?:, but the source is not named: it is sourced, yet "
    r"you cannot check who said it| to a loose group, not to anyone you could "
    r"check: it is only weakly sourced)\.")
#: One person the article tells of without a name: "a junior doctor".
_UNNAMED_ONE = re.compile(r"(?:a|an|one|another)\s")


def naming(explanation: str, name: str) -> str:
    """The explanation with whom a pronoun or a role source stands for
    (`referents.py`): "'She said' credits Rachel Oduya, named earlier in the
    article: ...", "... it is sourced: Rachel Oduya said it.", "names who
    makes the claim (the singer, Keira Vance)"."""
    if _UNNAMED_ONE.match(name):
        # "she said" after "A junior doctor described ...": someone the
        # article never names
        explanation = explanation.replace(
            f"{NAMED_AROUND}: {_CHECK_WHO}",
            f"credits {name}, told of earlier in the article but never named: it "
            "is sourced, yet you cannot check who said it.")
    else:
        # "the researcher said" after "Dr Sunil Varma, a civil engineer, said":
        # the role the finder took for someone unnamed calls them back
        explanation = _UNNAMED_CREDIT.sub(
            f"credits {name}, named earlier in the article: {_CHECK_WHO}",
            explanation)
    explanation = explanation.replace(
        NAMED_AROUND, f"credits {name}, named earlier in the article").replace(
        SPEAKERS_QUOTATION, f"the quotation of {name}")
    explanation = _CREDITED_ROLE.sub(
        lambda m: f"{m.group()}, {name}" + ("," if m.group("subject") else ""),
        explanation)
    return _CREDITED_PRONOUN.sub(name, explanation)


#: What a named source lets a reader check: who said it, not yet whether it is
#: true.
_CHECK_WHO = ("this is a sourced claim: you can check who said it, though not "
              "yet whether it is true.")


def sourced_reason(attr: Attribution, phrase: str, hedges: list[dict],
                   document: str | None = None) -> str:
    """Why a fact with a source is sourced. `document`: a document's name
    with who made it ("Data from the Office for Housing Statistics"), shown
    in brackets rather than its head noun alone ("Data")."""
    if attr.kind == "named" and points_back(attr.source or ""):
        text = f"'{phrase}' {NAMED_AROUND}: {_CHECK_WHO}"
    elif attr.kind == "named":
        text = (f"'{phrase}' names who makes the claim{_in_brackets(attr)}: "
                f"{_CHECK_WHO}")
    elif hears(attr.source or "", attr.cue):
        text = (f"'{phrase}' reports evidence given at the hearing, on its "
                "record, without saying who gave it: this is a sourced claim "
                "you can look up.")
    elif attr.kind == "anonymous" and not (attr.source or "").strip() and \
            not attr.cue[:1].isalpha():
        text = ("The sentence quotes words from someone it does not name: it is "
                "sourced, yet you cannot check who said them.")
    elif attr.kind == "anonymous":
        text = (f"'{phrase}' attributes the claim, but the source is not named: it "
                "is sourced, yet you cannot check who said it.")
    elif attr.kind == "citation" and attr.link:
        text = (f"The numbered link '{attr.cue}' points to where the claim comes "
                "from: this is a sourced claim you can check.")
    elif attr.kind == "citation" and _UNPUBLISHED.search(
            f"{attr.source or ''} {phrase}"):
        text = (f"'{phrase}' names a document the claim comes from, but one only "
                "the newspaper has seen: it is sourced, yet you must trust the "
                "paper's account of it.")
    elif attr.kind == "citation" and _PRIVATE.search(attr.source or ""):
        text = (f"'{phrase}' names a document the claim comes from, but one the "
                "public may not be able to read: it is sourced, yet you may have "
                "to trust the paper's account of it.")
    elif attr.kind == "citation":
        shown = " ".join(document.split()) if document and len(
            document.split()) > len((attr.source or "").split()) else None
        if shown and shown.split()[0] in _ARTICLES:
            shown = shown[:1].lower() + shown[1:]  # "(a review published ...)"
        bracket = f" ({shown})" if shown else _in_brackets(attr)
        text = (f"'{phrase}' names the document the claim comes from"
                f"{bracket}: this is a sourced claim you can look up.")
    elif not (attr.source or "").strip() or _TALK.match(attr.source):
        # "are understood to", "Word along the quay is that"
        text = (f"'{phrase}' passes on what unnamed people say, without naming "
                "anyone: it is only weakly sourced.")
    else:
        text = (f"'{phrase}' attributes the claim to a loose group, not to anyone "
                "you could check: it is only weakly sourced.")
    # "Asked whether he would resign, he insisted ...": the question put to the
    # source, not its doubt
    words = [h["text"] for h in hedges if h["text"].lower() != "whether"]
    charges = [w for w in words if _CHARGE.fullmatch(w)]
    doubts = [w for w in words if w not in charges]
    if doubts:
        text += (f" Note that {quote_cues(doubts)} {verb(doubts, 'shows', 'show')} "
                 "the source itself is not certain.")
    if charges:
        # "A former care home manager accused of taking ...", "The offences
        # are alleged to have taken place ...": a charge not yet proven
        text += (f" Note that {quote_cues(charges)} {verb(charges, 'marks', 'mark')}"
                 " a charge that is not yet proven.")
    return text


_CHARGE = re.compile(r"(?i:accus(?:ed|e|es|ing|ations?)|alleg(?:ed|edly|e|es|ing|"
                     r"ations?))")
