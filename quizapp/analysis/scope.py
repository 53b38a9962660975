"""Which hedges bear on a sentence's main claim, and which sit in a side clause.

A sentence is speculation when its main claim is a guess, not whenever a guess
appears somewhere in it. A hedge inside a relative clause ("workers who could
leak details"), an embedded question ("what he might be concealing"), an
adverbial clause ("before police could arrive", "so she could start", "as high
as it could go") or an if-clause attached to a fact qualifies that part only:
the claim the sentence makes stands unhedged.

The rule is grammatical and local: walk back from the hedge, inside its own
stretch of the sentence (commas, dashes, colons, semicolons, brackets and
quotation marks bound a stretch), to the nearest clause opener; the hedge is in
that side clause when only a short subject stands between the opener and the
hedge ("that the state could", "who could", "how Cruz could"). A finite verb in
between ("who leaked the memo could face ...") ends the side clause, and the
hedge is the main clause's again.

The same holds for a source: a reporting verb inside a side clause ("Patriot
filed in Richmond, where experts say judges are quick"; "after Trump questioned
his eligibility") credits that clause, not the main claim, so the attribution
finder prefers a main-clause cue when there is one, and the label treats the
main claim as the writer's own (`Sentence.side_source`).

`Sentence.hedges` keeps every cue (the speculation measure counts any cue in a
sentence, and cue-spotting questions ask for them all); only the label reads
the governing ones.
"""

from __future__ import annotations

import re

from .lexicon import load_phrases
from .names import PRONOUNS
from .subjects import IRREGULAR_PAST, in_quotation

# Words, numbers, and the marks that bound a stretch (" - " and " -- " too).
_TOKEN = re.compile(r"[a-z][a-z’'.-]*|\d+(?:[.,]\d+)*|[,;:—–()“”\"]|(?<=\s)--?(?=\s)")
# A stretch ends at these: the side clause does not reach past them.
_MARKS = ",;:—–()“”\"-"

_RELATIVE = frozenset("who whom whose which".split())
_EMBEDDED = frozenset("what how why where when whether".split())
_SUBORDINATOR = frozenset(
    "because before after until till unless although though since once while "
    "if so than lest whereas".split())
# "that" opens a content clause after these (a report, a belief, an adjective
# of certainty, a content noun); after any other word it opens a relative clause
# ("investors that the state could pressure").
_COMPLEMENT_TAKERS = frozenset(
    "knew know knows felt feel feels thought think thinks believe believes "
    "believed hope hopes hoped fear fears feared worry worries worried expect "
    "expects expected suggest suggests suggested show shows showed shown mean "
    "means meant find finds found realize realizes realized realise realises "
    "realised understand understands understood ensure ensures ensured "
    "indicate indicates indicated seem seems seemed appear appears appeared "
    "assume assumes assumed suspect suspects suspected doubt doubts learn "
    "learns learned learnt recognize recognizes recognized decide decides "
    "decided agree agrees agreed so such given except provided than "
    "clear unclear likely unlikely possible impossible probable sure certain "
    "uncertain aware true evident plain obvious concerned afraid confident "
    "hopeful convinced fact chance chances possibility risk evidence sign "
    "signs idea belief view claim claims concern concerns news word report "
    "reports notion suggestion assumption expectation expectations warning "
    "warnings prospect likelihood hope fears hopes doubt doubts is was are "
    "were be been being".split())
for _line in load_phrases("reporting.txt"):
    _COMPLEMENT_TAKERS |= {f.strip().lower() for f in _line.split(",")
                           if " " not in f.strip()}
_TIMES = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday "
    "tonight morning afternoon evening night week weekend month year afterwards "
    "afterward later earlier again since".split())
# Verbs told to someone: "told reporters that", "assured investors that",
# "told the Associated Press that": after the addressee "that" opens what was
# said, not a relative clause on the addressee.
_TELLING = frozenset(
    "tell tells told telling warn warns warned assure assures assured inform "
    "informs informed remind reminds reminded promise promises promised "
    "persuade persuades persuaded convince convinces convinced".split())
# Words that may make up the short subject of a side clause.
_SUBJECT = frozenset(
    "i you he she it we they one there this that these those the a an his her "
    "its their our my your some many few any no each every all both other "
    "another people mr. mrs. ms. dr. to".split())
_FINITE = frozenset(
    "is was are were has have had do does did said says say be been am "
    "will shall can must".split())
_PREPOSITIONS = frozenset(
    "of in on at to for with from by about into onto over under between through "
    "during without within against among like despite toward towards upon "
    "and or but".split())
_CONDITIONAL_CUES = frozenset({"if", "unless", "in case", "as long as", "even if"})
# ... and modals: "what we can expect", "how they might have known".
_AUXILIARIES = frozenset(
    "has have had is was are were will would did does do also has not can could "
    "may might must shall should".split())
_MAX_SUBJECT = 4
_WINDOW = 80  # characters looked back from a cue (the last eight words or so)


def governing(text: str, start: int, hedges: list[dict]) -> list[dict]:
    """The hedges of the sentence starting at `start` that bear on its main
    claim (`text` is the text the hedge offsets point into). A past "was
    supposed to" tells a plan or a duty that fell through ("the van was
    supposed to be escorted"), and a passive "was viewed as" or "is widely
    seen as" a reputation: neither is a guess. Each stays a cue (annotators
    of hedging count them) but does not make the sentence speculation."""
    return [h for h in hedges if not in_side_clause(text, start, h)
            and not _not_a_guess(text, start, h)]


def _not_a_guess(text: str, start: int, hedge: dict) -> bool:
    word = hedge["text"].lower()
    if word == "thought" and _WE_THOUGHT.search(
            text, max(start, hedge["start"] - 90), hedge["start"]) and \
            _THEN_FUTURE.match(text, hedge["end"]) and \
            in_quotation(text, start, hedge["start"]):
        # '"Four years ago we honestly thought we were going to have to
        # shut"': what the speakers believed then, told, no guess now (the
        # writer's own "I thought it would rain" still guesses)
        return True
    if word.startswith("alleg") and word != "allegedly":
        # "allegations of bullying", "reports alleging that she claimed",
        # "the alleged terrorist": a claim someone made, named or reported,
        # or a noun kept at a distance; only "allegedly" and "is alleged to"
        # hedge the claim itself
        return not _ALLEGED_TO.search(text, max(start, hedge["start"] - 12),
                                      hedge["end"] + 4)
    if word.startswith(("viewed", "seen", "regarded", "considered")):
        # "was viewed as favorable": a reputation, reported, not a guess
        return bool(_REPUTATION.search(text, max(start, hedge["start"] - 24),
                                       hedge["start"]))
    if word in ("potentially", "possibly"):
        # "another, potentially more serious, clot", "a possibly fatal
        # disease": the hedge grades a word of a noun phrase, not the claim
        return _after_determiner(text, start, hedge) and bool(
            _ATTRIBUTIVE_AFTER.match(text, hedge["end"]))
    if word in ("suspected", "presumed", "purported"):
        # "arrived with a suspected broken hip", "A suspected gas leak forced
        # the evacuation": the noun is kept at a distance, as "the alleged
        # fraud" is; the claim about it is told
        return _after_determiner(text, start, hedge) and bool(
            _NOUN_NEXT.match(text, hedge["end"]))
    return word.startswith("supposed") and bool(
        _PAST_PLAN.search(text, max(start, hedge["start"] - 12), hedge["start"]))


def _after_determiner(text: str, start: int, hedge: dict) -> bool:
    """Does a determiner stand right before the hedge ("a potentially fatal",
    "a suspected")?"""
    return _DETERMINER_BEFORE.search(
        text, max(start, hedge["start"] - 12), hedge["start"]) is not None


# "we thought", "I never thought", "we sat round the table and honestly
# thought": the speaker's own past belief.
_WE_THOUGHT = re.compile(r"\b(?:I|[Ww]e)\s+(?:[^.;:“”\",]{1,60}\s+and\s+)?"
                         r"(?:\w+ly\s+|all\s+|never\s+)?$")
# What was to come, as it looked then: "thought we were going to have to",
# "thought it would rain" (not "thought we deserved it", a view).
_THEN_FUTURE = re.compile(r"\s+(?:that\s+)?(?:[\w’']+\s+){1,3}?(?:would|was\s+going\s+"
                          r"to|were\s+going\s+to|could|might)\b|\s+(?:I|we|it|he|"
                          r"she|they)[’']d\b")
_ALLEGED_TO = re.compile(r"\b(?:is|are|was|were|been|being)\s+alleged\s+to\b",
                         re.I)
_PAST_PLAN = re.compile(r"\b(?:was|were)\s+$", re.I)
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|another|this|these|those|its|his|her|their|our|my|your|"
    r"some|any|one|two|three|several|many)\s*,?\s*$", re.I)
# An adjective, then the noun it qualifies (not a verb and its object: "this
# potentially violates the law").
_ATTRIBUTIVE_AFTER = re.compile(
    r"\s+(?:more\s+|less\s+|most\s+|very\s+)?[a-z][a-z-]+,?\s+"
    r"(?!(?:a|an|the|this|that|these|those|his|her|its|their|our|to|of|in|on|"
    r"at|for|with|by|from|and|or|but|as|than|if|is|are|was|were)\b)[a-z][a-z-]+",
    re.I)
_NOUN_NEXT = re.compile(r"\s+(?!(?:of|that|to|by|in|as)\b)[a-z][a-z-]+", re.I)
_REPUTATION = re.compile(r"\b(?:is|are|was|were|been)\s+(?:\w+ly\s+)?$", re.I)

# Duties and advice: a judgement of the writer's in the main clause ("the city
# should pay"), only a topic in a side clause ("who should pay for it").
_QUESTION = frozenset("who what how why where when whether".split())
_DUTIES = frozenset(("should", "shouldn't", "shouldn’t", "must", "need to",
                     "needs to", "ought to"))


def governing_judgements(text: str, start: int, cues: list[dict]) -> list[dict]:
    """The opinion cues that bear on the main claim: a "should" or "must"
    inside an embedded question ("states deal with who should pay", "asked
    what we must do") names a duty in question, it does not urge one. (A
    relative clause still asserts: "a crisis that must soon pass".)"""
    return [c for c in cues if not (
        c["kind"] == "stance" and c["text"].lower() in _DUTIES
        and _in_question(text, start, c))]


def _in_question(text: str, start: int, cue: dict) -> bool:
    low = max(start, cue["start"] - _WINDOW)
    tokens = _TOKEN.findall(text[low:cue["start"]].lower())
    words = tokens[-_MAX_SUBJECT - 1:]
    asked = [n for n, word in enumerate(tokens) if word in _QUESTION]
    if asked and asked[-1] > 0 and tokens[asked[-1] - 1] in _PEOPLE:
        return False  # "anyone who feels unwell should call 111": the "who"
        # of a relative clause on the modal's own subject, no question
    return bool(_QUESTION.intersection(words)) and in_side_clause(text, start, cue)


# Who a "who" clause may describe, the modal after it theirs.
_PEOPLE = frozenset("anyone anybody everyone everybody someone somebody nobody "
                    "people those parents residents passengers drivers customers "
                    "patients students visitors workers families staff".split())


def source_in_side_clause(text: str, start: int, cue: str, cue_start: int) -> bool:
    """True when a reporting cue sits in a side clause ("Patriot chose Richmond,
    where experts say judges are quick"; "after Trump questioned ..."): it
    credits that clause, not the sentence's main claim."""
    return in_side_clause(text, start, {"text": cue, "start": cue_start},
                          verb=True)


def in_side_clause(text: str, start: int, hedge: dict, verb: bool = False) -> bool:
    """True when the hedge only qualifies a relative, embedded or adverbial
    clause of the sentence, or is itself the opener of an if-clause.
    Auxiliaries may stand between the opener and the cue ("which was supposed
    to", "now that Cruz has endorsed"). With `verb`, the cue is a reporting
    verb: never a condition, and "as" before it makes a source ("As X pointed
    out")."""
    if not verb and hedge["text"].lower() in _CONDITIONAL_CUES:
        return True  # the condition limits the claim; the main clause decides
    if hedge.get("kind") == "modal" and _zero_relative(text, start, hedge["start"]):
        return True  # "the best thing anyone could do", "changes people could
        # make": what someone is able to do, in a clause on a noun
    # Only the last few words before the cue matter: look back a short window.
    low = max(start, hedge["start"] - _WINDOW)
    tokens = _TOKEN.findall(text[low:hedge["start"]].lower())
    cut = len(tokens)
    while cut and tokens[cut - 1][0] not in _MARKS:
        cut -= 1  # back to the last boundary mark
    at_start = cut == 0 and low == start
    words = tokens[cut:]
    if verb and cut >= 2 and tokens[cut - 1] == "," and tokens[cut - 2] in (
            "which", "who", "whom") and len(words) <= _MAX_SUBJECT:
        return True  # "bank statements which, the Crown says, trace ...": a
        # source set off inside the relative clause credits only it
    if words and words[-1] == "as" and hedge["text"].lower().endswith("ed"):
        return True  # "as expected", "as predicted": the outcome came true
    subject = 0  # words between the candidate opener and the cue
    # "People who walk every day may ...": a modal after a "who" clause with
    # its own verb is the main clause's, as a reporting verb is
    modal = hedge.get("kind") == "modal"
    if modal and "whether" in words:
        at = len(words) - 1 - words[::-1].index("whether")
        if (at == 0 or words[at - 1] in ("and", "but")) and at + 1 < len(words) \
                and words[at + 1] in PRONOUNS and len(words) - at >= 4:
            return False  # "whether he boards that flight may be the clearest
            # sign": the clause with its own verb is the subject, and the
            # modal after it the sentence's
    for position in range(len(words) - 1, -1, -1):
        word = words[position]
        if verb and word == "as":
            return False  # "As X pointed out, ...", "..., as Y said": a source
        if (verb or modal) and word == "who" and position + 1 < len(words) and \
                words[position + 1] not in _SUBJECT and (subject > 2 or (
                    subject and position and not _GAP_AFTER.match(
                        text, hedge["start"] + len(hedge["text"])))):
            # "Residents who live near the plant say", "A neighbor who lives
            # nearby said she heard": "who" is the subject of its own verb,
            # and the cue after that clause is the sentence's; a short one
            # only right after its noun (", who in 2010 said" adds a side
            # clause) and not with its verb after the cue ("a man who polls
            # show is leading")
            return False
        if (verb or modal) and word == "whose" and subject >= 2 and position and \
                words[position - 1] not in _MARKS:
            # "People whose memory is failing may walk less": the "whose"
            # clause has its own subject and verb on the noun before it, and
            # the modal after it is the sentence's
            return False
        if word in _SUBORDINATOR and _only_a_time(words[position + 1:]):
            subject += 1  # "A group set up after 2015 has long argued": a
            continue      # time after a preposition, no clause
        if _opens_side_clause(word, words[:position], at_start and position == 0):
            return True
        if word == "that" and not verb and position and _in_side_clause_words(
                words[:position - 1]) and (words[position - 1] in _COMPLEMENT_TAKERS
                                           or words[position - 1].endswith("ed")):
            return True  # "after routine testing found that some batches may
            # contain ...": what a side clause's verb found, the side clause's
        if word in _AUXILIARIES:
            continue
        subject += 1
        if subject > _MAX_SUBJECT or not _subject_word(word):
            return False
    return False


# A verb right after the cue: the relative's own, its subject extracted ("who
# officials say is the favourite", "whom polls show leading").
_GAP_AFTER = re.compile(r"\s+(?:is|are|was|were|will|would|has|have|had|could|"
                        r"can|may|might|should|must|leading|trailing|ahead)\b",
                        re.I)


_MONTH_WORDS = frozenset(
    "january february march april may june july august september october "
    "november december".split())


_YEAR = re.compile(r"(?:1[89]|20)\d\d")


def _only_a_time(words: list[str]) -> bool:
    """Do these words open on a year or a month ("2015 has long argued",
    "march 2019 said")? Then the word before them is a preposition."""
    return bool(words) and (_YEAR.fullmatch(words[0]) is not None
                            or words[0] in _MONTH_WORDS)


# A noun phrase, then the subject of a clause on it with no "that": "the best
# thing anyone", "the most accessible changes people".
_ZERO_RELATIVE = re.compile(
    r"\b(?:the|a|an|any|every|some|most|only|few|many|other|such)\s+"
    r"((?:[a-z-]+\s+){0,3}?[a-z]+)\s+(?:anyone|anybody|someone|somebody|everyone|"
    r"everybody|people|you|we|they|i)\s+$", re.I)


# ... or a noun phrase after a preposition, then the subject of a clause on it,
# a noun with its determiner: "relevant to the questions the jury", "spent on
# the projects the council". (After a preposition: "told the court the
# company would fail" brings in what was told.)
_ZERO_RELATIVE_NP = re.compile(
    r"\b(?:to|of|on|for|about|in|with|from|by|at|over|into)\s+(?:the|any|every|"
    r"all|such)\s+((?:[a-z-]+\s+)?[a-z]+)\s+(?:the|his|her|their|its|our)"
    r"\s+((?:[a-z-]+\s+)?[a-z]+)\s+$")


def _zero_relative(text: str, start: int, at: int) -> bool:
    noun = _ZERO_RELATIVE_NP.search(text, max(start, at - 80), at)
    if noun and all(_subject_word(w) and w not in _PREPOSITIONS and
                    w not in _SUBORDINATOR for w in
                    f"{noun.group(1)} {noun.group(2)}".split()):
        return True
    match = _ZERO_RELATIVE.search(text, max(start, at - 60), at)
    if match is None:
        return False
    *before, head = match.group(1).lower().split()
    return _subject_word(head) and head not in _PREPOSITIONS and all(
        _subject_word(w) and w not in _PREPOSITIONS and w not in _SUBORDINATOR
        and (not w.endswith("s") or w.endswith("ss")) for w in before)


def _in_side_clause_words(words: list[str]) -> bool:
    """Do the words end inside an adverbial or relative clause, its opener
    and a short subject before them ("after routine testing", "when the
    inspectors", "who")?"""
    subject = 0
    for word in reversed(words):
        if word in _SUBORDINATOR or word in _RELATIVE or word == "when":
            return subject > 0 or word in _RELATIVE
        if word in _AUXILIARIES:
            continue
        subject += 1
        if subject > _MAX_SUBJECT or not _subject_word(word):
            return False
    return False


def _opens_side_clause(word: str, preceding: list[str], first: bool) -> bool:
    if word in _RELATIVE or word in _EMBEDDED:
        # A sentence-initial wh-word opens a question or the subject clause
        # ("What happens next could ..."); its main verb is still to come.
        return not first
    if word == "so":
        # "so she could start" (purpose); a clause that opens with "so" after
        # a comma is a result, a main clause of its own ("..., so prices could")
        return bool(preceding)
    if word in _SUBORDINATOR:
        return True
    if word == "that" and preceding[-1:] == ["now"]:
        return True  # "now that Cruz has endorsed Trump"
    if word == "as":
        # "as high as it could go", "As improbable as it may seem"
        return first or "as" in preceding[-3:]
    if word == "that" and preceding:
        # after a preposition "that" is a determiner ("the purpose of that
        # trust would be"); a relative "that" follows its noun, but not a
        # time after a report ("warned on Monday that", "said last week that")
        last = preceding[-1]
        return not (last in _COMPLEMENT_TAKERS or last in _PREPOSITIONS
                    or last.endswith("ed")
                    or any(w in _TELLING for w in preceding[-4:-1]) or (
                        (last in _TIMES or last[0].isdigit() or last.endswith("ly"))
                        and any(w in _COMPLEMENT_TAKERS for w in preceding[-4:-1])))
    return False


def _subject_word(word: str) -> bool:
    """A word of a short subject (pronoun, determiner, name, noun), not a
    finite verb: "who leaked the memo could face ..." has left its clause."""
    return word not in _FINITE and word not in IRREGULAR_PAST and (
        word in _SUBJECT or not word.endswith("ed"))
