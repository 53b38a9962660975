"""Opinion and loaded language: evaluative or emotive words in a sentence."""

from __future__ import annotations

import re
from bisect import bisect_left

from .acts import NO_PARTICLE
from .deontic import opens_with_let, recommendations, telling_aside
from .hedges import expected
from .lexicon import (
    IRREGULAR_PAST,
    NOT_SUPERLATIVE,
    PhraseMatcher,
    load_phrases,
    one_of,
)
from .loaded import loaded_verbs
from .speaker import ORDERED
from .subjects import PHRASE_CLOSES, in_quotation

#: Adjectives whose adverb measures or describes rather than judges
#: ("greatly increased", "badly damaged", "radically changed").
_NEUTRAL_ADVERBS = frozenset(
    "good great bad poor best worst powerful complex radical deep sheer mere "
    "dire grim failed wrong supposed ugly evil historic very awful exceptional "
    "remarkable extraordinary incredible crucial relentless".split())


def _adverb(adjective: str) -> str:
    """The -ly adverb of an adjective: reckless -> recklessly, tragic ->
    tragically, horrible -> horribly, greedy -> greedily."""
    if adjective.endswith("ic"):
        return adjective + "ally"
    if adjective.endswith("le") and len(adjective) > 4:
        return adjective[:-1] + "y"
    if adjective.endswith("y"):
        return adjective[:-1] + "ily"
    return adjective + "ly"


def _with_adverbs(lexicon: dict[str, str]) -> dict[str, str]:
    """The lexicon plus the adverbs of its evaluative adjectives: a writer who
    says something was done "shamelessly" or "recklessly" judges it as surely
    as one who calls it shameless or reckless."""
    derived = {
        _adverb(word): "strong"
        for word, kind in lexicon.items()
        if kind == "strong" and word.isalpha() and word not in _NEUTRAL_ADVERBS
        and not word.endswith(("ly", "ness", "ism", "ist", "ion"))
        and (word.endswith("ss") or not word.endswith("s"))
    }
    return {**derived, **lexicon}


_LEXICON: dict[str, str] = _with_adverbs(load_phrases("opinion.txt"))


_MATCHER = PhraseMatcher(_LEXICON)
# "good" and "great" as quantities or names are not judgements.
# An -ing word with an object or "about" after it is a verb.
_VERB_OBJECT = re.compile(r"\s+(?:them|him|her|us|me|you|about)\b")
_NOT_JUDGING = re.compile(
    r"(?:great\s+(?:britain|lakes|depression|wall|war|barrier|plains)|"
    # "You never know": nobody can tell, a guess's shrug, no sweep
    r"(?<=you\s)never\s+know\b|(?<=one\s)never\s+knows\b|"
    # "A great deal depends on imports", "a great many people": how much
    r"(?<=[aA]\s)great\s+(?:deal|many)\b|"
    # "stellar activity", "stellar flares": of a star, no praise
    r"stellar\s+(?:activity|flares?|winds?|mass(?:es)?|radiation|evolution|"
    r"spectr\w*|light|populations?|systems?|surfaces?|atmospheres?|magnetic|"
    r"cores?|remnants?|objects?|companions?|physics|spots?)\b|"
    r"great-grand|"
    # "The two columns did not add up to 100": a sum, no case faulted
    r"(?:don[’']t|doesn[’']t|didn[’']t|do\s+not|does\s+not|did\s+not)\s+add\s+"
    r"up\s+to\b|"
    # "Put simply, ...", "Simply put": how the writer puts it, no judgement
    r"simply\s+put\b|(?<=put\s)simply\b|"
    r"good\s+(?:friday|morning|evening)|best\s+(?:known|selling)|"
    # "could not in good conscience defend", "takes 35 minutes on a good day",
    # "closed for good": set phrases, no praise
    r"(?<=in\s)good\s+(?:conscience|faith|time|health|shape|order|condition|"
    r"hands|spirits)\b|(?<=on\sa\s)good\s+day\b|"
    r"(?<=for\s)good\b(?!\s+(?:reason|measure|cause))|"
    # "with obvious affection", "visible relief": a feeling seen, told
    r"(?:obvious|evident|visible|genuine)\s+(?:affection|pride|delight|relish|"
    r"emotion|relief|pleasure|frustration|irritation|discomfort|warmth|joy|"
    r"sadness|anger)\b|"
    # "smart glasses", "smart meters": a kind of device, no praise
    r"smart\s+(?:glasses|phones?|watch(?:es)?|meters?|speakers?|home|homes|tvs?|"
    r"televisions?|devices?|cards?|cities|city|motorways?|rings?|locks?|"
    r"doorbells?|thermostats?|contracts?)\b|"
    r"best\s+part\s+of\b|"  # "for the best part of a decade": most of it
    r"i\.|us\s+(?:army|navy|senate|congress|government|military|dollar)|"
    r"supposed\s+to\b|"  # "was supposed to keep producing": a plan, not a sneer
    r"just\s+(?:as|like)\b|"  # "was just as firm": a likeness, no intensity
    # "you've just had surgery", "has just been published": recently
    r"just\s+(?:been|had|begun|started|finished|won|lost|got|made|seen|[a-z]+ed)\b|"
    # "let us say": a hedge on the wording, no exhortation
    r"let\s+us\s+say\b|let[’']s\s+say\b|"
    # "poor families", "the poorest countries", "poor, rural and urban
    # districts", "the poor and the sick": short of money, no verdict ("a poor
    # decision" judges; "the poor, neglected leaders" may pity)
    r"poor(?:er|est)?(?:\s*,?\s+(?:and\s+)?[a-z]+(?:-[a-z]+)?){0,3}?\s*,?\s+"
    r"(?:families|households|people|children|kids|students|pupils|parents|"
    r"workers|women|men|communities|neighbou?rhoods|areas|districts|regions|"
    r"countries|nations|states|villages|towns|cities|suburbs|farmers|"
    r"residents|tenants|patients|pensioners|voters|homes|schools)\b|"
    r"(?<=the\s)poor(?:est)?(?=\s*(?:[.;:!?)]|$)|\s+(?:and|or|who|are|were|have|"
    r"had|will|in|of)\b)|"
    # "the historic market hall", "historic carbon emissions": old, of the
    # past, no praise ("a historic win" judges)
    r"historic\s+(?:[a-z]+\s+)?(?:buildings?|sites?|districts?|cent(?:re|er)s?|"
    r"core|quarter|towns?|city|cities|houses?|homes?|churche?s?|markets?|halls?|"
    r"bridges?|ships?|vessels?|landmarks?|monuments?|propert(?:y|ies)|"
    r"structures?|neighbou?rhoods?|emissions|preservation|parks?|streets?|"
    r"castles?|palaces?|estates?|areas?|villages?|ports?|harbou?rs?|mills?|"
    r"railways?|listing|registers?)\b)",
    re.I,
)


# "particularly in the context of", "especially at the executive level": the
# adverb picks out a case; only before a quality does it intensify a judgement
# ("particularly cruel").
_FOCUSING = frozenset(("particularly", "especially"))
_FOCUSED = re.compile(
    r",?\s+(?:in|at|for|among|with|when|if|since|after|because|as|the|a|an|on|"
    r"to|during|given|those|these|this|that|from|by|where|amid|under|"
    r"over|around|between|within)\b", re.I)
_SPOKE_BEFORE = re.compile(r"\b(?:put\s+it|puts\s+it|said|says|spoke|speaks|"
                           r"told\s+\w+|stated|wrote|speak|say|put\s+things)\s+(?:more\s+)?$",
                           re.I)
# "outstanding" meaning owed or unsettled: "outstanding refunds", "requests
# were outstanding."
_OWED_AFTER = re.compile(r"\s+(?:debts?|balances?|payments?|claims?|refunds?|"
                         r"requests?|issues?|cases?|warrants?|loans?|bills?|fees?|"
                         r"amounts?|sums?|orders?|applications?|invoices?|rent|"
                         r"arrears|questions?|work|repairs?)\b", re.I)
_STILL_OPEN = re.compile(r"\b(?:is|are|was|were|remain|remains|remained|still|"
                         r"left)\s+(?:still\s+)?$", re.I)
# Where a thing lies: "lies between the village and the river", "lies in
# ruins" (not the untruths).
_LIES_WHERE = re.compile(r"\s+(?:\w+ly\s+)?(?:between|in|on|at|near|beside|along|"
                         r"across|within|beyond|behind|under|off|to\s+the|just|"
                         r"about|some|empty|idle|dormant|derelict)\b")
# "the only measure": the sole one, not "only" as a degree.
_SOLE = re.compile(r"\b(?:the|an?|its|their|his|her|our|my)\s+$", re.I)
# A superlative held to the record: "the worst year on record", "the highest
# since records began", "the best ever recorded".
_RECORDS = frozenset(("worst", "best", "highest", "lowest", "biggest", "largest"))
_HELD_TO_RECORD = re.compile(r"\s+(?:(?!(?:I|we|I[’']ve|we[’']ve)\s)[\w-]+\s+){0,4}?"
                             r"(?:on\s+record|since\s+records\s+"
                             r"began|ever\s+recorded|(?:in|for)\s+(?:(?:more\s+than|"
                             r"over|nearly|almost)\s+)?(?:\d+|two|three|four|five|six|"
                             r"seven|eight|nine|ten|twenty|a)\s+(?:years?|decades?|"
                             r"generations?)|since\s+(?:\d{4}|the\s+\d{4}s|records))\b",
                             re.I)


# "you" in an embedded question ("how much water you drink", "what you
# eat") stands for anyone: the writer describes, and addresses nobody.
_GENERIC = frozenset(("you", "your"))
_QUESTION_WORD = re.compile(r"\b(?i:how\s+(?:much|many|long|often|far|well)|what|"
                            r"which)\s+(?:[\w’'-]+\s+){0,2}$")


# "Should" opening a condition: "Should Homewise still refuse, you can ...".
_SHOULD_IF = re.compile(r"Should\s+(?:[A-Z][\w’'-]*|the|you|we|they|he|she|it|your|"
                        r"this|that|any)\b[^,.;:?!]{0,60},")
_HIT = re.compile(r"[\s-]+(?:affected|hit|off|placed|performing|selling)\b")
_CASE = re.compile(r"[\s-]+(?:case|scenario)\b", re.I)
_THAN = re.compile(r"\s+than\b")


def find_opinion_cues(text: str, start: int, end: int,
                      attributed: bool = False) -> list[dict]:
    """Evaluative cues in text[start:end]: {text, start, end, kind}.

    kind is `strong`, `stance` (the writer's own voice: "we", "should"),
    `marker` (rhetorical: "after all"), `sweep` (quantifiers and "never") or
    `weak` (intensifiers). Stance words are skipped when someone else is
    quoted; a `topic` noun ("racism") counts, as `strong`, only when asserted
    ("this is racism"), not when it names a subject ("sick of racism").
    """
    cues = []
    for cue_start, cue_end in _MATCHER.finditer(text, start, end):
        word = text[cue_start:cue_end]
        key = " ".join(word.lower().split())
        kind = _LEXICON.get(key, "strong")
        if kind == "deontic":  # the writer's voice; a speaker's: see below
            if _UNDER_A_RULE.match(text, start, cue_start) or (
                    _in_an_idea_told(text, start, cue_start)) or (
                    _DEADLINE.match(text, cue_end, end)) or (
                    key == "must" and ORDERED.match(text, cue_end, end)) or (
                    key == "should" and (expected(text, start, cue_start, cue_end)
                                         or _SHOULD_IF.match(text, cue_start, end))):
                continue  # "Under the restrictions, farmers must cut ...",
                # "the idea that companies should serve ...": an idea told,
                # "Refunds must be paid within seven days": a rule told, not
                # the writer's advice; "policies should remain valid": what
                # is expected of a thing, a guess (hedges.py); "Should
                # Homewise still refuse, ...": "if"
            if key in _OBLIGED and _RELATIVE_JUST_BEFORE.search(
                    text, max(start, cue_start - 8), cue_start) and not \
                    _SURMISED.match(text, cue_end, end):
                continue  # "nobody envies the councillors who must choose",
                # "rules that must be followed": what a noun is obliged to
                # do, told of it, no advice ("who should know better" judges)
            kind = "stance"
        if kind == "stance":
            if attributed or (word == "US") or (key == "i" and word != "I"):
                continue
            if _in_a_name(text, start, cue_start, word):
                continue
            if text[cue_start - 1 : cue_start] in ("“", '"') or (
                    _inside_quote(text, start, cue_start)):
                continue
            if key in _DUTY and _NO_DUTY.search(text, max(start, cue_start - 12),
                                                 cue_start):
                continue  # "a need to raise", "she didn't need to hear"
            if key in _LET and not opens_with_let(text, start, cue_start):
                continue  # "refused to let us in": a permission
            if key in _GENERIC and _QUESTION_WORD.search(
                    text, max(start, cue_start - 30), cue_start):
                continue  # "tracks how much water you drink": anyone, not the reader
            if key in _NEWSROOM_WE and (
                    _NEWSROOM_AFTER.match(text, cue_end, end) or (
                        key == "us" and _NEWSROOM_BEFORE.search(
                            text, max(start, cue_start - 16), cue_start))):
                continue  # "We spoke to her", "our interview", "told us": the
                # reporter's work, reported
            if key == "we" and _TOLD_PAST.match(text, cue_end, end):
                continue  # "We all did.", "We went out at four": what the
                # speaker and others did, told, no stance
        if word[:1].isupper() and _NAME_NEXT.match(text, cue_end, end) and \
                _in_a_name(text, start, cue_start, word):
            continue  # "near Mere Drain", "at Perfect Pizza": a word of a name
        if _NOT_JUDGING.match(text, cue_start, end) or key in _ASIDE_MODALS and \
                telling_aside(text, cue_start, cue_end):
            continue  # "I should say at the outset": an aside, no advice
        if key == "woke" and _WOKE_UP.match(text, cue_end, end):
            continue  # "she woke at 3 a.m.", "fell asleep and woke": the verb
        if kind == "sweep" and _NOT_ALL.search(text, max(start, cue_start - 5),
                                               cue_start):
            continue  # "Not everyone agreed", "not always": some, sometimes
        if key.endswith("ing") and (_GERUND_TAKER.search(
                text, max(start, cue_start - 12), cue_start)
                or _VERB_OBJECT.match(text, cue_end, end)):
            continue  # "to avoid disturbing them", "the things worrying them",
            # "was worrying about money": a verb, no judgement
        if key in _FOCUSING and _FOCUSED.match(text, cue_end, end):
            continue  # "particularly in the context of": a focus, no intensity
        if key == "plainly" and _SPOKE_BEFORE.search(text, max(start, cue_start - 16),
                                                     cue_start):
            continue  # "put it plainly", "spoke plainly": how they spoke
        if key == "outstanding" and (_OWED_AFTER.match(text, cue_end, end) or
                                     _STILL_OPEN.search(text, start, cue_start)
                                     and PHRASE_CLOSES.match(text, cue_end, end)):
            continue  # "how many requests were outstanding", "outstanding
            # refunds": not yet paid or settled, no praise
        if key == "rather" and _THAN.match(text, cue_end, end):
            continue  # "how they are billed rather than a rise": a contrast
        if key == "lies" and _LIES_WHERE.match(text, cue_end, end):
            continue  # "The site lies between the village and the river"
        if key == "only" and _SOLE.search(text, max(start, cue_start - 6), cue_start):
            continue  # "not the only measure": the sole one, no intensity
        if key in ("worst", "hardest", "best") and _HIT.match(text, cue_end, end):
            continue  # "the worst affected carrier", "hardest hit", "best
            # off": the most of a measure, compared, no blame or praise
        if key in ("best", "worst") and _CASE.match(text, cue_end, end):
            continue  # "Best case, you're looking at February": a forecast's
            # bound (hedges.py), no praise
        if key in _RECORDS and _HELD_TO_RECORD.match(text, cue_end, end):
            continue  # "the worst year on record": a record, checkable
        if kind == "marker" and _inside_quote(text, start, cue_start):
            continue
        if key in _HAD_BETTER and not _ACTION_AFTER.match(text, cue_end, end):
            continue  # "had better results": more of a thing, no advice
        if key in _SUCH and _SUBJECT_OPENS.fullmatch(text, start, cue_start):
            continue  # "Such a scheme could be in place by spring": the one
            # just told, pointed back to
        if text[cue_start - 1 : cue_start] in _MARKS and (_GRADED.search(
                text, max(start, cue_start - 60), cue_start) or (
                key in _GRADES and _DESCRIBED_AS.search(
                    text, max(start, cue_start - 40), cue_start))):
            continue  # "rated the structure ‘poor’", "levels the regulator
            # describes as “poor”": a grade on a scale
        if key in _GRADES and _JUDGED_GRADE.search(text, max(start, cue_start - 30),
                                                   cue_start):
            continue  # "was previously judged to be good", "rated
            # outstanding": an inspection's grade, told
        predicative = kind in ("asserting", "verdict") or kind in ("strong",
                                                                 "topic") and (
            _is_predicative(text, start, cue_start, cue_end, end) or (
                # the verb asserts: "it deserves to be seen", "she deserved
                # better"; not "a deserved win"
                key in _DESERVE and not _ATTRIBUTIVE.search(
                    text, max(start, cue_start - 16), cue_start)))
        if kind == "topic":
            if not predicative:
                continue  # "sick of racism": a subject named, not judged
            kind = "strong"
        if kind in ("asserting", "verdict"):
            kind = "strong"  # "changed everything": a verdict the verb asserts;
            # "a spellbinding hour": a critic's verdict wherever it stands
        cues.append({"text": word, "start": cue_start, "end": cue_end,
                     "kind": kind, "predicative": predicative,
                     "quoted": _inside_quote(text, start, cue_start)})
    if text.find(" more", start, end) >= 0 or text.find(" better", start, end) >= 0:
        cues.extend(_cue(text, m.span(), "strong", predicative=True)
                    for m in _BLAME.finditer(text, start, end))
    if text.find("enough", start, end) >= 0 or text.find("oo ", start, end) >= 0:
        # "isn't doing enough", "too many calls", "too ambiguous": a measure
        # against what should be, asserted
        cues.extend(_cue(text, m.span(), "strong", predicative=True)
                    for m in _SUFFICIENCY.finditer(text, start, end)
                    if not _NOT_TOO.search(text, max(start, m.start() - 24),
                                           m.start()))
    if attributed and any(text.find(w, start, end) >= 0
                          for w in ("just", "mere", "than", "but")):
        # "Those are just distractions", "is merely a ploy": belittled, in a
        # speaker's words (in the writer's own, stance.py weighs them)
        taken = _Taken([c for c in cues if c["kind"] == "strong"])
        cues.extend([_cue(text, m.span(1), "strong", predicative=True)
                     for m in _BELITTLING.finditer(text, start, end)
                     if taken.free(*m.span(1))])
    if text.find("othing ", start, end) >= 0 or text.find("obody ", start, end) >= 0 \
            or text.find("o one ", start, end) >= 0:
        # "There is nothing more important than Nafta", "nobody is better
        # placed than ...": one thing ranked above all, a judgement
        cues.extend(_cue(text, m.span(), "strong", predicative=True)
                    for m in _ABOVE_ALL.finditer(text, start, end))
    if text.find("meet", start, end) >= 0 or text.find("short", start, end) >= 0 \
            or text.find("credibl", start, end) >= 0:
        # "not meeting the demand", "falls short", "can't credibly claim": a
        # measure against what should be, asserted
        cues.extend(_cue(text, m.span(), "strong", predicative=True)
                    for m in _SHORTFALL.finditer(text, start, end))
    if any(text.find(w, start, end) >= 0 for w in _MERITS):
        # "they were better than us", "We were the better team": one side's
        # merit weighed against another's
        _add_verdicts(text, cues, (m.span(m.lastindex) for m in
                                   _RIVALS.finditer(text, start, end)))
    if text.find("est ", start, end) >= 0:
        # "remains Larkspur's strongest argument", "the club's best player": a
        # ranking of what someone has (not "its best year on record")
        _add_verdicts(text, cues, (m.span(1) for m in
                                   _OWNED_SUPERLATIVE.finditer(text, start, end)
                                   if not _HELD_TO_RECORD.match(text, m.end(), end)))
    if text.find(" ever", start, end) >= 0:
        # "the hardest decision we have ever had to make", "the best meal I've
        # ever eaten": a ranking held to the speaker's own experience
        _add_verdicts(text, cues, (m.span(1) for m in
                                   _EVER_RANKED.finditer(text, start, end)
                                   if m.group(1).lower() not in NOT_SUPERLATIVE))
    if text.find("hat a", start, end) >= 0 or text.find("HAT A", start, end) >= 0:
        # "What a waste.", "“What a mess,” she said": an exclamation, a verdict
        cues.extend(_cue(text, m.span(), "strong", predicative=True)
                    for m in _EXCLAMATION.finditer(text, start, end)
                    if not text[start:m.start()].strip(" \t\n“\"‘'(—–-:"))
    rating = _RATING.fullmatch(text, start, end)
    if rating:
        # "Three stars.", "Four out of five.": a reviewer's grade of the work
        cues.append(_cue(text, rating.span(1), "strong", predicative=True))
    # "brags about", "fanned the flames": the verb chosen judges the act
    cues.extend(_cue(text, span, "strong", predicative=True)
                for span in loaded_verbs(text, start, end)
                if not any(c["start"] < span[1] and span[0] < c["end"]
                           for c in cues))
    # "When we tell you to go, please go", '"If you live in the warning area,
    # please do not wait.': a request, wherever it stands
    requests = list(_PLEASE.finditer(text, start, end)) if (
        text.find("lease", start, end) >= 0
        or text.find("LEASE", start, end) >= 0) else []
    if not attributed:
        cues.extend(_address_cues(text, start, end))
        # the writer's, or a quotation's running on
        cues.extend(_cue(text, m.span(), "stance") for m in requests)
    else:
        # "“Look at how much they suffer,” he said": a quotation that opens
        # with a command exhorts; the speaker's stance, like "we must"
        cues.extend({**_cue(text, span, "stance"), "deontic": True}
                    for span in _quoted_commands(text, start, end))
        # the quoted speaker's
        cues.extend({**_cue(text, m.span(), "stance"), "deontic": True}
                    for m in requests if in_quotation(text, start, m.start(), end))
    cues.extend(_recommending(text, start, end, cues))
    if text.find("hether", start, end) >= 0:
        # "an investigation into whether Veritas had made it too hard to
        # switch": the question's words assert no judgement
        cues = [c for c in cues if not _WHETHER.search(
            text, max(start, c["start"] - 100), c["start"])]
    return cues


class _Taken:
    """The spans of some cues, to ask in log time whether a new span is free
    of them (a sentence may hold thousands of cues)."""

    def __init__(self, cues: list[dict]):
        spans = sorted((c["start"], c["end"]) for c in cues)
        self.starts = [at for at, _ in spans]
        self.reach = []  # the furthest end among the spans up to each
        furthest = -1
        for _, to in spans:
            furthest = max(furthest, to)
            self.reach.append(furthest)

    def free(self, at: int, to: int) -> bool:
        index = bisect_left(self.starts, to)
        return not (index and self.reach[index - 1] > at)


# Judgements of sufficiency and excess: "isn't offering enough veterans",
# "is nowhere near enough",
# "far too little", "too many calls", "too few nurses", "taxes are too high",
# "the wording was too ambiguous" weigh what is there against what should be.
# Only in the present: "didn't have enough money" tells what happened. "Too"
# is "also" before a mark or a verb ("groups, too -", "he too was"); "too
# early to tell" and "too close to call" admit that nobody knows yet.
_SUFFICIENCY = re.compile(
    r"\b(?:(?:isn[’']t|aren[’']t|doesn[’']t|don[’']t|hasn[’']t|haven[’']t|"
    r"(?:is|are|does|do|has|have)\s+not)\s+(?:(?:nearly|quite|[a-z]+ing|do|"
    r"have|get|give|offer|provide|spend)\s+){0,2}enough|"
    # "That is nowhere near enough", "are far from enough"
    r"(?:is|are|[’']s|[’']re)\s+(?:nowhere\s+near|far\s+from)\s+enough|"
    r"(?:far\s+|much\s+|way\s+)?too\s+(?!(?:early|soon)\s+to\s+(?:tell|say|"
    r"know|predict|judge|call)\b|close\s+to\s+call\b)(?:few|many|much|little|"
    r"(?!(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
    r"should|shall|did|do|does|be|been|being|am|the|a|an|and|or|but|nor|to|of|"
    r"in|on|at|for|with|from|by|that|this|these|those|he|she|it|they|we|you|i|"
    r"his|her|its|their|our|my|your|who|which|when|where|if|as|so|said|says|"
    r"say)\b)[a-z][a-z-]+))\b", re.I)
# "can't sing too loudly", "not too far from the station": a limit or an
# understatement, no excess claimed; "so too" is "likewise".
_NOT_TOO = re.compile(r"(?:\bnot|n[’']t|\bnever)\s+(?:[a-z]+\s+)?$|\bso\s+$",
                      re.I)


# One thing ranked above all: "there is nothing more important than ...",
# "nothing is worse than ...", "nobody is better placed than ...". Not "nothing
# more to say" (no ranking word) nor "nothing more in X than" (no quality).
_ABOVE_ALL = re.compile(
    r"\b(?:[Nn]othing|[Nn]obody|[Nn]o\s+one)\s+(?:(?:is|was|could\s+be|"
    r"would\s+be|will\s+be)\s+)?(?:better|worse|(?:more|less)\s+(?!(?:than|"
    r"to|of|in|on|at|for|with|and|or|that|so)\b)[a-z]+)\b"
    r"(?=[^.;!?]{0,80}?\bthan\b)")


# What a thing "is just", "is merely", "is nothing but" or "is little more
# than" belittles it ("Those are just distractions", "it was merely a ploy"):
# a judgement asserted. Not an amount, a time or a place ("is just 5 miles",
# "was just a few", "is just over", "was just across the road"), a verb
# ("was just elected", "are simply trying"), "just as" or "just that".
_BELITTLING = re.compile(
    r"(?:\b(?:is|are|was|were|be|been|being)|[’'](?:s|re))\s+(?:(?:all|really|"
    r"still|also)\s+)?((?:just|merely|nothing\s+but|nothing\s+more\s+than|"
    r"little\s+more\s+than|no\s+more\s+than)\s+(?:(?:a|an|the|another|some)\s+)?"
    r"(?![\d$£€])(?!(?:a|an|the|one|two|three|four|five|six|seven|eight|nine|ten|"
    r"few|several|half|hours?|days?|weeks?|months?|years?|minutes?|seconds?|"
    r"over|under|about|around|after|before|as|like|because|to|for|in|on|at|"
    r"of|by|with|from|into|across|outside|inside|down|up|off|behind|ahead|"
    r"beyond|below|above|past|near|south|north|east|west|that|what|how|why|"
    r"when|where|who|this|these|those|it|not|so|too|right|fine|okay|ok|"
    r"beginning|starting|part|there|here|now|then|enough|more|less|"
    r"getting|going|coming|trying|doing)\b)[a-z][a-z-]+(?<!ing)(?<!ed)\b)",
    re.I)


# An exclamation on "what a" ("What a waste.", "What an extraordinary
# week!"), its words up to the clause's end: not "What a council does is ..."
# or "What a ticket costs", where a verb goes on.
_EXCLAMATION = re.compile(r"(?i:what)\s+(?i:an?)\s+(?:[\w’'-]+\s+){0,3}?[\w’'-]+"
                          r"(?=\s*(?:[!.,;]|[”\"’']\s|[”\"’']?$))")
# Falling short of what is needed, in the present ("are not meeting the
# demand", "doesn't meet the needs of", "falls short"), and a standing denied
# ("can't credibly claim", "cannot seriously argue"): judgements like "isn't
# doing enough". Not a deadline or a target missed in the past.
_SHORTFALL = re.compile(
    r"\b(?:(?:(?:is|are|am)\s+)?not\s+meeting|(?:doesn[’']t|don[’']t|do(?:es)?\s+"
    r"not)\s+meet)\s+(?:the\s+|their\s+|our\s+|its\s+)?(?:[a-z]+\s+)?(?:demand|"
    r"needs?|expectations)\b|"
    r"\b(?:falls?|falling)\s+(?:far\s+|well\s+)?short\b(?!\s+of\s+(?:\d|a\s+"
    r"majority|the\s+(?:votes?|\d)))|"
    r"\b(?:can[’']t|cannot|can\s+not|couldn[’']t)\s+(?:credibly|seriously|"
    r"plausibly|reasonably|honestly)\s+[a-z]+", re.I)


# The newsroom's "we" tells what its reporters did ("We spoke to her",
# "After our interview", "she told us"): a report, not the writer's stance.
_NEWSROOM_WE = frozenset(("we", "our", "us"))
_NEWSROOM_AFTER = re.compile(
    r"\s+(?:(?:spoke|talked|asked|contacted|reached|visited|met|interviewed|"
    r"obtained|reviewed|analy[sz]ed|requested|emailed|checked|travell?ed|"
    r"watched|attended|counted|calculated|looked|examined|compared|tested|"
    r"tracked|surveyed|called|sent|went)\b|(?:interviews?|reporters?|"
    r"correspondents?|photographers?|analysis|investigation|newsroom|readers?|"
    r"calculations?|visit|request|inquiry|enquiry)\b|"
    # what it could check and what it changed: "We have not been able to
    # confirm this", "We could not independently verify the footage", "We
    # have corrected the 10:42 entry", "We will be back with more updates"
    r"(?:have|had)\s+(?:not\s+)?been\s+(?:able|unable)\s+to\s+|"
    r"(?:could|can|were)\s*(?:not|n[’']t|unable\s+to)\s+(?:independently\s+)?"
    r"(?:confirm|verify|reach)\b|"
    r"(?:have|[’']ve|had)\s+(?:now\s+)?(?:corrected|updated|amended|removed|"
    r"clarified)\b|(?:will|[’']ll)\s+(?:be\s+back|update|keep\s+(?:you\s+)?"
    r"(?:updated|posted)|bring\s+you)\b)", re.I)
# A past deed after "we": "We all did", "we went", "we were told".
_TOLD_PAST = re.compile(
    r"\s+(?:all\s+|both\s+|then\s+|just\s+|never\s+|once\s+|first\s+)?"
    r"(?:did|had|was|were|went|came|saw|got|left|ran|took|made|knew|found|"
    r"(?!(?:need|want|hop|believ|feel|felt|think)ed\b)[a-z]{2,}ed)\b", re.I)
#: What "we" are doing, have done or will be doing: "are working with", "have
#: contacted", "will be contacting" (not "are sorry", "have to", "will win").
WE_DOING = re.compile(
    r"\s+(?:are|were|[’']re)\s+(?:now\s+|also\s+|still\s+)?(?!(?:going|trying|"
    r"hoping|looking\s+forward)\b)[a-z]{3,}ing\b|"
    r"\s+(?:have|[’']ve)\s+(?:now\s+|also\s+|already\s+)?(?!(?:need|want|hop|"
    r"believ|feel|felt|think|fail)ed\b)(?:[a-z]{3,}ed|taken|made|given|spoken|"
    r"written|sent|found|begun)\b|"
    r"\s+(?:will|[’']ll)\s+be\s+(?!(?:going|trying|hoping)\b)[a-z]{3,}ing\b|"
    # what "we" did: "We sang there at harvest festival", "We moved in 1974"
    r"\s+(?:\w+ly\s+)?(?!(?:need|want|hop|believ|feel|fail|lov|hat|deserv|lik|"
    r"wish|fear|expect)ed\b)(?:[a-z]{3,}ed|sang|went|met|ran|came|sat|stood|grew|"
    r"kept|left|built|spent|took|brought|bought|drove|swam|wrote)\b(?!\s+(?:that|to)\b)",
    re.I)
_NEWSROOM_BEFORE = re.compile(
    r"\b(?:told|tells|wrote\s+to|spoke\s+to|showed|emailed|said\s+to)\s+$", re.I)
_NOT_ALL = re.compile(r"\bnot\s+$", re.I)
# "woke" the past of "wake", before a particle, a time or the clause's end
_WOKE_UP = re.compile(r"\s*(?:[,.;:!?)]|$|(?:up|at|to|in|on|early|late|before|"
                      r"after|and|or|with|from|again|suddenly|twice|once|"
                      r"several|each|every|the|a|an|his|her|their|my|our)\b)",
                      re.I)
_WHETHER = re.compile(r"\bwhether\b[^,;:.!?”\"]*$", re.I)
# "need to" urges only as a verb of the present: after a determiner it is a
# noun ("emphasizing a need to raise the wage" reports what she stressed), and
# after "didn't" or "never" it tells what someone did not need back then.
_DUTY = frozenset(("need to", "needs to"))
_LET = frozenset(("let us", "let's", "let’s"))
_SUCH = frozenset(("such a", "such an"))
# A duty with its deadline: "must be paid within seven days", "must be filed
# by 31 January".
_DEADLINE = re.compile(r"\s+(?:not\s+)?be\s+[a-z]+(?:ed|en|wn|id|ne)\s+(?:[\w-]+\s+)"
                       r"{0,3}?(?:within|by|before|no\s+later\s+than)\s+(?:\d|[A-Z]|"
                       r"the\s+end|(?:one|two|three|four|five|six|seven|ten|"
                       r"fourteen|thirty)\b)")
_HAD_BETTER = frozenset(("had better", "'d better", "’d better"))
# "they had better be", "you'd better not": an action, or the verb left out.
_ACTION_AFTER = re.compile(r"\s*(?:[.!,;]|\s(?:not\s+)?(?:be|get|go|do|start|stop|"
                           r"make|hurry|watch|look|think|listen|hope|pray|act|move|"
                           r"come|take|find|keep|leave|pay|deliver|prove|win|"
                           r"learn|change|fix|explain|answer)\b)")
_SUBJECT_OPENS = re.compile(r"[\s“\"‘']*(?:(?:But|And|Yet|So)\s+)?")
_NO_DUTY = re.compile(r"\b(?:a|the|no|any|their|his|her|its|urgent|"
                      r"did\s+not|didn[’']t|never)\s+$", re.I)


def _recommending(text: str, start: int, end: int, found: list[dict]) -> list[dict]:
    """A modal that recommends, in anyone's words ("we need to step away",
    "this country has to find new ways"): the stance of whoever says it. Not
    where a cue already stands (the writer's own "we should"), unless only a
    sweeping word or an intensifier does ("should never have made it to a
    shelf"), nor in the content of an idea told ("the idea that companies
    should serve")."""
    return [{**_cue(text, span, "stance"), "deontic": True}
            for span in recommendations(text, start, end)
            if not any(c["start"] < span[1] and span[0] < c["end"]
                       and c["kind"] not in ("sweep", "weak") for c in found)
            and not _in_an_idea_told(text, start, span[0])]


# A modal of unmet obligation blames: "the agency could be doing more", "the
# council should have done better" say someone falls short, not that something
# may happen. Not "could do more harm" or "could do more than double" (a guess
# about an effect): "more" or "better" must end the verb phrase.
_BLAME = re.compile(
    r"\b(?=[csm])(?:could|should|might|must)\s+(?:have\s+done|be\s+doing|do)\s+"
    r"(?:(?:much|far|a\s+lot|so\s+much|a\s+great\s+deal)\s+)?(?:more|better)"
    r"(?=\s*(?:[,.;:!?)”\"—–]|$)|\s+(?:to|for|about|on|in|with|and|but|if|now)\b)",
    re.I)


# The writer telling the reader what to do ("Consider ...", "Imagine ...").
_IMPERATIVE = re.compile(
    r"[\s“\"]*((?:Consider|Imagine|Remember|Observe|Note|Look|Think|Forget|"
    r"Ask|Take|Stop|Don[’']t|Do\s+not|Never|Just|Let|Picture|Compare|"
    r"(?:Start|Begin)(?=\s+(?:with|by)\b))\b)(?!\s+(?:of|on|in|at)\b)")
# The writer's advice after an opening phrase: "For now, go for the pie.", "In
# the meantime, book ahead.", "If you can, try the tart."
_ADVICE_AFTER_OPENING = re.compile(
    r"[\s“\"]*(?:For\s+now|In\s+the\s+meantime|Meanwhile|Until\s+then|If\s+you\s+"
    r"can|If\s+in\s+doubt|Either\s+way|Otherwise|Instead|In\s+short|"
    # "If you have been told to leave, leave now."
    r"If\s+you\s+[^,.;:!?]{1,50}),\s+"
    r"((?:go|try|order|book|visit|skip|avoid|choose|pick|buy|save|stick|"
    r"leave|get\s+out|stay|call|evacuate|don[’']t|do\s+not)\b)")
# Bare verbs that open a command ("Keep taking your medicine.", "Check the
# batch number", "Bring parents in.", "Fund the courses properly."). The same
# word opening a statement is a noun ("Fund managers said", "Support for the
# plan grew", "Change comes slowly"): what follows the verb tells them apart.
COMMAND_VERBS = frozenset(
    "keep check call contact report ring phone text email speak talk ask tell "
    "bring take leave stay go come get make give put move turn switch follow "
    "wear lock pack visit book try order avoid skip choose pick buy save stick "
    "read watch listen look consider imagine remember forget think stop start "
    "use fund let join sign write send share install update delete ignore "
    "trust hang verify head walk drive park plan allow treat teach pay "
    "register apply download click enter log change protect beware drink eat "
    "wash clear add accept focus hold invest spend vote fight push raise find "
    "learn sit stand wait hurry slow prepare ensure seek notify limit reduce "
    "cover store unplug boil charge cancel refuse resist remind support tune "
    "grab taste reserve explore catch expect arrive insist demand "
    "double-check relax calm breathe".split())
# What a command's object or particle opens on, right after the verb.
_COMMAND_NEXT = frozenset(
    "the a an your our their his her its my this that these those some any "
    "every all each no it them me us him yourself yourselves everything "
    "something anything nothing someone everyone up out off away back down "
    "ahead home around over calm safe well quiet".split())
# A preposition after the verb makes a command only after these verbs ("Talk
# to your pharmacist", "Look for the batch number"; not "Support for the
# plan", "Close to 40 people").
_COMMAND_PREPOSITION = {
    "to": frozenset("talk speak listen go head turn stick get come move switch "
                    "write report reach".split()),
    "for": frozenset("wait look ask apply pay watch prepare aim check".split()),
    "at": frozenset(("look", "stare", "aim")),
    "with": frozenset(("stick", "speak", "talk", "check")),
    "about": frozenset(("think", "talk", "ask")),
    "on": frozenset(("focus", "click", "keep", "carry", "hold", "call")),
    "in": frozenset("log sign check tune stay keep come book".split()),
}
# Verbs whose command may go on with an -ing form ("Keep taking", "Stop
# smoking", "Try using").
_ING_TAKERS = frozenset("keep stop start try avoid consider imagine remember "
                        "quit forget".split())
_COMMAND_WORDS = re.compile(r"((?i:[a-z]+(?:-[a-z]+)?))(?:\s+([A-Za-z’']+)|\s*[.!])")
# What may stand before the verb of a command at the head of a sentence or a
# quotation: "But check ...", "So please call ...", "Just leave."
_COMMAND_LEAD = re.compile(r"[\s“\"‘']*(?:(?:But|And|So|Then|Now|Instead|Also|Please|"
                           r"Just|Simply|Always|First|Finally)\s*,?\s+)*(?:please\s+)?")


def command_at(text: str, at: int, end: int) -> tuple[int, int] | None:
    """The span of the verb when a command opens at `at` (after a lead word
    such as "But" or "Please", or a condition: "If it is one of the affected
    batches, stop feeding it"): "Keep taking your medicine", "Check the batch
    number". None for a statement that opens on the same word as a noun."""
    condition = _CONDITION_FIRST.match(text, at, end)
    if condition:
        span = command_at(text, condition.end(), end)
        if span is None:
            words = _COMMAND_WORDS.match(text, condition.end(), end)
            if words and words.group(1).islower():  # after the condition's
                # comma the verb opens lower case: "..., stop feeding it"
                span = _command_verb(words)
        return span
    lead = _COMMAND_LEAD.match(text, at, end)
    words = _COMMAND_WORDS.match(text, lead.end(), end)
    if words is None:
        return None
    if words.group(1).isupper() or not words.group(1)[0].isupper() and \
            not any(c.isalpha() for c in text[at:lead.end()]):
        return None  # a lower-case verb only after a lead word ("But check")
    return _command_verb(words)


def _command_verb(words: re.Match) -> tuple[int, int] | None:
    """The verb's span if these words (a _COMMAND_WORDS match) open a command:
    a bare verb, then its object, particle or preposition."""
    verb, after = words.group(1).lower(), (words.group(2) or "").lower()
    if verb not in COMMAND_VERBS:
        return None
    if not after or after in _COMMAND_NEXT or verb in _COMMAND_PREPOSITION.get(
            after, ()) or (after.endswith("ing") and verb in _ING_TAKERS):
        return words.span(1)
    return None


# A condition before a command: "If it is one of the affected batches, ",
# "Once inside, ", "When you get there, ".
_CONDITION_FIRST = re.compile(r"(?:If|When|Once|Until|Before|While|Whatever|"
                              r"Wherever)\s+[^,.;:!?“”\"]{1,80},\s+")


# A quotation that opens with a command: the quotation mark opens the
# sentence or follows a colon or a comma ('he said, “Stop ...'), and the verb,
# capitalised, opens the quoted words. Not a quoted fragment ('called it
# “stop-gap”'), nor "Never before", "Help is on the way", "Look, ..." alone.
_QUOTED_IMPERATIVE = re.compile(
    r"(?:^|(?<=[:,])\s*|(?<=^\s))(?:“|\"|'')\s*((?:Look\s+at|Consider|Imagine|"
    r"Remember|Stop|Don[’']t|Do\s+not|Never(?!\s+(?:before|in|has|have|had|"
    r"was|were|did|does|is)\b)|Let[’']s|Let\s+us|Think\s+(?:about|of)|Forget|"
    r"Wake\s+up|Stand\s+up|Vote|Fight|Keep|Make|Give|Go|Get|Come\s+on|Bring|"
    r"Listen|Trust|Believe|Watch|Be|Please|Tell|Take|Leave|Shut|Quit|Enough|"
    r"Stay|Avoid|Check|Evacuate|Follow|Wear|Lock|Pack)\b)"
    r"(?![’'-])",
    re.M)
# The modals an aside on the telling opens on: "I should say", "I must admit".
_ASIDE_MODALS = frozenset(("should", "must"))
# A request inside quoted words: "When we tell you to go, please go."
_PLEASE = re.compile(r"(?<=[,;:“\"] )please(?=\s+(?:do\s+not\s+|don[’']t\s+)?"
                     r"[a-z]+\b)", re.I)
# A comparative that grades the whole claim, opening the sentence ("Worse,
# the companies hid ...", "Even better, ...", "More importantly, ...",
# "Worst of all, ..."): the writer weighing it, like "Sadly,".
_DISJUNCT = re.compile(
    r"[\s“\"]*((?:(?:And|But)\s+)?(?:(?:Even|Far|Much)\s+)?(?:Worse|Better|"
    r"More\s+important(?:ly)?|Most\s+important(?:ly)?|More\s+troubling|"
    r"Most\s+troubling)(?:\s+(?:still|yet|than\s+that))?|(?:Worst|Best)\s+of\s+"
    r"all)\s*[,:—–]")
# A sentence that is only a grade: "Three stars.", "★★★★", "8/10", "Four out
# of five."
_NUMBER_WORD = r"(?:[\d.½]+|one|two|three|four|five|six|seven|eight|nine|ten)"
_RATING = re.compile(
    # (what is graded may come first: "Food: 8/10.")
    rf"\s*(?:[A-Z][a-z]+(?:\s+[a-z]+)?:\s*)?"
    rf"((?i:{_NUMBER_WORD}\s+(?:stars?|out\s+of\s+{_NUMBER_WORD})|\d+\s*/\s*\d+)"
    rf"|[★☆]+)\s*[.!]?\s*")
# Scare quotes around one or two words keep a distance from them. (It opens on
# the mark: see lexicon.py on scanning patterns.)
_SCARE = re.compile(r"[‘'“\"](?<![\w,][‘'“\"])(\w[\w-]*(?:\s\w[\w-]*)?)[’'”\"](?![\w])")


def _quoted_commands(text: str, start: int, end: int):
    """The verbs of commands that open a quotation ('“Bring your pack in,” she
    said'; 'he said: “Stop ...'), from the fixed list or the bare verbs."""
    if not any(text.find(mark, start, end) >= 0 for mark in _OPENING_MARKS):
        return  # no quotation opens here (most sentences): nothing to search
    listed = [match.span(1) for match in _QUOTED_IMPERATIVE.finditer(text, start, end)]
    yield from listed
    # a quotation opening the sentence or after a colon or a comma, not a
    # quoted word inside it ('called it “stop-gap”')
    opening = _QUOTE_AT_START.match(text, start, end)
    marks = ([opening] if opening else []) + list(
        _QUOTE_AFTER_MARK.finditer(text, start, end))
    for mark in marks:
        span = command_at(text, mark.end(), end)
        if span and all(span[0] != other[0] for other in listed):
            yield span


# The marks a quotation opens with, which every pattern here needs.
_OPENING_MARKS = ("“", '"', "''")
_QUOTE_AT_START = re.compile(r"\s*(?:“|\"|'')")
_QUOTE_AFTER_MARK = re.compile(r"[:,]\s*(?:“|\"|'')")


def _address_cues(text: str, start: int, end: int) -> list[dict]:
    """Imperatives, exclamations and scare quotes in the writer's own voice."""
    found = []
    disjunct = _DISJUNCT.match(text, start, end)
    if disjunct:
        found.append(_cue(text, disjunct.span(1), "stance"))
    match = _IMPERATIVE.match(text, start, end) or _ADVICE_AFTER_OPENING.match(
        text, start, end)
    command = match.span(1) if match else command_at(text, start, end)
    if command:
        found.append(_cue(text, command, "stance"))
    stripped = text[start:end].rstrip(" ”’\"')")
    at = start + len(stripped) - 1
    if stripped.endswith("!") and not _inside_quote(text, start, at):
        # not one inside a quotation left open ("chanting “U-S-A!"): the
        # chant's, not the writer's
        found.append(_cue(text, (at, at + 1), "stance"))
    quotes = list(_SCARE.finditer(text, start, end))
    for number, quote in enumerate(quotes):
        if not _names_a_value(text, start, quotes, number):
            found.append(_cue(text, quote.span(), "marker"))
    return found


# Quotation marks that name a value rather than keep a distance from a word:
# a grade given ("rated it ‘poor’") or the values a thing moves between on a
# scale ("cut its rating to “sell” from “hold”", "raised the alert level from
# ‘moderate’ to ‘severe’").
_BETWEEN_VALUES = re.compile(r"\s+(?:to|from)\s+")


def _names_a_value(text: str, start: int, quotes: list[re.Match],
                   number: int) -> bool:
    quote = quotes[number]
    if _GRADED.search(text, max(start, quote.start() - 60), quote.start() + 1):
        return True
    return any(_BETWEEN_VALUES.fullmatch(text, first.end(), second.start())
               for first, second in zip(quotes, quotes[1:], strict=False)
               if quote in (first, second))


def _cue(text: str, span: tuple[int, int], kind: str,
         predicative: bool = False) -> dict:
    return {"text": text[span[0] : span[1]], "start": span[0], "end": span[1],
            "kind": kind, "predicative": predicative, "quoted": False}


# (the lookahead lists the letters its words start with: see lexicon.py)
_LINKING = re.compile(
    r"\b(?=[abcfhilmprstwy])(?:\b(?:is|are|was|were|be|been|being|am|remains?|"
    r"remained|stays?|stayed|seems?|seemed|"
    r"looks?|looked|appears?|appeared|represents?|represented|marks?|marked|"
    r"constitutes?|constituted|becomes?|became|proves?|proved|sounds?|sounded|"
    r"feels?|felt|(?:makes?|made)\s+(?:it|this|that|them|me|us|you|him|her)|find\s+(?:it|this|that))|"
    r"\b(?:it|that|this|he|she|there|what|who|they|we|you)[’'](?:s|re))\s+(?:(?:not|also|only|still|just|now|already|both|truly|very|so|"
    r"really|quite|extremely|deeply|most|more|such|particularly|especially|even|"
    # a connective between: "were nonetheless encouraging"
    r"nonetheless|nevertheless|however|therefore|thus|indeed|perhaps|"
    r"absolutely|utterly|simply|clearly|a|an|the|one\s+of\s+the|nothing\s+"
    r"short\s+of|nothing\s+less\s+than|[a-z]+ly|"
    # a degree adjective: "was a complete disaster", "is a real mistake"
    r"complete|total|real|absolute|utter|huge|big|major|true|pure|"
    # ... or one that says how bad: "was a classic mistake", "a costly error"
    r"classic|serious|grave|costly|fundamental|basic|obvious|genuine|"
    # a coordinated adjective before it: "was exhausting and pointless"
    r"[a-z-]+,|[a-z-]+\s+(?:and|or|but))\s+){0,4}$",
    re.I,
)
# A verb that frames a thing "as" what the source judges it to be, then up to
# three words of that frame before the cue ("described the move as a
# reckless gamble"). (The lookahead lists the verbs' first letters.)
_FRAMED_AS = re.compile(
    r"\b(?=[abcdhlmprstv])(?:describ(?:e|es|ed|ing)|characteri[sz](?:e|es|ed|ing)|"
    r"(?:portray|depict|brand|paint|regard|view|pound|blast|hail|tout|"
    r"denounc|decr|derid|ridicul|mock|condemn|dismiss|criticis|criticiz)"
    r"(?:s|ed|ing|es|e|ied|ies|y)?|slam(?:s|med|ming)?|cast(?:s|ing)?|"
    r"label(?:s|led|ed|ling|ing)?|dub(?:s|bed|bing)?)"
    r"\s+(?:[\w’'.-]+\s+){0,6}?as\s+[“\"‘]?"
    r"(?:[\w’'-]+\s+){0,3}[“\"‘]?$", re.I)
# ... or one that pins the word on its object ("called the decision
# unfair", "branded the scheme reckless", "I find the decision baffling",
# "many consider the plan reckless"), the word closing the clause.
_CALLED = re.compile(r"\b(?=[bcdflt])(?:(?:call|brand|label|dub|deem|find|consider)"
                     r"(?:s|ed|ing|led|bed|ling|bing)?|found|thinks?|thought)\s+"
                     + NO_PARTICLE + r"(?:[\w’'-]+\s+){1,4}$", re.I)
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:in|of|for|to|at|on|with|about|and|or|but|that|as|by|from|than|because|"
    r"when|while|if|is|was|are|were|will|would|one|ones|enough|indeed|too|so|"
    r"already|again|now|then|today|yet|though|overall)\b)[a-z][a-z-]+\b")


# Irregular past tenses ("a major piece of the financing fell through").
_IRREGULAR_PAST = one_of(" ".join(sorted(IRREGULAR_PAST)))
_FINITE = re.compile(
    r"\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|"
    r"might|must|should|\w+ed|\w+s|" + _IRREGULAR_PAST + r")\b",
    re.I)


# A verdict on the truth of a claim, set on the claim's noun.
_CLAIM_JUDGED = re.compile(
    r"(?i:baseless|groundless|unfounded|unsubstantiated|meritless|bogus|"
    r"spurious|false|debunked)\s+(?:allegations?|claims?|accusations?|charges?|"
    r"rumou?rs?|assertions?|conspiracy\s+theor(?:y|ies))\b")


def _is_predicative(text: str, start: int, at: int, cue_end: int,
                    end: int) -> bool:
    """Is the cue what the sentence asserts ("is a disaster", "will be crucial")
    rather than a word inside a noun phrase ("the embattled regime")?"""
    if _CLAIM_JUDGED.match(text, at, end):
        # "groundless allegations", "baseless claims": the writer's verdict
        # on what others claim, however it is set
        return True
    if _POINTING.search(text, max(start, at - 12), at) and _QUALITY.search(
            text, at, cue_end):
        # "this silliness", "such hypocrisy": a verdict pinned on what was
        # just told
        return True
    if _FRAMED_AS.search(text, max(start, at - 80), at) or _CALLED.search(
            text, max(start, at - 60), at) and _CLAUSE_ENDS.match(text, cue_end):
        # "described the new building as stunning", "portrayed him as
        # reckless", "called the decision unfair": what the source frames or
        # calls a thing is their judgement
        return True
    if _LINKING.search(_OPENING_SINGLE.sub("", text[max(start, at - 80) : at]
                                          .translate(_UNQUOTE))):
        # "is crucial", "represents a turning point", "is “a disaster”" - but
        # in "has been a unwavering supporter" the word only colours the noun
        # that follows; "It was a remarkable admission" grades the thing
        # just told
        return not _NOUN_AFTER.match(text, cue_end) or bool(
            _IT_WAS_A.search(text, max(start, at - 40), at)) or (
            # "is the best thing the band have recorded": a superlative
            # ranks what the sentence is about, whatever noun it names
            (text[at:cue_end].lower() in _SUPERLATIVES
             and text[max(start, at - 4):at].lower() == "the "
             or text[max(start, at - 10):at].lower().endswith(_MOST_OR_LEAST))
            and not _ON_RECORD.match(text, cue_end, end))
    if text[at:cue_end].lower().endswith("ly") and _VERB_BEFORE.search(
            text, max(start, at - 30), at) and _CLAUSE_ENDS.match(text, cue_end):
        # "and it works beautifully.", "handled it badly,": the adverb grades
        # how the thing was done, the clause's last word
        return True
    if text[at:cue_end].lower().endswith("ly") and (_VERB_AFTER.match(
            text, cue_end, end) and not _PRONOUN_VERB_BEFORE.search(
            text, max(start, at - 30), at) or _PAST_JUST_BEFORE.search(
            text, max(start, at - 20), at)) and not _DETERMINER_BEFORE.search(
            text, max(start, at - 6), at) and not _CLAIMED_BEFORE.search(
            text, start, at):
        # "The firm shamelessly raised prices", "The council wisely delayed
        # the vote", "The team played brilliantly on Saturday": the adverb
        # judges the act the sentence asserts (not
        # "the fatally flawed plan" or "it works beautifully crafted gears",
        # a noun phrase, nor "claims they fraudulently overvalued", the
        # claimant's word)
        return True
    # a verbless exclamation or fragment: "A truly complex situation."
    # the rest of the sentence (a split at "." stopped at "Mr." and "U.S.")
    return not _FINITE.search(text[start:at] + " " + text[at:end])


# A pronoun's verb, then the adverb closing the clause: "it works beautifully."
_VERB_BEFORE = re.compile(r"\b(?:(?:it|they|he|she|this|that)\s+(?:[a-z]+s|[a-z]+ed)"
                          r"\s+(?:it\s+|them\s+)?|"
                          # a verb and its pronoun object: "scientists blame
                          # them unfairly."
                          r"[a-z]{3,}\s+(?:it|them|him|her|us|me)\s+)$", re.I)
# A verb's past or present form after an adverb ("shamelessly raised",
# "wisely delays"): the next word ends as a finite verb does (not "-ss", and
# not before "of" or "to", where an -s or -ed word is a noun or a participle).
_VERB_AFTER = re.compile(
    r"\s+(?:[a-z]+ed|[a-z]+[^s\W]s|" + _IRREGULAR_PAST + r"|let|put|set|cut|hid)\b"
    r"(?!\s+(?:of|to)\b)")
_PAST_JUST_BEFORE = re.compile(r"\b(?:[a-z]+ed|did|went|ran|won|lost|fought|"
                               r"spoke|wrote|sang|led|played|behaved)\s+$")
# A pronoun and its verb: what follows is the verb's object ("it works
# beautifully crafted gears"), unless the verb is an auxiliary ("he has").
_PRONOUN_VERB_BEFORE = re.compile(
    r"\b(?:it|they|he|she|this|that|we|you|i)\s+(?!(?:has|have|had|was|were|is|"
    r"are|will|would|did|does|do|can|could|also|then|just)\b)[a-z]+\s+$", re.I)
_DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their|our|"
                                r"my|your)\s+$", re.I)
# Words that pass on someone else's claim before the adverb.
_CLAIMED_BEFORE = re.compile(r"\b(?:claim|alleg|accus|charg|argu|contend|insist|"
                             r"sa(?:y|id)|suggest)\w*\b", re.I)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:!?)]|$)")


def _add_verdicts(text: str, cues: list[dict], spans) -> None:
    """Add a judging cue, asserted, for each span no cue found so far covers."""
    for span_start, span_end in spans:
        if not any(c["start"] < span_end and span_start < c["end"] for c in cues):
            cues.append(_cue(text, (span_start, span_end), "strong", predicative=True))


# Merit weighed between rivals, people or sides: "they were better than us",
# "know this land better than any consultant", "the stronger side", not
# "better than expected" or "better off".
_MERITS = ("better", "worse", "stronger", "weaker")
_RIVALS = re.compile(
    r"\b(?:(?:were|was|are|is|been|be)\s+(?:(?:much|far|a\s+lot|simply|clearly|"
    r"just|easily)\s+)?(better|worse|stronger|weaker)\s+than\s+(?:us|them|you|"
    r"him|her|we|they|anyone|everyone|everybody|anybody)\b|"
    r"[Tt]he\s+(better|worse|"
    r"stronger|weaker)\s+(?:team|side|player|candidate|debater|fighter|club|"
    r"squad|XI)\b|"
    # "know this land better than any consultant does", "better than anyone else"
    r"\b(better|worse)\s+than\s+any(?:one|body)?\s+(?:[a-z]+\s+)?(?:does|did|do|"
    r"could|can|ever|else)\b)")
# A superlative of worth on what someone has: "Larkspur's strongest argument".
_OWNED_SUPERLATIVE = re.compile(
    r"(?:[’']s|\b(?:its|their|his|her|our|my|your))\s+(best|worst|finest|greatest|"
    r"strongest|weakest|funniest|saddest|dullest)\b(?![\s-]+(?:known|selling|"
    r"sellers?|placed|paid|man|friend|friends)\b)", re.I)
# A superlative ranked against what the speaker (or the reader) has ever
# known: "the hardest decision we have ever had to make", "the worst thing you
# could ever do" (not "the largest quake ever recorded", a record).
_EVER_RANKED = re.compile(
    r"\b[Tt]he\s+((?:most|least)\s+[a-z]+|[a-z]{2,}est)\s+(?:[\w’'-]+\s+){0,3}?"
    r"(?:I|we|you)(?:[’'](?:ve|d)|\s+(?:have|had|could|will|would|can))?\s+"
    r"ever\b", re.I)
# Words that rank: "is the best thing", "was the most worrying element".
_MOST_OR_LEAST = ("the most ", "the least ")
_SUPERLATIVES = frozenset(("best", "worst", "finest", "greatest", "weakest",
                          "strongest", "funniest", "saddest", "dullest"))
# "the worst flood since 1953", "the best result on record": a record
# measured, no ranking of taste.
_ON_RECORD = re.compile(r"[^.;:!?]*?\b(?:since\s+(?:\d|records|records\s+began)|"
                        r"on\s+record|ever\s+(?:recorded|measured)|in\s+(?:\d+|"
                        r"a|two|three|four|five|ten|twenty|fifty)\s+(?:years|decades)|"
                        r"for\s+\d+\s+years)", re.I)
# "It was a remarkable admission", "This is a stunning reversal", "That's
# an extraordinary claim": a thing just told, graded by the adjective.
_IT_WAS_A = re.compile(r"\b(?:[Ii]t|[Tt]his|[Tt]hat)"
                       r"(?:[’']s|\s+(?:is|was|has\s+been|had\s+been))"
                       r"\s+(?:,[^,]{1,30},\s+)?(?:a|an)\s+(?:\w+ly\s+)?$")


# A demonstrative or "such" right before a noun of quality (-ness, -ity,
# -ery, -cy, -sy, -ism): the noun names what was just told and judges it.
_POINTING = re.compile(r"\b(?i:this|that|these|those|such|all\s+this|all\s+that)"
                       r"\s+$")
_QUALITY = re.compile(r"(?:ness|ity|ery|cy|sy|ism)$", re.I)


# A sentence that opens on the rule it tells: "Under the restrictions,",
# "Under the new law,", "By law,".
_UNDER_A_RULE = re.compile(
    r"[\s“\"]*(?:Under|By)\s+(?:the\s+|a\s+|its\s+|their\s+|this\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:rules?|restrictions?|law|laws|regulations?|plans?|"
    r"deal|agreement|scheme|order|orders|policy|terms|contract|proposals?|"
    r"changes|bill|act|guidance|guidelines|licen[cs]es?|treaty|settlement|"
    r"ruling|conditions)\b[^.;]*?,")
# The content of an idea, a principle or a rule, told: "refers to the idea
# that companies should serve ...", "a doctrine holding that states must".
_IDEA_THAT = re.compile(
    r"\b(?:idea|notion|principle|doctrine|belief|theory|premise|assumption|"
    r"conviction|philosophy|ideology|concept|requirement|rule)s?\s+"
    r"(?:(?:holding|holds|held|saying|says|stating|states)\s+)?that\s+"
    r"[^,;:.!?“”\"]{1,80}$", re.I)


# A direction given to someone about what they must do: "The judge reminded
# jurors that they must decide the case only on the evidence ... and must
# not research it online", "Police told residents that they had to leave".
# (Not advice: "urged", "warned" and "advised" recommend.)
_DIRECTED = re.compile(
    r"\b(?:reminded|instructed|directed|ordered|told)\s+(?:the\s+)?"
    r"(?:[\w’'-]+\s+){0,2}?[\w’'-]+\s+that\s+(?:they|he|she)\b[^.;:!?“”\"]*$",
    re.I)


_OBLIGED = frozenset(("must", "have to", "has to", "had to", "need to", "needs to"))
_RELATIVE_JUST_BEFORE = re.compile(r"\b(?:who|that|which)\s+$", re.I)
# "a crisis that must soon pass", "a patience that must have been tested": a
# "must" that infers, not one that obliges.
_SURMISED = re.compile(r"\s+(?:have|soon|surely|certainly|already|now|be\s+"
                       r"(?:true|right|wrong|obvious|clear))\b", re.I)


def directed(text: str, start: int, at: int) -> bool:
    """Whether text[start:at] ends in a direction given to someone ("reminded
    jurors that they ..."), so a modal at `at` tells what they must do."""
    return _DIRECTED.search(text, max(start, at - 160), at) is not None


def _in_an_idea_told(text: str, start: int, at: int) -> bool:
    """Whether the modal at `at` stands in the content of an idea, a principle
    or a rule the sentence tells (`_IDEA_THAT`, looked for in the 100
    characters before it), or of a direction given (`_DIRECTED`, 160)."""
    return _IDEA_THAT.search(text, max(start, at - 100), at) is not None or \
        directed(text, start, at)


_GERUND_TAKER = re.compile(r"\b(?:avoid|avoiding|without|stop|stopped|keep|"
                           r"kept|risk|prevent|prevented)\s+$", re.I)
_DESERVE = frozenset(("deserve", "deserves", "deserved"))
# A grade given in quotation marks: "rated the structure ‘poor’", "graded the
# school 'inadequate'"; _MARKS are the opening marks such a word follows.
_MARKS = frozenset("‘'“\"")
_GRADED = re.compile(r"\b(?:rated|rates|rating|graded|grades|grading|classed|"
                     r"classified|ranked|ranks)\s+(?:[\w’'-]+\s+){0,4}[‘'“\"]$", re.I)
# A grade on a regulator's scale, quoted after "describes as": "E. coli
# levels the regulator describes as “poor”" (not "described the plan as
# “a disaster”", a verdict).
# A grade given by name after the inspection's verb: "judged to be good",
# "rated outstanding", "graded as inadequate".
_JUDGED_GRADE = re.compile(r"\b(?:judged|rated|graded|ranked|classed|classified)\s+"
                           r"(?:to\s+be\s+|as\s+)?$", re.I)
_GRADES = frozenset("poor good excellent moderate fair bad inadequate outstanding "
                    "satisfactory sufficient unsatisfactory".split())
_DESCRIBED_AS = re.compile(r"\b(?:describes|described|classes|categori[sz]es|"
                           r"categori[sz]ed)\s+(?:\w+\s+){0,2}?as\s+[‘'“\"]$", re.I)
# "a deserved win", "their well-deserved rest": the participle describes
_ATTRIBUTIVE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|our|their|my|"
                          r"your)\s+(?:(?:much|well|richly|hard)-?\s*)?$", re.I)
# Opening quotation marks, which do not change what a sentence asserts.
_UNQUOTE = str.maketrans("", "", "“\"‘")
# Single quotation marks: an opening one before a word, after a space or at
# the start ('prudent', ‘squalid’); a closing one after a word or a stop,
# before no letter (not the apostrophe of "don't").
_OPENING_SINGLE = re.compile(r"(?:(?<=\s)|^)'(?=\w|$)")
_OPENS_SINGLE = re.compile(r"‘|(?:(?<=[\s(])|^)'(?=\w)")
_CLOSES_SINGLE = re.compile(r"(?<=[\w.,!?])[’'](?!\w)")


_OPENING = re.compile(r"[\s“\"‘'(\[—–-]*$")


# A capitalised word after a cue: the rest of a name the cue opens.
_NAME_NEXT = re.compile(r"\s+[A-Z][a-z]")


def _in_a_name(text: str, start: int, at: int, word: str) -> bool:
    """A capitalised "Our", "We", "Us", "You" inside a sentence belongs to a
    name or a title ("Feeding Our Future", "The Distance Between Us"), not to
    the writer's voice."""
    return (word[:1].isupper() and word != "I"
            and not _OPENING.match(text, start, at))


def _inside_quote(text: str, start: int, at: int) -> bool:
    before = text[start:at]
    return before.count("“") > before.count("”") or before.count('"') % 2 == 1 \
        or ("‘" in before or "'" in before) and len(_OPENS_SINGLE.findall(before)) \
        > len(_CLOSES_SINGLE.findall(before))


def opinion_score(cues: list[dict]) -> float:
    """How much the sentence judges: evaluative words it asserts count 1, the
    writer's own voice 1; a loaded word inside a noun phrase ("the embattled
    regime"), a rhetorical marker ("after all", "never", scare quotes) and an
    intensifier beside them count 0.5, so one alone colours a claim without
    making it an opinion, but two together judge."""
    strong = sum(1.0 if c["predicative"] else 0.5 for c in cues
                 if c["kind"] == "strong")
    stance = sum(1.0 for c in cues if c["kind"] == "stance")
    marker = sum(0.5 for c in cues if c["kind"] == "marker")
    # quantifiers and "never" weigh like intensifiers: only beside a judgement
    weak = sum(0.5 for c in cues if c["kind"] in ("weak", "sweep"))
    return strong + stance + marker + (weak if strong + stance + marker else 0.0)
