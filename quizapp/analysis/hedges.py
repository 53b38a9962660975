"""Speculation and hedging cues, with the sense of ambiguous words settled.

Each cue has a kind a student can be told about: `modal` (could, may, might),
`epistemic` (believe, likely, apparently), `prediction` (expected to, coming
months), `uncertainty` (remain unclear, no evidence) and `conditional` (if,
unless, whether).
"""

from __future__ import annotations

import re

from .lexicon import PhraseMatcher, fold, load_phrases, tokens
from .senses import INVERTED_CONDITION, guesses

_WORD = r"[A-Za-z’'-]+"

# Hedges that mark a guess on their own; weaker ones ("potential", "whether",
# "if") lower the confidence.
WEAK_HEDGES = frozenset(
    {"if", "whether", "potential", "expected", "in case", "as long as", "unless",
     "consider", "considered", "apparent", "suggest", "suggests", "suggested",
     "suggesting"}
)

# Words that open a question or a condition a sentence talks about
# ("Whether small planets can hold on to air has become a central question"):
# they leave it open without guessing.
OPEN_WORDS = frozenset(("whether", "if"))

# The plain lexicon: phrases that hedge in every sense they are used in.
_PLAIN: dict[str, str] = load_phrases("hedges.txt")

# Ambiguous words: a cue only when `_check` says so in this sentence.
_AMBIGUOUS = frozenset(
    "may might could would must possible appear appears appeared seen view viewed "
    "views thought think thinks thinking consider considers considered considering "
    "regard regards regarded will won’t suggest suggests suggested suggesting expect "
    "expects expected expecting fear fears feared apparent doubt doubts doubted "
    "apparently assume assumes assumed risk risks risked maybe perhaps should".split()
)
_MATCHER = PhraseMatcher(_PLAIN)
# "appears more divided than": a degree guessed (not "more than once")
_APPEARS_MORE = re.compile(r"\s+(?:even\s+|increasingly\s+|far\s+)?(?:more|less)\s+"
                           r"(?!than\b|often\b|[a-z]+ly\b)[a-z]+\b")
# A person's trait, as they were at times: "he could be stubborn", "she
# could be very funny".
_TRAIT = re.compile(
    r"\s+be\s+(?:(?:very|quite|rather|so|fiercely|extremely|wickedly|"
    r"infuriatingly)\s+)?(?:stubborn|difficult|impatient|generous|prickly|"
    r"blunt|funny|kind|ruthless|charming|moody|abrasive|warm|shy|sharp|"
    r"demanding|brusque|gruff|tender|cruel|harsh|stern|awkward|forgetful|"
    r"irascible|cantankerous|obstinate|headstrong|outspoken|"
    r"hot-tempered|short-tempered|intimidating|aloof|distant|charismatic)\b")
_PERSON_BEFORE = re.compile(r"\b(?:he|she|they|[A-Z][a-z]+)\s+$")
# A round figure after "maybe" or "perhaps": an approximation.
_ROUGH_FIGURE = re.compile(
    r"\s+(?:(?:a|an)\s+(?:dozen|hundred|thousand|million|third|quarter|half|"
    r"few\s+(?:hundred|thousand|million))|half\s+(?:a|an|the)|\d|(?:tens|dozens|"
    r"hundreds|thousands|millions)\s+of|(?:one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|"
    r"seventy|eighty|ninety|a\s+hundred)\b(?!\s+of\s+(?:the|its|his|her|their|"
    r"our)\b))", re.I)
# "could be seen", "could hear": what people were able to perceive, no guess.
_PERCEIVED = re.compile(r"\s+(?:(?:be|clearly|still|also|ever)\s+)*(?:seen|heard|felt|"
                        r"smelled|smelt|see|hear|feel|smell|remember|recall)\b", re.I)
# "must have known", "must have been": a guess about the past; not "the
# support they must have", a need
_MUST_HAVE = re.compile(r"\s+have\s+(?:(?:not|already|surely|\w+ly)\s+)?(?:been|had|"
                        r"done|gone|seen|known|made|taken|got|[a-z]+(?:ed|en|wn|ne|"
                        r"ght|id|lt|ld|ung|ept|ade|ote|ook|ew|un|ot)\b)", re.I)
_SPEAKERS_FUTURE = re.compile(r"\b(?:we|you)\s+$", re.I)

_DETERMINERS = re.compile(
    r"(?:\b(?:its|his|her|their|our|the|all|military|economic|naval|full|sheer|"
    r"great|with)\s+)$",
    re.I,
)
_NEGATION_AFTER = re.compile(r"\s*(?:not|n’t|n't|never|no\s+longer|hardly|barely|"
                             r"scarcely)\b", re.I)
_PERFECT = re.compile(r"\s+(?:not\s+)?(?:have|be|well|possibly|potentially|"
                      r"easily|also|eventually|soon|likely|probably|even|still|"
                      r"help|lead|cause|create|mean|result|trigger|spark|prove|"
                      r"become|face|struggle|change|affect|hurt|undermine|"
                      r"threaten|embolden|destabili[sz]e|collapse|fall|rise|"
                      r"increase|reduce|shift|end)\b", re.I)
# "would soon" is left out: a forecast ("the mill would soon have to close")
# far more often than a story's future in the past.
_NARRATIVE_WOULD = re.compile(r"\s+(?:later|go|then|eventually|never|"
                              r"often|always|usually|again|return|remain|"
                              r"continue|spend|serve|marry|die|win|lose|"
                              r"play|become|also)\b", re.I)
_REPORTED = re.compile(r"\b(?:said|announced|declared|insisted|promised|stated|"
                       r"confirmed|decided|agreed|told|knew|assured|vowed|"
                       r"pledged|hoped|planned|added|explained|revealed)\b", re.I)
# A view held now of what would happen: "Critics say the plan would raise
# rents", "she argues it would fail" (a plan told in the past is no guess,
# nor one's own plan: "Trump says he would pay for it by ...").
_VIEWS_NOW = (r"say|says|argue|argues|warn|warns|believe|believes|think|thinks|"
              r"predict|predicts|fear|fears|contend|contends|worry|worries|warned|"
              r"predicted|feared")
_SAYS_NOW = re.compile(r"\b(?:" + _VIEWS_NOW + r")\b", re.I)
# The nearest report before a modal, to see whether it is one of _SAYS_NOW
# or a past telling ("who feared retaliation, said they could not recall":
# "said" governs).
_REPORTS = _VIEWS_NOW + r"|said|told|added|stated"
_LAST_REPORT = re.compile(r"\b(?:" + _REPORTS + r")\b(?!.*\b(?:" + _REPORTS + r")\b)",
                          re.I | re.S)


def _says_now(text: str, sent_start: int, start: int) -> bool:
    """Is the report nearest before the modal one that holds a view now?"""
    last = _LAST_REPORT.search(text, sent_start, start)
    return last is not None and _SAYS_NOW.fullmatch(last.group()) is not None


_OUTCOME = re.compile(r"\s+(?:\w+ly\s+)?(?:help|lead|cause|mean|result|trigger|"
                      r"spark|undermine|threaten|hurt|harm|damage|boost|"
                      r"allow|cost|save|worsen|weaken|strengthen|"
                      r"destabili[sz]e|embolden|push|drive|"
                      # "would have implications well beyond the town"
                      r"have\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:impact|"
                      r"implications|effects?|consequences))\b", re.I)
# A measure whose effect "would" tells: "said the plan would give young
# people a reason to stay", "the scheme would create 300 jobs" (an effect
# foreseen, not a plan told in the past).
_MEASURE_BEFORE = re.compile(r"\b(?:the|this|that|its|their|his|her|a|new)\s+"
                             r"(?:[\w-]+\s+)?(?:plan|scheme|policy|proposal|"
                             r"measure|reform|reforms|cuts?|merger|law|bill|deal|"
                             r"changes?|rules?|strategy|programme|program|tax|"
                             r"levy|ban)\s+$", re.I)
_ONESELF = re.compile(r"\b(?:he|she|I|we|they)\s+$", re.I)
# "a fire risk sitting in people's bags": the noun, with a participle after it
_RISK_NOUN = re.compile(r"\b(?:a|an|the|this|that|any|no|fire|flood|health|safety|"
                        r"security|serious|real|big|high|low|great|greater|"
                        r"credit|market)\s+$", re.I)
# "There is a risk (that) the project will overrun": the outcome foreseen,
# in a clause after the noun ("the risk of fire" names a danger).
_RISK_THAT = re.compile(r"\s+(?:that\s+)?(?:[\w’'-]+\s+){1,4}?(?:will|could|may|"
                        r"might|would|won[’']t)\b")
_RISKING = re.compile(r"\s+(?:\w+ly\s+)?(?!(?:nothing|everything|"
                      r"something|anything|king|thing)\b)[a-z]+ing\b")
# A plain noun phrase after the verb "doubt", then the clause ends: "I doubt
# his priorities", "nobody doubts her courage" (not "I doubt his figures are
# right", a guess).
_VERB_FORMS = (r"will|would|is|are|was|were|has|have|had|can|could|may|might|"
               r"must|should|did|does|do|won[’']t|[a-z]+ed")
# (a word inside the phrase is no -s verb either; its last word may be a plural)
_DOUBTED_THING = re.compile(
    r"\s+(?:his|her|their|its|the|this|that|these|those|my|our|your)\s+"
    r"(?:(?!(?:" + _VERB_FORMS + r"|[a-z]+s)\b)[\w’'-]+\s+){0,2}?"
    r"(?!(?:" + _VERB_FORMS + r")\b)[\w’'-]+\s*(?:[.,;!?”\"]|$)", re.I)
_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|seems?|seemed|remains?|"
                        r"remained)\s+(?:(?:still|also|quite|very|entirely|"
                        r"certainly|now|\w+ly)\s+)?$", re.I)
# What could not be done: "case files could not be accessed" (not "could not
# be ruled out", a possibility left open).
_NOT_BE_DONE = re.compile(r"\s*not\s+be\s+(?!(?:ruled|excluded|discounted|overstated|"
                          r"underestimated|exaggerated)\b)[a-z]+(?:ed|en)\b")
# A time to come: "in the coming weeks" (a forecast's, unless a plan's).
_COMING = re.compile(r"coming\s+(?:days|weeks|months|years)\b", re.I)
# Words that tell of what is to come, or on a condition.
_TO_COME = re.compile(r"\b(?:if|unless|" + _COMING.pattern + r"|next\s+(?:week|month|"
                      r"year)|soon|further|another|again|later)\b", re.I)
# What talks, an inquiry or a plan are about: "over a possible takeover".
# "it is possible", "it's quite possible", "it may be possible" before a
# clause whose "that" is left out.
_IT_IS = re.compile(r"\b(?i:it[’']s|it\s+is|it\s+was|it\s+(?:may|might|could)\s+be|"
                    r"it\s+remains)\s+(?:(?:quite|very|entirely|perfectly|certainly|"
                    r"just|still|also)\s+)?$")
_CLAUSE_SUBJECT = re.compile(r"\s+(?:we|they|he|she|I|you|it|there|the|this|these|"
                             r"those|some|many|more|prices|rates)\b(?!\s+to\b)")
_TOPIC_OF = re.compile(r"\b(?:over|about|into|regarding|concerning|investigating|"
                       r"examining|exploring|discussing|considering|discuss|"
                       r"investigate|examine|explore)\s+(?:a|an|the)\s+$", re.I)
_POSSIBLE_NOT = re.compile(r"(?:\b(?:made|make|makes|making|as|best|only|every|"
                           r"lowest|highest|shortest|fastest|greatest|all)\s+)$",
                           re.I)
# A forecast that weighs what is to come: "will likely", "will not
# necessarily translate", "will be crucial", "will make it difficult for",
# "will take longer", "won't be able to".
_EVALUATIVE_WILL = re.compile(
    r"\s+(?:likely|probably|almost|surely|certainly|undoubtedly|"
    r"not\s+necessarily|(?:not\s+)?be\s+unable\s+to|not\s+be\s+able\s+to|"
    r"make\s+it\s+(?:(?:far|much|even|very)\s+)?(?:more\s+|less\s+)?(?:difficult|"
    r"hard|harder|easier|easy|impossible|tough|tougher)|take\s+(?:longer|years|"
    r"decades|a\s+long\s+time)|be\s+"
    r"(?:crucial|key|critical|vital|decisive|pivotal|important|essential|"
    r"interesting|telling|difficult|hard|tough|challenging|a\s+test|the\s+test))\b",
    re.I,
)
# The same after "won't" (the "not" is in the contraction).
_EVALUATIVE_WONT = re.compile(r"\s+(?:necessarily|be\s+able\s+to)\b", re.I)
_TAKE_ON = re.compile(r"\s+(?:(?:the|its|his|her|their|our|my|your|full|sole|"
                      r"overall|day-to-day|all)\s+)*(?:[\w’'.-]+[’']s\s+)?"
                      r"(?:[\w-]+\s+){0,3}?(?:obligations?|liabilit(?:y|ies)|debts?|"
                      r"control|command|office|power|responsibilit(?:y|ies)|role|"
                      r"duties|duty|post|presidency|leadership|ownership|costs?|"
                      r"risks?|name|identity|form|shape|charge)\b")
_AS_OR_TO = re.compile(r"\s+(?:as|to\s+be|to\s+have|by\s+(?:some|many|most|"
                       r"critics|experts|analysts|historians|scholars))\b", re.I)


# "thinking" as a noun, after a determiner or a quantity: a habit of mind
# ("that kind of thinking", "doing a lot of thinking"), not a belief held.
# A noun listed before it: "the decline in memory and thinking".
_LISTED_NOUN = re.compile(r"\b(?!(?:is|are|was|were|be|been|am|i|we|they|he|she|"
                          r"you|not|still|keep|kept|stop|stopped|start|started)\b)"
                          r"[a-z]+\s+(?:and|or)\s+$", re.I)
_THINKING_NOUN = re.compile(
    r"\b(?:the|this|that|such|his|her|their|our|my|your|its|much|more|less|"
    r"(?:kind|sort|lot|lots|way|line|piece|bit|deal)\s+of|wishful|critical|"
    r"magical|new|old|clear|strategic|careful|muddled|fuzzy|original|group|"
    r"conventional|current|latest|creative|long-term|short-term)\s+$", re.I)


# A belief held once and given up: "at first thought", "wrongly thought".
_SUPERSEDED = re.compile(r"\b(?:at\s+first|initially|originally|wrongly|"
                         r"mistakenly)\s+$", re.I)
# "thinking" before a plural noun that no verb of a clause follows: a word
# describing the noun ("scored better on thinking tests"), not a belief
# ("thinking prices will rise"); "are thinking ..." keeps its verb.
_BEFORE_A_NOUN = re.compile(r"\s+[a-z]+s\b(?!\s+(?:will|would|could|may|might|"
                            r"can|are|were|have|had|should|must|did|do)\b)")
_PROGRESSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|am)|[’']re|"
                                 r"[’']s|[’']m)\s+(?:\w+ly\s+)?$", re.I)


# The object of "regard"/"view" and the "as" of what it is held to be.
_HELD_AS = re.compile(r"\s+(?!that\b|of\b|on\b|about\b|and\b|or\b|from\b|"
                      r"in\b|with\b|to\b|are\b|were\b|is\b|was\b)"
                      r"(?:(?!as\b)[\w’'-]+\s+){1,5}as\s+(?!well\b|soon\b|long\b|"
                      r"much\b|many\b|far\b|a\s+result\b|of\b)", re.I)


# "might" the noun (power): after a preposition or "has", or as a subject.
_MIGHT_NOUN_BEFORE = re.compile(r"\b(?:of|through|from|by|has|have|had)\s+$", re.I)
_MIGHT_NOUN_AFTER = re.compile(r"\s+(?:makes|made|is|was|stands)\b", re.I)
# Thinking as an activity, not a view: "think about", "think of moving",
# "think and write", "think clearly", "think for themselves".
# How someone sees themselves: "thought of himself as a working musician".
_SELF_IMAGE = re.compile(r"\s+of\s+(?:himself|herself|themselves|myself|ourselves|"
                         r"yourself|yourselves|oneself)\s+as\b", re.I)
_COGITATE = re.compile(
    r"\s+(?:about|and|or|clearly|hard|harder|twice|critically|deeply|logically|"
    r"carefully|creatively|rationally|ahead|big|for\s+(?:him|her|them|your|one|"
    r"our|my)sel(?:f|ves)|of\s+[a-z]+ing)\b", re.I)


_AS_WELL = re.compile(r"\s+(?:just\s+)?as\s+well\b", re.I)


# "I would be cautious", "we would argue", "I would like to": a stance of
# the speaker's own, put politely.
_FIRST_PERSON_BEFORE = re.compile(r"\b(?:I|[Ww]e)\s+$")
_OWN_STANCE = re.compile(
    r"\s+(?:\w+ly\s+)?(?:be\s+(?:\w+ly\s+)?(?:cautious|careful|wary|surprised|glad|"
    r"happy|delighted|worried|concerned|reluctant|hesitant|nervous|sceptical|"
    r"skeptical)|say|argue|suggest|add|caution|advise|recommend|urge|warn|stress|"
    r"point\s+out|like\s+to|love\s+to|rather|prefer)\b")
# A condition before "would": "if the boats came back, we would ...".
_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)
# Where a speaker tells of their own past, so that "would" tells what used to
# happen: "When I was a boy", "In those days", "as children", "used to".
_MEMORY = re.compile(
    r"\b(?:when\s+(?:I|we)\s+(?:was|were)\b|in\s+those\s+days|back\s+then\b|"
    r"back\s+in\s+the\s+(?:day|\d{2,4}s)\b|in\s+my\s+(?:day|youth|childhood)\b|"
    r"as\s+(?:a\s+)?(?:boys?|girls?|child|children|kids?|teenagers?)\b|"
    r"(?:I|we)\s+used\s+to\b)", re.I)
# A routine: "from morning till night", "every morning", "each summer".
_ROUTINE = re.compile(
    r"\bfrom\s+(?:morning|dawn|first\s+light)\s+(?:till|until|to|til)\s+"
    r"(?:night|dusk|dark)\b|\b(?:every|each)\s+(?:single\s+)?(?:day|morning|"
    r"night|evening|afternoon|week|weekend|summer|winter|spring|autumn|year|"
    r"season|Sunday|Saturday)\b|\ball\s+day\s+long\b", re.I)
# A person remembered doing it: "My mother", "We children", "he".
_RECALLED = re.compile(r"(?:^|[\s“\"])(?:I|we|he|she|they|my|our|his|her|their)\b",
                       re.I)


def _habitual(text: str, sent_start: int, start: int) -> bool:
    """Does "would" at `start` tell a past routine? Either the paragraph
    before it, this sentence included, frames the speaker's own past ("When I
    was a boy there'd be thirty boats going out ... We would go out at four"),
    or a person would do something as a routine ("My mother would be up to
    her elbows in salt from morning till night"); never under a condition
    ("if", "unless")."""
    clause = text[sent_start:start]
    if _CONDITION.search(clause):
        return False
    paragraph = max(text.rfind("\n\n", 0, start), start - 400, 0)
    if _MEMORY.search(text, paragraph, start):
        return True
    if _SAYS_NOW.search(clause) or _REPORTED.search(clause):
        return False  # "Critics say they would raise rents every year": a view
    end = text.find(".", start)
    return bool(_RECALLED.match(clause) or _RECALLED.search(clause[-12:])) and \
        _ROUTINE.search(text, start, end if end > 0 else len(text)) is not None


# A state after "appear(s)": "appear divided", "appears unconvinced".
_STATE_AFTER = re.compile(r"\s+(?:(?:deeply|sharply|largely|broadly|increasingly|"
                          r"somewhat)\s+)?(?:divided|split|unconvinced|unsure|"
                          r"uncertain|reluctant|unmoved|undecided|unimpressed|"
                          r"resigned|determined|confident|willing|ready|keen|"
                          r"content|satisfied)\b")
# One word of state closing the clause after "appears": "appears wide.",
# "appeared calm, and ...".
_APPEARS_SO = re.compile(r"\s+(?!(?:in|on|at|before|with|alongside|as|for|to|the|a|"
                         r"an|his|her|their|its|our|my|live|twice|once|again|here|"
                         r"there|online|onstage|elsewhere|together|alone|first|"
                         r"last|next|below|above|later|regularly|frequently|"
                         r"often)\b)[a-z]+(?:-[a-z]+)?\s*(?:[.;!]|,\s+(?:and|but)\b|"
                         r"$|\s+(?:and|but)\b)")
# Where or how often a thing appears: "appeared in court", "appears twice".
_APPEARED_AT = re.compile(r"\s+(?:in|on|at|before|with|alongside|twice|once|again|"
                          r"online|onstage|here|there)\b")
_MAKES_APPEAR = re.compile(r"\b(?:make|makes|made|making)\b[^.]{0,30}$", re.I)


_EXPECTING_SUBJECT = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|"
    r"tonight|the\s+weekend|next\s+week|the\s+river|levels|the\s+level|prices|"
    r"rates|temperatures|conditions|the\s+weather|the\s+rain|the\s+storm|"
    r"the\s+water|inflation|demand|policies|bills|costs|services|trains|flights|"
    r"the\s+(?:bridge|road|line|route|work|works|repairs|project|scheme|deal|"
    r"market|economy|recovery|system|service)|"
    # an event: "If the rain holds off, the final should go ahead"
    r"the\s+(?:match|game|final|race|fixture|event|festival|concert|show|"
    r"parade|ceremony|launch|sailing)|"
    # a clause or an event just told: ", which should reveal rather more",
    # "This should mean lower bills"
    r",\s+which)"
    r"\s+$", re.I)
_THIS_SUBJECT = re.compile(r"[\s“\"]*(?:this|that|it)\s+", re.I)
_EXPECTED_CHANGE = re.compile(r"\s+(?:not\s+)?(?:bring|see|ease|fall|rise|peak|clear|"
                              r"arrive|return|improve|stay|remain|drop|recede|pass|"
                              r"reopen|resume|take\s+effect|reveal|show|tell|"
                              r"mean|help|settle|decide|determine|go\s+ahead|"
                              r"take\s+place|kick\s+off|"
                              r"be\s+(?:lower|higher|drier|wetter|colder|warmer|"
                              r"calmer|back|over|valid))\b", re.I)


#: How often something is done: "will often", "will usually" tell a habit.
HABIT_WORDS = r"(?:often|usually|typically|generally|normally|sometimes)"
_HABITUAL = re.compile(r"\s+" + HABIT_WORDS + r"\b")


def expected(text: str, sent_start: int, start: int, end: int) -> bool:
    """Is the "should" at text[start:end] what is expected of a day or a thing
    ("levels should peak overnight", "policies should remain valid"), a
    forecast, rather than advice to someone? (What should be ready by a date
    is a schedule: label.py.)"""
    return bool((_EXPECTING_SUBJECT.search(text, sent_start, start)
                 or _THIS_SUBJECT.fullmatch(text, sent_start, start))
                and _EXPECTED_CHANGE.match(text, end))


def _check(word: str, text: str, start: int, end: int, sent_start: int) -> str | None:
    """The kind of an ambiguous match, or None when it is not a hedge here."""
    low = word.lower()
    before = text[max(sent_start, start - 24) : start]
    after = text[end : end + 40]
    if low in ("may", "might") and _AS_WELL.match(after):
        return None  # "may as well have been lifted": as good as, no guess
    if low in ("maybe", "perhaps"):
        # "We had maybe twenty minutes", "perhaps tens of thousands of
        # voters": a round figure, no guess about what happened
        return None if _ROUGH_FIGURE.match(after) else "epistemic"
    if low.startswith("risk"):
        # "risks alienating voters", "risked tipping the economy into
        # recession": a possible outcome; "the risks of smoking", "risked his
        # life" name a danger or tell a deed
        return "possibility" if _RISKING.match(after) and not _RISK_NOUN.search(
            before) or _RISK_THAT.match(after) else None
    if low == "should":
        # "Monday should bring a brief drier spell", "levels should peak
        # overnight": what is expected of a day or a thing, a forecast; what
        # someone should do is advice (deontic.py)
        return "modal" if expected(text, sent_start, start, end) else None
    if low == "may":
        if word == "May":  # the month or a name, unless it opens a question/clause
            return "modal" if start == sent_start and not re.match(r"\s*\d",
                                                                   after) else None
        return "modal"
    if low == "might":
        if _MIGHT_NOUN_BEFORE.search(before) or _MIGHT_NOUN_AFTER.match(after):
            return None  # the noun: "a handful of might", "might makes right"
        return None if _DETERMINERS.search(before) else "modal"
    if low == "could" and re.match(r"\s+(?:well\s+)?be\s+forgiven\b", after):
        return None  # "Taxpayers could be forgiven for wanting ...": a
        # judgement that they are right to, no possibility
    if low == "could":
        if _NEGATION_AFTER.match(after) and (not re.match(
                r"\s*not\s+be\b", after) or _NOT_BE_DONE.match(after)) and not (
                _says_now(text, sent_start, start)
                and not _ONESELF.search(text, max(sent_start, start - 8), start)):
            return None  # past inability: "could not attend"; not a view of
            # what could not happen ("warned the country could not absorb")
        if re.search(r"\bso(?:\s+that)?\s+\w+\s*$", before):
            return None  # purpose: "so she could attend"
        if _TRAIT.match(after) and _PERSON_BEFORE.search(before):
            return None  # "he could be stubborn about arrangements": how he
            # was at times, no guess
        if _PERCEIVED.match(after) and not _SPEAKERS_FUTURE.search(before):
            return None  # ability: "smoke could be seen for miles"; but "we
            # could see a second crest on Friday" looks ahead
        return "modal"
    if low == "would":
        if _FIRST_PERSON_BEFORE.search(before) and _OWN_STANCE.match(after):
            return None  # "I would be cautious about the headlines", "we would
            # argue": the speaker's stance, put politely, no guess
        if _NARRATIVE_WOULD.match(after):
            return None  # future in the past: "he would later"
        if _habitual(text, sent_start, start):
            return None  # a past routine remembered: "When I was a boy ...
            # We would go out at four"
        if _REPORTED.search(text, sent_start, start):
            # "said it would" is the future in the past, unless what would
            # happen is a thing's outcome: "said the merger would lead to"
            return "modal" if (_OUTCOME.match(after) or _MEASURE_BEFORE.search(
                text, max(sent_start, start - 24), start)) and not _ONESELF.search(
                text, max(sent_start, start - 8), start) else None
        return "modal" if _PERFECT.match(after) or \
            _CONDITION.search(text, sent_start, start) or \
            INVERTED_CONDITION.match(text, sent_start, start) or \
            (_SAYS_NOW.search(text, sent_start, start) and not
             _ONESELF.search(text, max(sent_start, start - 8), start)) else None
    if low.startswith("must"):
        return "epistemic"
    if low == "possible":
        # "it is possible that", "a possible reason"; not "as soon as possible",
        # "made it possible to", "the highest possible score"
        if re.match(r"(?:\s*,[^,]{0,30},)?\s+that\b", after) or (
                _IT_IS.search(before) and _CLAUSE_SUBJECT.match(after)):
            return "epistemic"  # (or "it's possible we'll be able to", "it is
            # quite possible the bridge will reopen": the clause without "that")
        if _BE_BEFORE.search(before) and _TO_COME.search(text, sent_start, start) \
                and not _POSSIBLE_NOT.search(before) and \
                not re.match(r"\s+(?:to|for)\b", after):
            return "epistemic"  # "a second explosive phase in the coming days
            # is possible", "Further eruptions remain possible": what may come;
            # not "Wheelchair access is possible at several places", "it is
            # possible to see the coast"
        if _POSSIBLE_NOT.search(before) or re.match(r"\s+(?:to|by|for|in|when|"
                                                   r"only|with|at|if)\b|\s*[,.;:]",
                                                   after):
            return None
        if _TOPIC_OF.search(before):
            return None  # "discussions over a possible takeover", "investigating
            # a possible link": what the talks or the inquiry are about
        if re.search(r"\b(?:a|an|one|another|any|his|her|its|their|some|several|"
                     r"the)\s+$", before, re.I):
            return "epistemic"
        return None
    if low.startswith("appear"):
        if _STATE_AFTER.match(after) and not _MAKES_APPEAR.search(before):
            return "epistemic"  # "Residents appear divided": how it looks
            # from outside, inferred (not "made the room appear crowded")
        if low != "appear" and _APPEARS_SO.match(after) and \
                not _MAKES_APPEAR.search(before):
            return "epistemic"  # "the gap appears wide.": how it looks,
            # inferred (not "appeared in court", "appears twice")
        if low != "appear" and _APPEARS_MORE.match(after):
            return "epistemic"  # "the committee appears more divided"; not
            # "makes the face appear more rounded", how it looks
        # "appeared to", "appears, for now, to", "appears that", "appeared
        # designed to"
        return "epistemic" if re.match(r"(?:\s*,[^,]{1,30},)?\s+to\b(?!\s+the\b)|"
                                       r"\s+that\b|\s+(?:\w+ly\s+)?"
                                       r"(?:designed|intended|aimed|meant|poised|set|"
                                       r"unable|unaware|determined|reluctant|willing|"
                                       r"eager|ready)\s+to\b", after) or \
            re.search(r"\b[Ii]t\s+$", before) and not _APPEARED_AT.match(after) \
            else None  # "It appears the fire spread ..." (not "It appeared in")
    if low == "seen" or low.startswith("view") or low.startswith("regard"):
        if re.match(r"\s+(?:by\s+(?:[\w’'-]+\s+){1,3})?as\b", after):
            return "epistemic"
        # "Some regard the castle as the oldest", "others view them as":
        # the active verb holds its object to be something
        return "epistemic" if not low.startswith("seen") and _HELD_AS.match(
            after) else None
    if low == "thought":
        if re.match(r"[\s-]+(?:out|through)\b", after):
            return None  # "a well thought-out plan": planned with care
        if _SUPERSEDED.search(before):
            return None  # "had at first thought the man was asleep": a belief
            # the story goes on to overturn, told as what happened
        if _COGITATE.match(after):
            return None  # "nobody thought about the people": thinking done
        if _SELF_IMAGE.match(after):
            return None  # "never thought of himself as famous": how someone
            # saw themselves, told
        if re.search(r"\b(?:of|school|political|free|critical|the|his|her|their|"
                     r"a|no|second)\s+$", before, re.I):
            return None
        return "epistemic"
    if low.startswith("think"):
        if low == "thinking" and (_THINKING_NOUN.search(before) or
                                  _LISTED_NOUN.search(before)):
            return None  # the noun: "that kind of thinking", "a lot of
            # thinking", "memory and thinking"
        if low == "thinking" and _BEFORE_A_NOUN.match(after) and not \
                _PROGRESSIVE_BEFORE.search(before):
            return None  # before a noun: "thinking tests", "thinking skills"
        if _COGITATE.match(after):
            return None  # to think something over: "think about it", "think of
            # moving", "think clearly": the act of thinking, no view held
        return None if re.match(r"\s+(?:tank|of\s+(?:it|them)\s+as)\b", after,
                                re.I) or _SELF_IMAGE.match(after) else "epistemic"
    if low.startswith("consider"):
        return "epistemic"  # "considered calling her": senses.guesses
    if low == "will":
        if re.search(r"\b(?:free|good|ill|political|popular|own|his|her|their|"
                     r"the)\s+$", before, re.I):
            return None  # the noun: "free will", "political will"
        if _HABITUAL.match(after):
            return None  # "will often offer vouchers": a habit, no guess
        return "prediction" if _EVALUATIVE_WILL.match(after) else None
    if fold(low) == "won’t":
        return "prediction" if _EVALUATIVE_WONT.match(after) else None
    if low.startswith("suggest"):
        return "epistemic"
    if low.startswith("expect"):
        return None if re.search(r"\b(?:life|than)\s+$", before) or re.match(
            r"\s+(?:than|life)\b", after) else "prediction"
    if low.startswith("fear"):
        return "epistemic" if re.match(r"\s+(?:that|a|an|the|it|he|she|they|"
                                       r"further|more)\b", after) else None
    if low == "apparent":
        # "Iran's apparent retreat" hedges; "it became apparent" means evident
        if re.search(r"\b(?:is|was|are|were|be|been|became|become|becomes|"
                     r"seemed|grew|made|it)\s+(?:\w+\s+)?$", before, re.I):
            return None
        return "epistemic" if re.match(r"\s+[a-z]", after) else None
    if low.startswith("doubt"):
        if _DOUBTED_THING.match(after):
            return None  # "I doubt his priorities": a thing's worth disputed
        return None if re.search(r"\b(?:no|beyond|without|little)\s+$", before,
                                 re.I) else "epistemic"
    if low == "apparently":
        return "epistemic"
    if low.startswith("assume"):
        # "would assume its obligations", "assumed office", "assumed control":
        # to take on, not to suppose
        return None if _TAKE_ON.match(text, end) else "epistemic"
    return None


# Someone let or made others believe something: an act of theirs, told, not
# a guess ("allowed her staff to think", "let the public think", "almost
# makes you believe"). Not "led some people to think it was a two-stroke":
# the evidence that led them is offered, and the belief stays a guess.
_CAUSABLE = frozenset(("think", "believe"))
_CAUSED = re.compile(
    r"\b(?:allow|mislead|trick|encourag)\w*\s+(?:[\w’'-]+\s+){1,6}to\s+$|"
    r"\bmisled\s+(?:[\w’'-]+\s+){1,6}to\s+$|"
    r"\b(?:let|lets|letting|make|makes|made|making)\s+(?:[\w’'-]+\s+){1,4}$",
    re.I)


def find_hedges(text: str, start: int, end: int) -> list[dict]:
    """Hedge cues of the sentence text[start:end] (offsets into text)."""
    cues = []
    pos = start
    for token_start, token_end, key in tokens(text, start, end):
        if token_start < pos:
            continue
        if "'" in key:
            key = key.replace("'", "’")  # fold(), inlined: most tokens have none
        found = None
        pattern = _MATCHER.index.get(key)
        match = pattern.match(text, token_start, end) if pattern else None
        if match:
            phrase = " ".join(fold(match.group()).split())
            found = (match.start(), match.end(), _PLAIN.get(
                phrase, _PLAIN.get(phrase.replace("’", "'"), "epistemic")))
        if found is None and key == "coming":
            frame = _COMING.match(text, token_start, end)
            if frame is None or _OWN_PLAN.search(text, start, token_start):
                continue  # "we will be writing to every household in the
                # coming weeks", "He said details would be shared in the coming
                # days": a plan told, no guess
            found = (token_start, frame.end(), "prediction")
        if found is None and key in _AMBIGUOUS:
            cue_end = token_end
            if key == "must":
                more = _MUST_HAVE.match(text, cue_end, end)
                if not more:
                    continue
                cue_end = more.end()
            kind = _check(text[token_start : cue_end], text, token_start,
                          cue_end, start)
            if kind is None:
                continue
            if key in ("will", "won’t"):
                more = (_EVALUATIVE_WILL if key == "will" else
                        _EVALUATIVE_WONT).match(text, cue_end, end)
                cue_end = more.end() if more else cue_end
            found = (token_start, cue_end, kind)
        if found and key in _CAUSABLE and _CAUSED.search(
                text, max(start, found[0] - 60), found[0]):
            found = None  # "allowed the public to think": causing a belief
        if found and not guesses(text[found[0] : found[1]], text, found[0],
                                 found[1], start, end):
            found = None  # "the engine could run", "as if", "Marxist thought"
        if found:
            cues.append({"text": text[found[0] : found[1]], "start": found[0],
                         "end": found[1], "kind": found[2]})
            pos = found[1]
    return cues


# A plan told: the speaker's own ("we will", "I'll") or one reported ("said
# details would be shared").
_OWN_PLAN = re.compile(r"\b(?:(?:we|I)\s+(?:will|[’']ll|shall|would|are\s+going\s+to)|"
                       r"(?:said|says|told|announced|confirmed|promised)\b[^.;]*?"
                       r"\b(?:would|will))\b", re.I)


# "would owe $65.4 billion", "would receive a whopping $717.8 billion", "would
# be $300 a week": an amount worked out under stated terms, not a guess.
_RECKONED = re.compile(
    r"\s+(?:not\s+)?(?:be|cost|owe|pay|receive|get|total|amount\s+to|come\s+to|"
    r"add\s+up\s+to|save|collect|bring\s+in)\s+(?:(?:about|around|roughly|"
    r"nearly|almost|some|only|just|an?|another|(?!and\b|or\b)[a-z]+)\s+){0,2}"
    r"[$£€]?\d", re.I)


def reckons(text: str, hedges: list[dict]) -> list[dict]:
    """The hedges without a reckoning: a source's sum ("Apple would owe $65.4
    billion if the money came back", "the benefit would be $300") states an
    amount under terms, so neither its "would" nor the "if" of its terms is a
    guess."""
    reckoned = [h for h in hedges if h["text"].lower() in ("would", "could")
                and _RECKONED.match(text, h["end"])]
    if not reckoned:
        return hedges
    return [h for h in hedges if h not in reckoned
            and h["text"].lower() not in ("if", "unless")]
