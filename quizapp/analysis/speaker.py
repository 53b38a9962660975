"""What a reported speaker's words do besides report: judge in the first
person, name someone with a label, or commit the speaker to an act.

"I am proud of you", "It amazed me", "I sort of felt like ..." state the
speaker's own view: an opinion, attributed to them. "X called Y a liar" reports
a judgement (the label is X's opinion of Y). "I will vote for the nominee" is a
decision or a promise about the speaker's own act, not a forecast of the world:
a sourced statement, not speculation.
"""

from __future__ import annotations

import re

_ADVERB = (r"(?:(?:do|did)\s+not\s+|don[’']t\s+|didn[’']t\s+|do\s+|really\s+|truly\s+|"
           r"sort\s+of\s+|kind\s+of\s+|just\s+|still\s+|personally\s+|"
           r"honestly\s+|always\s+|never\s+|deeply\s+|sincerely\s+|greatly\s+|"
           r"genuinely\s+|strongly\s+|fully\s+|wholeheartedly\s+|bitterly\s+|"
           r"profoundly\s+)?")
_ATTITUDE = (
    r"proud|glad|happy|sad|disappointed|skeptical|sceptical|honou?red|grateful|"
    r"thankful|confident|optimistic|pessimistic|hopeful|delighted|thrilled|"
    r"excited|angry|upset|frustrated|shocked|amazed|impressed|appalled|"
    r"disgusted|outraged|sorry|convinced|troubled|heartbroken|saddened|"
    r"encouraged|worried|concerned|surprised|pleased|satisfied|dismayed|"
    r"alarmed|furious|relieved|humbled|heartened|horrified|embarrassed|"
    r"ashamed|astonished|stunned|offended|insulted|uneasy|uncomfortable|"
    r"unconvinced")
# "very, very troubled", "not at all pleased", "deeply and truly grateful"
_DEGREE = (r"(?:(?:so|very|really|deeply|extremely|greatly|truly|not|quite|"
           r"incredibly|profoundly|absolutely|at\s+all|and|too|genuinely|"
           r"sincerely|bitterly|hugely|increasingly|somewhat|rather|a\s+little|"
           r"a\s+bit)[,\s]+){0,3}")
# Sure of something, as a belief is held: "quite sure", "absolutely certain".
_SURE = (r"(?:(?:quite|absolutely|very|fairly|pretty|so|completely)\s+)?"
         r"(?:sure|certain)\b")
# A first-person view inside reported words: "I don't think", "we should",
# "I am proud of", "it amazed me". Written without re.I (case-blind matching
# of the long alternation cost a tenth of a millisecond a sentence); the
# lookahead lists the letters its branches start with, so the search tries
# them only where one can start (a branch added needs its letter listed).
FIRST_PERSON = re.compile(
    r"\b(?=[IWYTHSwythsiadb])(?:"
    r"\b(?:I|[Ww]e)\s+" + _ADVERB + r"(?:think|believe|doubt|feel|fear|love|hate|agree|"
    r"respect|admire|regret|appreciate|applaud|resent|"
    # "I understand the appeal": a concession ("I understand that the
    # meeting was moved" tells what one was told)
    r"understand\b(?!\s+(?:that|from|the\s+(?:meeting|talks|deal|company|"
    r"council|police))\b)|"
    # "I want to assure you", "we wish to thank": an aim, not a view
    r"disagree|blame|(?:like|want|wish|hope)\b(?!\s+to\b)|felt\s+(?:like|that)|"
    # a liking told in the past: "I loved the cast", "we enjoyed the soup"
    r"loved|hated|adored|enjoy|enjoyed|disliked|liked\b(?!\s+to\b))\b|"
    r"\b(?:I|[Ww]e)\s+(?:just\s+|simply\s+)?(?:do\s+not|don[’']t)\s+(?:buy|accept)\s+"
    r"(?:it|that|this|the)\b|"
    r"\b(?:[Ww]e|[Yy]ou|[Tt]hey|[Hh]e|[Ss]he|[Ii]t)\s+(?:should|must|ought\s+to)\b|"
    r"\b[Ii]n\s+my\s+(?:view|opinion)\b|"
    # a name one would give, a preference, a pretence refused, a matter taken
    # seriously: "I wouldn't call it that", "I'd rather not find out", "I'm
    # not going to pretend otherwise", "I take them very seriously"
    r"\b(?:I|[Ww]e)(?:\s+would(?:\s+not|n[’']t)?|[’']d(?:\s+not)?)\s+(?:(?:call|"
    r"describe)\s+(?:it|this|that|him|her|them)|rather|(?:(?:most|more|very|"
    r"quite)\s+)?(?:happily|gladly)|recommend)\b|"
    r"\b(?:I|[Ww]e)(?:[’']m|\s+am|[’']re|\s+are)\s+not\s+going\s+to\s+pretend\b|"
    r"\b(?:I|[Ww]e)\s+take\s+(?:it|this|that|them|him|her|(?:these|those|the|our|"
    r"your|their|any|all|such)\s+[\w’' -]{1,40}?)\s+(?:very\s+|extremely\s+|"
    r"incredibly\s+)?seriously\b|"
    # incredulity: "I cannot fathom how", "we can't believe they"
    r"\b(?:I|[Ww]e)\s+(?:just\s+|simply\s+)?(?:cannot|can[’']t|could\s+not|"
    r"couldn[’']t)\s+(?:fathom|understand|believe|imagine|accept|stand)\b|"
    r"\b(?:I\s+am|I[’']m|I\s+was|[Ww]e\s+are|[Ww]e[’']re|[Ww]e\s+were|"
    r"(?:I|[Ww]e)(?:\s+have|[’']ve|\s+had)\s+(?:become|grown|been))\s+"
    + _DEGREE + r"(?:" + _ATTITUDE + r")\b|"
    # "I'm sure we will win", "I am certain it will pass" (not "not sure":
    # a doubt, no view held)
    r"\b(?:I\s+am|I[’']m|[Ww]e\s+are|[Ww]e[’']re)\s+" + _SURE + r"|"
    r"\b(?:amaze[sd]?|surprise[sd]?|shock(?:s|ed)?|impress(?:es|ed)?|"
    r"disappoint(?:s|ed)?|stun(?:s|ned)?|sadden(?:s|ed)?|bother(?:s|ed)?)"
    # (not "It would not surprise me if he started": a guess)
    r"\s+(?:me|us)\b(?!\s+if\b))"
)
# The same view in indirect speech, the speaker's "I" become "he", "she" or
# "they": "told the crowd that he was “troubled” by it", "said she was very
# disappointed". Read only in the words after a reporting verb.
OWN_FEELING = re.compile(
    # (or the body a spokesperson speaks for: "said the company was pleased",
    # "said it was disappointed")
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|(?:the|its|their)\s+(?:company|council|club|firm|"
    r"group|board|government|department|trust|authority|charity|school|"
    r"university|party|union|team|family|campaign|management))\s+"
    r"(?:was|were|is|are|felt|feels|had\s+been|"
    r"has\s+been|remains|remained)\s+" + _DEGREE + r"[“\"‘]?(?:" + _ATTITUDE
    + r")\b|"
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:was|were|is|are)\s+" + _SURE + r"|"
    # a hope held for what others do: "said she hoped the parties would find
    # a way", "said he hopes the day of action sends a message" (not "hoped
    # to", a plan)
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:still\s+|very\s+much\s+)?(?:hopes|hoped)\b"
    r"(?!\s+to\b)")
# "I think", "we believe", "in my view": a belief, which a hedge beside it
# ("I think it may rain") leaves a guess; any other first-person view judges.
# ("I can't believe" is incredulity, no belief.)
_BELIEF = re.compile(r"\b(?<!cannot\s)(?<!can[’']t\s)(?<!couldn[’']t\s)"
                     r"(?<!could\snot\s)(?:think|believe|doubt|feel|felt|fear|view|"
                     r"opinion|confident|optimistic|pessimistic|hopeful|"
                     r"convinced|sure|certain)\b")
_MUST_HAVE = re.compile(r"\s+(?:not\s+)?have\b")  # "it must have been": a guess


# What a court orders someone to do: "He must pay £750 compensation", "must
# complete 120 hours of unpaid work" (a sentence passed, told).
ORDERED = re.compile(r"\s+(?:also\s+)?(?:pay|repay|serve|complete|carry\s+out|"
                     r"undertake|attend|wear|observe|surrender)\s+(?:[\w-]+\s+){0,3}?"
                     r"(?:[£$€]?\d|hours?\b|days?\b|months?\b|years?\b|"
                     r"compensation|costs|a\s+(?:fine|curfew|tag))")


def judges_in_person(match: re.Match | None) -> bool:
    """Is this first-person view (a FIRST_PERSON match) a judgement ("I am
    surprised", "we should", "I don't buy that") rather than a belief? "It
    must have been" guesses."""
    return match is not None and not _BELIEF.search(match.group()) and not (
        match.group().endswith("must")
        and (_MUST_HAVE.match(match.string, match.end())
             or ORDERED.match(match.string, match.end())))


# "called him a master", "called the senator a 'nasty guy'", "branded it a
# failure": a label pinned on someone is the speaker's judgement.
NAMING = re.compile(
    r"(?i:call(?:s|ed|ing)?|dub(?:s|bed|bing)?|brand(?:s|ed|ing)?|"
    r"label(?:s|led|ed|ling|ing)?)\s+"
    r"(?:(?i:him|her|them|it|me|us|you|himself|herself|themselves)|"
    r"(?:the|this|that|these|those|his|her|their|its|our|my|your|"
    r"[A-Z][\w.-]*[’']s)"  # "the rate rise", "Friday's decision"
    r"(?:\s+(?!(?:after|before|on|in|at|to|for|with|from|about|over|"
    r"during|and|but|when|as|by|of)\b)(?:[a-z][\w’'-]*|[$£€]?\d[\d.,]*)){1,3}|"
    r"[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})\s+"
    # "called the rate rise a mistake", not "called the police a day later"
    r"(?:(?:a|an|the)\s(?!(?:day|week|month|year|few|second|third|time|"
    r"number|lot|while|bit|little|couple|total|minute|moment)\b)|"
    r"(?:[“\"‘']|'')\w)"
)
# "I will vote", "I won't back him", "we will appeal": the speaker's (or their
# body's) own act, decided or promised. "I will be", "I will have", "we will
# win", "we will achieve justice" still forecast an outcome.
_COMMITMENT_BEFORE = re.compile(r"\b(?:I|[Ww]e)\s*$")
_FEARED_BEFORE = re.compile(r"\b(?:afraid|fear|think|expect|suspect|believe|worry|"
                            r"worried|doubt|guess|imagine)\s+(?:that\s+)?(?:I|[Ww]e)\s*$")
# The future's auxiliary, after which its verb comes.
_FUTURE = re.compile(r"will|won[’']t|going\s+to", re.I)
# (not "be" in a plan's progressive: "we will be seeking urgent talks")
FORECAST_VERB = re.compile(r"\s+(?:not\s+|never\s+)?(?:be(?!\s+[a-z]+ing\b)|have|get|"
                           r"win|lose|need|see|find|achieve|succeed|fail|prevail|"
                           r"beat|overcome|make\s+it)\b", re.I)


# What the speaker's side puts first: "will always be our first priority".
_PLEDGE_AFTER = re.compile(r"\s+(?:always\s+|continue\s+to\s+)?(?:be|remain)\s+"
                           r"(?:our|my)\s+(?:[\w-]+\s+){0,2}(?:priority|priorities|"
                           r"focus|commitment|aim|goal)\b", re.I)


def is_commitment(reported: str, start: int, end: int) -> bool:
    """True when the future form reported[start:end] ("will vote") is the
    speaker's own commitment ("I will vote", "we will appeal"), not a
    forecast."""
    future = _FUTURE.search(reported, start, end)
    if _PLEDGE_AFTER.match(reported, future.end() if future else end):
        return True  # "patient safety has been and will always be our first
        # priority": what the speaker puts first, pledged
    if not _COMMITMENT_BEFORE.search(reported, 0, start) or \
            _FEARED_BEFORE.search(reported, max(0, start - 40), start):
        return False  # "I am afraid we will be counting for many days": a
        # fear of what is to come, no commitment
    return not FORECAST_VERB.match(reported, future.end() if future else start)
