"""Recommendations: a modal of duty or need judges whoever says it.

The labelling guide: "kind is opinion when the words judge or recommend
(whoever says them)". "We need to step away from ...", "this country has to
find new ways ...", "the shootings demand that all Americans engage ...",
"it's time to ...", "what is needed is ...", "what this town needs is ...",
"we can't afford to wait" recommend an action, in the writer's voice or in a
speaker's; "the council should have listened" judges what was done, whoever
is meant.

In the writer's own voice the modals under [deontic] in data/opinion.txt count
as the writer's stance, like "we" and "you". Inside quoted or reported words a
modal counts when it recommends: a first- or second-person subject ("we",
"you", "all of us"), a general one ("everyone", "this country", "Americans",
"voters", "parents", "there"), a present modal and an action after it. Not
a past necessity or ability ("She didn't need to hear any more", "residents
had to be evacuated"), not a guess ("we must have missed it"), not a condition ("if we
have to close the school"), and not a particular party's duty told as news
("the company must pay $3 million"). What a particular party "should" or
"needs to" do is advice ("said the government should offer grants", "the
council needs to listen"), unless the verb tells what is expected to happen
("prices should fall", "it should be ready by May").
"""

from __future__ import annotations

import re

from .lexicon import one_of

# Who a recommendation addresses: the speaker's group, the listener, everyone,
# the speaker's own community ("this country", "our party").
_US = (
    r"(?:[Ww]e|[Yy]ou|(?i:all\s+of\s+(?:us|you)|each\s+(?:one\s+)?of\s+us|"
    r"every\s+one\s+of\s+us|everyone|everybody|"
    r"(?:this|our)\s+(?:country|nation|society|community|party|city|town|"
    r"state|county)))")
# A general subject: "people need to wait longer" may tell a need, so only
# "should", "ought to" and "must" recommend after it ("people should vote").
_GENERAL = (r"(?i:people|one|society|america|(?:all\s+|every\s+)?americans?|"
            r"anyone|anybody|everyone|everybody|whoever|"
            r"the\s+(?:world|nation|country|united\s+states|u\.s\.|uk|united\s+"
            r"kingdom)|britain|"
            r"nobody|no\s+one|no\s+(?:child|family|parent|worker|student)|"
            # people as a group: "voters should reject it", "the doctors must"
            r"(?:the\s+|all\s+|our\s+)?(?:voters|residents|parents|citizens|"
            r"taxpayers|families|workers|students|teachers|doctors|drivers|"
            r"consumers|patients|officials|lawmakers|leaders|politicians|"
            r"governments|employers|schools|companies|owners|customers|"
            r"shoppers|travell?ers|passengers|motorists|homeowners|tenants|"
            r"investors|users|visitors|buyers))")
# A particular party: a body, an office or a person spoken of.
_PARTY = (r"(?:(?i:the|this|that|our|their|its|his|her)\s+(?:[a-z]+\s+)?"
          r"(?i:government|council|city|state|authority|authorities|ministry|"
          r"minister|administration|company|firm|board|club|operator|regulator|"
          r"police|school|district|trust|department|agency|commission|committee|"
          r"league|union|management|owners?|landlords?|officials|leaders|"
          r"president|mayor|governor|premier|chancellor)|(?-i:[Hh]e|[Ss]he)|"
          # those who govern, in general: "Ministers need to stop announcing"
          r"(?i:ministers|politicians|lawmakers|legislators|councils|governments|"
          r"regulators|councillors|councilors)|"
          # a person named in reported words: "said Haskett should apologize"
          r"(?<=said\s|says\s|that\s)[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
# What narrows a general subject: "nobody who works full time", "no child in
# this city", "anyone who thinks a phone call doesn't matter", "anyone with
# dashcam footage".
_POSTMODIFIER = (r"(?:\s+(?i:who|that)\s+[^,.;:!?“”\"]{1,60}?|"
                 # "Whoever did this to him ought to be ashamed"
                 r"(?<=[Ww]hoever)\s+[^,.;:!?“”\"]{1,60}?|"
                 r"\s+(?i:in|of|at|from|on|with)\s+[\w’'-]+(?:\s+[\w’'-]+){0,2})?")
_ADVERBS = (r"(?:\s+(?i:all|really|just|simply|also|still|now|collectively|"
            r"absolutely|certainly|clearly|definitely|urgently|finally|first|"
            r"again|too|both|then|therefore|truly)){0,2}")
# The modal, present tense: what should be done, not what had to be.
# "can't afford to" an act other than paying or buying ("we can't afford to
# wait", "America simply can't afford to be silent") is "must not", and so is
# "can't keep doing" ("we cannot keep pouring money into empty boats"), and
# "cannot ask", "cannot ignore" ("we cannot ask families to pay twice").
_CANNOT = r"can(?:not|[’']t|\s+not|\s+no\s+longer)\s+"
# What cannot be done because it must not be ("cannot ask", "can't ignore");
# the trigger below looks for the same verbs.
_MUST_NOT = r"ask|expect|allow|tolerate|ignore|justify|pretend|stand\s+by"
_SHOULD = (r"should(?:n[’']t|\s+not)?|must(?:n[’']t|\s+not)?(?!\s+(?:not\s+)?have\b)|"
           r"ought\s+(?:not\s+)?to|" + _CANNOT +
           r"afford\s+to(?!\s+(?:pay|buy|rent|heat|feed|hire|eat|live|own|run|"
           r"keep\s+up|repair|replace|fix|send|travel|move)\b)|"
           + _CANNOT + r"(?:keep|go\s+on)(?=\s+[a-z]+ing\b)|"
           # "we cannot ask families to pay twice", "we can't ignore this":
           # what must not be done
           r"can(?:not|[’']t|\s+not)\s+(?:" + _MUST_NOT + r"|turn\s+(?:our|their|a)"
           r"\s+backs?)\b")
_MODAL = (
    r"(?i:" + _SHOULD + r"|needs?\s+to|ha(?:s|ve)\s+(?:got\s+)?to|"
    r"[’']ve\s+got\s+to|got\s+to|gotta|(?:do|does)(?:n[’']t|\s+not)\s+"
    r"(?:need|have)\s+to|have\s+every\s+right\s+to)")
# Between the modal and its action: "not", "all", "really".
_ACTION = r"(?=\s+(?:not\s+|never\s+|all\s+|also\s+|really\s+|just\s+)?[a-z]{2,})"
_RECOMMENDS = re.compile(
    r"\b" + _US + _ADVERBS + r"(?:\s+|(?=[’']ve\s))(?P<modal>" + _MODAL + r")"
    + _ACTION
    + r"|\b" + _GENERAL + _POSTMODIFIER + _ADVERBS + r"\s+(?P<should>(?i:"
    + _SHOULD + r"))"
    + _ACTION
    # "the council should have listened": hindsight judges whoever is meant
    # ("should never have made it to a shelf")
    + r"|\b(?P<hindsight>(?i:should(?:n[’']t|\s+not|\s+never)?|ought\s+(?:not\s+|"
    r"never\s+)?to)\s+have)(?=\s+(?:\w+ly\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|ght|id|"
    r"ld|lt|ung|"
    r"ept|ade|ote|ook|ew))\b)"
    # "there has to be a better way", "there should be an inquiry"
    + r"|\b(?i:there)\s+(?P<there>(?i:should|ought\s+to|ha(?:s|ve)\s+to|needs?\s+to)"
    r")\s+be\b"
    # "we need more teachers": a need the speaker's group has
    + r"|\b[Ww]e\s+(?:really\s+|just\s+|also\s+|still\s+)?(?P<need>need)"
    r"(?=\s+(?!to\b)(?:more|less|fewer|a|an|the|to|better|new|real|some|"
    r"answers|action|change|leaders|help)\b)"
    # "it's time to act", "it is high time for Congress to act"
    + r"|\b(?P<time>(?i:it[’']s|it\s+is|now\s+is)\s+(?:high\s+|about\s+|past\s+|"
    r"the\s+)?time\s+(?:for\s+[\w’'-]+(?:\s+[\w’'-]+){0,5}\s+)?to)(?=\s+[a-z])"
    # "the shootings demand that all Americans engage"
    + r"|\b(?P<demand>(?i:demands?)\s+that)\s+(?:" + _US + "|" + _GENERAL + ")"
    # a particular party told what it should do: "said the government should
    # offer grants", "the council needs to listen"; not what a thing is
    # expected to do ("prices should fall", "it should be ready by May")
    + r"|\b" + _PARTY + _ADVERBS + r"\s+(?P<party>(?i:should(?:n[’']t|\s+not)?|"
    r"needs?\s+to))(?=\s+(?:not\s+|also\s+|now\s+|immediately\s+)?"
    r"(?!(?:be|fall|rise|drop|climb|arrive|reach|open|reopen|close|finish|end|"
    r"start|begin|last|take|happen|come|return|improve|recover|ease|increase|"
    r"decrease|grow|stay|remain|hold|see|get|know|hear|receive|have|help|"
    r"expect|feel|find|continue)\b)[a-z]{2,})"
    # "I urge everyone to", "we call on Congress to", "I would encourage every
    # resident to"
    + r"|\b(?:I|[Ww]e)(?:[’']d|\s+would)?\s+(?:\w+ly\s+)?(?P<urge>(?i:urge|"
    r"implore|beg|call\s+on|call\s+upon|appeal\s+to|encourage|advise))\b"
    # "That has to change", "this needs to stop", "something has to give":
    # a state of things that must not go on
    + r"|\b(?:[Tt]his|[Tt]hat|[Ss]omething|[Tt]hings)\s+(?P<change>(?:has|have|"
    r"needs?)\s+to)\s+(?:change|stop|end|give|improve)\b"
    # "let's focus on", "let us be clear"
    + r"|(?P<let>\b(?i:let[’']s|let\s+us))(?=\s+(?!say\b)[a-z]{2,})"
    # "What is needed is ...", "what was needed was to elevate it", "what
    # this country needs is": what should be done, put first
    + r"|\b(?P<cleft>(?i:what(?:[’']s|\s+(?:is|was|has\s+been))\s+(?:really\s+|"
    r"urgently\s+|badly\s+)?needed|what\s+(?:we|you|(?:this|the|our)\s+"
    r"[a-z]+)\s+(?:really\s+)?needs?)\s+(?:(?:now|here|today|most|first)\s+)?"
    r"(?:is|was|are)\b)"
    # "Urgent action is needed", "A fresh approach is required", "Reform is
    # long overdue": a course of action, or more or better of something,
    # held to be wanted (not "A permit is needed to fish": a rule told)
    + r"|\b(?i:(?:much\s+|far\s+|a\s+lot\s+|a\s+|an\s+)?(?:more|better|greater|"
    r"further|stronger|tougher|urgent|immediate|radical|bold|bolder|swift|"
    r"decisive|serious|fresh|new|different)\s+(?:(?!than\b)[a-z-]+\s+){0,2}?"
    r"(?!than\b)[a-z-]+|"
    r"(?:a\s+|an\s+)?(?:action|reform|reforms|change|changes|rethink|overhaul|"
    r"shake-up|leadership|investment|intervention|inquiry|crackdown))"
    r"\s+(?:is|are)\s+(?:(?:urgently|badly|clearly|desperately|sorely|now|still|"
    r"also|surely|long)\s+)?(?P<needed>(?i:needed|required|necessary|essential|"
    r"overdue))\b")
_GROUPS = ("modal", "should", "hindsight", "party", "there", "need", "change",
           "time", "demand", "urge", "let", "cleft", "needed")
# Every pattern above holds one of these words (a modal is lower case inside a
# sentence): most sentences hold none, and one search for them, literals
# only, spares the full pattern (4 ms instead of 40 ms on 20,000 words).
_TRIGGER = re.compile(
    one_of("should|must|ought|need|has to|have to|has got to|have got to|gotta|"
           "got to|time for|time to|demand that|demands that|urge|implore|"
           "call on|call upon|appeal to|encourage|advise|Let’s|Let's|let’s|let's|"
           "Let us|let us|"
           "afford to")
    + r"|beg\s|eeded\b|required\b|necessary\b|essential\b|overdue\b|"
    r"(?:not|n[’']t|longer)\s+(?:keep|go\s+on|" + _MUST_NOT + r"|turn)\s")
# A condition or an embedded question around the subject: "if we have to
# close", "asked how we should pay", "asked what we should do": no
# recommendation. ("That is what we have to do" still recommends.)
_NOT_RECOMMENDING = re.compile(
    r"\b(?i:if|unless|when|whenever|whether|until|because|since|before|after|"
    r"though|although|how|why|where|wherever|whatever|once|lest|"
    r"(?:ask|know|wonder|decid|discuss|debat)\w*\s+(?:\w+\s+)?(?:what|who|which)|"
    r"(?:sure|unclear|idea)\s+(?:of\s+)?(?:what|who|which)|"
    # a thing needed, in a relative clause: "the time we need to understand it"
    r"(?:time|money|help|support|information|resources|tools|space|room|data|"
    r"evidence|answers|staff|funding|skills|equipment|parts))\s+(?:\w+\s+)?$")
# "Let's" exhorts only as an imperative opening its clause; after a subject, a
# modal or "to" it is the verb "let", a permission: "they'll let us bring our
# own", "refused to let us in".
_LET_OPENS = re.compile(
    r"(?:^|[,;:.!?\"“‘(—–-]|\b(?i:and|but|so|now|then|please|just|well|"
    r"okay|ok|yes|no|first|instead|together|again|today))\s*$")
# A duty with a start or a deadline is a rule announced, not advice: "must
# wear masks from Monday", "have to file by March 31".
_DEADLINE = re.compile(
    r"\b(?:from|by|until|starting|beginning|effective|before)\s+(?:\d|the\s+\d|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|"
    r"December|next\s+(?:week|month|year))\b)")


# "I should say", "I must admit", "I have to confess": an aside on the telling,
# no advice.
_ASIDE = re.compile(r"\s+(?:say|add|admit|confess|stress|point\s+out|"
                    r"emphasi[sz]e)\b", re.I)
_I_BEFORE = re.compile(r"\bI\s+$")


def telling_aside(text: str, cue_start: int, cue_end: int) -> bool:
    """Whether the modal at text[cue_start:cue_end] opens an aside on the
    telling ("I should say", "I must admit"), which advises nobody."""
    return bool(_ASIDE.match(text, cue_end)
                and _I_BEFORE.search(text, max(0, cue_start - 4), cue_start))


def opens_with_let(text: str, start: int, cue_start: int) -> bool:
    """Whether the "let's" at `cue_start` opens its clause, an exhortation."""
    return bool(_LET_OPENS.search(text, max(start, cue_start - 12), cue_start))


def recommendations(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of text[start:end] whose modal recommends an action ("need to"
    in "we need to step away"); see the module docstring."""
    found = []
    if not _TRIGGER.search(text, start, end):
        return found
    for match in _RECOMMENDS.finditer(text, start, end):
        if _NOT_RECOMMENDING.search(text, max(start, match.start() - 40),
                                    match.start()):
            continue
        group = next(g for g in _GROUPS if match.group(g))
        if group == "let" and not opens_with_let(text, start, match.start()):
            continue
        # a need put first is advice, never a rule with a deadline (and a
        # sentence of many need not be read to its end for each)
        if group != "cleft" and _DEADLINE.search(text, match.end(), end):
            continue
        if telling_aside(text, *match.span(group)):
            continue  # "It is, I should say, uneven": the writer's aside
        found.append(match.span(group))
    return found
