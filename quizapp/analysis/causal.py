"""Causal statements: a cause, an effect and the words that link them.

Two shapes: a causal verb between cause and effect ("X, coupled with Y, has
likely contributed to Z", "X prompted Y") and a causal connective before the
cause ("Z because Y", "Z due to Y").
"""

from __future__ import annotations

import re

from .lexicon import key_words, may_hold, one_of
from .subjects import COMMA

_VERB_PHRASES = (
    "contributed to|contributes to|contribute to|contributing to|"
    "prompted|prompts|prompting|prompt|led to|leads to|lead to|"
    "caused|triggered|sparked|drove|driving|fueled|fuelled|forced|"
    "resulted in|results in|gave rise to|brought about|pushed|"
    "compelled|spurred|"
    "explains|explained why|is behind|are behind|was behind|"
    "is responsible for|are responsible for|was responsible for|"
    "were responsible for|is to blame for|are to blame for|was to blame for|"
    "were to blame for")
_CONNECTIVE_PHRASES = (
    "because of|because|due to|owing to|as a result of|"
    "as a consequence of|thanks to|in response to|in light of|"
    "on account of|stemming from|following")
_VERBS, _CONNECTIVES = one_of(_VERB_PHRASES), one_of(_CONNECTIVE_PHRASES)
# (a sentence holding no key word of either list skips its scan: lexicon.py)
_VERB_KEYS, _CONNECTIVE_KEYS = key_words(_VERB_PHRASES), key_words(_CONNECTIVE_PHRASES)
# (each lookahead lists the letters the phrases start with: see lexicon.py)
_VERB_RE = re.compile(rf"(?<![\w’'-])(?=[abcdefgilprstw])({_VERBS})(?![\w’'-])",
                      re.I)
_CONN_RE = re.compile(rf"(?<![\w’'-])(?=[abdfiost])({_CONNECTIVES})(?![\w’'-])",
                      re.I)
_TRIM_LEFT = re.compile(
    r"(?:\s*,?\s*\b(?:has|have|had|is|are|was|were|will|would|could|may|might|"
    r"likely|probably|possibly|also|partly|largely|in\s+part|ultimately|"
    r"\w+ly|and|or)\b)+\s*$", re.I)
# (and a time or reason clause the cause opens: "five days after a cyber attack
# forced the authority to shut down")
_CLAUSE = re.compile(r"[;:]|\b(?:However|But|and\s+that|which|after|before|when|"
                     r"since|until|because|while)\b[, ]*")
# A second reported clause after the cause: "... and that some 40,000 people".
_AND_THAT = re.compile(r",?\s+and\s+that\b", re.I)
_LEAD = re.compile(r"^(?:(?:However|But|And|So|Yet|Still|Moreover|Indeed)\b\s*,?\s*)+")


# The last "that" opening a noun's clause before a cue ("a guarantee that
# no jobs will be lost as a result of ..."), and a reporting verb before it,
# whose reported clause is the whole effect ("said that ...").
_LAST_THAT = re.compile(r"\b(?:guarantee|promise|pledge|assurance|hope|fear|claim|"
                        r"belief|warning|fact|idea|suggestion|risk)s?\s+that\s+"
                        r"(?!.*\bthat\s)", re.I | re.S)
_REPORT_BEFORE = re.compile(r"\b(?:said|says|told|argued|warned|claimed)\b", re.I)
# "is due to start", "was due to take place": a schedule, no cause.
_SCHEDULED = re.compile(
    r"(?:is|are|was|were|be|been|[’']s|[’']re)\s+(?:\w+ly\s+)?$", re.I)
_DENIED = re.compile(r"\bnot\s+(?:only\s+|just\s+|simply\s+)?$", re.I)
_DENIED_CAUSE = re.compile(r"[\s,]+not\s+(?:only\s+|just\s+|simply\s+)?(?:because|"
                           r"due\s+to)\b", re.I)
_DEGREE_AT_END = re.compile(
    r"[\s,]+(?:mostly|largely|partly|mainly|chiefly|primarily|principally|"
    r"in\s+part|at\s+least\s+in\s+part|probably|possibly|apparently|"
    r"perhaps|simply|only|just|not)$", re.I)
_COPULA_AT_END = re.compile(r"\s+(?:is|are|was|were|be|been)(?:\s+\w+ly)?$", re.I)
_BARE_VERB = re.compile(
    r"\s+(?:be|start|begin|take|open|reopen|close|end|finish|arrive|land|leave|"
    r"depart|meet|vote|hold|resume|return|appear|launch|expire|report|publish|"
    r"sign|announce|conclude|receive|retire|step|speak|visit|travel|face|go|come|"
    r"make|give|hear|rule|decide|debate|sit|stand|run|play|release|complete|"
    r"enter|rise|fall|testify|deliver|present|become|join|move|stay|last|"
    r"continue|remain|reach|undergo|air|serve|expand|switch|follow|discuss|"
    r"consider|review|approve|examine|assess|unveil|submit|issue|outline|"
    r"address|update|hand|set|consult|inspect)\b", re.I)
# A verb of causing in the passive: "was led to the cells" (taken there),
# "was forced to close" (no causer named); "was caused by leaks" names the
# cause after "by".
_PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$",
                             re.I)
_BY = re.compile(r"\s+by\b", re.I)
# "pushed for a vote", "pushed back": urged or delayed, not caused.
_PUSHED_ELSEWHERE = re.compile(r"\s+(?:for|back|ahead|through|on|up|out|into)\b",
                               re.I)
# "and, in the worst cases, forced out of business", "shops forced to close":
# a passive with its "were" left out, the causer not named (a causer's verb
# takes its object first: "forced CNN to cease").
_ELIDED_PASSIVE = re.compile(r"\s+(?:out|off|into|from|away|back|up|down|to|onto)\b",
                             re.I)
_OBJECT_FIRST = frozenset(("forced", "compelled", "prompted", "spurred"))
# "drove back to the fire line", "driving home": a journey, not a cause.
_DROVE_SOMEWHERE = re.compile(
    r"\s+(?:(?:back|home|off|away|out|around|round|past|on|down|over|across|"
    r"through|into|to|from|toward|towards)\b|(?:\w+\s+){0,3}(?:to|into|from|"
    r"toward|towards|across)\s+(?:the|a|an|his|her|their|its)\b)", re.I)
# A relative clause or an aside opened and not yet closed by a comma: the
# cause given there explains a detail ("an aide, speaking on condition of
# anonymity because the talks were private, said ...").
_RELATIVE_OPEN = re.compile(r",\s*(?:who|whom|whose|which|\w+ing)\b[^,]*$", re.I)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    piece = text[s:e]
    lead = len(piece) - len(piece.lstrip(" ,;:—–"))
    s += lead
    piece = text[s:e].rstrip(" ,;:.!?—–”\"")
    e = s + len(piece)
    lead = _LEAD.match(text[s:e])
    if lead:
        s += lead.end()
    return s, e


def find_causal(text: str, start: int, end: int) -> list[dict]:
    """Causal links in text[start:end]: {cue, cue_start, cue_end, cause_*, effect_*}."""
    found = []
    if text[start:end].rstrip().endswith("?"):
        return found  # "what is driving this move?" asks, it does not claim
    verbs = _VERB_RE.finditer(text, start, end) if may_hold(
        text, start, end, _VERB_KEYS) else ()
    for match in verbs:
        if match.group(1).lower() == "pushed" and _PUSHED_ELSEWHERE.match(
                text, match.end(), end):
            continue
        if match.group(1).lower() in ("drove", "driving") and _DROVE_SOMEWHERE.match(
                text, match.end(), end):
            continue
        if match.group(1).lower() in _OBJECT_FIRST and _ELIDED_PASSIVE.match(
                text, match.end(), end):
            continue
        passive = _PASSIVE_BEFORE.search(text, max(start, match.start() - 16),
                                         match.start())
        if passive:
            by = _BY.match(text, match.end(), end)
            if by and not match.group(1).lower().endswith(("to", "in", "about")):
                # "the damage was caused by water leaking": the cause follows
                cs, ce = _trim(text, by.end(), end)
                es, ee = _trim(text, start, passive.start())
                if ce - cs > 3 and ee - es > 3:
                    found.append(_link(text, match, (cs, ce), (es, ee)))
            continue
        left = text[start : match.start()]
        clause = 0
        for c in _CLAUSE.finditer(left):
            clause = c.end()
        cause_end = start + clause + len(_TRIM_LEFT.sub("", left[clause:]))
        cs, ce = _trim(text, start + clause, cause_end)
        es, ee = _trim(text, match.end(), end)
        if ce - cs > 3 and ee - es > 3:
            found.append(_link(text, match, (cs, ce), (es, ee)))
    connectives = _CONN_RE.finditer(text, start, end) if may_hold(
        text, start, end, _CONNECTIVE_KEYS) else ()
    for match in connectives:
        if match.group(1).lower() == "following" and match.start() > start + 1:
            continue  # "the following day" / mid-clause "following" is temporal
        if _RELATIVE_OPEN.search(text, start, match.start()):
            continue  # "staff, who asked ... because ...": why of a detail
        if _DENIED.search(text, max(start, match.start() - 8), match.start()):
            continue  # "not because of demand": a cause denied
        if match.group(1).lower() == "due to" and (_SCHEDULED.search(
                text, max(start, match.start() - 16), match.start()) or
                text[max(start, match.start() - 2):match.start()].strip() == ",") \
                and _BARE_VERB.match(text, match.end(), end):
            continue  # "is due to take place in June", "a centre, due to open
            # in 2026,": a schedule
        cause_end = end
        comma = _comma(text, match.end(), end)
        if match.start() > start + 1 and comma > 0:
            cause_end = comma  # "because X, said Y": the cause stops at a comma
        that = _AND_THAT.search(text, match.end(), cause_end)
        if that:  # "delayed as a result of the fighting and that 40,000 people
            cause_end = that.start()  # were ...": the report goes on
        if match.start() <= start + 1 and comma > 0:
            cs, ce = _trim(text, match.end(), comma)
            es, ee = _trim(text, comma + 1, end)
        else:
            cs, ce = _trim(text, match.end(), cause_end)
            es, ee = _trim(text, start, match.start())
            clause = _LAST_THAT.search(text, es, ee)
            if clause and not _REPORT_BEFORE.search(text, es, clause.start()):
                # "seeking a guarantee that no jobs will be lost as a result
                # of automation": the cause's effect is the clause it sits in
                es, ee = _trim(text, clause.end(), ee)
            copula = _COPULA_AT_END.search(text, es, ee)
            if copula:  # "The delay is due to ...": the delay, not "is"
                es, ee = _trim(text, es, copula.start())
            hedge = _DEGREE_AT_END.search(text, es, ee)
            if hedge:  # "cancelled 6 percent of its trains, mostly because"
                es, ee = _trim(text, es, hedge.start())
            denied = _DENIED_CAUSE.search(text, es, ee)
            if denied:  # "closed not because of demand but because of costs"
                es, ee = _trim(text, es, denied.start())
        if match.group(1).lower() == "following" and _A_SPELL.search(
                text, cs, ce):
            continue  # "Following a short break, the board resumed": what
            # came after a pause or a stretch of time, no cause
        if ce - cs > 3 and ee - es > 3:
            found.append(_link(text, match, (cs, ce), (es, ee)))
    return found


# A pause or a stretch of time closing what "following" is followed by.
_A_SPELL = re.compile(
    r"\b(?:break|pause|recess|interval|adjournment|lunch|dinner|breakfast|meal|"
    r"holidays?|weekend|vacation|summer|winter|spring|autumn|rest|wait|days?|"
    r"weeks?|months?|years?|hours?|minutes?|season|spell)\s*$", re.I)


def _comma(text: str, start: int, end: int) -> int:
    """The first comma in text[start:end] that is no thousands separator
    ("40,000"), or -1."""
    found = COMMA.search(text, start, end + 1)  # the char after end: "40,000"
    return found.start() if found and found.start() < end else -1


def _link(text, match, cause, effect) -> dict:
    return {
        "cue": match.group(1), "cue_start": match.start(1), "cue_end": match.end(1),
        "cause": text[cause[0] : cause[1]], "cause_start": cause[0],
        "cause_end": cause[1],
        "effect": text[effect[0] : effect[1]], "effect_start": effect[0],
        "effect_end": effect[1],
    }
