"""Reported acts: a reporting word that tells what someone did, not what they said.

"Trump officially endorsed one in July", "Clinton and Trump cited the figure at
the forum", "protesters continued to call for more information", "Mariano wrote
a memoir", "Trump's comments came as ...": each holds an attribution relation in
the PolNeAR sense (a source, a cue and a noun-phrase content), and the finder
keeps it. But none credits anybody for the sentence's claim: it reports an
event, on the writer's own word, so the sentence is an unsourced claim (or, by
its own words, an opinion or a guess).

A reporting word credits its source for the claim only when it brings in
reported content: a that-clause or a bare clause, a question word, a quotation
or a colon, or when it stands inverted or parenthetical ("..., she wrote").
`Attribution.act` marks the rest. Checked are the verbs whose plain object is a
thing, a person, a topic or an aim rather than a claim: requests and aims
("called for more information", "asked for help", "wants to extend",
"tried to reach out"),
stances toward something ("endorsed one", "touts his polling strength",
"proposes allowing parents to ...", "rejected the offer" but not "rejected
claims that ...", "questioned the need for moderators", "loves the school",
"prefer to walk"), mentions of a topic, granted or credited
("cited the figure", "discussed the plan", "noted the rule", "acknowledged
their uphill battle", "credited her with the plan", "commented on the
shooting", "issued a statement in observance of ...", "sent a letter urging
a vote"), works ("wrote a memoir") and calls ("called the police", "called a
meeting"; "called him a liar" still reports a label). "Noted" and
"acknowledged" bring in a bare clause too ("noted several “intangibles” left
him"). A setting ("In her book, she noted the
clot") tells where the act took place. Other verbs keep their source
("reported 16,389 subsidiaries", "denied the allegations"), and a verb of
judgement reports an opinion ("criticized the plan").

A communication noun owned by a name ("Trump's comments came as ...", "her
remarks drew fire") reports the same kind of event unless it brings in its
content ("Obama's claim that ...", "his statement: ...").
"""

from __future__ import annotations

import re

from .lexicon import load_phrases
from .speaker import NAMING

#: Lemmas (the first form on a reporting.txt line) of the verbs checked.
ACT_VERBS = frozenset({
    # requests and aims
    "call for", "ask", "demand", "request", "want", "propose", "push for",
    "press", "try to", "attempt to", "intend", "learn to", "hope",
    # stances toward a thing or a person
    "endorse", "support", "oppose", "favor", "embrace", "champion", "promote",
    "tout", "pitch", "back", "advocate", "vote", "reject", "question",
    "love", "like", "hate", "prefer", "defend", "welcome", "agree", "disagree",
    "complain",
    # courtesies paid
    "thank", "congratulate", "apologize",
    # a reply made, its words not given ("responded within hours")
    "respond", "reply", "answer",
    # a plea or pressure put on someone ("appealed for witnesses", "lobbied
    # hard against the rise", "seized on the story")
    "appeal", "lobby", "seize on",
    # a memory named, its words not given ("recalled her habits with
    # affection"; "recalled that ..." reports)
    "recall", "remember",
    # a scene described, its words not given ("described the moment of
    # impact"; "described how ..." and "described it as ..." report)
    "describe",
    # a topic named or granted, a work made
    "note", "acknowledge", "credit", "cite", "mention", "reference", "invoke",
    "bring up", "discuss", "comment", "send a letter",
    "talked about", "spoke about", "spoke of", "spoke to", "unveil", "detail",
    "outline", "lay out", "chronicle", "write", "post", "tweet", "sing", "chant",
    "text", "email", "publish", "document", "record", "issue a statement",
    # a thing added ("added 300 jobs", "added a second goal")
    "add",
    # a view of a thing shown, its words not given ("dismissed the survey",
    # "testified in her own defense", "countered by pointing to", "weighed in
    # on Twitter", "compared neighbourhoods with similar incomes")
    "dismiss", "testify", "counter", "weigh in", "compare", "pointed to",
    # a request put to someone ("called on the government to act"), like
    # "called for an inquiry"
    "call on",
    # a call made or a meeting called ("called the police", "called a press
    # conference"); a label pinned on someone still reports ("called him a
    # liar", NAMING)
    "call",
})
# What someone's face or manner showed: "showed no visible reaction",
# "showed little emotion", "showed signs of strain".
_NO_SIGN = re.compile(r"\s+(?:no|little|any|few|some|visible|obvious|signs?)\b"
                      r"(?:\s+[\w-]+){0,2}?\s*(?:reaction|emotion|interest|"
                      r"remorse|sign|signs|concern|surprise|strain|fatigue)\b", re.I)
# Applause with nothing praised: "applauded after each vote", "applauded."
_NO_OBJECT = re.compile(r"\s*(?:[.,;!]|$|\s(?:after|as|when|while|loudly|"
                        r"politely|warmly|again)\b)", re.I)
# A report still to be made, with nothing of it told yet: "will report
# second-quarter results", "is due to announce its decision".
_FUTURE_ACT = re.compile(
    r"\b(?:will|shall|(?:is|are)\s+(?:due|set|scheduled|expected)\s+to|plans?\s+"
    r"to)\s+(?:\w+ly\s+)?[a-z]+$", re.I)
_PLEA = re.compile(r"\s+(?:not\s+)?(?:guilty|innocent|no\s+contest)\b", re.I)
# A request refused or a charge brought, by a court or an office: "denied a
# defense motion", "denied bail", "was charged with burglary".
_RULING = re.compile(
    r"\s+(?:with\b|(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w-]+\s+)?"
    r"(?:motion|motions|request|requests|bail|appeal|appeals|application|"
    r"applications|petition|permit|permits|visa|visas|entry|access|parole|"
    r"license|licence|waiver)\b)", re.I)
# Charges denied in court, a plea: "denies eight counts of fraud", "denied
# all charges".
_COUNTS = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:counts?|charges|offen[cs]es)\b",
                     re.I)
# Someone kept from something: "denied Caldmoor Rovers a first home win",
# "denied them the chance".
_DEPRIVED = re.compile(r"\s+(?:him|her|them|us|me|(?:[A-Z][\w’'-]*\s+){1,3})\s*"
                       r"(?:a|an|the|their|his|her|its|any|our)\s")
# Someone charged with an offence: "charged a 34-year-old man with burglary",
# "charged two men in connection with a series of burglaries".
_CHARGED = re.compile(r"\s+(?!that\b)(?:[\w’'-]+\s+){1,6}?(?:with|in\s+connection"
                      r"\s+with|over)\b", re.I)
# A verdict: "found the former chief executive guilty of", "found the
# company liable for", "was found not guilty".
_VERDICT = re.compile(r"\s+(?:[\w’'.-]+\s+){0,10}?(?:not\s+)?(?:guilty|liable|"
                      r"innocent|responsible)\b", re.I)
# Someone or something reported in a state: "reported him missing".
_REPORTED_STATE = re.compile(r"\s+(?:[\w’'.-]+\s+){1,4}?(?:missing|stolen|"
                             r"lost|dead|injured)\b", re.I)
#: After the verb, no particle or preposition: "calls of injustice" (a noun),
#: "called on", "called for" (other verbs).
NO_PARTICLE = r"(?!(?:of|for|on|off|up|out|in|at|to|from|with|by|back|over)\b)"
# A judging word pinned on the object, closing the clause: "called the
# decision unfair" (not "called the police later", "called the meeting to
# order").
_CALLED_WORD = re.compile(r"\s+" + NO_PARTICLE + r"(?:[\w’'-]+\s+){1,4}?"
                          r"([a-z][a-z-]+)\s*(?:[.,;:!?”\"]|$)")
_JUDGING_WORDS = frozenset(
    phrase for phrase, kind in load_phrases("opinion.txt").items()
    if kind in ("strong", "verdict", "topic") and " " not in phrase)
# An experience told, after "describe", "recall" or "remember": "described
# hearing three loud bangs", "recalled seeing smoke" (not "recalled the
# product", "remembered her habits").
_TELLS_AN_EXPERIENCE = frozenset(("describe", "recall", "remember"))
_EXPERIENCE = re.compile(r"\s+(?:hearing|seeing|feeling|smelling|watching|being|"
                         r"having|waking|finding|running|trying)\b")
# The label after "called" in a relative clause, whose object is the noun the
# clause hangs on: "(the plan,) which one councillor called a disgrace" (not
# "What the government calls a strategic pause looks ...", the writer's
# framing of its own claim).
_CALLED_IN_RELATIVE = re.compile(r"\b(?:which|that|whom)\s+(?:[\w’'-]+\s+)"
                                 r"{1,4}?call(?:s|ed)$", re.I)
_LABEL_AFTER = re.compile(r"\s+(?:(?:a|an)\s+[a-z]|[“\"‘']\w|(?:a|an)\s+[“\"‘'])")
#: Verbs that frame someone or something "as" what the source judges it to
#: be: "dismissed the report as a smear", "welcomed the ruling as a victory".
FRAMED_AS = frozenset(("dismiss", "portray", "paint", "characterize", "welcome",
                       "defend", "see", "interpret"))
AS_FRAME = re.compile(r"(?:\s+[\w’'.-]+){1,5}?\s+as\s+[“\"‘]?\w")
# Someone or something likened to another: "compared Trump to a coach",
# "comparing him favorably to President Obama", "likened the refugees to a
# snake", "compared the new stadium to a cathedral" (a likeness pinned, a
# judgement; "compared neighbourhoods with similar incomes" measures).
LIKENED_TO = re.compile(r"\s+(?:him|her|them|it|(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z]"
                        r"[\w’'.-]*){0,2}|the\s+(?:[a-z]+\s+)?[a-z]+)\s+"
                        r"(?:\w+ly\s+)?to\s+")
# The verbs that hold a thing to be something, and the "as" or "to be" of
# what it is held to be: "regard him as the best player", "is considered by
# economists to be unworkable". What is held is a belief, or a judgement when
# it judges.
HELD_AS = frozenset(("regard", "consider", "view"))
HELD_AS_AFTER = re.compile(r"(?:\s+[\w’'.-]+){0,5}?\s+(?:as|to\s+(?:be|have))\b")
# "described the crowds as “overwhelmingly good-natured”": a description in
# the speaker's own marked words is their verdict
DESCRIBED_AS = frozenset(("describe",))
_DESCRIBED_AS = re.compile(r"(?:\s+[\w’'.-]+){1,8}?\s+(?:as|in\s+terms\s+of)\s+"
                           r"[“\"‘]?\w")
QUOTED_AS = re.compile(r"(?:\s+[\w’'.-]+){1,5}?\s+as\s+[“\"‘]\w")
# "asked him whether ...", "wrote to residents that ...": a person, then the
# content.
_OBJECT_THEN_CONTENT = re.compile(
    r"\s+(?:him|her|them|us|me|you|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
    r"to\s+(?:[\w’'.-]+\s+){0,2}[\w’'.-]+)"
    r"\s*,?\s*(?:(?:whether|if|how|why|what|when|where|who|that)\b|[:“\"])")
# A question reported, to someone or not: "asked whether ...", "asked
# Castellano how he squared ...", "asked the minister about ...".
_ASKED_QUESTION = re.compile(
    r"\s+(?:(?:him|her|them|us|me|you|[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,2}|"
    r"(?:the|a|an|his|her|their)\s+[\w’'-]+)\s+)?(?:whether|if|how|why|what|"
    r"when|where|who|which|about)\b")
# A noun that holds a claim, then its content: "rejected claims that he lied",
# "rejected the idea that ...": the source's own view of the claim.
_CLAIM_NOUN_THEN_CONTENT = re.compile(
    r"\s+(?:(?:the|a|an|his|her|their|its|any|all|such|those|these)\s+)?"
    r"(?:[\w’'-]+\s+){0,2}(?:claims?|allegations?|accusations?|suggestions?|"
    r"reports?|ideas?|notion|charges?|assertions?|arguments?|contention|"
    r"speculation|rumou?rs?|view|theory|criticism)\s+that\b", re.I)
# A report that follows the object ("cited a study showing ...", "sent a letter
# saying ..."), or a quotation of three words or more anywhere in the sentence
# ("..., while chanting, “Hands up, don't shoot”"): someone's words after all.
_QUOTATION = re.compile(r"[“\"](?=[^”\"]*\s[^”\"]*\s[^”\"]*\s)")
# In single quotation marks, as British papers print them: "'It has cost us a
# place,' she added." (an apostrophe inside a word goes on).
_SINGLE_QUOTATION = re.compile(
    r"(?<![\w’'])['‘](?=\w)(?:[^'‘’]|(?<=\w)['’](?=\w))*?\s(?:[^'‘’]|(?<=\w)"
    r"['’](?=\w))*?\s(?:[^'‘’]|(?<=\w)['’](?=\w))*?\s(?:[^'‘’]|(?<=\w)['’]"
    r"(?=\w))*?[,.!?]['’](?!\w)")
_LATER_WORDS = re.compile(
    r"\b(?:saying|showing|stating|arguing|"
    r"claiming|warning|finding|suggesting|indicating|insisting|noting|"
    r"alleging|asserting|contending|declaring)\b")
# "noted several “intangibles” left him disillusioned": a bare clause whose
# verb is past, after a verb that also takes clauses (a past participle before
# "by" modifies the noun: "noted the figure cited by the mayor").
_CLAUSE_TAKERS = frozenset(("note", "acknowledge"))
# A colon, perhaps after an adverb, then a quotation: "replied simply: “".
_COLON_QUOTE = re.compile(r"\s*(?:\w+ly\s*)?:\s*[“\"‘']")
_BARE_CLAUSE = re.compile(
    r"\s+(?:(?!(?:in|on|at|of|for|with|by|from|to|as|and|or|but|while|when|"
    r"after|before|during|since)\b)[\w’'“”\"-]+\s+){1,4}"
    r"(?:[a-z]+ed|left|made|took|came|went|gave|got|kept|held|led|meant|cost|"
    r"put|set|grew|fell|rose|became|began)\b(?!\s+by\b)")
# What brings in a communication noun's content: "that", a colon, a quotation.
_NOUN_CONTENT = re.compile(r"\s*(?:,\s*)?(?:that\b|[:“\"])")


# What after a verb makes it an act whatever else the sentence holds.
# Results a company reports on a date, the event itself: "reports
# second-quarter results on August 6", "will report earnings".
_RESULTS = re.compile(r"\s+(?:its\s+|their\s+)?(?:[\w-]+\s+){0,2}?(?:results|"
                      r"earnings)\b(?!\s+(?:that|showing|show|showed)\b)", re.I)
# A contest given up, or a time or place of it, right after "conceded":
# "conceded at about 11 p.m.", "conceded defeat", "conceded the race".
_CONCEDED = re.compile(r"\s+(?:at|in|on|after|before|shortly|late|early|"
                       r"defeat|the\s+(?:race|election|contest|seat|match|game|"
                       r"title|vote))\b")
# Someone told what to do: "warned jurors not to research the case online"
# (an instruction given, no claim; "urged them to" reports a judgement, as
# label.py reads it).
_DIRECTED = re.compile(r"\s+(?:(?:the|all|its|their|his|her|local)\s+)?"
                       r"[a-z]+s?\s+(?:not\s+)?to\s+(?!be\b|have\b)[a-z]+\b")
# A step taken, made known: "announced her resignation", "announced his
# retirement" (not "announced plans to give $15 million", nor "announced
# that ...": what is to happen, told).
_ANNOUNCED_STEP = re.compile(r"\s+(?:his|her|their|its|the)\s+(?:\w+\s+)?"
                             r"(?:resignation|retirement|departure|candidacy|"
                             r"engagement|separation|split|death)\b")
_ACT_AFTER = {
    "concede": (_CONCEDED,),
    "announce": (_ANNOUNCED_STEP,),
    "warn": (_DIRECTED,),
    "plead": (_PLEA,),  # "pleaded not guilty": a plea entered in court
    # "denied a defense motion", "denies two counts", "denied them a win"
    "deny": (_RULING, _COUNTS, _DEPRIVED),
    "admit": (_COUNTS,),  # "admitted 17 offences": a plea entered
    # "charged with burglary", "charged two men in connection with ..."
    "charge": (_RULING, _CHARGED),
    # "reported him missing"; "reports second-quarter results on August 6"
    "report": (_REPORTED_STATE, _RESULTS),
    "find": (_VERDICT,),  # "the jury found him guilty of embezzling"
    "show": (_NO_SIGN,),  # "showed no visible reaction": what was seen of them
    "applaud": (_NO_OBJECT,),  # "the crowd applauded after each vote": clapping
}


# A demonstrative, alone or with its noun, closing the clause after the verb:
# "disputes that.", "denied this,", "The Treasury disputes that figure.",
# "Officials have repeatedly warned against that.".
_POINTED_BACK = re.compile(r"\s+(?:(?i:against|about|of|on)\s+)?"
                           r"(?i:that|this|these|those)(?:\s+(?!(?:he|she|it|they|"
                           r"we|i|you|there|the|a|an)\b)[a-z]+)?\s*(?:[.;!]|,\s|$)")
_STANCES_TAKEN = frozenset(("dispute", "deny", "reject", "contest", "challenge",
                            "accept", "welcome", "question", "doubt", "warn"))


def reports_act(text: str, start: int, cue_end: int, end: int,
                lemma: str | None, has_content: bool) -> bool:
    """True when a verb frame in text[start:end] reports an act, not words: an
    act verb whose content check failed (`has_content`), with no
    object-then-content after it, no report after it and no quotation in the
    sentence ("“...,” Clinton wrote in 2003" frames the quotation)."""
    if any(shape.match(text, cue_end, end) for shape in _ACT_AFTER.get(lemma, ())):
        return True
    if lemma in _STANCES_TAKEN and _POINTED_BACK.match(text, cue_end, end):
        return True  # "Fernhill disputes that.", "The company denied this.":
        # a stance on what was just told, no words of its own
    if lemma == "ask" and _ASKED_QUESTION.match(text, cue_end, end) and not \
            quotes_words(text, start, end):
        return True  # "Bell asked whether the mayor would commit ...": a
        # question put, which claims nothing
    if not has_content and _FUTURE_ACT.search(
            text, max(start, cue_end - 48), cue_end) and not \
            quotes_words(text, start, end):
        return True  # "will report results on July 24": a scheduled event
    if lemma not in ACT_VERBS or has_content:
        return False
    if lemma == "call" and NAMING.search(text, start, end):
        return False
    if lemma == "call" and _pins_a_judgement(text, cue_end, end):
        return False  # "called the decision unfair": a judgement pinned
    if lemma == "call" and _CALLED_IN_RELATIVE.search(
            text, max(start, cue_end - 60), cue_end) and _LABEL_AFTER.match(
            text, cue_end, end):
        return False  # "the plan, which one councillor called a disgrace,":
        # a label pinned on what the relative clause is about
    if lemma in _TELLS_AN_EXPERIENCE and _EXPERIENCE.match(text, cue_end, end):
        return False  # "Witnesses described hearing three bangs": what they
        # say they lived through, told
    if lemma in FRAMED_AS and AS_FRAME.match(text, cue_end, end):
        return False  # "welcomed the ruling as a victory": a judgement
    if lemma in ("compare", "liken") and LIKENED_TO.match(text, cue_end, end):
        return False  # "compared the new stadium to a cathedral": a likeness
    if lemma in DESCRIBED_AS and _DESCRIBED_AS.match(text, cue_end, end):
        return False  # "described the atmosphere inside the council chambers
        # as paranoid": a description reported
    if _OBJECT_THEN_CONTENT.match(text, cue_end, end) or \
            _CLAIM_NOUN_THEN_CONTENT.match(text, cue_end, end):
        return False
    if lemma in _CLAUSE_TAKERS and _BARE_CLAUSE.match(text, cue_end, end):
        return False
    if _COLON_QUOTE.match(text, cue_end, end):
        return False  # "she replied simply: “Keep asking.”": the colon brings
        # in the words, however few
    return (_LATER_WORDS.search(text, cue_end, end) is None and
            not quotes_words(text, start, end))


def puts_question(text: str, cue: str, cue_end: int, end: int) -> bool:
    """Whether the verb ending at `cue_end` reports a question put ("asked
    whether ...", "asked Castellano how ..."), whose words claim nothing."""
    return cue.lower().startswith("ask") and bool(
        _ASKED_QUESTION.match(text, cue_end, end))


def quotes_words(text: str, start: int, end: int) -> bool:
    """Does text[start:end] quote three words or more? Then a reporting word
    in it frames someone's words, not an act."""
    return _QUOTATION.search(text, start, end) is not None or (
        (text.find("'", start, end) >= 0 or text.find("‘", start, end) >= 0)
        and _SINGLE_QUOTATION.search(text, start, end) is not None)


def noun_reports_act(text: str, cue_end: int, end: int) -> bool:
    """True when an owned communication noun ("Trump's comments") brings in no
    content of its own: the sentence tells what became of the words."""
    return _NOUN_CONTENT.match(text, cue_end, end) is None


def _pins_a_judgement(text: str, cue_end: int, end: int) -> bool:
    """Does a judging word close the clause after the verb's object ("called
    the decision unfair")?"""
    pinned = _CALLED_WORD.match(text, cue_end, end)
    return pinned is not None and pinned.group(1) in _JUDGING_WORDS
