"""The primary label of a sentence, its confidence, and a reason a student can read.

The decision follows what a journalism teacher asks: is it a question? Does the
sentence say who the claim comes from (and is that a real, checkable source)?
Does it hedge? Does it judge? Explanations quote the cue words found.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import partial

from .acts import (
    AS_FRAME,
    DESCRIBED_AS,
    FRAMED_AS,
    HELD_AS,
    HELD_AS_AFTER,
    LIKENED_TO,
    QUOTED_AS,
)
from .attribution import LABELLING, Attribution, lemma, named_with_maker
from .boilerplate import is_boilerplate
from .calibration import confidence, features, load_calibration
from .hedges import HABIT_WORDS, OPEN_WORDS, reckons
from .hedges import WEAK_HEDGES as _WEAK_HEDGES
from .names import STANDS_FOR, points_back, shown_name
from .nominal import VIEW_NOUNS
from .opinion import command_at, directed, opinion_score
from .scope import in_side_clause
from .sources import SIGNS, head_phrase, is_body, is_person_like, loose_word
from .speaker import (
    FIRST_PERSON,
    FORECAST_VERB,
    NAMING,
    OWN_FEELING,
    is_commitment,
    judges_in_person,
)
from .stance import Weighing, explain, weighed_once
from .subjectivity import load
from .tone import load as load_tone
from .wording import (
    SPEAKERS_QUOTATION,
    agree,
    commands,
    judged,
    judges_rather,
    quote_cues,
    says,
    sourced_reason,
    verb,
)
from .writer_voice import credited, reconsider

# A past perfect before a cue of belief: "had been forecast", "had expected".
_SETTLED = re.compile(r"\bhad\s+(?:been\s+|not\s+|n[’']t\s+)?(?:\w+ly\s+)?$",
                      re.I)
_SPECULATIVE_CUES = frozenset(
    "believe believes believed think thinks thought speculate speculates "
    "speculated suspect suspects suspected expect expects expected fear fears "
    "feared predict predicts predicted predicting estimate estimates estimated "
    "guess hope hopes hoped hoping worry worries worried believing expecting fearing "
    "worrying forecast forecasts forecasted forecasting project projects "
    "projected projecting".split()
)


def _source_phrase(attr: Attribution, text: str) -> str:
    """The attribution words as they read in the sentence ("Some analysts believe")."""
    start, end = attr.span
    if attr.link or attr.kind == "self" or start == end:
        return attr.cue
    if end - start > 80:
        # "The study, which followed 214 patients ..., found": the source's
        # head and the verb, the words between left out
        head = " ".join(head_phrase(text[attr.source_start:attr.source_end]).split())
        if attr.source_start < attr.cue_start and 0 < len(head) <= 40:
            return f"{head} ... {attr.cue}"
        return attr.cue
    return " ".join(text[start:end].split())


# A name addressed ("Anna, ...", "Mr. President, ..."): capitalised words only
# (case-sensitive inside the patterns' re.I), not a pronoun or a clause: "She
# was anxious, sure." and "The ferry was full, of course." are claims.
_ADDRESS = (r"^(?:(?-i:(?!(?:I|He|She|It|They|We|You|This|That|There|These|"
            r"Those|The|A|An)\b)[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}),\s*)?")
_GREETING = re.compile(
    _ADDRESS + r"(?:welcome|thank\s+you|thanks(?!\s+to\b)|my\s+pleasure|"
    r"you[’']re\s+welcome|good\s+(?:morning|evening|afternoon|night)|hello|hi|"
    r"goodbye|great\s+to\s+be|glad\s+to\s+be|it[’']s\s+a\s+pleasure|"
    # a letter's closing: "Yours faithfully,"
    r"yours\s+(?:faithfully|sincerely|truly)|(?:kind|best)\s+regards|"
    r"best\s+wishes|"
    # a correction's apology: "We regret the error."
    r"we\s+(?:regret|apologi[sz]e\s+for)\s+(?:the|this|any)\s+(?:error|errors|"
    r"mistake|mistakes|confusion))\b",
    re.I,
)
# A reply word standing alone ("Exactly.", "Yes, thank you."), not one that
# opens a claim ("Indeed, the council cut...", "No decision was made").
_REPLY = re.compile(
    _ADDRESS + r"(?:exactly|absolutely|indeed|right|yes|no|sure|of\s+course|"
    r"okay|ok)(?=\s*(?:[,.!?;:—–]|$))[,.!?;:—–\s]*",
    re.I,
)


_THANKS_TO = re.compile(r"[“\"‘]?To\s+[^.!?]{1,120},\s*(?:thank\s+you|thanks)"
                        r"(?:\s+(?:all|so\s+much|very\s+much|for\s+everything))?"
                        r"[.!]?[”\"’]?\s*$")


# A reviewer's rating standing alone: "Three stars out of four.", "8/10.",
# "Rating: 4/5".
_NUMBER_WORD = r"(?:\d+(?:\.\d)?|one|two|three|four|five|six|seven|eight|nine|ten|half)"
_STARS = (rf"{_NUMBER_WORD}(?:\s+and\s+a\s+half)?\s+stars?"
          rf"(?:\s+out\s+of\s+{_NUMBER_WORD})?|\d+(?:\.\d)?\s*/\s*(?:4|5|10|100)")
# (or drawn: "Rating: ★★★★☆ (four stars out of five)")
_RATING = re.compile(
    rf"(?i:(?:[A-Z][a-z]+:?\s+)?(?:{_STARS}|[★☆⭐✩✭]+(?:\s*\((?:{_STARS})\))?))\.?")


# The label a rating line may open on ("Rating: three stars out of five"),
# which names no speaker.
_RATING_LABELS = frozenset(("rating", "verdict", "score", "stars"))
# The boxes that weigh: what each label counts the items as.
_WEIGHED_BOXES = {
    "for": "in its favour", "pros": "in its favour", "the good": "in its favour",
    "likes": "in its favour", "against": "against it", "cons": "against it",
    "the bad": "against it", "dislikes": "against it"}
# The labels of a review's fact box: "For: lovely screen", "Against: weak
# camera", "Price: £179": the writer's own box, nobody speaking.
_BOX_LABELS = _RATING_LABELS | frozenset((
    "for", "against", "pros", "cons", "price", "specs", "key specs", "the good",
    "the bad", "bottom line", "in brief", "likes", "dislikes", "buy it if",
    "skip it if", "best for"))


# A letter's salutation on its own: "Dear P.R.,", "Dear Sir or Madam,".
_SALUTATION = re.compile(r"\s*Dear\s+[\w.’' -]{1,40},?\s*")


# A reply whose verb is left to the sentence before: "It wasn't.", "She
# did.", "They have not.", "There is some.", "That's it.", "That's all." It
# claims nothing on its own.
_ELLIPTICAL = re.compile(
    r"[\s“\"‘]*(?:(?:But|And|Yes|No|Well|Oh),?\s+)?(?:(?:it|that|this|he|she|they|we|"
    r"i|you|there|so)\s+(?:(?:is|are|was|were|am|do|does|did|has|have|had|will|"
    r"would|can|could|should|must|might)(?:n[’']t|\s+not)?|won[’']t|can[’']t|"
    r"(?:is|are|was|were)\s+(?:some|none|one|plenty))|(?:that|it)(?:[’']s|\s+is)\s+"
    r"(?:it|all))\s*[.!]?[”\"’]?\s*", re.I)


def _is_courtesy(sentence: str) -> bool:
    """A greeting, thanks or a bare reply between speakers (one whose verb
    the sentence before holds, too): nothing to check."""
    if _ELLIPTICAL.fullmatch(sentence):
        return True
    if _GREETING.match(sentence) or _SALUTATION.fullmatch(sentence):
        return len(sentence.split()) <= 12 or bool(
            re.match(_ADDRESS + r"thank", sentence, re.I))
    if _THANKS_TO.match(sentence):
        return True  # "To the players, the staff and above all the
        # supporters, thank you."
    reply = _REPLY.match(sentence)
    if reply is None:
        return False
    rest = sentence[reply.end():]
    return len(rest.split()) <= 3 or bool(_GREETING.match(rest))


# Urging, pleading and recommending ("Officers recommend keeping fobs in a
# pouch"): advice, an opinion whoever gives it.
_URGING = frozenset(("urge", "implore", "plead", "beg", "recommend"))
# Verbs that report someone judging, urging or arguing, by the lemma of the
# cue (reporting.txt): what they report is that person's opinion ("X praised
# ...", "Y railed against ...", "Z implored her to ...").
_EVALUATIVE_REPORT = frozenset((
    # arguing
    "argue", "opine", "present", "advocate",
    # criticising and attacking
    "criticize", "condemn", "denounce", "slam", "blast", "decry", "lambast",
    "deride", "mock", "ridicule", "blame", "lament", "complain", "attacked",
    "assail", "rebuke", "chide", "scold", "chastise", "insult", "taunt",
    "lash out", "rail against",
    # praising
    "praise", "hail", "laud", "applaud", "commend",
)) | _URGING
_STILL_TO_COME = re.compile(r"\b(?:will|shall|would|[’']ll|(?:plans?|is\s+set|"
                            r"are\s+set|is\s+expected|are\s+expected|intends?)"
                            r"\s+to)\s+(?:\w+ly\s+)?$", re.I)
# A short quotation (60 characters at most) in double quotation marks.
_WORDS_QUOTED = re.compile(r"“[^”]{1,60}”|\"[^\"]{1,60}\"")
_ADVICE_VERBS = _URGING | {"advise"}
# "advises parents to check", "advised against travel": advice given ("advised
# that the road is closed" tells a fact).
_ADVICE_AFTER = re.compile(r"\s+(?:(?:[\w’'-]+\s+){0,4}?to\s+(?!(?:the|a|an)\b)[a-z]|"
                           r"(?:\w+\s+)?against\b)", re.I)
# "hopes to offset": matched in place, not on a copy of the rest of the text
_TO_AFTER = re.compile(r"\s+to\s")
# "pleaded guilty", "begs the question": a plea in court, an idiom.
_NO_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest|the\s+"
                      r"(?:fifth|question))\b", re.I)


# Sources named for opposing: what they question, they doubt.
_OPPONENTS = re.compile(r"\b(?i:critics|opponents|sceptics|skeptics|detractors)\b")
# What a source questions as a fault: "questioned why the council did not
# step in", "openly questioned whether he is worth the money".
_DOUBTED = re.compile(
    r"\s+(?:\w+ly\s+)?(?:(?:why|how)\b[^.;:]*?\b(?:not|n[’']t|never)\b|"
    r"(?:whether|if)\b[^.;:]*?\b(?:worth|right|fair|justified|necessary|wise|"
    r"appropriate|sensible|needed|value\s+for\s+money)\b)")
# A label pinned by the passive verb: "called a charlatan".
_PINNED_AFTER = re.compile(r"\s+(?:a|an)\s+[a-z]")
# Whose side an agreement takes: "agreed with Ivana Trump that".
_SIDED_WITH = re.compile(r"\s+(?:\w+ly\s+)?with\s+[^,.;:]{1,60}?\s+that\b")
# A feeling or a view voiced: "expressed deep concern", "voiced their anger",
# "expressed doubts about" (not "expressed fears", "hopes", "confidence that":
# beliefs about what is to come).
_FEELING_VOICED = re.compile(
    r"\s+(?:(?:his|her|their|its|our|my|deep|serious|grave|strong|growing|real|"
    r"some|great|considerable|mounting|renewed|sincere|bitter|public)\s+){0,3}"
    r"(?:concerns?|anger|frustration|dismay|disappointment|outrage|alarm|"
    r"regret|sympathy|gratitude|doubts?|scepticism|skepticism|"
    r"unease|sadness|shock|surprise|delight|pride|relief|"
    r"fury|displeasure|reservations|misgivings|satisfaction|admiration|"
    r"approval|disapproval|support|opposition|solidarity)\b")
# A second predicate of the source: "... and criticized the council".
_AND_VERB = re.compile(r"\b(?:and|but)\s+(?:\w+ly\s+)?([a-z]+ed)\b")


def _stance_taken(text: str, attr: Attribution) -> str | None:
    """What a source's verb does when it takes a stance without a judging
    verb, with its words, for the explanation: a feeling voiced ("expressed
    deep concern"), a likeness pinned ("compared Trump to a coach", not
    "compared neighbourhoods with similar incomes") or a side taken ("agreed
    with Ivana Trump that", not "agreed that talks would resume"); else None."""
    base = lemma(attr.cue)
    if base in ("express", "voice"):
        feeling = _FEELING_VOICED.match(text, attr.cue_end)
        return feeling and (f"'{attr.cue} {feeling.group().strip()}' reports a "
                            "feeling about the matter, not an event")
    if base in ("compare", "liken"):
        likened = LIKENED_TO.match(text, attr.cue_end)
        return likened and (f"'{attr.cue}{likened.group().rstrip()}' pins a "
                            "likeness on someone, a judgement rather than an event")
    if base == "agree":
        sided = _SIDED_WITH.match(text, attr.cue_end)
        return sided and (f"'{attr.cue}{sided.group()[:-len('that')].rstrip()}' "
                          "takes someone's side on the matter, not an event")
    return None


def _second_judgement(sentence: str, attr: Attribution) -> str | None:
    """A verb that reports a judgement as the source's second predicate, after
    its report ("said ... and criticized the council"), if any."""
    at = sentence.find(attr.cue)
    if at < 0:
        return None
    for match in _AND_VERB.finditer(sentence, at + len(attr.cue)):
        if lemma(match.group(1)) in _EVALUATIVE_REPORT:
            return match.group(1)
    return None


_BLAMED_ON = re.compile(r"\s+((?:[\w’'.%-]+\s+){1,8}?)(on|for)\b")


def reports_judgement(text: str, attr: Attribution) -> bool:
    """Does the cue report a judgement: a verb of arguing, attacking, praising
    or urging, a framing "as", or a label pinned on someone?"""
    words = attr.cue.split()
    if attr.cue.lower() in VIEW_NOUNS:
        return True  # "In the minister's view, ...": a view, reported
    base = lemma(attr.cue) or (lemma(words[-1]) if words else None)
    if base == "blame":
        # "blamed the outbreak on flooding", "blamed a fall in recruitment
        # for the deficit": a cause given; "blamed the government for": fault
        cause = _BLAMED_ON.match(text, attr.cue_end)
        if cause and (cause.group(2) == "on" or not is_person_like(cause.group(1))):
            return False
    if base in ("recommend", "advise") and _STILL_TO_COME.search(
            text, max(0, attr.cue_start - 30), attr.cue_start):
        return False  # "The board will recommend that investors ...": a plan
        # told, no advice given yet
    if base in _EVALUATIVE_REPORT:
        return not _NO_PLEA.match(text, attr.cue_end)
    if base == "advise" and _ADVICE_AFTER.match(text, attr.cue_end,
                                                attr.cue_end + 60):
        return True
    if base == "question" and (_DOUBTED.match(text, attr.cue_end, attr.cue_end + 120)
                               or _OPPONENTS.search(attr.source or "")):
        # "Critics questioned why the council did not step in sooner", "have
        # questioned whether he is worth the money": blame for what was not
        # done, or doubt that a thing is worth it, a judgement reported ("asked
        # whether", "questioned why it took two weeks" or "questioned whether
        # the links would favour long hitters" ask, and judge nothing; what
        # critics question they doubt: "Critics have also questioned whether
        # receiving countries can care for the objects")
        return True
    if _stance_taken(text, attr):
        return True  # a feeling voiced, a likeness pinned, a side taken
    if base in FRAMED_AS:
        return bool(AS_FRAME.match(text, attr.cue_end, attr.cue_end + 80))
    if base in DESCRIBED_AS:
        return bool(QUOTED_AS.match(text, attr.cue_end, attr.cue_end + 80))
    # "has been called a charlatan by fellow physicians": a label pinned
    return bool(NAMING.match(text, attr.cue_start)) or (
        attr.cue in LABELLING and bool(_PINNED_AFTER.match(text, attr.cue_end)))


# An expectation with a fixed date is a schedule, not a guess: "the changes
# are expected to take effect on April 1".
_SCHEDULE = re.compile(
    r"\b(?:expected|due|scheduled|set)\s+to\s+(?:take\s+effect|come\s+into\s+"
    r"(?:force|effect)|begin|start|open|close|end|finish|resume|arrive|"
    r"be\s+(?:completed|held|published|released|signed|sworn\s+in))\b"
    r"[^.;]*?\b(?:on|by|from|in|at|until|next|this)\s+(?:\d|[A-Z]|the\s+"
    r"(?:end|start|beginning)|week|month|year|spring|summer|autumn|fall|winter)"
)
# A source's forecast of what something will do ("says the bottle will help").
# "is going to", "we're not going to", "I'm going to" count as "will".
_PREDICTION = re.compile(r"\b(?:will|won[’']t|(?:(?:is|are|am)\s+|[’'](?:re|s|m)\s+)"
                         r"(?:not\s+)?going\s+to)\s+(?:not\s+)?\w+", re.I)
# A plan with a date is an announcement, not a forecast ("will close on 1 May",
# "will not attend the debate tomorrow night").
_DATED = re.compile(
    r"\b(?:on|by|from|in|until|before|after|next|this)\s+(?:\d|the\s+\d|"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
    r"February|March|April|May|June|July|August|September|October|November|"
    r"December|week|month|year|spring|summer|autumn|fall|winter)\b)|"
    # American style, no preposition: "will begin May 1"
    r"\b(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December)\s+\d{1,2}\b|"
    # "again in six months", "in two weeks' time"
    r"\bin\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twelve|"
    r"a\s+few|several)\s+(?:days?|weeks?|months?|years?)\b|"
    r"\b(?:tomorrow|tonight)\b")
# "is expected to", "than expected", "the expected rise": a schedule, a
# comparison or a noun's modifier; after any other word ("the union expected
# production to improve") someone expects: a belief of theirs.
_NOT_ACTIVE = re.compile(r"\b(?:is|are|was|were|be|been|being|than|as|the|a|an|"
                         r"its|his|her|their|our|more|less|long|widely)\s+"
                         r"(?:\w+ly\s+)?$", re.I)


# A search that turned up no evidence: "found no evidence", "has found
# little evidence". ("There is no evidence of this" after a rumour still
# leaves it a guess.)
_SEARCHED = re.compile(r"\b(?:found|finds?|uncovered|turned\s+up|showed|shows?|"
                       r"saw)\s+$", re.I)


# "accused Hollis of planning": the active verb, an object, then "of"
_ACCUSES = re.compile(r"accus(?:es|ed|e|ing)\s+(?!of\b)(?:[\w’'.-]+\s+){1,4}?of\b",
                      re.I)
_PASSIVE_EXPECTED = re.compile(r"\b(?:is|are|was|were)\s+(?:\w+ly\s+)?$", re.I)


def _expects(text: str, hedge: dict) -> bool:
    """"expected" in the active voice: a person or body expects something;
    or in the passive of what is to come ("more rain is expected across the
    basin", "is expected to rise"), a guess as in the writer's own voice."""
    return hedge["text"].lower() == "expected" and (
        not _NOT_ACTIVE.search(text, max(0, hedge["start"] - 30), hedge["start"])
        or _PASSIVE_EXPECTED.search(text, max(0, hedge["start"] - 30),
                                    hedge["start"]) is not None)


# A label in the source's own words, pinned with "as a": "went after Trump
# as a “human leech”", "described the plan as a “disaster”". Not a name
# ("known as", "referred to as").
_LABEL_AS = re.compile(r"(?<!known)(?<!referred\sto)(?<!billed)(?<!listed)"
                       r"\s+as\s+(?:an?\s+[“\"]|[“\"]an?\s+)[\w-]+(?:\s+[\w-]+)*"
                       r"[,.]?[”\"]")


# A belief denied ("he didn't believe those attacks hurt Romney", "I don't
# think that is fair"): the source disputes a claim, an opinion like "I don't
# buy that"; denied of what is to come ("doesn't think it will pass") it
# stays a guess.
_DISBELIEF = re.compile(r"\b(?:do|does|did)(?:n[’']t|\s+not)\s+(?:really\s+|"
                        r"personally\s+)?(?:think|believe)\b")
_FORECAST_AFTER = re.compile(r"\b(?:will|won[’']t|would|could|can|may|might|going\s+"
                             r"to|gonna|shall)\b", re.I)


# A belief the speaker held, told in the third person: "said she hoped
# another retailer would take over the space".
_HELD = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+(?:still\s+|also\s+)?(?:hoped|hopes|"
                   r"feared|fears|expected|expects|believed|believes|thought|thinks|"
                   r"(?<=[Tt]hey\s)(?:hope|fear|expect|believe|think))"
                   r"\b(?!\s+(?:about|of|over)\b)")


def _held_forecast(sentence: str, cue: str) -> re.Match | None:
    """A third-person belief about what is to come in the words after the
    reporting verb: a guess, like "I think it will" (one in the speaker's
    own description, "who feared retaliation, said", is not what they said)."""
    after = sentence.find(cue)
    held = _HELD.search(sentence, after + len(cue)) if after >= 0 else None
    return held if held and _FORECAST_AFTER.search(sentence, held.end()) else None


# Where a first-person belief's clause ends: ", and we think", "; ", " — ".
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+(?:I|[Ww]e|honestly|frankly)\b|"
                          r";|\s[—–]\s")


def _view_words(view: re.Match) -> str:
    """The words of a first-person view or a feeling told, without quotation
    marks ('said the university was “disappointed”': no opening mark left
    unclosed in the explanation)."""
    return _QUOTE_MARKS.sub("", view.group())


_QUOTE_MARKS = re.compile(r"[“”\"‘’]")


def _forecasts(view: re.Match | None) -> bool:
    """Is this first-person view a belief about what is to come ("I think we
    will win", "I believe the rules will drive shoppers away")? The guide
    counts it a guess, not an opinion."""
    return _believes_in_own_clause(view, _FORECAST_AFTER)


def _foresees(view: re.Match | None) -> bool:
    """Is this first-person view sure of what will be ("I'm sure we will
    win", "I am confident the vote will pass")? Only a future counts, not what
    can be ("we are convinced this is a country where one can ...")."""
    return _believes_in_own_clause(view, _WILL_AFTER)


def _believes_in_own_clause(view: re.Match | None, future: re.Pattern) -> bool:
    """A belief (no judgement) whose own clause holds `future`: only there,
    "We think the jury was misled, and we think an appeals court will see
    that" holds a view before its guess."""
    if view is None or judges_in_person(view):
        return False
    clause = _NEXT_CLAUSE.search(view.string, view.end())
    return bool(future.search(view.string, view.end(),
                              clause.start() if clause else len(view.string)))


_WILL_AFTER = re.compile(r"\b(?:will|won[’']t|would|going\s+to|gonna|shall)\b", re.I)


# The writer's "I think" as a stance cue of the lexicon.
_BELIEF_CUE = re.compile(r"^(?i:i|we)\s+(?:think|believe|doubt)$")
# Corrective framing, a name denied and another put in its place: "This is
# not a moment, it's a movement", "It is not about money but about respect".
# ("It's a survey, not an experiment" may correct a fact, and is left alone.)
_REFRAMING = re.compile(
    r"\b(?:is|are|was|were|[’']s|[’']re)\s+not\s+(?:just\s+|only\s+|simply\s+)?"
    r"(?:a|an|the|about)\s+[^,;.]{1,40}?(?:[,;—–]\s*(?:but\s+|(?:it|this|that|"
    r"they)(?:[’']s|[’']re|\s+is|\s+are|\s+was)\s+)|\s+but\s+)"
    r"(?:a|an|the|about)\s", re.I)
# A speaker vouching for their candour ("Frankly, ...", "To be honest, ...")
# is giving a view of their own; not "I honestly don't know", "to be honest
# with them".
_CANDID = re.compile(r"ankly|onestly|andidly|o be (?:hon|fra)|(?:ruth|act|eality) is")
_CANDOUR = re.compile(r"\b(?:(?:[Qq]uite\s+)?[Ff]rankly|[Hh]onestly|[Cc]andidly|"
                      r"[Tt]o\s+be\s+(?:honest|frank))(?=\s*[,—–])|"
                      # "the truth is that ...", "the fact is, ...": a view
                      # vouched for as the plain truth
                      r"\b[Tt]he\s+(?:simple\s+|plain\s+|sad\s+)?(?:truth|fact|"
                      r"reality)\s+is(?=\s*(?:,|that\b))")


# What a whole people wants, knows or is tired of, said for them ("People here
# want someone who has run something", "Voters don't care who the
# establishment likes", "Everybody knows the parties find ways round it"): a
# sweeping claim on others' minds, the speaker's view. What a particular group
# wants ("Residents want the road reopened") is their demand, reported.
_PEOPLES = ("eople", "oters", "amilies", "arents", "esidents", "axpayers",
            "itizens", "veryone", "verybody", "obody", "o one", "orkers")


def _speaks_of_peoples(reported: str) -> bool:
    return any(word in reported for word in _PEOPLES)


_GROUP_MIND = re.compile(
    r"(?:^|[“\"‘(]|\b(?:[Bb]ut|[Aa]nd|[Bb]ecause|[Ss]o)\s)\s*(?:(?i:most|ordinary|"
    r"working|young|the\s+American|the\s+British)\s+)?(?:(?i:people|voters|"
    r"everyone|everybody|nobody|no\s+one)|(?P<group>(?i:families|parents|"
    r"residents|taxpayers|citizens|workers)))(?:\s+(?i:here|out\s+there|in\s+"
    r"this\s+(?:town|city|state|country|district)))?\s+(?:(?i:do\s+not|don[’']t|"
    r"does\s+not|doesn[’']t|just|really|simply|all)\s+)?(?:(?(group)(?!)|"
    r"(?i:wants?))|(?i:cares?|knows?|deserves?|understands?|(?:are|is)\s+(?:not\s+)?"
    r"(?:tired|sick|fed\s+up|interested)|can\s+(?:see|tell|read)))\b")


def _framings(reported: str) -> list[str]:
    """The words that frame a speaker's view: candour vouched for ("Frankly,
    ..."), a name denied and another put in its place ("not a moment, it's a
    movement"), or what a whole people wants or knows said for them ("Voters
    here don't care ..."). Each is searched only where its telltale letters
    stand: most sentences hold none."""
    found = (_CANDOUR.search(reported) if _CANDID.search(reported) else None,
             _REFRAMING.search(reported) if " not " in reported else None,
             _GROUP_MIND.search(reported) if _speaks_of_peoples(reported) else None)
    return [m.group().strip(" ,“\"‘(") for m in found if m]


# What a record shows, or does not: "the data does not support it".
_EVIDENCE_CUE = re.compile(r"(?:support|show|prove|back|confirm|bear)", re.I)


# An account summed up by one word: "paint a grim picture", "painted a more
# troubling picture".
_PICTURE = re.compile(r"\bpaint(?:s|ed|ing)?\s+(?:a|an)\s+(?:(?:more|less|very|far|"
                      r"much|rather|deeply|increasingly|even)\s+)?([a-z]+)\s+picture\b")


# A command opening a speaker's sentence: "Listen for a month", "And buy a
# good pair of shoes", "Don't rush".
_ADVICE = re.compile(
    r"[\s“\"‘']*(?:(?:And|But|So|Then|Just|Always|Never)\s+)?((?i:listen|buy|take|"
    r"don[’']t|do\s+not|make\s+sure|keep|try|get|go|give|trust|remember|be|"
    r"stop|start|ask|look|watch|read|talk|stay|avoid|learn|spend|forget|"
    r"choose|pick|focus|speak|write|come|find)\b)(?!\s+(?:of|on|in|at|is|are|was|"
    r"were|has|have|had)\b)")
_BELIEF_WORDS = frozenset(
    "think thinks thought believe believes believed feel feels felt doubt "
    "doubts doubted".split())


@dataclass
class Decision:
    """The answers to the two questions, and the label learners sort.

    `kind` is what the sentence does: "fact" (a claim about the world),
    "speculation", "opinion", or "question", "courtesy", "boilerplate", "list"
    and "heading" for what is not sorted. `label` combines it with the source: a
    fact claim with a source is "sourced", one without is "unsourced";
    speculation and opinion keep their kind whoever says them.
    """

    #: Which rule decided ("judges", "writer-argues", "model-reports"...): the
    #: calibration (calibration.py) weighs how often each is right.
    rule: str
    label: str
    confidence: float
    explanation: str
    kind: str
    #: False when what looked like a source is not one ("are expected to").
    keeps_attribution: bool = True


#: The kinds learners sort; the others (question, courtesy...) are not claims.
SORTED_KINDS = ("fact", "opinion", "speculation")
#: The subjectivity model (None: the rules alone decide).
MODEL = load()
#: The calibration of confidences (None: the rules' own estimates stand).
CALIBRATION = load_calibration()
#: The tone model, which the calibration reads (None: it reads no tone).
TONE = load_tone()


def decide(text: str, sentence: str, attr: Attribution | None, hedges: list[dict],
           opinion: list[dict], is_heading: bool = False,
           continued: bool = False) -> Decision:
    """The kind, source-aware label, confidence and explanation of a sentence.

    The rules decide; for a sentence in the writer's own voice the subjectivity
    model then weighs in (`writer_voice.reconsider`), and the calibration sets
    the confidence (`calibration.py`). `continued`: the sentence lies inside a
    quotation whose speaker is `attr` (`_in_quotation`)."""
    # The stance weighing of the sentence, computed when first asked for and
    # kept: the rules, the model and the calibration all read it.
    weighed = weighed_once(sentence, opinion)
    decision = _by_rules(text, sentence, None if continued else attr, hedges,
                         opinion, is_heading, weighed, continued)
    subjective = None
    if MODEL is not None and decision.kind in SORTED_KINDS:
        decision, subjective = reconsider(decision, MODEL, sentence,
                                          None if continued else attr, hedges,
                                          opinion, weighed)
    if continued:
        decision = _in_quotation(_quoted_words(decision, sentence, attr), attr)
    source = credited(attr, decision)
    if source is not None and source.kind == "vague" and \
            _SOURCED in decision.explanation:
        # a loose group's view or guess, as the feedback students read says
        # it ("an opinion, and it is only loosely sourced (Consumer advocates)")
        decision = replace(decision, explanation=decision.explanation.replace(
            _SOURCED, ", and it is only loosely sourced: ", 1))
    if CALIBRATION is None or decision.kind not in SORTED_KINDS:
        return decision
    names = features(decision.rule, decision.label,
                     source.kind if source else "none", sentence, hedges, opinion,
                     None if continued or source is None else source.cue,
                     subjective, weighed(),
                     TONE.probability(sentence) if TONE is not None else None)
    return replace(decision, confidence=confidence(CALIBRATION, names))


_SOURCED = ", and it is sourced: "


# A line of a fact box: a short label, a colon, its value ("Screen: 6.5in
# OLED", "Pros: outstanding battery", "Battery life: 41 hours").
_FIELD = re.compile(r"[ \t]*[A-Z][\w’'/&().-]*(?:[ \t]+[\w’'/&().-]+){0,3}[ \t]*:"
                    r"[ \t]+\S")


def _is_field_list(sentence: str) -> bool:
    """Two lines or more, each a label and its value, or a Markdown table's
    rows: a fact box, a table of figures or a list of pros and cons set one
    field to a line, not a sentence (a transcript's
    turns, "MAYOR: Because the numbers added up.", end as sentences do)."""
    if "\n" not in sentence:
        return False
    lines = [line.strip() for line in sentence.strip().splitlines() if line.strip()]
    return len(lines) >= 2 and (all(
        _FIELD.match(line) and not line.endswith((".", "!", "?", "”", '"'))
        for line in lines) or all(_TABLE_ROW.fullmatch(line) for line in lines))


# A row of a Markdown table: "| Revenue | $3.14bn | $2.96bn | +6% |".
_TABLE_ROW = re.compile(r"\|.*\|")


# A statement that ends on a question it quotes: "The spot opens with footage
# of a classroom and a narrator asking, “What kind of leader ...?”" tells
# what was asked (eight words or more before it; "He said, “Why not?”" is the
# question).
_QUOTED_QUESTION = re.compile(r"^(?:[^“\"\s]+\s+){7,}[^“\"\s]+[,:]\s*"
                              r"[“\"][^”\"]+\?[”\"]\s*$")


# A short quoted question and its tag, closing the sentence: '"Did you
# accept the bonus?" Mr Garside asked.', '"Why now?" she asked, turning to
# the board.' (Not '"You winning?" she said, but Kevin was drifting off':
# the sentence goes on to tell more.)
_TAGGED_QUESTION = re.compile(
    r"[\s“\"]*[“\"][^”\"]{1,120}\?[”\"]\s*(?:[\w’'.-]+\s+){0,4}?(?:asked|asks|said|"
    r"says|replied|wondered|demanded|pressed|added|shouted|cried|interjected)"
    r"(?:\s+[A-Z][\w’'.-]*){0,3}\s*(?:[.!]|,\s+\w+ing\b[^,;]*[.!]?)?\s*$")


def _by_rules(text: str, sentence: str, attr: Attribution | None,
              hedges: list[dict], opinion: list[dict], is_heading: bool,
              weighed: Callable[[], Weighing], quoted: bool = False) -> Decision:
    if sentence.rstrip(" ”’\"')").endswith("?") and not _QUOTED_QUESTION.search(
            sentence) or _TAGGED_QUESTION.match(sentence):
        return Decision("question", "question", 0.95,
                        "This is a question: it asks rather than states, so it is "
                        "not sorted. Ask what answer it expects: a question can "
                        "slip in a view.", "question")
    if is_boilerplate(sentence):
        return Decision("boilerplate", "unsourced", 0.85,
                        "This is page furniture (a cookie banner, a button or a "
                        "sign-up box): it speaks to a visitor about the website, "
                        "not about the world.", "boilerplate")
    if _is_field_list(sentence):
        return Decision("list", "unsourced", 0.85,
                        "This is a list of fields, one to a line (a fact box, a "
                        "table, pros and cons), not a sentence: it is not sorted.",
                        "list", keeps_attribution=False)
    if (attr is None or attr.cue == ":" and attr.source.lower() in _RATING_LABELS) \
            and _RATING.fullmatch(sentence.strip()):
        return Decision("rating", "opinion", 0.8,
                        f"'{sentence.strip().rstrip('.')}' is a reviewer's rating: "
                        "a verdict on a scale, the writer's opinion, not a "
                        "measurement anyone could check.", "opinion")
    verdict = attr is not None and attr.cue == ":" and \
        attr.source.lower() in _BOX_LABELS
    if verdict and attr.source.lower() in _WEIGHED_BOXES:
        return Decision("box-verdict", "opinion", 0.8,
                        f"'{attr.source}:' lists what the reviewer counts "
                        f"{_WEIGHED_BOXES[attr.source.lower()]}: the writer's "
                        "verdict, an opinion rather than a report.", "opinion",
                        keeps_attribution=False)
    if verdict:
        attr = None  # "Verdict: Misleading.", "Against: weak camera": the
        # writer's verdict or fact box, labelled
    if _is_courtesy(sentence):
        return Decision("courtesy", "unsourced", 0.8,
                        "This is a courtesy or a reply between speakers, not a "
                        "claim about the world: there is nothing to check.",
                        "courtesy")
    schedule = _SCHEDULE.search(sentence)
    if schedule:
        hedges = [h for h in hedges if h["text"].lower() not in ("expected", "due")]
        if attr is not None and attr.kind == "vague" and not attr.source.strip():
            attr = None  # "are expected to": nobody expects, it is scheduled
    if attr is not None and attr.negated and attr.kind == "citation" and \
            _EVIDENCE_CUE.match(attr.cue):
        # "the available data does not obviously support it": the writer's
        # reading of a record, not a source keeping quiet
        return Decision("silence", "unsourced", 0.7,
                        f"'{_source_phrase(attr, text)}' tells what a record does "
                        "not show, as the writer reads it: nobody is quoted, so it "
                        "is an unsourced claim.", "fact")
    if is_heading and attr is not None:
        # "What experts say", "Director: Tomas Lindqvist": a heading credits
        # no one, whatever words of reporting it holds (a rating line, above,
        # is the writer's verdict)
        return _unattributed(sentence, hedges, opinion, True, weighed)
    stance = _OWN_DENIAL.match(sentence) if attr is not None and attr.negated \
        else None
    if stance:
        return Decision("writer-feels", "opinion", 0.65,
                        f"'{stance.group(1)}' gives the writer's own view, a "
                        "judgement rather than a report, and nobody is quoted: "
                        "this is an opinion.", "opinion", keeps_attribution=False)
    if attr is not None and attr.negated:
        return Decision("silence", "unsourced", 0.7,
                        f"'{_source_phrase(attr, text)}' tells you a source has not "
                        "said anything: the sentence reports a silence, on the "
                        "writer's own word, so it is an unsourced claim.", "fact")
    if attr is not None:
        return _attributed(text, sentence, attr, hedges, opinion, bool(schedule),
                           weighed)
    decision = _unattributed(sentence, hedges, opinion, is_heading, weighed,
                             quoted)
    decision.keeps_attribution = not (schedule or verdict)
    return decision


# The writer's own view, denied in the first person: "We do not dispute that
# the council is under pressure", "I don't doubt his sincerity", "We cannot
# accept that" (not a source's silence).
_OWN_DENIAL = re.compile(
    r"[\s“\"]*(?:(?:But|And|Yet|So|Still),?\s+)?((?:I|We)\s+(?:simply\s+|just\s+)?"
    r"(?:do\s+not|don[’']t|cannot|can[’']t)\s+(?:dispute|deny|doubt|question|"
    r"accept|agree|believe))\b")


# The unsourced reading's "nobody is quoted: this is the writer's opinion".
_NOBODY = re.compile(r",?\s+and\s+(?:nobody\s+is\s+quoted|no\s+source\s+is\s+given)"
                     r"(\s+\([^)]*\))?[,:].*$", re.S)
_PERSONAL = frozenset("i we you he she they it this that".split())


# How the article names a quotation it gives to a speaker after it ("That
# was the verdict of Leonard Osei"): words that judge.
_VERDICT_OF = re.compile(r"\b(?:verdict|view|assessment|judge?ment)\b")


def _a_or_an(word: str) -> str:
    """The article before `word`: "an assessment", "a verdict"."""
    return "an" if word[:1].lower() in "aeiou" else "a"


def _quoted_words(decision: Decision, sentence: str,
                  speaker: Attribution) -> Decision:
    """A quotation's later sentence read as the words after "she said" are:
    the speaker's own view judges ("I am not convinced they are listening",
    "I don't blame them"), and a future is their forecast ("Morrow's people
    will say she won", "it's going to be a long night"), though not their own
    commitment or a dated plan. In the writer's voice "I" and a future weigh
    less (a plan is reported), so only quoted words are read this way."""
    if decision.kind != "fact":
        return decision
    verdict = _VERDICT_OF.search(speaker.cue or "")
    if verdict:  # '"She won on frustration." That was the verdict of X.'
        return Decision("judges", "opinion", 0.7,
                        f"The article calls these words {_a_or_an(verdict.group())} "
                        f"{verdict.group()}: this is an opinion.", "opinion")
    view = FIRST_PERSON.search(sentence)
    if view and not _forecasts(view):
        return Decision("judges", "opinion", 0.65,
                        f"'{view.group()}' states the speaker's own view rather "
                        "than reporting: this is an opinion.", "opinion")
    if view:  # "we are confident the new staff will bring waiting lists down"
        return _looks_ahead(view, belief=True)
    framed = _framings(sentence)
    if framed:  # "People here want someone who has actually run something."
        return Decision("judges", "opinion", 0.65,
                        f"{quote_cues(framed)} {verb(framed, 'judges', 'judge')} "
                        f"rather than {verb(framed, 'reports', 'report')}: this is "
                        "an opinion.", "opinion")
    prediction = None if _DATED.search(sentence) else _forecast(sentence, speaker)
    if prediction is None:
        return decision
    return _looks_ahead(prediction, belief=False)


def _looks_ahead(words: re.Match, belief: bool, who: str | None = None,
                 group: bool = False) -> Decision:
    """Speculation told by a belief about what is to come ("I fear we will")
    or by a future ("will say"); `who` names the source when the sentence
    has its own (a continued quotation's speaker is named by _in_quotation)."""
    if belief:
        what = (f"'{words.group()}' gives a belief about what is to come, not what "
                "has happened: this is speculation")
        forms = ("expects", "expect")
    else:
        what = (f"'{words.group()}' tells what the "
                f"{'source' if who else 'speaker'} expects to happen, not what "
                "has happened: this is speculation")
        forms = ("predicts", "predict")
    sourced = (f", and it is sourced: {who} {agree(who, *forms, group)} it."
               if who else ".")
    return Decision("predicts", "speculation", 0.6, what + sourced, "speculation")


def _in_own_words(decision: Decision, speaker: str) -> Decision:
    """A judgement or a guess in a signed letter, read as the article's own
    words would be, credited to the letter's writer."""
    what = "an opinion" if decision.kind == "opinion" else "speculation"
    lead = _NOBODY.sub(lambda m: m.group(1) or "", decision.explanation).replace(
        f"in {WRITERS} own voice", f"in {speaker}'s own voice")
    if lead == decision.explanation:
        return replace(decision, explanation=f"{lead} {speaker} says it in their "
                       "own words.")
    said = "" if lead.endswith(f"is {what}") else f": this is {what}"
    return replace(decision, explanation=f"{lead}{said}, and it is sourced: "
                   f"{speaker} says it in their own words.")


def _in_quotation(decision: Decision, speaker: Attribution) -> Decision:
    """A sentence inside `speaker`'s quotation, no cue of its own: its words
    decide its kind as they would in the writer's voice (a judgement is an
    opinion, a guess speculation), and the speaker is its source. A speaker
    with no source text is someone the text does not name near the quotation
    (`core._analyze`): the words are still theirs, not the writer's."""
    if speaker.source:
        name = shown_name(speaker)
        # "the quotation of Mayor Ruiz", "... of one of them", "... of
        # officials" read right whatever the name is; a pronoun says nothing
        quotation = (f"the quotation of {name}" if name
                     and name.split()[0].lower() not in _PERSONAL
                     else SPEAKERS_QUOTATION)
        fact = (f"This continues {quotation}: the words are theirs, so the claim "
                "is sourced to them.")
        whose = f"it continues {quotation}"
        after = f"It continues {quotation}."
    else:
        whose = ("the words are in quotation marks, so they are someone else's, "
                 "not the writer's, though the text does not say whose")
        fact, after = f"This claim is sourced: {whose}.", f"It is sourced: {whose}."
    if decision.kind == "fact":
        return replace(decision, label="sourced", keeps_attribution=True,
                       explanation=fact)
    if decision.kind not in ("opinion", "speculation"):
        return decision
    what = "an opinion" if decision.kind == "opinion" else "speculation"
    lead = _NOBODY.sub(lambda m: m.group(1) or "", decision.explanation).replace(
        f"in {WRITERS} own voice", "in the speaker's own voice")
    if lead == decision.explanation:  # worded otherwise: keep it, name the speaker
        return replace(decision, keeps_attribution=True,
                       explanation=f"{lead} {after}")
    said = "" if lead.endswith(f"is {what}") else f": this is {what}"
    return replace(decision, keeps_attribution=True,
                   explanation=f"{lead}{said}, and it is sourced: {whose}.")


# A share a poll measured: "31 percent", "64% of voters", "half of those polled"
_MEASURED_SHARE = re.compile(r"\d\s*(?:%|percent\b|per\s+cent\b)|\b(?:half|a\s+third|"
                             r"a\s+quarter|two-thirds|majority|minority)\s+of\s+"
                             r"(?:respondents|those\s+(?:polled|surveyed|asked))\b",
                             re.I)


# A document's finding that opens on a measured share: "found that 64
# percent of voters", "showed nearly half of respondents".
_SHARE_FOUND = re.compile(
    r"\s+(?:that\s+)?(?:about\s+|nearly\s+|almost\s+|roughly\s+|only\s+|just\s+|"
    r"more\s+than\s+|fewer\s+than\s+|over\s+|under\s+)?(?:\d[\d.,]*\s*(?:%|"
    r"percent\b|per\s+cent\b)|(?:half|a\s+third|two-thirds|a\s+quarter|"
    r"three-quarters|a\s+majority|a\s+minority)\s+of\b|\w+\s+in\s+(?:\d+|ten|"
    r"five|four|three)\b)", re.I)


def _poll_finding(phrase: str) -> Decision:
    return Decision("poll-finding", "sourced", 0.8,
                    f"'{phrase}' gives what a measured share of people told a "
                    "poll: a finding you could check, whatever the view it "
                    "counts.", "fact")


def _attributed(text, sentence, attr, hedges, opinion, schedule, weighed,
                counting=True) -> Decision:
    """A sentence with a source: what kind of claim does the source make?
    `weighed()` is the sentence's stance weighing, computed once (`decide`)."""
    who = _who(attr, text)
    group = attr.kind in ("vague", "anonymous")
    holds = partial(agree, who, "holds", "hold", group)  # "Republicans hold it"
    phrase = _source_phrase(attr, text)
    if counting and attr.kind == "citation" and _SHARE_FOUND.match(
            text, attr.cue_end):
        # "a poll found that 64 percent of voters considered the comments
        # racist": the views a document counts are its finding
        decision = _attributed(text, sentence, attr, hedges, opinion, schedule,
                               weighed, counting=False)
        return decision if decision.kind == "fact" else _poll_finding(phrase)
    if _MEASURED_SHARE.search(attr.source or ""):
        # "64 percent said the government should ...": what a poll found,
        # whatever the views it counts
        return _poll_finding(phrase)
    last = attr.cue.lower().split()[-1] if attr.cue.split() else ""
    # "by one estimate" credits a figure to a reckoning; the noun is no guess
    # of the source's the way "analysts estimate" is.
    # "hopes to offset" is an aim of the source's own, not a belief about the
    # world the way "hopes that prices will" is.
    # "had been forecast by economists", "had expected": a guess then, settled
    believes = (last in _SPECULATIVE_CUES and not schedule
                and not _SETTLED.search(text, max(0, attr.cue_start - 16),
                                        attr.cue_start)
                # "a 2021 study estimated that every dollar returns $4": a
                # figure a document reckons, unless it looks ahead
                # (a body's count is a reckoning too: "the charity estimates
                # that more than 180 branches have closed")
                and not ((attr.kind == "citation" or is_body(attr.source or ""))
                         and last.startswith("estimat")
                         and not _FORECAST_AFTER.search(sentence))
                and not attr.cue.lower().startswith("by ")
                and not (last.startswith("hope")
                         and _TO_AFTER.match(text, attr.cue_end)))
    if lemma(attr.cue) in HELD_AS and HELD_AS_AFTER.match(text, attr.cue_end):
        # "Many fans regard him as the best player": what the source holds a
        # thing to be judges it when its words judge; otherwise it is a
        # belief ("Some regard them as descendants of Karaite Jews")
        held = [c["text"] for c in opinion if c["kind"] == "strong"
                and c["start"] >= attr.cue_end]
        if held:
            return Decision("reports-judgement", "opinion", 0.65,
                            f"'{phrase}' reports what {who} {holds()} something to "
                            f"be, and {quote_cues(held)} "
                            f"{verb(held, 'judges', 'judge')}: this is an opinion, "
                            f"and it is sourced: {who} {holds()} it.", "opinion")
        believes = True
    # the cue's own words and a word inside the source's noun phrase ("a
    # person familiar with the mayor's thinking") guess nothing; a modal there
    # shows the phrase is no noun phrase and still guesses
    rest = [h for h in hedges if not (attr.cue_start <= h["start"] < attr.cue_end
                                      or (attr.source_start < h["start"]
                                          < attr.source_end
                                          and h["kind"] != "modal"))]
    rest = reckons(text, rest)  # "would owe $3.6 billion if": a reckoning
    # "the review found no evidence that ...": what a search turned up, a
    # finding, not the source's uncertainty
    rest = [h for h in rest if not (h["text"].lower().endswith("evidence")
                                    and _SEARCHED.search(text, attr.cue_start,
                                                         h["start"]))]
    strong_rest = [h for h in rest if h["text"].lower() not in _WEAK_HEDGES
                   or _expects(text, h)]
    # "accused the union of holding passengers to ransom": an accusation the
    # source makes is a judgement reported, like "attacked him as a fraud";
    # the hedge is the writer's only in "was accused of" (hedges.txt)
    accusing = [h for h in strong_rest if _ACCUSES.match(text, h["start"])]
    if accusing and len(accusing) == len(strong_rest):
        return Decision("accuses", "opinion", 0.6,
                        f"'{accusing[0]['text']}' reports an accusation, a "
                        f"judgement: this is an opinion, and it is sourced: "
                        f"{who} {agree(who, 'makes', 'make', group)} it.", "opinion")
    beliefs_only = all(h["text"].lower() in _BELIEF_WORDS for h in strong_rest)
    evaluative = [c["text"] for c in opinion if c["kind"] == "strong" and (
        c.get("predicative") or c.get("quoted"))]
    reported = _reported(text, sentence, attr)
    evaluative += _framings(reported)
    picture = _PICTURE.search(sentence) if "picture" in sentence else None
    if picture and any(c["kind"] == "strong" and c["text"].lower() ==
                       picture.group(1).lower() for c in opinion):
        # "Hospital managers privately paint a grim picture": the source's
        # account summed up by its judging word
        evaluative.append(picture.group(1))
    first_person = FIRST_PERSON.search(reported)
    if first_person and directed(sentence, 0, sentence.find(
            first_person.group()) + len(first_person.group().split()[0]) + 1):
        first_person = None  # "reminded jurors that they must decide ...":
        # a direction given, told
    first_person = first_person or _own_feeling(sentence, attr)
    foreseen = first_person if _forecasts(first_person) else \
        _held_forecast(sentence, attr.cue)
    if foreseen:
        first_person = None  # "I think we will win": a guess, not a view
    # "we need to step away", "this country has to": a recommendation judges
    # whoever makes it (deontic.py)
    recommending = [c["text"] for c in opinion if c.get("deontic")]
    # A judgement and a guess together are an opinion: "is counterproductive,
    # perhaps", "I am surprised it apparently ...". A belief alone ("I think")
    # is weighed below: beside a guess ("I think it may") it stays one; and a
    # source who speculates or predicts frames all it says as a guess.
    judging = evaluative or recommending or [_view_words(m) for m in (first_person,)
                                             if judges_in_person(m)]
    guesses = believes and last not in _BELIEF_WORDS
    if strong_rest and not judging:
        # "called Castell “a fighter and a friend” and said his support would
        # help": a label pinned beside a guess still judges
        pinned = NAMING.search(sentence)
        judging = [pinned.group().split()[0]] if pinned and pinned.start() else []
    if judging and strong_rest and not guesses:
        return Decision("judged-and-hedged", "opinion", 0.65,
                        f"{judged(judging, [h['text'] for h in strong_rest])}, and "
                        f"it is sourced: {who} said it.", "opinion")
    # "Critics argue the plan could raise rents": an argument beside a guess
    # is an opinion, even from a vague source
    if lemma(attr.cue) == "argue" and not guesses:
        return Decision("argues", "opinion", 0.6,
                        f"'{phrase}' reports an argument, not an event: this is "
                        f"an opinion, and it is sourced: "
                        f"{_argument_of(who)}.", "opinion")
    suggests = lemma(attr.cue) == "suggest" and not guesses
    source = (attr.source or "").strip()
    person = suggests and is_person_like(source)
    # Documents and groups that "suggest" pass a claim on ("reports suggest
    # Iran is withdrawing", "health guidelines suggest"): a sourced claim.
    if suggests and (not person or (
            attr.kind in ("named", "anonymous") and not source.endswith("s"))):
        if person:
            # "Castañeda suggests that Mexico's best argument is ...": a case
            # put forward, like "argues"
            return Decision("argues", "opinion", 0.6,
                            f"'{phrase}' puts forward a view, not an event: this "
                            f"is an opinion, and it is sourced: {who} {holds()} it.",
                            "opinion")
        # "The truck story suggests ...", "The findings suggest ...": evidence
        # read as pointing somewhere, an inference
        return Decision("guesses", "speculation", 0.65,
                        f"'{phrase}' draws an inference from evidence rather "
                        "than stating a fact: this is speculation.",
                        "speculation")
    # (no quotation mark, no label quoted: most sentences are spared the search)
    label = _LABEL_AS.search(sentence) if "“" in sentence or '"' in sentence \
        else None
    if label:
        return Decision("label-as", "opinion", 0.6,
                        f"'{label.group().strip()}' pins the source's own words on "
                        "someone or something as a label, a judgement: this is an "
                        f"opinion, and it is sourced: {who} {holds()} it.", "opinion")
    disbelief = _DISBELIEF.search(sentence)
    if disbelief and beliefs_only and attr.kind != "self" and not \
            _FORECAST_AFTER.search(sentence, disbelief.end()):
        return Decision("disbelief", "opinion", 0.6,
                        f"'{disbelief.group()}' disputes a claim rather than "
                        "guessing at what is unknown: this is an opinion, and it "
                        f"is sourced: {who} {holds()} it.", "opinion")
    # an embedded question's "whether" ("plan to study whether") guesses
    # nothing of its own, even from a loose group
    loose = [h for h in rest if h["text"].lower() != "whether"]
    if attr.kind == "vague" and believes and not (attr.source or "").strip() and \
            not loose:
        # "The trial is expected to last three weeks": a belief nobody holds
        # by name
        return Decision("vague-guess", "speculation", 0.7,
                        f"'{phrase}' tells a belief or a guess and names nobody who "
                        "holds it: this is speculation.", "speculation")
    if attr.kind == "vague" and (loose or believes):
        others = [h["text"] for h in loose]
        reason = (f", and {says(others, loose)}" if others
                  else " and reports a belief or guess")
        return Decision("vague-guess", "speculation", 0.85 if hedges else 0.7,
                        f"'{phrase}' gives no name{reason}: this is speculation, "
                        "and it is only loosely sourced.", "speculation")
    if attr.kind == "self":
        advice = _ADVICE.match(sentence)
        command = advice.span(1) if advice else command_at(sentence, 0,
                                                           len(sentence))
        if command:
            # "Listen for the first month before you change anything.", "Check
            # the batch number": a command in a speaker's own words is their
            # advice
            told = sentence[command[0]:command[1]]
            return Decision("interview-judges", "opinion", 0.65,
                            f"'{told}' tells the reader what to do "
                            f"rather than reporting: this is an opinion, and it is "
                            f"sourced: {attr.source} says it.", "opinion")
        score = opinion_score(opinion)
        hedge_words = [h["text"] for h in hedges]
        # "I think" of what is, not what is to come, is a view, no guess
        strength = len([h for h in hedges if h["text"].lower() not in _WEAK_HEDGES
                        and not (first_person and h["text"].lower() in _BELIEF_WORDS)])
        if strength >= 1 and strength >= score:
            return Decision("interview-guess", "speculation", 0.75,
                            f"{attr.source} is speaking, and "
                            f"{says(hedge_words, hedges)}: this is speculation, "
                            f"and it is sourced: {attr.source} says it.",
                            "speculation")
        judging = [c["text"] for c in opinion if c["kind"] in ("stance", "marker")
                   or (c["kind"] == "strong" and c.get("predicative"))]
        if first_person and not judging:
            judging = [_view_words(first_person)]  # "No, I don't accept that."
        if (score >= 1 or first_person) and judging:
            return Decision("interview-judges", "opinion", 0.65,
                            f"{quote_cues(judging)} {verb(judging, 'judges', 'judge')}"
                            f" rather than {verb(judging, 'reports', 'report')}: "
                            f"this is an opinion, and it is sourced: {attr.source} "
                            "says it.", "opinion")
        prediction = None if schedule else _forecast(reported, attr)
        if prediction and not _DATED.search(sentence):
            # "Sooner or later somebody will be hurt."
            return _looks_ahead(prediction, belief=False, who=attr.source)
        if attr.signed:
            # a letter is its writer's own text, read as an article's own
            # words are: "The library is not just a room full of books."
            voiced = _unattributed(sentence, hedges, opinion, False, weighed, True)
            if voiced.kind in ("opinion", "speculation"):
                return _in_own_words(voiced, attr.source)
        return Decision("interview-reports", "sourced", 0.7,
                        f"{attr.source} says this in their own words: the speaker is "
                        "the source, so you know who claims it.", "fact")
    if recommending and not evaluative and not strong_rest:
        hindsight = all(c["text"].lower().endswith(" have") or
                        _HINDSIGHT.match(text, c["end"]) for c in opinion
                        if c.get("deontic"))
        advice = (f"{verb(recommending, 'judges', 'judge')} what should have "
                  "happened" if hindsight else
                  f"{verb(recommending, 'tells', 'tell')} someone what to do"
                  if all(commands(c) for c in recommending) else
                  f"{verb(recommending, 'recommends', 'recommend')} what should be "
                  "done")
        return Decision("recommends", "opinion", 0.65,
                        f"{quote_cues(recommending)} {advice} rather than "
                        f"{verb(recommending, 'reports', 'report')}: this is an "
                        f"opinion, and it is sourced: {who} said it.", "opinion")
    if (evaluative or first_person) and (not strong_rest or beliefs_only):
        words = evaluative or [_view_words(first_person)]
        return Decision("judges", "opinion", 0.7 if evaluative else 0.65,
                        f"{judges_rather(words)}: this is an "
                        f"opinion, and it is sourced: {who} said it.", "opinion")
    if strong_rest or believes:
        words = [h["text"] for h in strong_rest] or [attr.cue]
        return Decision("guesses", "speculation", 0.75,
                        f"{quote_cues(words)} {verb(words, 'marks', 'mark')} a guess "
                        "or a prediction: this is speculation, and it is sourced: "
                        f"{who} said it.", "speculation")
    if foreseen:
        # "I fear we will be back here in three years", "she was confident
        # the recovery would hold": a belief about what is to come
        return _looks_ahead(foreseen, belief=True, who=who, group=group)
    prediction = None if schedule else _forecast(reported, attr)
    if prediction and not _DATED.search(sentence):
        return _looks_ahead(prediction, belief=False, who=who, group=group)
    taken = _stance_taken(text, attr)
    if taken:
        return Decision("reports-judgement", "opinion", 0.6,
                        f"{taken}: this is an opinion, and it is sourced: {who} "
                        f"{holds()} it.", "opinion")
    if reports_judgement(text, attr):
        what = ("advice or a plea" if lemma(attr.cue) in _ADVICE_VERBS
                else "a judgement or an argument")
        # the judgement's own words, where the sentence quotes them: "called
        # the win “a long time coming”", "described the sampling as
        # “thorough”"
        words = _WORDS_QUOTED.search(text, attr.cue_end, attr.cue_end + 120)
        if words and words.group() in sentence:
            what += f" in their own words ({words.group()})"
        return Decision("reports-judgement", "opinion", 0.6,
                        f"'{phrase}' reports {what}, not an event: this is an "
                        f"opinion, and it is sourced: {who} {holds()} it.",
                        "opinion")
    second = _second_judgement(sentence, attr)
    if second:
        # "said the plan was late and criticized the council for the delay"
        return Decision("reports-judgement", "opinion", 0.6,
                        f"'{second}' reports a judgement, not an event: this is "
                        f"an opinion, and it is sourced: {who} {holds()} it.",
                        "opinion")
    return Decision("sourced", "sourced",
                    0.9 if attr.kind in ("named", "citation") else 0.8,
                    sourced_reason(attr, phrase, reckons(text, hedges),
                                   named_with_maker(text, attr)
                                   if attr.kind == "citation" else None),
                    "fact")


_FIRST_PERSON_WORDS = frozenset("i me my we us our".split())
# "The worst is yet to come", "hope for the best": the superlative as a noun,
# an outcome, no thing graded.
_BEST_AS_NOUN = re.compile(r"\b(?i:the)\s+(?:best|worst)\s*(?:[,.;:!?]|$|(?:is|was|"
                           r"has|had|yet|of|for|can|could|may|might|will|would)\b)")
# Loaded words of size or weight, which colour a report inside a noun phrase
# ("a vital role", "the mounting cost", "its dwindling forces") without
# judging it; other loaded words judge wherever they stand ("his infamous
# comment", "questionable medical advice", "shady dealings").
_MAGNITUDE = frozenset(
    "vital crucial critical key essential significant major mounting dwindling "
    "growing huge massive enormous tremendous dramatic unprecedented historic "
    "landmark sweeping sharp steep severe serious heavy staggering soaring "
    "plummeting skyrocketing spiralling spiraling deepening worsening".split())
def _judges_in_place(cue: dict, sentence: str) -> bool:
    """Does a loaded word judge where it stands: asserted ("is a disgrace"),
    or inside a noun phrase unless it tells size or weight ("a vital role") or
    is a superlative standing for an outcome ("the worst is yet to come")?"""
    if cue.get("predicative"):
        return True
    word = cue["text"].lower()
    return not (word.split()[0] in _MAGNITUDE or word in ("best", "worst")
                and _BEST_AS_NOUN.search(sentence))


# A participle clause after a comma that draws an inference: ", suggesting
# traders had braced for ...".
_INFERENCE = re.compile(r",\s+suggesting\s+(?!(?:a|an|the)\s+\w+\s*[,.;]|$)")
# Signs or measurements read as pointing somewhere, opening the sentence:
# "Early signs suggest the scheme is working", "The evidence suggests ...",
# "The results suggest the drug works" (the writer's reading of what is seen
# or counted; "studies suggest" pass a claim on).
_SIGNS_SUGGEST = re.compile(r"(?i)\s*(?:[\w’'-]+\s+){0,3}?(?:" + SIGNS + r"|data|"
                            r"results|numbers|figures|trends|statistics)\s+"
                            r"(?:so\s+far\s+)?suggest(?:s|ed)?\b")


def _unattributed(sentence, hedges, opinion, is_heading, weighed,
                  quoted: bool = False) -> Decision:
    """The label of a sentence nobody is credited with, in the writer's voice
    or, `quoted`, in a quotation whose speaker another sentence names."""
    hedge_words = [h["text"] for h in hedges]
    # "Turnout fell, suggesting voters had lost interest": the writer's own
    # inference from what was just told, a guess ("studies suggest" only
    # softens a report)
    inferred = _INFERENCE.search(sentence) is not None or \
        _SIGNS_SUGGEST.match(sentence) is not None
    strong = [h for h in hedges if h["text"].lower() not in _WEAK_HEDGES
              or inferred and h["text"].lower().startswith("suggest")]
    hedge_strength = len(strong) + 0.5 * (len(hedges) - len(strong))
    score = opinion_score(opinion)
    # Loaded words inside noun phrases add weight, but something must judge:
    # an asserted evaluation, the writer's own voice or a rhetorical marker.
    judging = [c["text"] for c in opinion if c["kind"] in ("stance", "marker")
               or c["kind"] == "strong" and _judges_in_place(c, sentence)]
    loaded = [c["text"] for c in opinion if c["kind"] == "strong"]
    if is_heading:
        return Decision("heading", "unsourced", 0.5,
                        "A heading sums up what follows; it gives no source of its "
                        "own.", "heading")
    believer = None
    voiced = judging and all(c.lower() in _FIRST_PERSON_WORDS for c in judging)
    if voiced or judging and all(_BELIEF_CUE.search(c) for c in judging):
        believer = FIRST_PERSON.search(sentence)
        if _foresees(believer) if voiced else _forecasts(believer):
            judging = []  # "I believe the rules will drive shoppers away": a
            # guess; "I'm sure we will win": the "we" of a belief in what will be
    if quoted and strong and judging and all(w.lower() in _FIRST_PERSON_WORDS
                                             for w in judging) and (
            not all(h["text"].lower() in _BELIEF_WORDS for h in strong)
            or _forecasts(FIRST_PERSON.search(sentence))):
        # "I don't think we will ever get over that", "If we wait, we risk
        # ...": a quoted speaker's "we" is no judgement; beside a guess, the
        # guess decides (the writer's "we might wish" still argues, a
        # speaker's "Your addiction may explain ..." still speaks to someone,
        # and "we will believe this is a new chapter" holds a view)
        judging = []
    if score >= 1 and judging:
        # a hedge inside the judging words ("could be doing more") is theirs
        hedge_words = [h["text"] for h in hedges if not any(
            c["start"] <= h["start"] < c["end"] for c in opinion)]
        hedging = [w for w in hedge_words if w.lower() not in _WEAK_HEDGES]
        # the feedback points at the loaded words too ("the wrong phone"),
        # which show what is judged better than a "you" or a "we" does
        shown = judging + [w for w in loaded if w not in judging]
        if hedging:
            return Decision("writer-judges-hedged", "opinion",
                            min(0.55 + 0.1 * score, 0.9),
                            f"{judged(shown, hedging)}, and nobody is quoted: "
                            "this is the writer's opinion.", "opinion")
        note = (f" ({quote_cues(hedge_words)} also "
                f"{verb(hedge_words, 'hedges', 'hedge')})" if hedge_words else "")
        return Decision("writer-judges", "opinion", min(0.55 + 0.1 * score, 0.9),
                        f"{judges_rather(shown, WRITERS)}, and "
                        f"nobody is quoted{note}: this is the writer's opinion.",
                        "opinion")
    believer = believer or FIRST_PERSON.search(sentence)
    if judges_in_person(believer):
        return Decision("writer-feels", "opinion", 0.65,
                        f"'{believer.group()}' gives the speaker's own feeling or "
                        "view, a judgement rather than a report, and nobody is "
                        "quoted: this is an opinion.", "opinion")
    if (believer and strong and not _forecasts(believer)
            and all(h["text"].lower() in _BELIEF_WORDS for h in strong)):
        return Decision("writer-believes", "opinion", 0.6,
                        f"'{believer.group()}' gives the speaker's own view, not a "
                        "guess at what is unknown, and nobody is quoted: this is an "
                        "opinion.", "opinion")
    if hedge_strength < 1 and _foresees(believer):
        # "I am confident the vote will pass", "I'm sure we will win": a
        # belief about what is to come, a guess
        return Decision("writer-guesses", "speculation", 0.7,
                        f"'{_view_words(believer)}' gives a belief about what is "
                        "to come, and no source is given: this is speculation, "
                        "not an established fact.", "speculation")
    if hedge_strength >= 1:
        confidence = 0.85 if hedge_strength >= 2 else 0.75
        return Decision("writer-guesses", "speculation", confidence,
                        f"{says(hedge_words, hedges)}, and no source is given: "
                        "this is speculation, not an established fact.",
                        "speculation")
    reframed = _REFRAMING.search(sentence) if " not " in sentence else None
    if reframed:
        # "The number 14 is not a convenience; it is the way they get to
        # work": a name denied and another put in its place argues
        return Decision("writer-argues", "opinion", 0.6,
                        f"'{reframed.group().strip()}' denies one name for the "
                        "thing and puts another in its place, and nobody is "
                        "quoted: this reads as the writer's own view, an opinion "
                        "rather than a report.", "opinion")
    # Nobody is quoted and it does not hedge: does it report checkable
    # specifics, or argue in general terms? (see stance.py for the points)
    weighing = weighed()
    if weighing.argues:
        margin = weighing.stance - weighing.reporting
        return Decision("writer-argues", "opinion", 0.55 if margin < 2 else 0.6,
                        explain(weighing, sentence),
                        "opinion")
    if loaded:
        return Decision("writer-loaded", "unsourced", 0.6,
                        "The sentence states this as a fact without saying where "
                        "it comes from: an unsourced claim. Words like "
                        f"{quote_cues(loaded)} colour it with the writer's own "
                        "judgement.", "fact")
    if hedges and all(w.lower() in OPEN_WORDS for w in hedge_words):
        return Decision("writer-softened", "unsourced", 0.55,
                        "The sentence states this without a source; "
                        f"{quote_cues(hedge_words)} only "
                        f"{verb(hedge_words, 'opens', 'open')} a question or a "
                        "condition it talks about, without guessing, so it reads "
                        "as an unsourced claim.", "fact")
    if hedges:
        return Decision("writer-softened", "unsourced", 0.55,
                        "The sentence states this without a source; "
                        f"{quote_cues(hedge_words)} "
                        f"{verb(hedge_words, 'softens', 'soften')} it only a "
                        "little, so it reads as an unsourced claim rather than a "
                        "guess.", "fact")
    return Decision("unsourced", "unsourced", 0.65,
                    "The sentence states this as a fact but does not say where it "
                    "comes from: it is an unsourced claim.", "fact")


# An amount a plan works out to: "will add about $96 a year", "will cost the
# city $2 million", "will save £40".
_WILL_AMOUNT = re.compile(
    r"(?:will|won[’']t)\s+(?:not\s+)?(?:be|cost|add|save|raise|total|pay|owe|"
    r"bring\s+in)\s+(?:[\w’'-]+\s+){0,3}?(?:about\s+|around\s+|roughly\s+|"
    r"nearly\s+|almost\s+|some\s+|only\s+|just\s+|an\s+extra\s+|another\s+)?"
    r"[$£€]\d", re.I)


def _forecast(reported: str, attr: Attribution | None = None) -> re.Match | None:
    """The future form in the reported words that forecasts, if any. The
    speaker's own commitment ("I will vote for him") forecasts nothing, nor
    does a body's plan ("the bank said it will continue to sell bonds", "the
    board will recommend"), but a future after it may ("I will make this
    promise: we will win"). One in a side clause tells a plan ("plans a trial
    in which half will be asked and half will not"), and so do the futures
    coordinated after it."""
    for prediction in _PREDICTION.finditer(reported):
        if in_side_clause(reported, 0, {"text": prediction.group(),
                                        "start": prediction.start()}):
            return None
        if _WILL_AMOUNT.match(reported, prediction.start()):
            continue  # "the increase will add about $96 a year": a sum worked out
        if _HABIT.match(reported, prediction.start()):
            continue  # "Airlines will often offer vouchers": what they tend to
            # do, told, no guess
        if prediction.group().lower().endswith(" be") and _DONE_BY.match(
                reported, prediction.end()):
            continue  # "Every match will be reviewed by a trained officer": a
            # procedure told, someone's job, no guess
        if attr is not None and lemma(attr.cue) in _DECIDING and not \
                FORECAST_VERB.match(" " + prediction.group().split()[-1]):
            continue  # "The 14 will stop running in March, the authority has
            # announced": a decision made known, not a guess
        if not (is_commitment(reported, prediction.start(), prediction.end())
                or _plans(reported, prediction, attr)):
            return prediction
    return None


# "will often", "will usually": a habit, not a forecast.
_HABIT = re.compile(r"(?i:will|won[’']t)\s+(?:" + HABIT_WORDS + r"|tend\s+to)\b")
# A passive with who does it: "will be reviewed by a trained officer".
_DONE_BY = re.compile(r"\s+(?:\w+ly\s+)?(?:[a-z]+ed|done|seen|taken|given|kept|held|"
                      r"made|sent|run|shown|read|written)\s+by\s+(?:a|an|the|its|"
                      r"their|our|[A-Z])")
#: Reports that make a decision known: the future they tell is decided.
_DECIDING = frozenset(("announce", "confirm"))


# A deliberate act done to someone or something, in the passive: what a body
# will do ("will be offered jobs", "will be moved to other branches"), not
# what will happen to them ("will be hit hard", "will be left stranded").
_PLANNED_PASSIVE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:offered|moved|closed|opened|reopened|transferred|"
    r"relocated|redeployed|rehoused|refunded|reimbursed|compensated|consulted|"
    r"informed|notified|contacted|invited|given|paid|sold|demolished|rebuilt|"
    r"renamed|merged|kept|retained|extended|installed|upgraded|repaired|"
    r"replaced|hired|recruited|trained|issued|sent|distributed|published|"
    r"released|introduced|phased\s+out|scrapped|cancelled|canceled|postponed|"
    r"rescheduled|suspended|restored|funded)\b")
_OPENING = re.compile(r"\s*(?:(?:also|now|again|that|still|then|has|have|had|"
                      r"already|previously)\s+)*")
# The subject just before "will": "the board", "it" opening the reported words
_SUBJECT_BEFORE = re.compile(r"((?:[\w’'-]+\s+){0,3}[\w’'-]+)\s+$")


# A change of post or a service kept up, announced: "will step down", "will
# leave the club" (not "will leave people stranded"), "will take over as",
# "will remain with the campaign as", "will be replaced by", "will continue
# to provide prenatal care", "will remain open".
_ROLE_MOVE = re.compile(
    r"(?:will|won[’']t)\s+(?:not\s+)?(?:step\s+down|step\s+aside|resign|retire|"
    r"continue\s+to\s+(?:provide|offer|run|operate|serve|accept|support|pay|"
    r"employ)|remain\s+open|stay\s+open|"
    r"take\s+over|take\s+charge|move\s+into|remain\s+(?:with|in|at|on|as)|"
    r"stay\s+on|serve\s+as|"
    r"join|leave(?=\s*(?:[.,;]|$|the\s+(?:club|company|firm|post|role|job|"
    r"party|team|government|board|bank|band|show|country|school)\b|"
    r"(?:office|politics|in|at|on|after|next|this|when)\b))|"
    r"succeed|be\s+replaced|be\s+succeeded|be\s+appointed|"
    r"be\s+named|become\s+(?:the\s+)?(?:new\s+)?[a-z]+\s+of)\b", re.I)


def _plans(reported: str, prediction: re.Match, attr: Attribution | None) -> bool:
    """Is this future a body's own plan: a body as its subject ("the board
    will recommend"), or "it"/"they" opening what a body said ("the bank said
    it will continue to")? What a plan brings about still forecasts ("it will
    be a hard year")."""
    own = attr is not None and is_body(attr.source or "")
    if own and prediction.group().lower().endswith(" be") and \
            _PLANNED_PASSIVE.match(reported, prediction.end()):
        return True  # "The library said staff will be offered jobs", "most
        # of the collection will be moved": what the body will do to them
    if FORECAST_VERB.match(" " + prediction.group().split()[-1]):
        return False
    if _ROLE_MOVE.match(reported, prediction.start()):
        return True  # "will move into an advisory role", "will be replaced by
        # Stephen Gale": a change of post announced, whoever tells it
    if not reported[:prediction.start()].strip():
        return own  # the body itself, blanked, is the subject: "the board will"
    subject = _SUBJECT_BEFORE.search(reported, 0, prediction.start())
    if subject is None:
        return False
    words = subject.group(1)
    if words.split()[-1].lower() in ("it", "they"):
        # "it" opening what the body said: "the bank also said it will"
        pronoun = subject.end(1) - len(words.split()[-1])
        return own and _OPENING.fullmatch(reported, 0, pronoun) is not None
    # a body named as the subject: "The board will", "the council will"
    return is_body(words) and (words[:1].isupper() or words.lower().startswith("the "))


# "should have been out of sight": hindsight on what was done
_HINDSIGHT = re.compile(r"(?:n[’']t|\s+not)?\s+have\b", re.I)
#: Whose own voice an opinion in nobody's quotation speaks in.
WRITERS = "the writer's"
#: "the argument of her", not "of she".
_OBJECT_FORMS = {"he": "him", "she": "her", "they": "them", "we": "us", "i": "me"}
#: "their argument", not "the argument of them": a group nobody resolves.
_POSSESSIVES = {"they": "their", "we": "our", "i": "my"}


def _argument_of(who: str) -> str:
    """"the argument of critics", "the argument of him" (named later by
    `wording.naming`), "their argument"."""
    if who.lower() in _POSSESSIVES:
        return f"{_POSSESSIVES[who.lower()]} argument"
    return f"the argument of {_OBJECT_FORMS.get(who, who)}"


def _who(attr: Attribution, text: str) -> str:
    """The source as the feedback names it ("Tom Barker", "an unnamed source");
    "the source it names" when what the finder took for it reads as no name
    ("bemoaned the unrest and")."""
    name = " ".join((attr.source or "").split())
    if attr.kind == "citation":
        return "the linked source" if attr.link else (
            shown_name(attr) or "the document it names")
    if points_back(name):
        # "she said it", "In his view": the sentence before names them
        return STANDS_FOR.get(name.lower(), name.lower())
    if not name or attr.kind == "anonymous" and not name[:1].isupper():
        return name or "an unnamed source"
    if name.lower() in ("one", "another", "both", "neither", "the other"):
        return f"{name.lower()} of those just mentioned"  # "One said", "Both
        # said", "The other insisted"
    shown = shown_name(attr)
    if shown and attr.kind == "vague" and loose_word(shown.split()[0]) and \
            not shown[1:2].isupper():  # (not "MPs")
        # "Critics argue": capitalised by its place, "the argument of critics"
        shown = shown[0].lower() + shown[1:]
    return shown or "the source it names"


def _own_feeling(sentence: str, attr: Attribution) -> re.Match | None:
    """The speaker's own feeling told in indirect speech after the reporting
    verb ("said she was disappointed"): a first-person view, reported."""
    at = sentence.find(attr.cue) if attr.cue else -1
    if at < 0:
        return None
    for feeling in OWN_FEELING.finditer(sentence, at + len(attr.cue)):
        if not _REASON_BEFORE.search(sentence, at, feeling.start()):
            return feeling
        # "kept the sighting to himself because he was worried people would
        # come": why they acted, told, no view of the matter
    return None


_REASON_BEFORE = re.compile(r"\b(?:because|as|since)\s+$")


def _reported(text: str, sentence: str, attr: Attribution) -> str:
    """The sentence without its attribution words (what the source said): the
    cue and the source as whole words ("he said" leaves "the fact is" be)."""
    for words in (attr.cue, attr.source):
        if words and words.strip():
            sentence = _without_word(sentence, words)
    return sentence


def _without_word(sentence: str, words: str) -> str:
    """`sentence` with each whole-word occurrence of `words` blanked."""
    at = sentence.find(words)
    while at >= 0:
        end = at + len(words)
        before = sentence[at - 1] if at else " "
        after = sentence[end] if end < len(sentence) else " "
        if not (before.isalnum() or before in "_’'") and not (
                after.isalnum() or after in "_’'"):
            sentence = sentence[:at] + " " + sentence[end:]
            end = at + 1
        at = sentence.find(words, end)
    return sentence


