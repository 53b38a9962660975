"""Loaded verbs: a word for what someone did that judges the doing.

"Trump continually brags about his prowess", "has fanned the flames of the
birther movement", "those who question bias demean law enforcement and stoke
racial tension": a neutral verb was there to be had ("speaks of", "has
promoted", "criticise"), and the one chosen tells the reader what to think of
the act. The labelling guide counts "loaded or emotional wording to judge" as
an opinion, the writer's in the writer's own voice, the speaker's inside
reported words.

Six classes, each a verb a careful writer would only use to disparage:
boasting and whining ("brags", "gloated", "whined", "panders",
"grandstanding"), inflaming ("fanned the flames", "stoked fears", "whipped up
anger", "stirred up hatred", "poured fuel on the fire"), deceiving and
demeaning ("peddled conspiracy theories", "spewed hatred", "demeans",
"demonized", "scapegoated"), evading ("dodged questions", "ducked
responsibility", "flip-flopped", "backpedaled"), and insulting, betraying or
wronging: a figure ("slap us in the face", "threw him under the bus",
"stabbed in the back") or an accusation of unjust treatment ("discriminates
against"), and exaggerating or distorting ("such studies often overstate the
benefits", "exaggerated the risk", "distorted the facts"). Verbs with a plain
sense ("stoke the fire", "peddle fruit", "dodge a car") count only with the
object that makes them figurative.

Only what the sentence asserts was done (a figure of insult counts even as
an aim: "trying to slap us in the face"): not an infinitive or a verb under a
modal ("won't be able to brag", "to stoke fears" tell what may or would be
done, or a plan), nor a noun ("bragging rights", "the pandering").
"""

from __future__ import annotations

import re

_FEELINGS = (r"(?:fears?|tensions?|anger|divisions?|hatred|hate|resentments?|"
             r"outrage|unrest|violence|paranoia|hysteria|panic|"
             r"animosity|bigotry|xenophobia|grievances?|the\s+(?:fears?|"
             r"flames|fires?\s+of|anger|tensions?))")
_LOADED = re.compile(
    # boasting and whining
    r"\b(?:brag(?:s|ged|ging(?!\s+rights))?|gloat(?:s|ed|ing)?|whin(?:es|ed|ing)|"
    r"pander(?:s|ed|ing)?|grandstand(?:s|ed|ing)?|"
    # inflaming
    r"fan(?:s|ned|ning)?\s+the\s+flames|"
    r"(?:stok(?:e|es|ed|ing)|whip(?:s|ped|ping)?\s+up|stir(?:s|red|ring)?\s+up|"
    r"inflam(?:e|es|ed|ing))\s+(?:(?:[\w-]+\s+){0,2}?)" + _FEELINGS + r"|"
    r"(?:pour|add|throw)(?:s|ed|ing)?\s+(?:more\s+)?fuel\s+(?:on|to)\s+the\s+"
    r"(?:fire|flames)|"
    # deceiving and demeaning
    r"peddl(?:e|es|ed|ing)\s+(?:(?:[\w-]+\s+){0,2}?)(?:lies|falsehoods|"
    r"conspirac(?:y|ies)|myths?|misinformation|disinformation|nonsense|"
    r"fake\s+news|propaganda)|"
    r"spew(?:s|ed|ing)?\s+(?:(?:[\w-]+\s+){0,2}?)(?:hate|hatred|lies|venom|"
    r"vitriol|bile|nonsense|falsehoods|propaganda|racism)|"
    r"demean(?:s|ed|ing)?|demoni[sz](?:e|es|ed|ing)|scapegoat(?:s|ed|ing)|"
    # evading
    r"(?:dodg(?:e|es|ed|ing)|duck(?:s|ed|ing)?|sidestep(?:s|ped|ping)?)\s+"
    r"(?:(?:the|a|his|her|their|any|every|repeated|direct|tough|hard)\s+)?"
    r"(?:questions?|responsibility|the\s+issue|scrutiny|accountability|"
    r"reporters)|"
    r"flip-flop(?:s|ped|ping)?|backpedal(?:s|ed|led|ing|ling)?|"
    # insulting and betraying, in figures ("slap us in the face", "threw
    # them under the bus", "stabbed him in the back")
    r"(?:slap(?:s|ped|ping)?|spit(?:s|ting)?|spat)\s+(?:(?:[\w’'-]+\s+){1,3}?)"
    r"in\s+the\s+face|"
    r"(?:stab(?:s|bed|bing)?)\s+(?:(?:[\w’'-]+\s+){1,3}?)in\s+the\s+back|"
    r"(?:throw(?:s|ing|n)?|threw|toss(?:es|ed|ing)?)\s+(?:(?:[\w’'-]+\s+){1,3}?)"
    r"under\s+the\s+bus|"
    # discriminating: an accusation of unjust treatment
    r"discriminat(?:es|ed|ing)\s+against|"
    # exaggerating and distorting: a claim said to be untrue to the facts
    # (not the participle before its noun: "a less exaggerated picture")
    r"(?:overstat(?:e|es|ed|ing)|exaggerat(?:e|es|ed|ing)|overhyp(?:e|es|ed|ing)|"
    r"misrepresent(?:s|ed|ing)?)(?!\s+(?!(?:the|a|an|this|that|these|those|his|"
    r"her|its|their|our|my|your|it|them|him|me|us|what|how|in|by|as|to|and|or|"
    r"when|because|for|about)\b)[a-z]+\b)|distort(?:s|ed|ing)?\s+(?:(?:[\w-]+\s+){0,2}?)"
    r"(?:facts?|truth|record|picture|findings|evidence|figures|numbers|data|"
    r"history|science))\b",
    re.I)
# Every loaded verb holds one of these; most sentences hold none (plain
# substring tests on the lower-cased sentence: far cheaper than a regex).
_TRIGGERS = ("brag", "gloat", "whin", "pander", "grandstand", "flames", "stok",
             "whip", "stir", "inflam", "fuel", "peddl", "spew", "demean",
             "demoni", "scapegoat", "dodg", "duck", "sidestep", "flip-flop",
             "backpedal", "in the face", "in the back", "under the bus",
             "discriminat", "overstat", "exaggerat", "overhyp", "misrepresent",
             "distort")
# A figure of insult or betrayal judges even as an aim ("trying to slap us
# in the face", "wants to throw them under the bus").
_FIGURE = re.compile(r"in\s+the\s+(?:face|back)$|under\s+the\s+bus$", re.I)
# An infinitive, a modal, a determiner or a preposition of topic before the
# verb: not asserted done ("warned against demonising", "the pandering").
_NOT_DONE = re.compile(
    r"(?:\b(?:to|will|would|can|could|may|might|should|must|cannot|the|a|an|"
    r"his|her|their|its|of|no|against|about|from|without)|n[’']t)\s+"
    r"(?:(?:not|be|able|\w+ly)\s+){0,3}$", re.I)


def loaded_verbs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] where a loaded verb tells what was done
    ("brags about", "fanned the flames"); see the module docstring."""
    low = text[start:end].lower()
    if not any(trigger in low for trigger in _TRIGGERS):
        return []
    return [match.span() for match in _LOADED.finditer(text, start, end)
            if _FIGURE.search(match.group())
            or not _NOT_DONE.search(text, max(start, match.start() - 30),
                                    match.start())]
