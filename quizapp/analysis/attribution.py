"""Attribution: who a sentence says the claim comes from, and the words that say so.

Frames recognised, in order of preference: a reporting verb with its subject
("Iran has clearly stated", "a source familiar with the situation stated"), the
inverted frame ("..., said the minister"), "according to X", a speaker before a
colon or after a dash around a quotation, a standing in a poll ("did well in
polls conducted by Time"), "by one estimate" (a vague source), a numbered
citation ("[1]"), and the speaker of an interview turn. A negated cue ("did not
confirm") attributes nothing, and a cue that tells what the source did rather
than said ("endorsed one in July", "cited the figure") is kept as an act that
credits no claim (acts.py). Connectives built on a speech verb ("Having said
that", "It is worth noting") are the writer's own words, no cue.

Content-only verbs (agree, refuse, declare, decide, rule, thank, offer, accept,
seek, commit, determine, back, present, certify, resist, aim, plan, assume,
decline, hope) also name acts that report nothing: "agreed to clean up the
site", "declared bankruptcy", "thanked the mayor", "refused to pay", "backed the
bill", "plans to reforest", "declined to comment", "hopes to reopen" (an aim;
"hopes that ..." still reports a belief). They credit a source
only when they introduce reported content: a clause ("agreed that ...",
"declared the strike was over", "decided whether ..."), a quotation or a colon,
or the inverted and parenthetical frames ("..., she agreed", "The plan, he
declared, is sound"); "agreed with X" shares X's view and counts too. A
to-infinitive, a plain object or nothing at all leaves the sentence
unattributed. Verbs that only ever report speech (say, tell, report ...) keep
every frame, but a base form coordinated with a to-infinitive is an infinitive
too ("needs to sell herself and tell more jokes"), and a word after "more" or
"fewer" is a noun ("more jokes").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .acts import HELD_AS, noun_reports_act, quotes_words, reports_act
from .lexicon import NOT_SUPERLATIVE, PhraseMatcher, load_phrases, may_hold, one_of
from .names import FUNCTION_WORDS, PRONOUNS
from .nominal import (
    VIEW_IS_THAT,
    document_frame,
    heard_frame,
    hears,
    nominal_frame,
    poll_frame,
    view_frame,
)
from .punctuation import punctuation_frame
from .roles import role_holder
from .scope import source_in_side_clause
from .senses import DUTY_EXPECTED
from .sources import (
    ANONYMITY_GIVEN,
    ASKED_OF,
    DOCUMENT_NOUN,
    IN_THE_KNOW,
    NOT_TO_BE_NAMED,
    POSSESSIVE_END,
    is_body,
    is_document,
    is_person_like,
    kind_of,
    loose_word,
)
from .subjects import (
    CONNECTIVES,
    PHRASE_CLOSES,
    ROLE_FIRST,
    WHO_CLAUSE,
    agrees,
    antecedent,
    in_quotation,
    left_np,
    right_np,
    singular_subject,
    title_case,
)

_CUES = load_phrases("reporting.txt")
_FORMS: dict[str, str] = {}
for _line, _kind in _CUES.items():
    for _form in _line.split(","):
        _FORMS.setdefault(" ".join(_form.split()), _kind)

_VERB = PhraseMatcher(_FORMS)
# "by one estimate", "by some counts": a figure credited to an unnamed reckoning.
# (These two open on their letter: see lexicon.py on scanning patterns.)
_BY_ESTIMATE = re.compile(r"[Bb](?<!\w[Bb])y\s+((?:one|some|many|most|several|other|"
                          r"official|independent|conservative|rough|early|"
                          r"industry|government)\s+(?:estimates?|counts?|"
                          r"calculations?|tallies|tally|measures?|accounts?))\b")
# A count someone keeps of their own: "By her own count, she taught 3,000
# children", "by the council's own estimate", "By his own admission".
_BY_OWN = re.compile(r"[Bb](?<!\w[Bb])y\s+((?:her|his|their|its|our|my|[A-Z][\w’'.-]*"
                     r"(?:\s+[A-Z][\w’'.-]*)*[’']s?|the\s+[a-z]+[’']s?)\s+own)\s+"
                     r"(?:estimates?|counts?|calculations?|tally|reckoning|account|"
                     r"admission|figures?)\b")
# Talk passed around, opening the sentence: "Word along the quay is that",
# "The word in Westminster is that", "Word has it that".
_WORD_IS = re.compile(r"[\s“\"]*((?:The\s+)?[Ww]ord(?:\s+(?:along|around|in|on|at|"
                      r"among|from|across)\s+[^,.;:]{1,40}?)?)\s+(is|has\s+it)\s+"
                      r"that\b")
# Each form -> the first form on its lexicon line ("agreed" -> "agree").
_LEMMA: dict[str, str] = {}
for _line in _CUES:
    _forms = [" ".join(f.split()) for f in _line.split(",")]
    for _form in _forms:
        _LEMMA.setdefault(_form, _forms[0])


def cue_kind(cue: str) -> str | None:
    """The lexicon section of a reporting cue ("speech", "thought", ...), None
    for a cue not listed."""
    return _FORMS.get(" ".join(cue.lower().replace("’", "'").split()))


def lemma(cue: str) -> str | None:
    """The first form of a reporting cue's lexicon line ("railed against" ->
    "rail against"), None for a cue not listed."""
    return _LEMMA.get(" ".join(cue.lower().split()))


# Cue verbs with a common sense that is an act, not a report ("agreed to pay",
# "declared bankruptcy", "offered a discount"): see the module docstring.
_CONTENT_ONLY = frozenset("agree refuse declare decide rule thank offer accept seek "
                          "commit determine back present certify resist aim plan "
                          "assume decline hope feel promise pledge vow learn "
                          "trust know".split())
# Content-only verbs whose every sense is a decision, a pledge or a stance
# someone takes: without content they still tell what the source did
# ("agreed to pay", "declined to comment", "ruled against the state", "backed
# Clinton"), an act (acts.py). The rest ("committed a crime", "accepted the
# offer", "assumed office") tell nothing of the kind.
_DECISIONS = frozenset("agree refuse declare decide rule thank offer seek back "
                       "plan hope aim decline determine promise pledge "
                       "vow".split())
# A feeling without content ("many Mexicans felt betrayed") tells the source's
# state of mind, not a claim: PolNeAR counts the relation, nobody is credited.
_FEELINGS = frozenset(("feel",))
# What may stand between a content-only verb and its content: adverbs, a short
# time phrase ("on Monday"), "with X" for agree, an indirect object.
# (an aside between commas may stand before the clause: "She added, however,
# that prices remained high")
_CONTENT_LEAD = (r"(?:\s*,?\s*(?:\w+ly|again|also|then|today|yesterday|however|"
                 r"though|too|moreover|meanwhile|nonetheless|nevertheless|"
                 r"(?:on|last|this|in|at|with)\s+(?:[\w’'.-]+\s+){0,2}[\w’'.-]+)"
                 r"(?=[\s,]))*")
_CONTENT_AFTER = re.compile(
    _CONTENT_LEAD + r"\s*(?:[:“\"‘]|,\s*[“\"‘]|"
    r",?\s*that\b(?!\s*(?:out|up|off|down|away|in|on)?\s*(?:[.,;:!?)]|$))|"
    r"(?:(?:on|about|over)\s+)?(?:whether|if|how|why|what|when|where|who)\b|"
    # a bare clause: a short noun phrase, then a finite verb
    r"(?!to\b)(?:(?!(?:that|which|who|to|for|of|in|on|at|by|with|from|and|or)\b)"
    r"[\w’'.-]+\s+){1,5}(?:is|are|was|were|has|have|had|will|would|could|"
    r"should|can|may|might|must|did|does|do)\b)", re.I)
_CONTENT_ENDS = re.compile(_CONTENT_LEAD + r"\s*(?:[.,;!?—–)]|$)")
# Longer settings before a that-clause: "tweeted in the early morning hours
# that ...", "wrote in a letter to residents last week that ...": phrases of
# time, place, medium or addressee, each a preposition and a few words, then a
# "that" whose clause has a subject and a verb (a relative "that" is followed
# by its verb: "in a post that called him ...", "a letter that says the ...").
_SETTING_WORD = r"\s+(?!(?:that|which|who|whom|and|but|or|said|says)\b)[\w’'.,-]+"
_FINITE = (r"(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
           r"should|must|did|does|do|[a-z]+ed)")
_SETTINGS_THEN_CLAUSE = re.compile(
    r"(?:\s*,?\s+(?:in|on|at|to|for|from|during|after|before|via|over|through|"
    r"with|across|within|under|last|this|early|late|earlier|later)"
    r"(?:" + _SETTING_WORD + r"){1,6}){1,3}"
    r"\s*,?\s+that\s+(?!(?:" + _FINITE + r"|been|being)\b|"
    r"[a-z]+s\s+(?:the|a|an|his|her|their|its|[A-Z]))"
    # ... and a clause after it: a finite verb within a few words ("in that
    # spot." is a place)
    r"(?=(?:[\w’'.-]+\s+){1,5}(?:" + _FINITE + r"|[a-z]+s)\b)", re.I)
# The same settings ending the sentence or clause ("..., Mosko wrote in an
# email to Rich Eisen on Friday.") or before more quoted words
_SETTINGS_THEN_END = re.compile(
    r"(?:\s*,?\s+(?:in|on|at|to|for|from|during|after|before|via|over|through|"
    r"with|across|within|under|last|this|early|late|earlier|later)"
    r"(?:" + _SETTING_WORD + r"){1,6}?){1,3}\s*(?:[.;!?—–)]|$|"
    r",\s*(?:and|but)\s+[“\"‘])", re.I)  # "..., and “full of it.”"
# Verbs of putting words out, which stand parenthetically with settings after
# them; "..., a proposal the union rejected within the hour" is an act.
_WORDS_VERBS = frozenset("write post tweet text email say tell add note explain "
                         "agree acknowledge concede declare announce "
                         "insist".split())
# A clause before the source's comma: a finite verb, not in a phrase of time
# or a side clause ("Last week,", "After the vote ended,").
_CLAUSE_BEFORE = re.compile(
    r"[\s“\"‘]*(?!(?:after|when|before|as|while|since|if|because|although|"
    r"though|once|until|in|on|at|during|for|last|this|by)\b)[^,]*?\b"
    r"(?:" + _FINITE + r")\b", re.I)
# "There are some economists who argue that ...", "there are those who
# say": the clause only brings the source in; what they argue is the
# sentence's claim, not a side clause's.
_EXISTENTIAL = re.compile(r"\b(?i:there\s+(?:are|is|were|was|have\s+been|has\s+"
                          r"been))\s+(?:[\w’'-]+\s+){0,4}?(?i:who|that)\s+"
                          r"(?:\w+ly\s+)?$")
_AGREED_WITH = re.compile(r"\s+with\s+([^,;.:!?]+?)(?=\s*(?:[,;.:!?]|$|\s+that\b|"
                          r"\s+on\b|\s+about\b))")
_WITH = re.compile(r"(?:\s+\w+ly)?\s+with\b", re.I)
_PARENTHETICAL_BEFORE = re.compile(r"[,”\"’:—–(]\s*$")
# A role or a description opening the sentence and set beside the name after
# it: "The trust's chief executive, ", "Its chair, ".
_APPOSED_HEAD = re.compile(r"\s*(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+"
                           r"[^,;:“”\"]{1,60}?,\s*")
_NOUN_BEFORE = re.compile(
    r"\b" + one_of(
        "the a an this that these those his her its their our my your no any "
        "every each such whose of in to for with by from on at new recent latest "
        "first last final official annual public tv television news more "
        "fewer") + r"\s+"
    # a superlative between: "the loudest voices", "its strongest claims" (not
    # a noun in -est: "the test shows")
    r"(?:(?!(?:" + "|".join(sorted(NOT_SUPERLATIVE)) + r")\s)[a-z]+est\s+)?$",
    re.I,
)
_NEGATED = re.compile(
    # (whole words: "the governor said" and "a donor said" are no negation)
    # ("declined to be named said": the anonymity formula, then the report)
    r"(?:\bnot|\bnever|n[’']t|\byet\s+to|"
    r"\b(?:declined|refused)\s+to(?!\s+be\s+(?:named|identified)\b)|"
    r"\bfailed\s+to|\bunable\s+to|\bno\s+one|\bnobody|\bneither|\bnor)"
    # not past a conjunction: "declined to comment but confirmed" reports
    r"\s+(?:(?!(?:but|and)\b)\w+\s+){0,2}$",
    re.I,
)
# Words before a verb that are adjectives in "official reports" but nouns in
# "an official said": a past-tense form after them is still a verb.
_ADJECTIVE_NOUN = re.compile(r"(?:official|public|news|first|last|final)\s+$",
                             re.I)


def _past(cue: str) -> bool:
    first = cue.split()[0]
    return first.endswith("ed") or first in ("said", "told", "wrote", "spoke")


_PASSIVE = re.compile(r"\b(?:is|are|was|were|been|be|being)\s+(?:(?:\w+ly|also|still|"
                      r"now|not|already|too|so|very|even|all|first|later|then|once|never|"
                      r"since|again|just|widely|long)\s+){0,2}$", re.I)
# "it is understood", "it was reported": the impersonal passive of hearsay.
_IMPERSONAL_IT = re.compile(r"\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+"
                            r"(?:(?:also|now|widely|generally)\s+)?$")
_SUBJECT_NEXT = re.compile(r"\s+(?:the|a|an|he|she|they|it|this|there|[A-Z][\w’'-]*)"
                           r"\s")
_INFERRING = frozenset(("suggest", "indicate", "imply", "signal"))
_PASSIVE_REPORT = frozenset(
    "said reported believed thought alleged rumored rumoured claimed expected "
    "known understood estimated suspected considered".split()
)
_ACCORDING_NP = re.compile(r"\s+([^,;.:!?\n]{1,120}?)(?=\s*(?:[,;.:!?\n]|$|\s+(?:that|"
                           r"who|which|the\s+\w+\s+(?:is|was|has))\b|"
                           # "according to club statisticians his best at ...":
                           # a new phrase, not the source's
                           r"(?<!\bof)(?<!\bto)(?<!\bfor)(?<!\bby)(?<!\bwith)"
                           r"(?<!\band)\s+(?:his|her|its|their)\s))", re.I)
_PER_SOURCE = re.compile(r"(?:(?:the|a|an|his|her|their|its)\b|(?-i:[A-Z])|"
                         r"(?:[a-z]+\s+)?[a-z]+s$)", re.I)
# (A straight mark opens only after a space or a bracket and before a word:
# '"Paper Towns", the lead single, sounded flat beside "Kestrel"' quotes
# nobody between its titles.)
_EMBEDDED_QUOTE = re.compile(r"(?:“|(?<![^\s(\[—–“\"-])\"(?=\S))(?=[^”\"]*\s[^”\"]*\s"
                             r"[^”\"]*\s)[^”\"]{15,}[”\"]")
# A title in quotation marks: every longer word capitalised ('"Iron and
# Salt: The Kellport Yards 1880–1985"'), a name, not someone's words.
_TITLE = re.compile(r"[“\"](?:(?:[A-Z0-9][\w’'–-]*|[a-z]{1,3})[:,]?\s+)*"
                    r"[A-Z0-9][\w’'–-]*[”\"]")
_CLAUSE_FINAL = frozenset({"continued", "continues", "went on"})
# "and it shows." closing a clause: the idiom (it is plain to see).
_IT_SHOWS = re.compile(r"\b(?:it|that|this)\s+$", re.I)
# A clause, a comma and a short subject before a closing "continued": the
# tag of the words before it ("..., the Post continues.").
_TAG_AFTER_CLAUSE = re.compile(r"(?:\S+\s+){3,}\S+,\s+[\w.’'-]+(?:\s+[\w.’'-]+){0,4}"
                               r"\s+$")
# A verb of matching or varying before "according to", or a plan or custom
# after it: "varies according to size", "went according to plan" (in keeping
# with, not on someone's word).
_CONFORMING = re.compile(
    r"\b(?:var(?:y|ies|ied|ying)|differ(?:s|ed|ing)?|depend(?:s|ed|ing)?|"
    r"go(?:es|ing)?|went|gone|proceed(?:s|ed|ing)?|priced|ranked|sorted|"
    r"grouped|arranged|classified|adjusted|tailored|scaled|graded|divided|"
    r"allocated|distributed|behaved?|acted|play(?:s|ed)?\s+out)\s+$", re.I)
_NORM_AFTER = re.compile(r"\s+(?:(?:the\s+|their\s+|his\s+|her\s+|its\s+|our\s+)?"
                         r"(?:plans?|schedule|script|design|custom|tradition)"
                         r"(?=\s*(?:[,.;:!?)—–]|$)|\s+(?:and|but|or|so)\b)|"
                         # "according to the number of pupils": in proportion
                         r"the\s+(?:number|amount|size|level|degree|extent|"
                         r"value|volume)\s+of\b)", re.I)
_HOW_TO = re.compile(r"\s+how\s+to\b", re.I)
# "thinks of", "thought about"; "thought to ask".
_OF_ABOUT = re.compile(r"\s+(?:of|about)\b", re.I)
_TO = re.compile(r"\s+to\b", re.I)
# A modal before a passive verb: "can be said", "could be argued".
_MODAL_BE = re.compile(r"\b(?:can|could|may|might|must|should|would)\s+"
                       r"(?:\w+ly\s+)?be\s+$", re.I)
# How a thing is best taken ("is best understood as") or where it is seen
# from ("viewed from Washington").
_AS = re.compile(r"\s+as\b", re.I)
_BEST_BEFORE = re.compile(r"\b(?:is|are|was|were|be)\s+(?:best|better)\s+$", re.I)
_FROM = re.compile(r"\s+from\b", re.I)
_AFTER_QUOTE_ONLY = frozenset({"begin", "began", "begins"})
_QUOTE_CLOSED = re.compile(r"[”\"’],?\s")
# A reporting word as the first half of a compound noun.
_COMPOUND_NOUN = re.compile(r"(?i:post\s+(?:office|box|code|mortem|war|graduate)s?|"
                            r"report\s+cards?|claims?\s+(?:form|process)s?)\b")
# An amount of money in a noun phrase, and the space after it.
_MONEY_THEN = re.compile(r"[$£€]\d[\d,.]*(?:\s+(?:million|billion|trillion|"
                         r"thousand|bn|m))?\s+")
_MEMBER_BEFORE = re.compile(r"\b(?:member|nation|island|city|client|gulf|"
                            r"frontline|border|african|arab|baltic)\s+$", re.I)
# A plural noun's verb right after it, or after a short phrase of place:
# "rates have fallen", "rates in Westshire have fallen".
_NOUN_BEFORE_VERB = re.compile(
    r"\s+(?:(?:in|of|for|among|across|at)\s+(?:[\w’'-]+\s+){1,3}?)?(?:have|has|"
    r"had|are|were|will|would|remain|remained|rose|fell|rise|fall|increased|"
    r"decreased|dropped|climbed|doubled|halved|soared|slumped)\b")
_NAMING = frozenset({"called", "calls", "calling", "labels", "labeled", "labelled",
                     "dubbed", "branded"})
_NAME_OR_PRONOUN = re.compile(r"^(?:he|she|they|we|i|it|[A-Z])", re.I)
# "the council should have asked": a verb under "should" reports nothing.
_DEONTIC = re.compile(r"\b(?:should|shouldn[’']t|ought\s+to|must\s+not|mustn[’']t)"
                      r"\s+(?:not\s+)?(?:have\s+)?(?:\w+ly\s+)?$", re.I)
# A base form coordinated with a to-infinitive is one too ("to sell herself and
# tell more jokes", "to tell the truth and lay out policies").
_TO_AND = re.compile(r"\bto\s+[a-z]+(?:\s+[\w’'-]+){0,8}?\s+(?:and|or)\s+$")
# A verb is not followed by a finite "is" or "were": the word is a noun.
_COPULA_AFTER = re.compile(r"\s+(?:is|are|was|were)\b")
# A plural noun's own verb after it: "documents show", "reports say".
# A relative clause right after the word: "knowledge of the maintenance
# records, who asked not to be named, said" (the clause is the person's; a
# verb would have its object or its words first).
_RELATIVE_NEXT = re.compile(r",\s+(?:who|whose|which)\b|"
                            # "Bank records shown to the court recorded",
                            # "documents seen by the BBC show": a participle
                            # describing the noun
                            r"\s+(?:shown|seen|obtained|released|filed|"
                            r"published|submitted|presented|handed)\s+(?:to|by)\b")
_REPORT_AFTER = re.compile(r"\s+(?:also\s+)?(?:show|showed|say|said|suggest|"
                           r"suggested|indicate|indicated|reveal|revealed|found|"
                           r"state|stated|note|noted|describe|described|allege|"
                           r"alleged|claim|claimed|confirm|confirmed)\b")
# ... unless a relative word's subject was lifted out of the report: "which its
# owner says was baked at dawn", "who officials say is the leader" (a sentence
# opening "What the mayor said was ..." is a subject clause, no such case).
_EXTRACTED = re.compile(r"(?<=[\w,]\s)(?:which|who|whom|that|what)\s+"
                        r"(?:[\w’'.-]+\s+){1,3}$", re.I)
_PROGRESSIVE = re.compile(r"(?:\b(?:is|are|was|were|been|be)(?:n[’']t)?|[’']s|[’']re)"
                          r"\s+(?:(?:also|now|still|once\s+again|again|already|"
                          r"not|\w+ly)\s+)*$", re.I)


_INVERTED = frozenset(
    "said says told added noted wrote stated explained asked replied responded "
    "continued insisted argued warned recalled acknowledged tweeted observed "
    "remarked claimed declared announced reported commented concluded reads "
    "read".split()
)
_PARTICIPLES = frozenset(
    "answering replying responding "
    "saying adding noting telling arguing claiming warning insisting explaining "
    "stating writing acknowledging declaring asserting contending stressing "
    "emphasizing emphasising calling urging accusing describing citing "
    "comparing questioning praising criticizing criticising blaming "
    "denying conceding admitting promising vowing painting portraying "
    "dismissing hailing slamming mocking ruling".split()
)
# Verbs that often have a thing, not a person, as subject in other senses.
_INANIMATE_OK = frozenset(
    "found show shows showed shown added noted called posted described signal "
    "signals signaled signalled indicate indicates indicated suggest reveal "
    "reveals revealed find finds began begins underscore underscores "
    "underscored underline underlines underlined highlight highlights "
    "highlighted illustrate illustrates illustrated".split()
)
# "In 1986, the court blocked ..., citing": skip the time or place in front.
_LEAD_ADVERBIAL = re.compile(r"\s*(?:(?:In|On|At|By|During|After|Before|Since|"
                             r"Last|This|Earlier|Later)\s+[^,]{1,30},\s*|"
                             # "At one point Mr Justice Carrow intervened"
                             r"(?:At|In)\s+(?:one|that|this|the\s+same)\s+(?:point|"
                             r"stage|moment|time)\s+|"
                             # "Asked whether she expected ..., she paused"
                             r"(?:Asked|Pressed|Questioned|Challenged)\b[^,]{1,120},"
                             r"\s*|"
                             # a dateline: "SPRINGVALE, April 2, 2026 - "
                             r"[A-Z][A-Z.’' ]+(?:,\s*[A-Z][a-z]+\.?\s+\d{1,2}"
                             r"(?:,\s*\d{4})?)?\s+(?:--?|—|–)\s+)")
# "Health officials", "Union leaders", "Independent experts": people by the
# body, field or quality named; "A Northstar Polling survey": a document by
# its maker's name.
_PEOPLE_AFTER_NAME = (
    r"(?:\s+(?:officials|leaders|chiefs|bosses|ministers|executives|officers|"
    r"police|staff|workers|doctors|nurses|experts|campaigners|sources|"
    r"survey|poll|study|report|review|audit|analysis)\b)?")
_SUBJECT_START = re.compile(
    r"\s*(?:[“\"]\s*)?((?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\b|(?:(?i:the|a|an)\s+)?"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}" + _PEOPLE_AFTER_NAME + ")")


_CHAIN = re.compile(r"\b(?:appeared|appears|appear|seemed|seems|seem|went\s+on|"
                    r"continued|continues|tried|tries|want|wants|wanted|plans?|"
                    r"planned|expected|going|got|used|liked|likes|loved|loves|"
                    r"tended|tends|has\s+had|had)\s+to\s+$",
                    re.I)
# "was accused of", "have been blamed for": a charge someone made, unnamed.
_PASSIVE_CHARGE = frozenset(
    "accused blamed criticized criticised praised condemned faulted "
    "applauded hailed lauded".split())
_THAT_AFTER = re.compile(r"\s+that\b")
_SENTENCE_END = re.compile(r"\s*[.!]?[”’\"]?\s*$")
# "Ministers, it added, were ...": the report set in the sentence as an aside.
_ASIDE_CLOSE = re.compile(r",\s")
_ASIDE_OPEN = re.compile(r",\s+it\s+$", re.I)
# "It added: “We are very sorry.”": its words follow.
_QUOTE_NEXT = re.compile(r"\s*[:,]\s*[“\"]")
# A communication noun with its content clause and no owner: "charges that",
# "arguments that", "an agreement that", "a clear message that".
_NOUN_THAT = re.compile(
    # (not the verb after "to": "for either side to claim that ...")
    r"(?<!\bto\s)\b(?=[acimnprstw])((?:claims?|charges|allegations?|arguments?|"
    r"assertions?|accusations?|"
    r"suggestions?|warnings?|predictions?|promises?|assurances?|insistence|"
    r"notion|theory|theories|rumou?rs?|complaints?|agreement|message))"
    r"\s+that\s+(?!(?:is|are|was|were|has|have|had|will|would|could|can|may|"
    r"might|he|she|they|it|we|i|you)\s+(?:\w+\s+){0,2}(?:made|said|put|"
    r"generated|raised|sent|gave|offered)\b)", re.I)
# ("that", between spaces, is a word of the sentence: lexicon.may_hold)
_THAT = frozenset({"that"})
_QUANTIFIER = re.compile(r"(?:some|many|most|several|few|both|all)$", re.I)
_PLURAL_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")
_EVERYONE = frozenset({"everyone", "everybody", "anyone", "anybody", "all"})
_ANYONE = frozenset({"anyone", "anybody", "whoever"})
_OF_US = re.compile(r"(?:most|many|some|all|few|several|those|each|both|none|"
                    r"the\s+rest|a\s+lot|lots)\s+of\s+(?:us|you)", re.I)
# "No official would confirm", "Nobody at the council would comment": a source
# that says nothing.
_NOT_ALL = re.compile(r"not\s+(?:every(?:one|body)|all)\b", re.I)
_NOBODY = re.compile(r"(?:no|nobody|none|neither)\b", re.I)
_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:also\s+)?(?=\S+$)", re.I)
# A past verb just before such a form makes it that verb's object.
_PAST_BEFORE = re.compile(r"\b[a-z]+ed\s+$")
# "the council, which has strongly denied ...", "Cruz, who pointedly refused
# ...", "a letter that says": the relative word is the verb's subject, and the
# noun phrase it follows the source ("that" only before an auxiliary or an -s
# form: "said that claims ..." opens a clause).
_RELATIVE_SUBJECT = re.compile(
    r"(?:\b(?:which|who)|\bthat(?=\s+(?:has|have|had|was|were|is|are|also|\w+ly)\s))"
    r"\s+(?:(?:has|have|had|was|were|is|are|also|not|never|then|later|first|once|"
    r"still|did|does|do|will|would|could|may|might|\w+ly|in\s+\d{4}|"
    r"(?:last|this)\s+(?:week|month|year))\s+){0,3}$", re.I)
# "admitted to hospital": taken in, not owning up.
_ADMITTED_TO_CARE = re.compile(
    r"\s+(?:to|into)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+)?(?:hospitals?|"
    r"care|ward|wards|clinic|icu|intensive\s+care|emergency|university|"
    r"college|school|bar|membership)\b", re.I)
# A number before, or "of" after, makes a noun of a verb form below.
_NUMBER_BEFORE = re.compile(r"\b(?:\d[\d,.]*|two|three|four|five|six|seven|eight|"
                            r"nine|ten|eleven|twelve|dozens?|hundreds?)\s+$", re.I)
_OF_AFTER = re.compile(r"\s+of\b")
# "Nurses I spoke to said": a preposition left at a contact clause's end, and
# the subject cut there ("Nurses I"), no speaker.
_STRANDED = re.compile(r"\b(?:I|we|they|you)\s+(?:have\s+|had\s+)?(?:spoken|spoke|"
                       r"talked|worked|listened)\s+(?:to|with)\s+$")
_CONTACT = re.compile(r"^(?:[A-Za-z][\w’'-]*\s+){0,2}[A-Z]?[a-z]+s\s+(?:I|we)$")
# What an objection reports: "object that ...", "objected: “...”".
_OBJECTION = re.compile(r"\s+that\b|\s*[,:]?\s*[“\"]")
# A noun after a preposition or closing a list: "in Scotland and the Baltic
# states", "from the Gulf states".
_LISTED = re.compile(r"\b(?:(?:and|or)\s+the|in|from|across|between|of)\s+"
                     r"(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,2}$")
# What a lawsuit or a fight is over: no part of a subject.
_OBJECT_PHRASE = re.compile(r"\b(?:over|against)\s+(?:a|an|the|its|his|her|their)\s")
# "rather than", "more than": a comparison, no source.
_COMPARISON = re.compile(r"(?:rather|more|less|other)\s+than", re.I)
# A thing and the name of whoever gave it: "the figure Mr Perrault cited".
_THING_THEN_NAME = re.compile(
    r"\b(?:the|a|an|this|that|these|those)\s+(?:[a-z]+\s+)?(?:figures?|numbers?|"
    r"claims?|statistics?|estimates?|words|phrases?|remarks?|comments?|examples?|"
    r"totals?|amounts?|sums?|dates?|targets?|promises?|pledges?)\s+(?=[A-Z])")
# A gerund opening its clause, its object after it: "Holding rates too long".
_GERUND_OPENING = re.compile(r"(?:^|[,;:]\s*)[\s“\"]*[A-Za-z]+ing\s+$")
# A second noun joined to the first, then a comma: "rates and rent, he said".
_AND_NOUN = re.compile(r"\s+(?:and|or)\s+[a-z]+\s*,")
# Verb forms that are just as often plural nouns ("coal states", "his remarks").
_NOUNISH = frozenset(
    "states reports claims comments notes answers questions plans hopes fears "
    "views charges calls demands promises estimates signals posts doubts "
    "labels brands insults rates details tweets emails texts appeals "
    "challenges pledges vows requests offers backs credits votes documents "
    "records objects charge".split()
)


# A wish to say something, which says nothing yet.
_WISHED_TO = re.compile(r"\b(?:wants?|wanted|wanting|wish(?:es|ed)?|hopes?|hoped|"
                        r"intends?|intended|longs?|longed)\s+to\s+$", re.I)
# "was quoted as saying", "has been quoted by the paper as saying", "was
# heard saying": words set down as the subject's.
_QUOTED_SAYING = re.compile(
    r"\s+(?:was|were|is|are|(?:has|have|had)\s+been)\s+((?:quoted|reported|"
    r"recorded|heard|overheard|filmed)\s+(?:(?:by|in|on)\s+[^,.;:“”\"]{1,50}?\s+)?"
    r"(?:as\s+)?)$")


def _participle(original, text, start, end, vs, ve, cue) -> Attribution | None:
    """", adding that ...": the subject of the sentence is the source."""
    if cue.split()[0] not in _PARTICIPLES or not re.search(
            r"(?:,|\bby|\band|\bwhile|\bafter|\bbefore)\s*$", text[start:vs]):
        return None
    lead = _LEAD_ADVERBIAL.match(text, start, vs)
    begin = lead.end() if lead else start
    connective = _CONNECTIVE_LEAD.match(text, begin, vs)
    if connective:
        begin = connective.end()  # "But she was visibly irritated ...,
        # saying only that ...": she said it
    match = _SUBJECT_START.match(text, begin, vs)
    span = match.span(1) if match else None
    if match and match.group(1) in ("The", "A", "An"):
        # "The minister resigned on Friday, saying ...": the noun phrase
        # before the sentence's first verb
        noun = _COMMON_SUBJECT.match(text, match.start(1), vs)
        span = noun.span(1) if noun and is_person_like(noun.group(1)) else None
    if span is None or in_quotation(text, start, span[0]):
        return None
    role_name = _ROLE_NAME_AFTER.match(text, span[1], vs)
    if role_name:  # "Former Rovers captain Lee Whitmore, writing ...": the
        span = (span[0], role_name.end())  # role and the name after it too
    np = text[span[0]:span[1]]
    if np.lower() in _ANYONE or (np.lower() in FUNCTION_WORDS
                                 and np.lower() not in PRONOUNS):
        return None  # "Anyone ... claiming they know is guessing": nobody; "As
        # both a candidate and President, ..., responding": no noun at all
    if _LEMMA.get(cue) in _INFERRING and not is_person_like(np):
        return None  # "Turnout fell to 41 percent, suggesting voters had lost
        # interest": what the event suggests, nobody suggesting it
    if _LEMMA.get(cue) in _CONTENT_ONLY and not _CONTENT_AFTER.match(text, ve,
                                                                      end):
        return None  # ", declaring bankruptcy": an act, not a report
    found = _make(original, kind_of(np), span, (vs, ve))
    # ", citing slowing corporate spending": a topic named, an act
    found.act = reports_act(text, start, ve, end, _LEMMA.get(cue),
                            bool(_CONTENT_AFTER.match(text, ve, end)))
    return found


_ROLE_NAME_AFTER = re.compile(
    r"(?:\s+(?![a-z]+ed\b)(?!(?:on|in|at|by|for|from|to|of|with|last|this|and|or|"
    r"but|is|was|has|had)\b)[a-z][\w-]*){1,3}(?:\s+[A-Z][\w’'.-]*){1,3}(?=\s*,)")
# "The minister", "the software company" before its verb ("resigned",
# "cut", "says").
_COMMON_SUBJECT = re.compile(
    r"((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    # "A senior doctor at the trust who did not want to be named went
    # further, claiming ...": its place and its wish to go unnamed
    r"(?:\s+(?:at|of|from|in|with|for)\s+(?:the|a|an|its|their)\s+[a-z][\w-]*)?"
    r"(?:\s+who\s+[^,;:“”\"]{3,60}?\b(?:named|identified|anonymity))?)"
    r"(?=\s+(?:\w+ly\s+)?"
    r"(?:[a-z]+ed|[a-z]+s|was|is|were|are|has|had|have|cut|put|set|hit|quit|"
    r"said|told|made|took|gave|left|lost|won|came|went|ran|rose|fell|met|held|"
    r"led|kept|sold|paid|built|sent|spent|will|would|could|can)\b)")
# A subject by what the person is, then a "who" clause between commas:
# "A senior official in the Department of Housing, who did not wish to be
# named, said ...".
_DESCRIBED_SUBJECT = re.compile(
    r"\s*((?:A|An|The|One|Two|Three|Several)\s+[^,;:“”\"]{2,120}?),\s+who\s+"
    r"[^,;:]{3,140},\s*$")
_NOT_SUBJECT = re.compile(
    r"(?:For|In|On|At|As|But|And|Or|If|When|While|After|Before|Since|Although|"
    r"Though|Because|With|Without|Among|Despite|Like|Unlike|Perhaps|Maybe|"
    r"Meanwhile|However|Still|Yet|So|Then|Now|Also|Even|Given|Under|Over|From|"
    r"To|Of|By|Through|During|Until|Once|Whether|What|Why|How|Where|Who|It|"
    r"There|This|That|These|Those)\b")
_MODAL = re.compile(r"\b(?:must|should|will|would|can|could|may|might|shall)\b",
                    re.I)
_COMPARED = re.compile(r"compared\s+(?:with|to)\b", re.I)


def _interrupted_subject(text, start, vs) -> tuple[int, int] | None:
    """"Clinton, at Monday's debate, cited ...", "The coalition, which
    represents 20 million people, wants ...": a subject parted from its verb
    by a phrase between commas; the sentence's opening name or pronoun."""
    lead = _LEAD_ADVERBIAL.match(text, start, vs)
    described = _DESCRIBED_SUBJECT.match(text, lead.end() if lead else start, vs)
    if described and not in_quotation(text, start, described.start(1)):
        return described.span(1)  # "A senior official in the department, who
        # did not wish to be named, said"
    match = _SUBJECT_START.match(text, lead.end() if lead else start, vs)
    if not match or match.group(1) in ("The", "A", "An") or in_quotation(
            text, start, match.start(1)) or _NOT_SUBJECT.match(match.group(1)):
        return None  # "For those with ...", "Perhaps it is ...": no subject
    comma = text.find(",", match.end(1), vs)
    if comma < 0 and text.find(")", match.end(1), vs) < 0:
        return None
    if comma >= 0 and not text[comma + 1 : vs].strip(" ,") and \
            text.find(")", match.end(1), comma) < 0:
        return None  # "Guard members, called to service by ...": a participle
    if _MODAL.search(text, match.end(1), comma if comma >= 0 else vs) or \
            _COMPARED.match(text, vs):
        return None  # "They must adopt X, Y and, above all, challenge ...";
        # "..., compared with": the subject's verb came before the comma
    return match.span(1)


_WORD = re.compile(r"[\w’'.-]+")
_GERUND_NOUN = re.compile(r"\s*(?:by\b|[.;)]|$)")
_FIRST_PERSON = re.compile(r"(?:i|we|you)\b", re.I)
_STOP_BACK = frozenset("by of for about in on to from while after before".split())


def _gerund_act(original, text, start, end, vs, ve, cue) -> Attribution | None:
    """"experts offering their assessments", "an ad hitting Trump", "avoids
    condemning the invasion": a speech or stance verb in -ing form that no
    comma frame explains tells what someone does with words, an act crediting
    no claim. Its source is the noun phrase just before it when that can
    speak, else the sentence's subject."""
    if _FORMS.get(cue) not in ("speech", "stance") or _GERUND_NOUN.match(
            text, ve) or quotes_words(text, start, end):
        return None  # "Reporting by Ann Lee", "contributed reporting."; a
        # quotation in the sentence is someone's words, not an act
    if _LEMMA.get(cue) in _INFERRING and text[max(start, vs - 2):vs].strip() == ",":
        return None  # "Turnout fell to 41 percent, suggesting voters had lost
        # interest": what the event suggests
    span = None
    # the nearest word that can speak, a few words back ("lawyers for Ana
    # Reyes filed papers opposing": "Ana Reyes"), and the phrase it ends
    words = list(_WORD.finditer(text, max(start, vs - 80), vs))
    for count, word in enumerate(reversed(words)):
        if count >= 4 or word.group().lower() in _STOP_BACK:
            break
        if is_person_like(word.group()):
            span = antecedent(text, start, word.end())
            break
    if span is None:
        lead = _LEAD_ADVERBIAL.match(text, start, vs)
        match = _SUBJECT_START.match(text, lead.end() if lead else start, vs)
        if not match or match.group(1) in ("The", "A", "An"):
            return None
        span = match.span(1)
    np = text[span[0] : span[1]]
    if _FIRST_PERSON.match(np) or in_quotation(text, start, span[0]):
        return None  # "I'm saying": the speaker's own words
    found = _make(original, kind_of(np), span, (vs, ve))
    # "now saying they think ...": a clause after it is reported content, but
    # in an adjunct that leaves the main clause the writer's (a side source)
    if _CONTENT_AFTER.match(text, ve, end):
        found.side = True
    else:
        found.act = True
    return found


@dataclass
class Attribution:
    kind: str
    source: str
    source_start: int
    source_end: int
    cue: str
    cue_start: int
    cue_end: int
    negated: bool = False  # "did not confirm": a source that says nothing
    #: The cue sits in a side clause ("..., where experts say ...") and credits
    #: that clause only; kept when nothing credits the main clause.
    side: bool = False
    #: The cue tells what the source did, not what it said ("endorsed one in
    #: July", "cited the figure"): see acts.py. Kept when nothing else
    #: attributes the sentence, but it credits no claim.
    act: bool = False
    #: A numbered link ("[1](https://...)") is the citation, not a document
    #: named in the words ("a Bloomberg poll shows").
    link: bool = False
    #: The speaker is the writer of a signed letter on a letters page (the
    #: signature closes the letter), not someone interviewed.
    signed: bool = False

    @property
    def span(self) -> tuple[int, int]:
        """Where the words that credit the claim stand, the source and its cue
        together ("Some analysts believe", "said Dr Feld")."""
        return (min(self.source_start, self.cue_start),
                max(self.source_end, self.cue_end))

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "source": self.source,
            "source_start": self.source_start, "source_end": self.source_end,
            "cue": self.cue, "cue_start": self.cue_start, "cue_end": self.cue_end,
        }


# The first finite verb of a sentence, after its subject: "The mayor was
# blunt.", "Maria Lopez has run the bakery since 1998."
_FIRST_VERB = re.compile(
    r"\s+(?:is|was|are|were|has|had|have|did|does|do|(?:is|was|were|are|has|"
    r"had|did|does|do)n[’']t|[a-z]{3,}ed|[a-z]{3,}s|"
    # the common irregular pasts: "Callum Reyes, 34, spent six years"
    r"spent|took|went|came|made|gave|grew|left|kept|built|began|ran|won|lost|"
    r"met|held|became|wrote|sold|bought|brought|taught|fought|felt|stood|sat|"
    r"led|fled|knew|saw|found|spoke|told|said|drove|flew|rose|fell|chose)\b")


def opening_subject(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the noun phrase opening the sentence text[start:end] as the
    subject of its first verb ("The paper" of "The paper was published in
    Nature."), or None."""
    aside = _PARTICIPLE_ASIDE.match(text, start, end)
    if aside and _FIRST_VERB.match(text, aside.end(), end):
        return aside.span(1)  # "Ferreira, appointed in the summer on a
        # three-year deal, brushed the question aside.": the subject before
        # the aside
    verb = _FIRST_VERB.search(text, start, min(end, start + 80))
    if verb is None:
        return None
    lead = _LEAD_BEFORE_PRONOUN.match(text, start, min(end, start + 80))
    if lead:
        return lead.span(1)  # "In a televised address he thanked ...": a
        # phrase of time or place, then the subject
    np = left_np(text, start, verb.start())
    if np is None or text[start:np[0]].strip(" “\"‘("):
        return None
    return np


# A name, then a participle's aside set off by commas: "Ferreira, appointed in
# the summer,", "Mr. Vane, reached by phone,".
_PARTICIPLE_ASIDE = re.compile(r"[\s“\"‘(]*((?:(?:Mr|Mrs|Ms|Dr|Miss)\.?\s+)?"
                               r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,2}),\s+"
                               r"(?:[a-z]+ed|[a-z]+ing)\b[^,;:“”\"]{0,80},")
_LEAD_BEFORE_PRONOUN = re.compile(r"\s*(?:(?:In|On|At|During|After|Before|Later|"
                                  r"Earlier)\s+[^,;:“”\"]{1,40}?\s+|"
                                  # "Asked about her double faults, she shrugged"
                                  r"(?:Asked|Pressed|Questioned|Challenged)\b"
                                  r"[^,;:“”\"]{1,80},\s+)(he|she|they|we|"
                                  r"I)\s+(?:\w+ly\s+)?[a-z]+(?:ed|s)\b")


# One capitalised participle before a plural noun: "Charred leeks", "Roasted
# peppers" (the finder took the noun for the verb).
_PARTICIPLE_WORD = re.compile(r"[A-Z][a-z]+(?:ed|ing)")
_PLURAL_NEXT = re.compile(r"\s+(?!(?:is|was|has|does|says)\b)[a-z]+s\b")


def named_with_maker(text: str, attr: Attribution) -> str:
    """A document's name as a reader would give it, with who made it or where
    it is from when the words after it say ("Data from the Office for Housing
    Statistics", "A review published last month by the Housing Futures
    Institute"); not who obtained or saw it ("Documents obtained by the
    Examiner"). Any other source's name as it stands."""
    if attr.kind != "citation" or attr.link:
        return attr.source
    maker = _MAKER_AFTER.match(text, attr.source_end)
    return text[attr.source_start:maker.end()] if maker else attr.source


_CAPITALISED = r"[A-Z][\w’'-]*"
_MAKER_AFTER = re.compile(
    r"(?:\s+(?!obtained|seen|leaked|shown|sent|given|passed)[a-z]+(?:\s+[a-z]+){0,2}?)?"
    r"\s+(?:by|from)\s+(?:the\s+)?" + _CAPITALISED + r"(?:\s+(?:(?:of|for|and|on|"
    r"the|&)\s+)*" + _CAPITALISED + r")*")


def introduced_speaker(original: str, text: str, start: int,
                       end: int) -> Attribution | None:
    """The person a sentence is about, as the speaker of a quotation that
    opens the next paragraph with no "said" of its own: "The mayor was
    blunt.\n\n“We closed the branch ...”" (news style introduces a speaker
    so). Only a named or specific one-person subject opening the sentence: a
    group ("Critics were angry"), a body ("The council voted") or a thing
    names no speaker."""
    np = opening_subject(text, start, end)
    if np is None:
        return None
    subject = text[np[0]:np[1]]
    if role_holder(original, start, subject):
        # "The fly-half was typically understated": Callum Reid, introduced
        # as "fly-half Callum Reid"
        return _make(original, "named", np, np)
    if not is_person_like(subject) or is_body(subject) or subject.lower() in (
            "they", "we", "i", "you"):
        return None
    if _PARTICIPLE_WORD.fullmatch(subject) and _PLURAL_NEXT.match(text, np[1]):
        return None  # "Charred leeks with hazelnut were very good": a dish
    kind = kind_of(subject)
    if kind not in ("named", "anonymous"):
        return None
    return _make(original, kind, np, np)


def _make(original, kind, span, cue_span) -> Attribution:
    s, e = span
    cs, ce = cue_span
    lead = _CONNECTIVE_LEAD.match(original, s, e)
    if lead and lead.end() < e:
        s = lead.end()  # "Yet the council's own report found": no "Yet"
        if kind == "named":
            kind = kind_of(original[s:e])
    pronoun = _PRONOUN_LAST.search(original, s, e)
    if pronoun and pronoun.start(1) > s:
        s = pronoun.start(1)  # "Years later he explained": the pronoun
        kind = kind_of(original[s:e])
    owner = _PLURAL_OWNER.match(original, e) if original[e - 2:e] in (
        "s'", "s’") else None
    if owner:
        e = owner.end()  # "Kingsport Rovers' chairman, Graham Osei, described"
        kind = kind_of(original[s:e])
    when = _WHEN_CLOSING.search(original, s, e)
    if when and when.start() > s and when.end() == e and \
            not original[s:when.start()].endswith("ed"):  # (not "a report
        # released last year")
        e = when.start()  # "The foreign ministry on Wednesday advised": when
        # (or how), no part of who
        if kind in ("named", "vague"):
            kind = kind_of(original[s:e])
    return Attribution(kind, original[s:e], s, e, original[cs:ce], cs, ce)


# A day or a time alone where the source was looked for ("..., yesterday
# said").
_WHEN_ONLY = re.compile(r"(?i:today|yesterday|tonight|earlier|later|now|also|"
                        r"then|(?:on|last|this)\s+\w+)")
# A day, a time or an adverb closing what was taken for the source.
_WHEN_CLOSING = re.compile(r"(?:\s+(?:just|also|only))?\s+(?:on|last|this|late|"
                           r"early)\s+(?:(?:Monday|Tuesday|Wednesday|Thursday|"
                           r"Friday|Saturday|Sunday)(?:\s+(?:night|morning|"
                           r"afternoon|evening))?|week|month|year|night)|"
                           r"\s+(?:yesterday|today|tonight)|"
                           # an adverb of the verb: "diplomats almost
                           # universally expressed", "The board also"
                           r"(?:\s+(?:almost|also|just|now|still|then|later|"
                           r"again|nearly|often|never|always|jointly|publicly|"
                           r"privately|initially|previously|recently|finally|"
                           r"universally|repeatedly|quickly|swiftly|"
                           r"immediately))+")
# A subject pronoun ending what was taken for the source, after a time
# phrase ("Years later he", "By then she"; not "She and I").
_PRONOUN_LAST = re.compile(r"(?<!\band)(?<!\bor)(?<!,)\s(he|she|they|we|I)$")
# After a plural owner ("Kingsport Rovers'"), the role it owns and the name
# set off after it.
_PLURAL_OWNER = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
                           r"(?:,\s+[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}(?=,))?")


# A connective opening the sentence, no part of the source after it.
_CONNECTIVE_LEAD = re.compile(r"(?:" + "|".join(sorted(CONNECTIVES)) + r"),?\s+(?=\S)")


# What may follow a trailing report to the sentence's end: whom it was told
# and how ("told this newspaper, speaking on condition of anonymity").
_TRAILING_END = re.compile(r"(?:\s+(?:this|the|a|an|reporters|journalists|me|us)"
                           r"(?:\s+[\w’'-]+){0,2})?\s*(?:[,;(—–][^“”\"]*)?[.!]?\s*$")


_SELF = frozenset(("i", "we"))
_MODAL_BEFORE = re.compile(r"\b(?:can|could|would|must|should|will|may|might)\s+"
                           r"(?:\w+ly\s+)?$", re.I)


_PHRASE_AFTER = re.compile(r"\s+(?:on|in|at|by|last|this|earlier|yesterday|today|"
                           r"from|online|to|before|during|under)\b")


def _later_reports(original, text, start, end, after, forms=None):
    """The reports that credit a claim (no act, negation or side clause) by
    the verbs after `after`, each of a form in `forms` if given."""
    for verb in _VERB.finditer(text, after, end):
        if forms is not None and _FORMS.get(text[verb[0]:verb[1]].lower()) not in forms:
            continue
        later = _verb_frame(original, text, start, end, verb)
        if later is not None and not (later.act or later.negated or later.side):
            yield later


def _report_around(original, text, start, end, found):
    """'A separate poll published on Sunday by Kestrel Insights found that
    ...': a participle right after its noun describes it; the verb whose
    subject holds both reports."""
    if not found.cue.endswith(("ed", "en")) or \
            text[found.source_end:found.cue_start].strip() or \
            not _PHRASE_AFTER.match(text, found.cue_end, end):
        return None
    return next((later for later in _later_reports(original, text, start, end,
                                                    found.cue_end)
                 if later.source_start <= found.cue_start < later.source_end), None)


def _trailing_report(original, text, start, end, found):
    """'Some vice-chancellors privately believe the model is broken, a senior
    figure told this newspaper': a report after a comma closing the sentence
    frames all before it, the belief inside it included, and so does a record
    it told of ('Phone records showed ..., prosecutor Jane Whitfield told the
    court')."""
    if _FORMS.get(found.cue.lower()) != "thought" and not (
            found.kind == "citation" and found.cue.lower() in _EVIDENCE_VERBS):
        return None
    return next((later for later in _later_reports(original, text, start, end,
                                                    found.cue_end, ("speech",))
                 if later.source_start > found.cue_end
                 and text[:later.source_start].rstrip().endswith((",", "”", '"'))
                 and _TRAILING_END.match(text, later.cue_end, end)), None)


def _someone_later(original, text, start, end, found):
    """'The scheme is expected to cost £11 million, and officials say it could
    be part-funded': a belief nobody is named for ("is expected to") gives way
    to the sources a later clause names."""
    if found.source.strip() or found.kind != "vague":
        return None
    return next((later for later in _later_reports(original, text, start, end,
                                                    found.cue_end)
                 if later.source.strip() and later.source_start > found.cue_end),
                None)


# A label pinned on someone in the passive: "has been called a charlatan by
# fellow physicians", "was branded a failure" (not "was called the Harmon
# Street Bridge", a name).
#: The verbs that pin a label: "called", "branded".
LABELLING = frozenset(("called", "branded", "labelled", "labeled", "dubbed"))
_LABEL_PINNED = re.compile(r"\s+(?:a|an)\s+(?!(?:day|week|month|year|few|number|"
                           r"lot|while|meeting|vote|halt|strike|press)\b)[a-z]")
_BY_THEM = re.compile(r"\bby\s+((?:[\w’'-]+\s+){0,3}?[\w’'-]+)(?=\s+(?:for|in|on|at|"
                      r"after|over|because|who|which)\b|\s*[,.;]|$)")
# What is conceded without words: goals, points, defeat, the election.
_CONCEDED_THING = re.compile(r"\s+(?:only\s+|just\s+)?(?:\d|(?:a|an|the|one|two|three|"
                             r"four|five|six|seven|eight|nine|ten|more|fewer|no)\s+"
                             r"(?:\w+\s+)?(?:goals?|points?|penalty|penalties|tries|"
                             r"try|runs?|wickets?|sets?|games?|seats?|ground|lead)\b|"
                             r"(?:defeat|victory|the\s+(?:election|race|game|match|"
                             r"title|seat)))")
# Things counted, opening what follows an inverted "said": "all options
# remained", "some services will", "no decision had".
_QUANTIFIED_THING = re.compile(r"(?i:all|some|no|most|many|both|several|few)\s+"
                               r"(?!(?:of\s+)?(?:the\s+)?(?:officials|members|people|"
                               r"residents|staff|workers|experts|analysts|sources|"
                               r"witnesses|those)\b)[a-z]+s\s+[a-z]")
# The writer told by someone unnamed: "I am told", "We were told".
_WRITER_TOLD = re.compile(r"\b(?:I|[Ww]e)\s*(?:am|[’']m|are|[’']re|was|were|"
                          r"have\s+been|[’']ve\s+been|had\s+been)\s+$")
# A ball struck: "ripped a forehand", "hammered home", "hammered in".
_STRUCK = re.compile(r"\s+(?:a|an|\d|home|in)\b")
# How a story is told: "told partly in recipes", "told through letters".
_TOLD_IN = re.compile(r"\s+(?:\w+ly\s+)?(?:in|through|across|over)\s+(?!court\b)")
# A passive describing: "Companies found to have failed".
_FOUND_TO = re.compile(r"\s+to\s+(?:have|be|been)\b")
# A second aside between a place and its verb: ", and is backed by ...,".
_ASIDE_BETWEEN = re.compile(r",\s+(?:and|but)\s+[^,;:“”\"]{1,80},\s*")
# A place named before a comma, whose region follows it ("based in
# Millbrook, Ohio,"; "of Leeds, England,").
_PLACE_TAIL = re.compile(r"\b(?:in|of|from|near|outside)\s+[A-Z][\w’'.-]*(?:\s+"
                         r"[A-Z][\w’'.-]*)?,\s*$")


# After the verb, a place something moves to ("a display projected onto the
# lens"): the verb tells a movement, not a report.
_PLACE_AFTER = re.compile(r"\s+(?:onto|into|on\s+to|across|through|over)\b", re.I)
# After a verb of showing, a time ("a light shows when the cameras are on"):
# it tells what appears, not what a record shows.
_TIME_AFTER = re.compile(r"\s+(?:when|whenever|while|if|once)\b", re.I)
# Report words that are nouns too, in the singular (no verb for a singular
# subject), closing a phrase ("the Riverside Commons project.", "the
# council's annual report,"; not "The Wall Street Journal reports.", nor a
# verb after a modal: "Nobody would comment.").
_NOUN_TOO = frozenset("project report estimate forecast claim note comment answer "
                      "reply record point".split())
_VERB_BEFORE = re.compile(r"\b(?:would|will|to|did|does|do|could|can|may|might|"
                          r"must|should|not|n[’']t)\s+$", re.I)
# ... and in the plural, the subject of a document's verb after them
# ("Industry estimates put shipments at ...").
_PLURAL_NOUN_TOO = frozenset("estimates forecasts projections reports claims "
                             "records".split())
_DOCUMENT_VERB_AFTER = re.compile(r"\s+(?:also\s+)?(?:put|puts|show|showed|shows|"
                                  r"suggest|suggested|indicate|indicated|"
                                  r"found|find|say|said)\b")
# Figures that tell a story: "told the story of two very different halves".
_STORY = re.compile(r"\s+(?:a|the|its|their|his|her|another|a\s+(?:different|"
                    r"similar|familiar|very\s+different)|the\s+same)\s+story\b")
# What a document holds when it records, lists or details something ("The
# report also records 14 serious incidents"): its content, not a deed.
_DOCUMENT_HOLDS = frozenset(("record", "document", "detail", "list", "note",
                             "outline", "chronicle", "cite", "mention"))


# "She is not always as restrained as she claims", "bigger than the
# government says": the writer measures the thing against someone's words, on
# the writer's own word (not "more than the alliance's recommended 2 percent")
_COMPARED_WITH = re.compile(r"\b(?:as\s+(?!well\b)[\w’'-]+(?:\s+[\w’'-]+)?\s+as|"
                            r"than)\s+(?:[\w’'-]+\s+){1,4}(?<![’']s\s)$")


_ABLE_TO = re.compile(r"\b(?:can|could|cannot|can[’']t|to)\s+$")


def _compared_with(text: str, start: int, vs: int) -> bool:
    """Whether the words before the cue measure against it ("as restrained as
    she claims", "bigger than the government says"); asked of every verb, so
    the pattern runs only where "than" or "as" stands."""
    window = text[start:vs]
    return ("than" in window or "as " in window) and bool(
        _COMPARED_WITH.search(text, start, vs))


def _reports_nothing(text: str, start: int, end: int, vs: int, ve: int,
                     cue: str) -> bool:
    """Does the cue word tell something else than a report, in a sentence
    that quotes nobody: a movement ("a small display projected onto the right
    lens"), an appearing ("a small white light shows when the cameras are
    active"), a noun closing its phrase ("negotiations with the firm behind
    the Riverside Commons project.") or heading a document's ("Industry
    estimates put shipments at ..."), or the writer's reading ("The statistics
    told the story of two very different halves")?"""
    low = cue.lower()
    other_sense = (
        # "Industry estimates put shipments at ...": the noun is the subject
        # of the verb after it
        low in _PLURAL_NOUN_TOO and _DOCUMENT_VERB_AFTER.match(text, ve, end)
        # "The statistics told the story of two very different halves": the
        # writer's reading, no one's words
        or low in ("tell", "tells", "told") and _STORY.match(text, ve, end)
        or _PLACE_AFTER.match(text, ve, end)
        or low in _EVIDENCE_VERBS and _TIME_AFTER.match(text, ve, end)
        or low in _NOUN_TOO and PHRASE_CLOSES.match(text, ve, end)
        and not _VERB_BEFORE.search(text, max(start, vs - 12), vs)
        # "the biggest screen you can find,": finding a thing, nothing found
        or low == "find" and PHRASE_CLOSES.match(text, ve, end)
        and _ABLE_TO.search(text, max(start, vs - 12), vs))
    # the quotation check scans the whole sentence: asked last, and only of
    # the few verbs read in another sense (every verb of every sentence
    # passes through here)
    return bool(other_sense) and not quotes_words(text, start, end)


def find_attribution(original: str, text: str, start: int, end: int, links=(),
                     speaker: tuple[int, int] | None = None) -> Attribution | None:
    """The attribution of the sentence original[start:end], or None.

    `text` is the masked twin of `original` (same offsets, markup blanked);
    `links` are the links inside the sentence; `speaker` the name span of the
    interview turn the sentence belongs to. A negated cue ("did not respond")
    comes back with `negated=True` when nothing else attributes the sentence.
    """
    negated = side = act = None
    unnamed = None  # whether the sentence tells of an unnamed source, once asked
    for verb in _VERB.finditer(text, start, end):
        found = _verb_frame(original, text, start, end, verb)
        if found is None or found.negated:
            if unnamed is None:
                unnamed = (text.find("named", start, end) >= 0
                           or text.find("anonym", start, end) >= 0
                           or text.find("identified", start, end) >= 0
                           or text.find("authori", start, end) >= 0) and \
                    _ANONYMITY.search(text, start, end) is not None
            if unnamed:
                found = _anonymous_subject(original, text, start, verb) or found
        if text[verb[0]].lower() in _EVIDENCE_INITIALS:  # spare the rest a slice
            document = _document_subject(original, text, start, verb)
            if document is not None:
                return document  # the whole noun phrase, acts inside it included
        if found is None and act is not None and act.source_end > act.source_start \
                and text[verb[0]:verb[1]].lower() in _MAIN_REPORTS and \
                _SECOND_PREDICATE.fullmatch(text, act.cue_end, verb[0]):
            # "Paul Whitcombe congratulated students and said standards were
            # being restored": the act's subject said it
            found = _make(original, act.kind, (act.source_start, act.source_end),
                          verb)
        if found is None and act is not None and _described(text, act, verb):
            # "Figures published on Thursday by the trust show that ...": the
            # participle's subject reports, past the agent in its phrase
            found = _make(original, act.kind, (act.source_start, act.source_end),
                          verb)
        if found is not None and act is not None and (
                found.source_start <= act.cue_start < found.source_end) and \
                not _ENDS_IN_WHO.search(act.source):
            if not (_describes(text, act, found.cue_start) or
                    _COORDINATED.search(text, act.cue_end, found.cue_start)):
                continue  # "X cited the figure at a forum viewed by ...": no NP
                # ("A spokesman who declined to be named said": the act is
                # the subject's relative clause, the report the sentence's)
            # The act's subject is the report's: its participle describes it
            # ("A study published Monday in the journal found") or the two
            # verbs share it ("A spokesman declined to comment but confirmed")
            found = replace(found, source=act.source,
                            source_start=act.source_start,
                            source_end=act.source_end, kind=act.kind)
        if found is not None and found.act and not found.negated:
            act = act or found  # "endorsed one": kept if nothing credits a claim
            continue
        if found is not None and not found.negated:
            if found.side or found.kind != "self" and source_in_side_clause(
                    text, start, found.cue, found.cue_start) and not \
                    _EXISTENTIAL.search(text, max(start, found.cue_start - 80),
                                        found.cue_start) and not \
                    _COLON_QUOTE_NEXT.match(text, found.cue_end, end):
                # ("she paused before answering: “...”": the colon brings in
                # the words, which are the sentence's)
                # "..., where experts say ...": kept only if nothing credits
                # the main clause
                found.side = True
                side = side or found
                continue
            if speaker is not None and (found.source or "").lower() in _SELF:
                # "I would point out that nobody asked us": the turn's or the
                # letter's own speaker
                return _make(original, "self", speaker, speaker)
            found = (_report_around(original, text, start, end, found)
                     or _trailing_report(original, text, start, end, found)
                     or _someone_later(original, text, start, end, found) or found)
            if found.kind == "vague":
                # "Critics have also noted that ..., according to a report by
                # the Parliamentary Audit Committee": the document the figure
                # comes from, which a reader can check
                return _document_after(original, text, found.cue_end, end) or found
            return found
        negated = negated or found
    view = view_frame(text, start, end)
    if view is not None:
        return _make(original, kind_of(text[view[0][0]:view[0][1]]), *view)
    frame = punctuation_frame(text, start, end)
    if frame is not None:
        span, cue_span = frame
        return _make(original, kind_of(text[span[0] : span[1]]), span, cue_span)
    nominal = nominal_frame(text, start, end)
    if nominal is not None and side is not None and \
            0 <= nominal[1][0] - side.cue_end <= 4:
        nominal = None  # "although the agency said in its report that ...":
        # the report is where the side clause's source said it
    if nominal is not None and not in_quotation(text, start, nominal[1][0], end):
        (s, e), cue, owned = nominal
        found = _make(original, kind_of(text[s:e]), (s, e), cue)
        # "Trump's comments came as ...": an event; "In her book, she noted
        # the clot": the setting of an act the verb already reports
        # (an owner after the noun, "The explanation given by the club was
        # that ...", comes with what the view holds)
        if not (owned and noun_reports_act(text, cue[1], end)
                and not VIEW_IS_THAT.match(text, cue[1], end) and s < cue[1]
                or not owned and act is not None):
            return found
        found.act = True
        act = act or found
    claim = _NOUN_THAT.search(text, start, end) if may_hold(
        text, start, end, _THAT) else None
    if claim is not None and not in_quotation(text, start, claim.start(), end) \
            and not quotes_words(text, start, end):
        # "dogged by charges that he ...", "persisted in arguments that ...":
        # words someone unnamed put out, told as the writer's own news
        found = _make(original, "vague", (claim.start(), claim.start()),
                      claim.span(1))
        found.act = True
        act = act or found
    poll = poll_frame(text, start, end)
    heard = None if poll else heard_frame(text, start, end)
    poll = poll or heard or document_frame(text, start, end)
    if poll is not None and not in_quotation(text, start, poll[1][0], end):
        span, cue = poll
        # "The jury heard that ...": evidence given at a hearing, on its
        # record, whoever gave it
        source = text[span[0] : span[1]]
        return _make(original, "citation" if poll is heard and hears(
            source, text[cue[0] : cue[1]]) else kind_of(source), span, cue)
    own = _BY_OWN.search(text, start, end)
    if own is not None and not in_quotation(text, start, own.start(), end):
        owner = (own.start(1), own.start(1) + len(own.group(1).rsplit(None, 1)[0]))
        whose = POSSESSIVE_END.sub("", original[owner[0]:owner[1]])
        return _make(original, kind_of(whose), (owner[0], owner[0] + len(whose)),
                     own.span())
    estimate = _BY_ESTIMATE.search(text, start, end)
    if estimate is not None and not in_quotation(text, start, estimate.start(), end):
        return _make(original, "vague", estimate.span(1), estimate.span())
    word = _WORD_IS.match(text, start, end)
    if word is not None:
        return _make(original, "vague", word.span(1), word.span(2))
    for link in links:
        if link.is_citation:
            cue = (link.text_start, link.text_end)
            at = original.find(link.url, link.start, link.end) if link.url else -1
            span = (at, at + len(link.url)) if at >= 0 else cue
            found = _make(original, "citation", span, cue)
            found.link = True
            return found
    if speaker is not None:
        # an interview turn's speaker makes its main claim, whatever side
        # clause credits someone else ("I understand why people say that")
        return _make(original, "self", speaker, speaker)
    if side is not None:
        return side
    if act is not None:
        return act
    if negated is None:
        quote = _EMBEDDED_QUOTE.search(text, start, end)
        if quote and not (quote.start() == start and quote.end() >= end - 2) \
                and not _TITLE.fullmatch(quote.group()):
            # words quoted from someone the sentence does not name, unless
            # it opens on the person who said them ("The second engineer was
            # blunter, describing morale as “the lowest I've seen it”")
            subject = introduced_speaker(original, text, start, quote.start())
            if subject is not None:
                return replace(subject, cue=original[quote.start()],
                               cue_start=quote.start(), cue_end=quote.start() + 1)
            span = (quote.start(), quote.start())
            found = _make(original, "anonymous", span, (quote.start(),
                                                        quote.start() + 1))
            found.side = _quoted_in_aside(text, start, quote.start(),
                                          quote.end(), end)
            return found
    return negated


# An aside on the sentence's subject, set off by commas: a relative clause or
# an apposition ("Mr. Harlan, a two-term governor who has built his campaign
# around a promise to “bring the factories home,” went on the attack").
_ASIDE_OPENS = re.compile(r",\s+(?:who|whose|which|whom|a|an|the|once|long)\b",
                          re.I)
_MAIN_CLAUSE_AFTER = re.compile(r"[”\"]?\s*,[”\"]?\s+(?:[\w’'-]+\s+){2,}")


def _quoted_in_aside(text: str, start: int, q_start: int, q_end: int,
                     end: int) -> bool:
    """Whether quoted words stand inside an aside on the subject that the
    main clause goes on after: they credit the aside, not the sentence's
    main claim, which is the writer's."""
    opening = _ASIDE_OPENS.search(text, start, q_start)
    if opening is None or "," in text[start:opening.start()] or \
            "," in text[opening.end():q_start]:
        return False
    # the aside closes at the quotation's end ('home,”' or 'home”,') and the
    # main clause follows
    return _MAIN_CLAUSE_AFTER.match(text, q_end - 2, end) is not None or \
        _MAIN_CLAUSE_AFTER.match(text, q_end, end) is not None


# Why a source goes unnamed, told between the source and its verb: "who asked
# not to be named", "speaking on condition of anonymity", "who was not
# authorised to speak", often with its reason ("because the talks are private").
_UNNAMED = (r"(?:had\s+)?(?:(?:asked|requested|declined|spoke|speaking|agreed\s+to\s+"
            r"speak)\s+" + ASKED_OF + r"(?:" + NOT_TO_BE_NAMED + r"|on\s+(?:the\s+)?"
            r"condition\s+(?:of\s+anonymity|that)|anonymously)|" + ANONYMITY_GIVEN
            + r")")
# The reason itself, or the want of leave to speak: "who was not authorised to"
_UNNAMED_OR_UNAUTHORISED = (r"(?:" + _UNNAMED +
                            r"|(?:was|is|were|are)\s+not\s+authori[sz]ed\s+to)\b")
_ANONYMITY = re.compile(r"(?:,\s*|\s+who\s+)" + _UNNAMED_OR_UNAUTHORISED, re.I)
# ... right after the source's words: "A fund manager ..., who asked not to be
# named, described"
_UNNAMED_AFTER = re.compile(r",?\s*(?:who\s+)?" + _UNNAMED_OR_UNAUTHORISED, re.I)
# What ends the aside before the verb: a comma, or the reason's own clause
# running straight into it ("... have not been published said ...").
_ASIDE_END = re.compile(r"(?:,\s*|\s+)$")


def _anonymous_subject(original: str, text: str, start: int,
                       verb: tuple[int, int]) -> Attribution | None:
    """The source a sentence opens on, told to be unnamed before its verb:
    "A transit official who asked not to be named because the figures have not
    been published said ...", "A manager, speaking on condition of anonymity
    because staff were told not to discuss it, said ...". The aside and its
    reason stand between the source and the verb, so no noun phrase just
    before the verb is its subject."""
    vs, ve = verb
    aside = _ANONYMITY.search(text, start, vs)
    if aside is None or aside.start() == start or not _ASIDE_END.search(
            text, aside.end(), vs) or text[vs:ve].lower() not in _MAIN_REPORTS:
        return None
    # the subject ends where its first aside or relative clause begins ("A
    # physician who has treated the children, and who asked not to be named")
    cut = _FIRST_ASIDE.search(text, start, aside.end())
    np = (start, cut.start())
    words = text[np[0]:np[1]].split()
    if not 1 <= len(words) <= 10 or _CLAUSE_MARK.search(text, np[0], np[1]) or \
            not is_person_like(text[np[0]:np[1]]):
        return None
    return _make(original, "anonymous", np, verb)  # unnamed, as the aside says


_FIRST_ASIDE = re.compile(r",|\s+who\b", re.I)
# A written thing that can "read" a quotation: a document, or a sign, a note,
# a message ("the statement reads", "the banner read").
_WRITTEN = re.compile(r"\b(?:" + DOCUMENT_NOUN + r"|statements?|signs?|notes?|"
                      r"messages?|posts?|captions?|headlines?|banners?|"
                      r"placards?|notices?|labels?|inscriptions?|plaques?|"
                      r"texts?|tweets?|leaflets?|flyers?|posters?|letters?|"
                      r"citations?|verdicts?|rulings?|orders?|judgments?|"
                      r"judgements?|motions?|warnings?|invitations?|cards?|"
                      r"slogans?|mottos?|entry|entries)$", re.I)


# A document or a record opening the sentence, with who made it or where it
# comes from, then a verb of evidence: "Satellite images published by the
# research group Open Borders Monitor show that ...", "Figures from the Office
# of Rail and Road show that ...".
_DOCUMENT_OPENING = re.compile(
    r"(?:(?:The|A|An|New|Official|Internal|Leaked|Recent|Latest|Provisional)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?i:" + DOCUMENT_NOUN + r"|images|photos|photographs|"
    r"footage|maps|videos|recordings)(?=\s+(?:[a-z]+ed\s+(?:\w+\s+)?(?:by|with|"
    r"to)|seen\s+by|from|of)\s+[^,;:“\"()]+?\s+$)")
_EVIDENCE_VERBS = frozenset(("show", "shows", "showed", "suggest", "suggests",
                             "suggested", "indicate", "indicates", "indicated",
                             "reveal", "reveals", "revealed",
                             # "An ecological survey commissioned by the
                             # developer recorded skylarks": what it counted
                             "recorded", "records", "counted", "documented",
                             "identified", "detected"))
_EVIDENCE_INITIALS = frozenset(verb[0] for verb in _EVIDENCE_VERBS)


def _document_subject(original: str, text: str, start: int,
                      verb: tuple[int, int]) -> Attribution | None:
    """The document a sentence opens on as the source of its verb of
    evidence, named as "Documents obtained by the Examiner show" names it (its
    noun phrase up to who made it or where it comes from): not the last name
    in that phrase ("Road" of "the Office of Rail and Road") nor that name
    with the verb ("the research group Open Borders Monitor show")."""
    vs, ve = verb
    if text[vs:ve].lower() not in _EVIDENCE_VERBS:
        return None
    opening = _DOCUMENT_OPENING.match(text, start, vs)
    if opening is None:
        return None
    return _make(original, "citation", opening.span(), verb)


def anonymity_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The words in text[start:end] telling that a source goes unnamed ("who
    asked not to be named", "speaking on condition of anonymity"), or None."""
    aside = _ANONYMITY_WORDS.search(text, start, end)
    return aside.span() if aside else None


_ANONYMITY_WORDS = re.compile(r"(?:who\s+)?" + _UNNAMED, re.I)


_MAIN_REPORTS = frozenset(("said", "says", "told", "added", "warned", "insisted",
                           "confirmed", "explained", "noted", "argued", "cautioned",
                           "stressed", "acknowledged", "admitted", "conceded",
                           "claimed", "suggested", "predicted", "complained"))


# A phrase that opens with a preposition is an adverbial, not a subject, unless
# a name closes it ("In a Bloomberg interview Trump declared").
_PREPOSITION_FIRST = re.compile(r"(?i:in|at|on|during|under|with|for|from|after|"
                                r"before|into|over|within|across|inside|among)\s")


def _subject_before(text: str, start: int, vs: int) -> tuple[int, int] | None:
    """The noun phrase before the verb, unless it is an adverbial ("in a box
    labeled", "During Tuesday's arguments", "Voters, in particular, have
    expressed": the subject, if any, is found another way)."""
    habit = _HABIT.search(text, start, vs)
    if habit:  # "as he liked to tell interviewers", "as she used to say"
        vs = habit.start()
    left = left_np(text, start, vs)
    if left is None:
        return None
    words = text[left[0]:left[1]].split()
    if len(words) == 1 and words[0][0].isdigit() and _TIME_PREPOSITION.search(
            text, max(start, left[0] - 8), left[0]):
        # "A flood action group set up after 2015 has long argued": a date in
        # the phrase describing the subject, which opens the sentence
        opening = _COMMON_SUBJECT.match(text, start, vs)
        return opening.span(1) if opening and is_person_like(opening.group(1)) \
            else None
    if words[-1] in ("and", "but", "or"):
        # "Brennan, 52, resigned as minister and announced ...": a second
        # predicate of the sentence's subject, the name or noun it opens on
        passive = _PASSIVE_FIRST.search(text, start, left[1])
        if passive and not _NOT_TO_BE_NAMED.search(
                text, max(start, passive.start() - 12), passive.end()):
            return left  # a passive: "were arrested and charged with" (acts.py)
        clause = _CLAUSE_SUBJECT.search(text, start, vs)
        if clause:  # "Asked whether she expected ..., she smiled and said"
            return clause.span(1)
        opening = _OPENING_SUBJECT.match(text, start, vs)
        if opening is None or not is_person_like(opening.group(1)) or \
                _CLAUSE_MARK.search(text, opening.end(), vs):
            return None  # another clause between: "(they want ... and suggest"
        return opening.span(1)
    opening = _DESCRIBED_OPENING.match(text, start, left[0])
    if opening and not is_person_like(words[-1]) and \
            not _CLAUSE_MARK.search(text, opening.end(), left[0]) and \
            ", " not in text[opening.end():left[1]]:
        # "A post shared more than 40,000 times across social media this week
        # claims": the phrase is what the noun the sentence opens on was
        # shared, seen or signed by, and that noun is the subject
        return opening.span(1)
    if _PREPOSITION_FIRST.match(words[0] + " ") and not words[-1][:1].isupper():
        # an adverbial set off by commas stands between the subject and its
        # verb ("Donald Trump, in particular, has criticized"), or opens with
        # the verb itself ("Trump, after railing against")
        comma = text.rfind(",", start, left[0])
        if (words[-1].endswith(",") or len(words) == 1) and comma > start and \
                not text[comma + 1:left[0]].strip():
            return left_np(text, start, comma)
        return None
    return left


# The noun a sentence opens on, described by a participle after it: "A post
# shared ...", "The letter signed by ...".
_DESCRIBED_OPENING = re.compile(r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?"
                                r"[a-z][\w-]*)\s+(?:[a-z]+ed|seen|written|sent|"
                                r"shown|given|taken|read|shared)\s")
_TIME_PREPOSITION = re.compile(r"\b(?:after|since|before|in|until|by|from)\s+$")
# What someone was given to saying, between them and the verb: "as he liked
# to tell interviewers", "as she used to say".
_HABIT = re.compile(r"\s(?:used|liked|loved|likes|loves|tended|tends)\s+to\s+$")
# "asked not to be named": a wish to go unnamed, no first predicate.
_NOT_TO_BE_NAMED = re.compile(r"\bnot\s+to\s+be\s+(?:named|identified)\b")
# A first predicate in the passive ("were arrested and charged with").
_PASSIVE_FIRST = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+ly\s+)?"
                            r"[a-z]+(?:ed|en)\b")
# Another clause, which a second predicate's subject does not reach across.
_CLAUSE_MARK = re.compile(r"[;:()—–]|\b(?:who|which|that|when|while|if)\b")
# The subject a sentence opens on, a name or "the" and a noun, with an
# apposition set off by commas, before its verb.
# After an opening phrase, a pronoun and its first predicate before "and":
_WHO_BEFORE = re.compile(r"\bwho\s+$")
# A relative clause straight after a word: "advocates who ...".
_WHO_NEXT = re.compile(r"\s+who\b")
# Verbs that may take "who ..." as what they report: "asks who", "knows who".
_ASKING_WHO = frozenset("ask know say tell reveal explain wonder decide show "
                        "confirm disclose remember".split())
# "Asked whether she expected ..., she smiled and".
_CLAUSE_SUBJECT = re.compile(r",\s+(he|she|they|we|I)\s+(?:\w+ly\s+)?[a-z]+\s+"
                             r"(?:and|but)\s+(?:\w+ly\s+)?$")
_OPENING_SUBJECT = re.compile(
    r"\s*((?:[Tt]he|[Aa]n?)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*"
    r"(?:\s+(?:of|for|at|from)\s+(?:the\s+)?[\w’'-]+)?|"
    r"(?!(?:About|Around|Almost|Nearly|Roughly|Some|Just|Only|Halfway)\b)"
    r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}" + _PEOPLE_AFTER_NAME +
    r")(?:\s*,[^,]{1,80},)?\s+(?:\w+ly\s+)?[a-z]+\b")


# A subject ends in a noun; a phrase ending in a lower-case adjective leaves
# the cue after it a noun ("tremendous support", "existing rules").
_ADJECTIVE_LAST = re.compile(r"(?<![\w-])[a-z][\w-]*(?:ic|al|ous|ive|ful|less|ing)$")
# A causer and its object before a bare verb: "help people understand".
_CAUSATIVE = re.compile(r"\b(?i:help|helps|helped|helping|make|makes|made|"
                        r"making|let|lets|letting)\s+(?:[\w’'-]+\s+){0,2}"
                        r"[\w’'-]+$")
_RELATIVE_WORD = re.compile(r"\b(?i:who|which|that)\b")
_CONCEDING = re.compile(r"\b(?i:though|although|whereas|unless|even\s+if)\s+$")


# "says nothing for almost two minutes", "said little about the plan": a
# silence; not "said nothing had changed", which reports
_SAYS_NOTHING = re.compile(r"\s+(?:nothing|little)\b(?!\s+(?:had|has|have|was|is|"
                           r"were|are|would|will|could|can|[a-z]+ed)\b)", re.I)
_MODAL_IN = re.compile(r"\b(?:could|would|may|might|can|should|must|will)\s",
                       re.I)
# "points to" after a quantity ("climbed 11 basis points to 4.38 percent"): a
# noun, not a report.
_QUANTITY_END = re.compile(r"(?:\d|\bbasis|\bpercentage)$", re.I)


# A finite verb in a noun phrase found after the verb: it is a clause.
# The name of the one an inverted report's role names: "said its director,
# Owen Tremlett." (a role, then the name closing the sentence).
_NAME_APPOSED = re.compile(r",\s+((?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'-]*)\s*[.!]?"
                           r"[”’\"]?\s*$")
_CLAUSE_GOES_ON = re.compile(r"\s(?:was|were|is|are|had|has|have|would|will|could|"
                             r"can|may|might|should|must)\b")
_VERB_FIRST = re.compile(r"(?i:is|are|was|were)\s")
# A phrase opening on a focusing adverb is an aside, not a subject:
# "..., particularly younger men in Rust Belt states".
_FOCUS_FIRST = re.compile(r"(?i:particularly|especially|mostly|mainly|largely|"
                          r"notably|chiefly)\s")


def _no_finite_verb(text: str, start: int, left: tuple[int, int], np: str,
                    cue: str) -> bool:
    """Is a present or bare cue after this phrase no report? After an
    adjective it is a noun ("post-traumatic stress", "a rather polarizing
    question", "the party's existing rules"); after a causer and its object an
    infinitive ("to help people understand", "let editorials tell them"), unless
    the causer sits in a relative clause ("officials who helped draft the law
    said"). A past form is a verb: "the principal said", "her rival called"."""
    if _past(cue):
        return False
    if _MODAL_IN.search(np) or (cue.startswith("point") and
                                _QUANTITY_END.search(np)):
        return True  # "that delay could expose the company to fines under
        # data protection rules": a clause, then a noun
    if _ADJECTIVE_LAST.search(np) and not is_person_like(np.split()[-1]):
        return True
    return bool(_CAUSATIVE.search(np)) and not _RELATIVE_WORD.search(
        text, max(start, left[0] - 8), left[1])


_SAYS_MUCH = re.compile(r"\s+(?:everything|a\s+lot|a\s+great\s+deal|so\s+much|"
                        r"it\s+all|volumes)\s+(?:about|for)\b", re.I)
_REFLEXIVE_AFTER = re.compile(r"\s+(?:myself|yourself|himself|herself|itself|"
                              r"ourselves|themselves)\b")
_MONEY_AFTER = re.compile(r"\s+(?:back\s+)?(?:(?:more|less)\s+than|over|under|about|"
                          r"around|nearly|almost|up\s+to|some|an?\s+)?\s*[$£€]\s?\d",
                          re.I)


def _document_after(original: str, text: str, start: int,
                    end: int) -> Attribution | None:
    """An "according to" a document in text[start:end], as a source."""
    for verb in _VERB.finditer(text, start, end):
        if " ".join(text[verb[0]:verb[1]].lower().split()) == "according to":
            found = _verb_frame(original, text, start, end, verb)
            if found is not None and found.kind == "citation":
                return found
    return None


# "Only time will tell": what is to come will show, nobody tells.
_TIME_WILL = re.compile(r"\b(?i:time)\s+(?:alone\s+)?(?:will|can|would)\s+$")
# "Kids can tell when a story is selling them something", "nobody could tell
# whether it was real", "hard to tell the difference", "Teachers can see which
# tasks are overdue": telling or seeing as perceiving, not saying or holding a
# view (not "I can tell you that ...", "I can see that it worries them").
_ABLE_TO_TELL = re.compile(r"\b(?i:can|could|cannot|can[’']t|couldn[’']t|could\s+not|"
                           r"able\s+to|hard\s+to|impossible\s+to|easy\s+to)\s+"
                           r"(?:(?:always|usually|often|never|not|really|still|"
                           r"easily|instantly)\s+)?$")
_TOLD_APART = re.compile(r"\s+(?i:when|whether|if|how|what|who|which|where|the\s+"
                         r"difference|them\s+apart|apart|straight\s+away|at\s+a\s+"
                         r"glance)\b")
# A subject that opens on a question word is a clause, no speaker: "How much
# the students argue.", "Why they left matters less".
_WH_OPENING = re.compile(r"(?i:how|what|why|whether)\b")


def _verb_frame(original, text, start, end, verb) -> Attribution | None:
    """A reporting verb with its source, or None when this match is no cue."""
    vs, ve = verb
    cue = " ".join(text[vs:ve].lower().replace("’", "'").split())
    before = text[max(start, vs - 40) : vs]
    if cue == "according to" and (_CONFORMING.search(before)
                                  or _NORM_AFTER.match(text, ve, end)):
        return None  # "prices vary according to size", "went according to
        # plan": in keeping with something, nobody credited
    if cue in ("according to", "per", "in the words of"):
        # "per the report", "per Reuters", "in the words of one teacher"
        # credit as "according to" does; "per cent", "per year", "$4 per
        # gallon" credit nobody
        np = _ACCORDING_NP.match(text, ve, end)
        if np and (cue != "per" or _PER_SOURCE.match(np.group(1))):
            kind = kind_of(np.group(1))
            if kind != "citation" and _UNNAMED_AFTER.match(text, np.end(1), end):
                kind = "anonymous"  # "according to two engineers working on
                # the project, speaking on condition of anonymity"
            return _make(original, kind, np.span(1), (vs, ve))
        return None
    if text[vs].isupper() and vs > start and not title_case(
            text[start:end]):
        return None  # "the United States", "Reports" as a name
    noun_before = None if before.endswith(("to ", "with ")) and _STRANDED.search(
        before) else _NOUN_BEFORE.search(before)
    if noun_before and not _CHAIN.search(before) and not (
            _ADJECTIVE_NOUN.match(noun_before.group()) and _past(cue)):
        return None  # "the report", "his claims": a noun, not a verb
    if _DEONTIC.search(before):
        return None
    if _LEMMA.get(cue) == "say" and _SAYS_MUCH.match(text, ve, end):
        return None  # "Her celebration said everything about what the win
        # meant", "it says a lot about us": it shows, nobody says
    if _LEMMA.get(cue) == "claim" and _MONEY_AFTER.match(text, ve, end):
        return None  # "she had claimed more than £23,000 in expenses": money
        # asked for, nothing said
    if _REFLEXIVE_AFTER.match(text, ve, end) and _LEMMA.get(cue) == "find":
        return None  # "I found myself thinking about that line": where one
        # was, no finding
    if _LEMMA.get(cue) == "concede" and _CONCEDED_THING.match(text, ve, end):
        return None  # "Harbridge have conceded 41 goals", "conceded defeat":
        # what was given up, nothing admitted in words
    if _LEMMA.get(cue) in ("rip", "hammer") and _STRUCK.match(text, ve, end):
        return None  # "ripped a forehand winner", "hammered home": a ball
        # struck, no one criticised
    if cue == "told" and _TOLD_IN.match(text, ve, end):
        return None  # "a novel told partly in recipes", "a story told through
        # letters": how a story is told, nobody speaking
    if cue == "found" and _FOUND_TO.match(text, ve, end) and \
            not _PASSIVE.search(before):
        return None  # "Companies found to have failed to safeguard data can
        # face fines": a passive describing them, nobody finding
    if _LEMMA.get(cue) == "promise" and _TO_BE.match(text, ve, end):
        return None  # "It promises to be a tense afternoon": a forecast
    if _HYPOTHETICAL_TO.search(before):
        return None  # "the harder it will be for either side to claim":
        # a claim nobody has made
    if _noun_after_owner(before, cue):
        return None  # "Trump's comments", "his infamous comment": a noun
    if any(m.start() <= vs < m.end() for m in _FORMULA.finditer(
            text, max(start, vs - 30), min(end, ve + 24))):
        return None  # "Having said that, ...": the writer's own connective
    if _COPULA_AFTER.match(text, ve, end) and not _EXTRACTED.search(before):
        return None  # "some judges are eager": a noun
    if cue.endswith("s") and (_REPORT_AFTER.match(text, ve, end)
                              or _NOUN_BEFORE_VERB.match(text, ve, end)
                              or _RELATIVE_NEXT.match(text, ve, end)):
        return None  # "Court documents show", "police reports say", "Crime
        # rates have fallen", "rates in Westshire have", "the maintenance
        # records, who asked ...": a noun
    if _COMPOUND_NOUN.match(text, vs, end) or (
            cue == "states" and _MEMBER_BEFORE.search(before)):
        return None  # "the former Ashcombe post office", "the interests of
        # member states trump everything": a noun, no report
    if _LEMMA.get(cue) == cue and _TO_AND.search(text, max(start, vs - 80), vs):
        return None  # "needs to sell herself and tell more jokes": an infinitive
    if cue in _NOUNISH and (not singular_subject(text[max(start, vs - 100):vs])
                            or _LISTED.search(before)
                            or _GERUND_OPENING.search(before)
                            or _PAST_BEFORE.search(before)
                            or _NUMBER_BEFORE.search(before)
                            or _OF_AFTER.match(text, ve, end)
                            or _AND_NOUN.match(text, ve, end)):
        return None  # "coal states", "dodged questions", "had four offers",
        # "member states of the bloc", "Holding rates too long", "Business
        # rates and rent, he added": a noun
    if _LEMMA.get(cue) == "object" and not _OBJECTION.match(text, ve, end):
        return None  # "the union objected, ...", "objected to the plan": an
        # act; "object that it is wasteful" reports the objection
    if cue in _CLAUSE_FINAL and not (
            re.match(r"\s*[,:]", text[ve : ve + 2])
            or (re.match(r"\s*[.;]", text[ve : ve + 2])
                and (_QUOTE_CLOSED.search(text, start, vs)
                     or _TAG_AFTER_CLAUSE.search(text, start, vs)))):
        return None  # '"...," she continued.', "she continued: “...”", "...,
        # the Post continues." and "..., she continued, ..." report; "continued
        # to rise" and "The strike continues." do not
    if cue in ("shows", "showed") and _IT_SHOWS.search(text, max(start, vs - 8), vs) \
            and re.match(r"\s*(?:[.;!]|$)", text[ve : ve + 2]):
        return None  # "Its members drive to their meetings, and it shows.":
        # it is plain to see, nothing shown
    if cue in _AFTER_QUOTE_ONLY and not (re.match(r"\s*[.,:;]", text[ve : ve + 2])
                                         and _QUOTE_CLOSED.search(text, start, vs)):
        return None  # '"Today is a hard day," the memo began.' reports; "The
        # meeting began." and "began work" do not
    if _WISHED_TO.search(text, max(start, vs - 24), vs) and \
            _LEMMA.get(cue) != "ask" and cue != "know":
        return None  # "Part of me wants to tell her", "she hopes to explain":
        # what someone wishes to say, not said ("I want to ask you, will
        # ...?" and "wanted to know who ..." ask it)
    if _FORMS.get(cue) == "thought" and (_AS.match(text, ve, end)
                                         and _BEST_BEFORE.search(before)
                                         or _LEMMA.get(cue) in ("view", "see")
                                         and _FROM.match(text, ve, end)):
        return None  # "It is best understood as a book": the writer's advice
        # on how to take it ("was viewed as favourable" says others took it
        # so); "viewed from Washington": a vantage, nobody's view
    if _LEMMA.get(cue) == "tell" and _TIME_WILL.search(before):
        return None  # "Time will tell whether ...": an idiom, nobody tells
    if cue in ("tell", "see") and _ABLE_TO_TELL.search(before) and \
            _TOLD_APART.match(text, ve, end):
        return None  # "Kids can tell when a story is selling them something",
        # "Teachers can see which tasks are overdue": seeing, nobody tells
    if _LEMMA.get(cue) == "know" and _HOW_TO.match(text, ve, end):
        return None  # "he knows how to use language": a skill, nothing known
    if cue == "state" and _PLURAL_NOUN_AFTER.match(text, ve, end):
        return None  # "as state employees", "state schools": the state's
    if _LEMMA.get(cue) == "think" and (_OF_ABOUT.match(text, ve, end) or (
            _TO.match(text, ve, end) and not _PASSIVE.search(before))):
        return None  # "one thinks of the machine", "nobody thought to ask":
        # what comes to mind or what one remembers to do, no belief held ("is
        # thought to have fallen" is hearsay)
    if _MODAL_BE.search(before) and _FORMS.get(cue) == "speech":
        return None  # "very little that can be said to help": the writer's
        # hedge on a word, nobody saying it
    if _LEMMA.get(cue) == "admit" and _ADMITTED_TO_CARE.match(text, ve, end):
        return None  # "admitted to hospital": taken in, not owning up
    if _LEMMA.get(cue) == "call" and _CALL_PARTICLE.match(text, ve, end):
        return None  # "called in to a town hall", "called off the strike"
    if _LEMMA.get(cue) == "see" and _WILL_OR_OR.search(before) and not \
            _SEEN_AS.match(text, ve, end):
        return None  # "will see reductions in their bus services", "will lose
        # or see cuts": what is to happen to them, no view held
    if _LEMMA.get(cue) == "recall" and _RECALLED_GOODS.match(text, ve, end):
        return None  # "has recalled three varieties of wrap": goods taken
        # back, no memory told
    if _ANONYMITY_WORDS.match(text, vs, end) and _WHO_BEFORE.search(
            text, max(start, vs - 6), vs):
        return None  # "who asked me not to use her name": why the source goes
        # unnamed, no report of theirs
    if cue.endswith("s") and _WHO_NEXT.match(text, ve, end) and \
            _LEMMA.get(cue) not in _ASKING_WHO:
        return None  # "Patient advocates who packed the hearing room": a
        # plural noun its relative clause follows, no verb
    if cue == "back" and _BACK_PARTICLE.match(text, ve, end):
        return None  # "put the bays back and leave the lane": a particle
    if cue == "expected" and DUTY_EXPECTED.match(text, ve, end):
        return None  # "Staff are expected to wear badges": a duty, nobody
        # expecting anything
    if cue == "expected" and _NOUN_JUST_BEFORE.search(before) and not \
            _CONTENT_NEXT.match(text, ve, end):
        return None  # "at a ceremony expected next spring": a noun's
        # description, nobody expecting
    # "is raising questions": the first word carries the -ing, not the last
    progressive = cue.split()[0].endswith("ing") and _PROGRESSIVE.search(before)
    if _ASKED_OPENING.match(text, start, vs):
        return None  # "Asked whether she expected her report to be the last
        # ...,": the question put to her, no one's report
    if cue == "record" and _RECORD_NOUN.search(before):
        return None  # "taking seven-tenths of a second off a British junior
        # record": the noun, no one recording
    if _BY_EVIDENCE.match(text, ve, end):
        return None  # "the man identified by the DNA evidence": shown, no one
        # reports
    if cue in ("identified", "recorded") and _NOUN_JUST_BEFORE.search(before) and \
            _SENTENCE_END.match(text, ve, end):
        return None  # "60% of the particles identified.", "the cases recorded.":
        # a participle closing the sentence on its noun (neither verb goes
        # without an object)
    if _describes_a_noun(text, start, end, vs, ve, cue, before):
        return None  # "Two men thought to be in their 20s were arrested",
        # "pupils identified as close contacts may be asked": the participle
        # describes a noun; nobody speaks
    agent = _by_agent(original, text, vs, ve, end, cue)
    if agent is not None:
        return agent
    writer_told = _WRITER_TOLD.search(text, max(start, vs - 24), vs) if cue in (
        "told", "informed") else None
    if writer_told and not in_quotation(text, start, vs, end):
        # "I am told the players no longer believe in him": the writer's
        # informant, unnamed
        return _make(original, "anonymous", (vs, vs), (writer_told.start(), ve))
    if cue in LABELLING and _PASSIVE.search(before) and \
            _LABEL_PINNED.match(text, ve, end):
        # "has been called a charlatan by fellow physicians": a label pinned
        # on someone, by whoever the "by" names (else by people unnamed)
        agent = _BY_THEM.search(text, ve, end)
        if agent and is_person_like(agent.group(1)):
            return _make(original, kind_of(agent.group(1)), agent.span(1), (vs, ve))
        return _make(original, "vague", (vs, vs), (vs, ve))
    if _PASSIVE.search(before) and not progressive:
        after = text[ve : ve + 5].lower()
        if cue in _PASSIVE_REPORT and (after.startswith(" that") or
                                       after.startswith(" to ")):
            return _make(original, "vague", (vs, vs), (vs, ve))
        if cue in _PASSIVE_REPORT and _IMPERSONAL_IT.search(before) and (
                after.startswith(",") or _SUBJECT_NEXT.match(text, ve, end)):
            # "It is understood the club has made an offer", "..., it is
            # understood, contains no release clause": hearsay, as "is
            # understood to" is
            return _make(original, "vague", (vs, vs), (vs, ve))
        if cue in _PASSIVE_CHARGE and after.startswith((" of ", " for ")):
            return _make(original, "vague", (vs, vs), (vs, ve))
        if not _participle_form(cue) or in_quotation(text, start, vs, end) or \
                quotes_words(text, start, end):
            return None  # "was like", "be present": no passive
        # "was viewed as favorable", "has been mentioned as a candidate", "was
        # charged with": someone unnamed reported or did something; PolNeAR
        # counts it, but no claim is credited (an act, acts.py)
        found = _make(original, "vague", (vs, vs), (vs, ve))
        found.act = True  # negated or not ("has not been confirmed"): no
        return found      # source is named, so none says nothing
    if in_quotation(text, start, vs, end):
        return None  # the quoted words' own verbs; the attribution is outside
    if _reports_nothing(text, start, end, vs, ve, cue) or _compared_with(
            text, max(start, vs - 80), vs):
        return None
    quoted_saying = cue.endswith("ing") and _QUOTED_SAYING.search(
        text, max(start, vs - 90), vs)
    if quoted_saying:
        # '"Tiago is happy here," Camacho was quoted as saying': the subject of
        # the passive said the words
        left = _subject_before(text, start, quoted_saying.start())
        if left is not None and not in_quotation(text, start, left[0], end):
            return _make(original, kind_of(text[left[0]:left[1]]), left,
                         (quoted_saying.start(1), ve))
    if cue.endswith("ing") and not progressive:
        return _participle(original, text, start, end, vs, ve, cue) or \
            _gerund_act(original, text, start, end, vs, ve, cue)
    relative = _RELATIVE_SUBJECT.search(text, max(start, vs - 80), vs)
    left = None if relative else _subject_before(text, start, vs)
    if left is not None and (text[left[1]:vs].strip() == "," or
                             _ASIDE_BETWEEN.fullmatch(text, left[1], vs)) and \
            _PLACE_TAIL.search(text, max(start, left[0] - 40), left[0]):
        left = None  # "..., a company based in Millbrook, Ohio, said": the
        # end of a place in an aside, not the speaker (nor with a second
        # aside after it: "headquartered in Scottsdale, Ariz., and is backed
        # by ..., said")
    if relative:
        # "brain cancer, which confirmed ...": only a person or a body reports
        left = antecedent(text, start, relative.start())
        head = text[left[0] : left[1]].split()[-1:] if left else []
        if left:  # through the relative word, as PolNeAR marks the source
            left = (left[0], relative.start() + len(relative.group().split()[0]))
        if not relative.group().lower().startswith("who") and (
                not head or not is_person_like(head[0])):
            return None  # the head noun decides: "all winter, which" is no one
        left = left or (relative.start(), relative.start() + 3)
    relative = _RELATIVE.search(text, start, vs)
    if left is None and relative and relative.end() == vs:
        left = left_np(text, start, relative.start())
    if left is None and cue in _INVERTED and re.search(r"[,”\"'’]\s*$",
                                                        text[start:vs]):
        left = right_np(text, ve, end)
        named = left and _NAME_APPOSED.match(text, left[1], end)
        if named and ROLE_FIRST.match(text, left[0], left[1]):
            left = named.span(1)  # "said its director, Owen Tremlett": the name
        if left and (_CLAUSE_GOES_ON.search(text, left[0], min(end, left[1] + 1))
                     or _THAT_AFTER.match(text, left[1], end)
                     or _OWN_VERB_AFTER.match(text, left[1], end)
                     or _QUANTIFIED_THING.match(text, left[0], left[1])):
            left = None  # "..., who asked not to be named, said the scheme was
            # being watched": the reported clause's subject, not a speaker;
            # "Julian Okafor, told the jury that ...": who was told; "...,
            # said all options remained on the table": the clause's subject
    if left is not None and _WHEN_ONLY.fullmatch(text, *left) and \
            re.search(r"[,)]\s*$", text[start:left[0]]):
        # "BrightDesk, a software firm, yesterday said": the subject before the
        # aside, not the day between it and the verb
        left = _interrupted_subject(text, start, left[0])
    if left is None and re.search(r"[,)]\s*$", text[start:vs]):
        left = _interrupted_subject(text, start, vs)
    if left is None:
        return None
    np = text[left[0] : left[1]]
    reduced = _REDUCED_RELATIVE.match(np)
    apposed = bool(reduced) and text[max(start, left[0] - 2):left[0]].startswith(",")
    if apposed:
        # "..., a move Ruvasia called “provocative”", "..., a caution his
        # advisers describe as deliberate": a relative clause without "that"
        # on a noun in apposition; its subject speaks, in a side clause
        left = (left[0] + reduced.end(), left[1])
        np = text[left[0] : left[1]]
    money = _MONEY_THEN.search(np)
    if money and money.end() < len(np) and loose_word(np.split()[-1]):
        # "a small fraction of the minimum $20 million experts say it costs":
        # an amount, then the subject of a clause on it with no "that"
        left = (left[0] + money.end(), left[1])
        np = text[left[0] : left[1]]
    if _no_finite_verb(text, start, left, np, cue):
        return None  # a noun ("existing rules") or an infinitive ("help ...
        # understand"), not a report
    if (_VERB_FIRST.match(np) and _past(cue)) or _FOCUS_FIRST.match(np):
        return None  # "... and is one of 11 schools identified as": a
        # predicate, then a participle; "particularly younger men in Rust
        # Belt states": an aside and a plural noun; no speaker either way
    if np.lower() in _EVERYONE:
        return None  # "Everyone knows ...": the writer generalising, no source
    if _WH_OPENING.match(np):
        return None  # "How much the students argue.": a clause, no speaker
    if _MAY_WELL.fullmatch(text, left[1], vs) and kind_of(np) == "vague":
        return None  # "It is a pity, some readers may feel, that ...": people
        # the writer imagines, no source
    if not agrees(np, cue, text[max(start, left[0] - 30) : vs]) and not (
            cue == "forecast" and _CONTENT_NEXT.match(text, ve, end)):
        return None  # (but "Pierce ... forecast that": the past, its clause
        # after it; not "cut his revenue forecast for the company")
    if _QUANTIFIER.match(np) and _PLURAL_NOUN_AFTER.match(text, ve, end):
        return None  # "Some state officials": a noun before a noun
    if _FORMS.get(cue) in ("thought", "stance") and not is_person_like(np):
        return None
    if cue.lower() == "like" and _VERB_AFTER_LIKENED.match(text, ve, end):
        return None  # "Families like the Kearneys have waited": a comparison
    if not is_person_like(np) and not is_body(np) and \
            cue.split()[0] in _INANIMATE_OK and not (
            np.lower() == "it" and (_THAT_AFTER.match(text, ve, end) or
                                    _SENTENCE_END.match(text, ve, end) or
                                    _ASIDE_CLOSE.match(text, ve, end) and
                                    _ASIDE_OPEN.search(text, start, vs) or
                                    _QUOTE_NEXT.match(text, ve, end))):
        return None  # "the storm showed"; "It showed that ...": a document;
        # "..., it added.": a body named before, reporting; "The trust added
        # that ...": a body
    if _CONTACT.search(np):
        return None  # "Nurses I spoke to said": the writer's contact clause
        # inside the subject, not "Nurses I" speaking
    if _FORMS.get(cue) != "speech" and (np.lower() in ("i", "we", "you")
                                         or _OF_US.fullmatch(np)):
        return None  # "we're discussing": the speaker, already the source;
        # "Most of us know that": the writer among them
    if np.lower() in _ANYONE:
        return None  # "Anyone claiming they know is guessing": whoever it
        # may be, nobody in particular is credited
    if np.lower() in ("i", "one") and _MODAL_BEFORE.search(
            text, max(start, vs - 12), vs):
        return None  # "I can say with confidence that ...", "One might argue
        # that ...": the writer's own voice, no source
    if cue.split()[0] in _NAMING and not _NAME_OR_PRONOUN.match(np):
        return None  # "a group called X" names, it does not report
    if _COMPARISON.fullmatch(np):
        return None  # "show, rather than merely say,": a comparison, no one
    if _OBJECT_PHRASE.search(np):
        return None  # "is suing the Ledger and its columnist over an article
        # published in March": an object's phrase, no subject
    if _THING_THEN_NAME.search(np):
        return None  # "roughly half the figure Mr Perrault cited": the name
        # is the subject of a clause on the thing, no source of the sentence
    if _LEMMA.get(cue) == "add" and not (is_person_like(np) or is_body(np) or
                                          is_document(np) or np.lower() == "it"):
        return None  # "The plan would add 3,000 border agents": a thing adds
        # to something; only someone (or a document) adds words
    kind = kind_of(np)
    if _UNNAMED_AFTER.match(text, left[1], vs) and kind != "citation":
        kind = "anonymous"  # "A fund manager at one of Brantwell's largest
        # shareholders, who asked not to be named, described": unnamed, as
        # the aside says, whatever names the phrase holds
    if _FORMS.get(cue) == "written":
        if not _WRITTEN.search(np):
            return None
        if kind == "vague":
            kind = "citation"  # "the sign read": words on record, to look up
    some = _NOT_ALL.match(np)
    found = _make(original, "vague" if some else kind, left, (vs, ve))
    # "Not everyone agrees that ...": some disagree, a loose group's view
    found.negated = not some and bool(
        _NEGATED.search(before) or _NOBODY.match(np) or (
            _LEMMA.get(cue) in ("say", "predict", "forecast") and
            _SAYS_NOTHING.match(text, ve, end)))  # "predicted nothing"
    # "..., though an arbitration panel in 2001 found ...": the source speaks
    # in a concession or a condition, a side clause, however long its subject
    found.side = apposed or bool(_CONCEDING.search(text, max(start, left[0] - 12),
                                                   left[0]))
    if _LEMMA.get(cue) in _CONTENT_ONLY and not _introduces_content(
            text, start, end, left, vs, ve):
        if _LEMMA.get(cue) not in _DECISIONS | _FEELINGS or quotes_words(
                text, start, end):
            return None  # "committed a crime", "accepted the offer"
        found.act = True  # "agreed to clean up", "declared bankruptcy": an act
        return found
    if _LEMMA.get(cue) == "show" and is_person_like(np) and not is_document(np) \
            and not _introduces_content(text, start, end, left, vs, ve):
        found.act = True  # "referee Sarah Mallon showed a second yellow", "the
        # club showed ambition": a thing shown, nothing said ("figures show a
        # rise" and "she showed that ..." report)
        return found
    # "Nobody would comment", "declined to comment on the report": a refusal
    # to speak, a silence, not an act
    found.act = not (found.negated and _LEMMA.get(cue) == "comment") and \
        not (kind == "citation" and _LEMMA.get(cue) in _DOCUMENT_HOLDS) and \
        reports_act(text, start, ve, end, _LEMMA.get(cue),
                    _introduces_content(text, start, end, left, vs, ve))
    if cue == "put it" and _PUT_IT_SO.fullmatch(text, ve, end):
        found.act = True  # "Its chair, Graham Whitcombe, put it plainly.": the
        # words follow in the next sentence, whose speaker this tells
    return found


# "put it plainly.", "put it to me more bluntly.": how someone spoke, nothing
# said
_PUT_IT_SO = re.compile(r"\s+(?:to\s+(?:me|us|him|her|them|reporters|this\s+\w+)\s+)?"
                        r"(?:(?:more|most|rather|even|very)\s+)?[a-z]+ly\s*[.!]?\s*")


# "like" as a preposition: the phrase it compares with, then the sentence's
# verb ("Families like the Kearneys have waited long enough", "Towns like ours
# are losing their banks").
_VERB_AFTER_LIKENED = re.compile(
    r"(?!\s+to\b)\s+(?:[\w’'-]+\s+){1,4}?(?:have|has|had|are|is|was|were|will|would|can|"
    r"could|do|does|did|need|get|got|face|faced|lose|lost)\b|\s+[\w’'-]+(?:\s+"
    r"[\w’'-]+){0,3},")


# A possessive, or a determiner and one singular word, before a bare or plural
# form: "Trump's comments", "his infamous comment", "a recent report" (a verb
# after one singular word would need -s: "the mayor comments").
_PREPOSITION_LAST = re.compile(r"\b(?:[A-Za-z]+[a-rt-z]s\s+(?:of|from|near|around|"
                               r"throughout)|(?:[A-Za-z]+[a-rt-z]s|(?i:some|many|"
                               r"most|several|few))\s+(?:in|at|across|inside|"
                               r"within|outside)|"
                               # "Engineers working on the project believe"
                               r"[A-Za-z]+[a-rt-z]s\s+[a-z]+ing\s+(?:on|in|at|for|"
                               r"with)|"
                               # "People close to the company say"
                               r"(?i:people|sources|officials|those)\s+" + IN_THE_KNOW
                               + r")\s+$")
_OWNER_BEFORE = re.compile(
    r"(?:\b(?!(?i:it|that|what|he|she|there|here|who|where|let)[’']s)"
    r"[A-Za-z][\w.-]*[’']s|\b(?i:his|her|their|its|my|our|your|the|a|an|this)"
    r"\s+(?!(?:people|staff|police|men|women|children|media|public|majority|"
    r"government|team|family|committee|jury|board|press|crowd)\s)"
    r"[a-z][\w-]*(?:[^s\W]|ous))\s+$")
# (The first-letter lookahead, here and in _NOUN_THAT: see lexicon.py.)
_FORMULA = re.compile(
    r"\b(?=[aghimnstw])(?:(?:having|that|this)\s+(?:being\s+|been\s+)?said"
    r"(?:\s+that)?(?=\s*,)|"
    r"needless\s+to\s+say|suffice\s+(?:it\s+)?to\s+say|that\s+is\s+to\s+say|"
    r"so\s+to\s+speak|to\s+say\s+the\s+least|not\s+to\s+mention|"
    r"goes\s+without\s+saying|(?:is|was|it[’']s)\s+worth\s+(?:noting|mentioning|"
    r"pointing\s+out|recalling|remembering|repeating|stressing)|"
    r"(?:should|must)\s+be\s+(?:noted|said|stressed|mentioned)|"
    # "for as long as I can remember": a length of time, no source
    r"as\s+long\s+as\s+(?:I|we|anyone|anybody|people)\s+(?:can|could)\s+"
    r"(?:remember|recall))\b", re.I)


_ENDS_IN_WHO = re.compile(r"\bwho$", re.I)
_REDUCED_RELATIVE = re.compile(r"(?:a|an)\s+[a-z]+\s+(?:(?:that|which)\s+)?"
                               r"(?=(?:his|her|their|its|the|staff|police|people|"
                               r"[A-Z][\w’'.-]*|(?:[a-z]+\s+)?[a-z]+[^s\W]s)\b)")


def _describes(text: str, act: Attribution, at: int) -> bool:
    """Is the act a participle right after its subject, describing it, with
    a phrase of time, place or agent up to `at` ("A study published Monday in
    the journal" found)?"""
    return (_participle_form(act.cue) and act.source_end + 1 >= act.cue_start
            and _MODIFIER_AFTER.match(text, act.cue_end, at) is not None)


def _described(text: str, act: Attribution, verb) -> bool:
    """Does such a participle ("Figures published on Thursday by the trust")
    stand close before a present or past report that brings in a that-clause
    ("show that ...")?"""
    vs, ve = verb
    return (act.source_end > act.source_start and vs - act.cue_end < 60
            and _describes(text, act, vs)
            and "," not in text[act.cue_end:vs]
            and _THAT_AFTER.match(text, ve) is not None)


# What follows a participle describing the subject: "A study published
# Monday in the journal ... found", "a report released by the city said".
_MODIFIER_AFTER = re.compile(
    r"\s+(?:on|last|this|earlier|in|by|at|from|online|today|yesterday|"
    r"(?-i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b", re.I)
# A second predicate of the same subject: "declined to comment but confirmed".
_COORDINATED = re.compile(r"\s(?:and|but)\s+(?:\w+ly\s+)?$", re.I)
# What lies between an act and a second verb of the same subject: its object,
# then "and": "congratulated students and (also) said".
_SECOND_PREDICATE = re.compile(r"\s+[^,;:.“”\"]{1,60}?\s+(?:and|but)\s+"
                               r"(?:also\s+|then\s+|\w+ly\s+)?", re.I)


# A time slot naming a programme: "stayed off the Sunday shows".
_BROADCAST_SLOT = re.compile(r"\b(?i:the)\s+(?:(?-i:Sunday|Saturday)|(?i:morning|"
                             r"evening|late-night|weekend|daily))\s+$")


def _noun_after_owner(before: str, cue: str) -> bool:
    """Is the cue a noun after an owner ("Trump's comments", "his infamous
    comment")? Only a bare or -s form can be: past and -ing forms stay verbs
    ("Trump's said", "the court found")."""
    first = cue.split()[0]
    base = (_LEMMA.get(cue) or "").split()[:1]
    if _FORMS.get(cue) == "written" or first == "put":
        return False  # "the sign read", "the ministry put the figure at": the
        # past, which a noun never ends on
    if not base or first not in (base[0], base[0] + "s", base[0] + "es"):
        return False
    if _BROADCAST_SLOT.search(before):
        return True  # "the Sunday shows", "the morning briefings": programmes
    match = _OWNER_BEFORE.search(before)
    if match is None or WHO_CLAUSE.search(before, 0, match.start()):
        return False  # "Residents who live near the plant say": the subject
    if _PREPOSITION_LAST.search(before, 0, match.start()):
        return False  # "Parents in the district say": the noun ends a phrase
        # of place inside the subject, and the verb agrees with its head
    # after a determiner and a word, only a bare form is surely a noun
    return "’" in match.group() or "'" in match.group() or not first.endswith("s")


def _introduces_content(text, start, end, source, vs, ve) -> bool:
    """Does a content-only verb bring in reported content? A clause, quotation
    or colon after it, or nothing after it when it stands inverted or
    parenthetical ("..., she agreed.", "The plan, he declared, is sound")."""
    if _CONTENT_AFTER.match(text, ve, end) or _SETTINGS_THEN_CLAUSE.match(
            text, ve, end):
        return True
    if _LEMMA.get(text[vs:ve].lower()) == "agree" and _WITH.match(text, ve, end):
        # "agreed with the mayor": shares someone's stated view; "agreed with
        # her approach": a stance toward a thing, an act
        agreed = _AGREED_WITH.match(text, ve, end)
        # the thing owned, not its owner: "the council's decision"
        thing = re.split(r"[’']s\s+", agreed.group(1))[-1] if agreed else ""
        return agreed is None or is_person_like(thing)
    if source[0] > ve:  # inverted: "..., declared the minister"
        return True
    if not _PARENTHETICAL_BEFORE.search(text, start, source[0]):
        return False
    # "The plan will fail, Mosko wrote in a letter to residents.": settings
    # may follow a parenthetical verb when a clause stands before it ("Last
    # week, Mosko wrote in a letter" tells an act)
    if _APPOSED_HEAD.fullmatch(text, start, source[0]) and \
            _SENTENCE_END.match(text, ve, end):
        return False  # "The chief executive, Dr Nigel Ashdown, has
        # apologised.": a role set beside the name, no clause before it
    return bool(_CONTENT_ENDS.match(text, ve, end) or (
        _LEMMA.get(text[vs:ve].lower()) in _WORDS_VERBS and
        _SETTINGS_THEN_END.match(text, ve, end) and
        _CLAUSE_BEFORE.match(text, start, source[0])))


# "call" with a particle is another verb: to phone in, cancel, summon.
# A modal, an emphatic "did", or a verb coordinated, before "see": "will
# see", "did see very large increases", "could see",
# "will lose or see".
_WILL_OR_OR = re.compile(r"\b(?:will|would|could|may|might|did|do|does|[’']ll|"
                         r"\w+\s+or)\s+(?:\w+ly\s+)?$", re.I)
# What "see" holds when it reports a view: "see it as", "see that", "see
# prices rising".
_SEEN_AS = re.compile(r"\s+(?:that|how|why|whether|no\s+reason)\b|"
                      r"(?:\s+[\w’'.-]+){1,4}?\s+(?:as\b|\w+ing\b)", re.I)
_CALL_PARTICLE = re.compile(r"\s+(?:in|up|off|back|round|around|over)\b", re.I)
_RECALLED_GOODS = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?(?:products?|varieties|batches|"
                             r"items|vehicles|cars|models|units|packs|lines|ranges|"
                             r"devices|toys|medicines|foods?|wraps|drinks)\b", re.I)
_BACK_PARTICLE = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:and|or|to|from|into|in|on|up|"
                            r"out|home|again)\b)")
_NOUN_JUST_BEFORE = re.compile(r"\b(?:a|an|the)\s+(?:[a-z-]+\s+)?[a-z]+\s+$")
_CONTENT_NEXT = re.compile(r"\s+(?:to|that)\b|" + _QUOTE_NEXT.pattern)
_BY = re.compile(r"\s+(?:\w+ly\s+)?by(?=\s)", re.I)


def _by_agent(original, text, vs, ve, end, cue) -> Attribution | None:
    """A passive report with its agent: "(was) backed by the mayor", "is
    supported by far fewer papers": the source follows "by"."""
    first = cue.split()[0]
    held = _FORMS.get(cue) == "thought"
    if held and _LEMMA.get(cue) not in HELD_AS | {"see"} or not (
            first.endswith("ed") or first in _IRREGULAR_PARTICIPLES):
        return None
    by = _BY.match(text, ve, end)
    np = right_np(text, by.end(), end) if by else None
    if np is None or held and not _HELD_TO_BE.match(text, np[1], end):
        return None  # a thought's agent holds a view only of what a thing
        # is: "is regarded by many critics as a landmark"
    part = _PART_OF.fullmatch(text, np[0], np[1]) and _OF.match(text, np[1], end)
    whole = right_np(text, part.end(), end) if part else None
    if whole is not None:  # "by a number of tax experts": the experts
        np = (np[0], whole[1])
    verb = _FINITE_IN_NP.search(text, np[0], np[1])
    np = (np[0], verb.start()) if verb else np
    agent = text[np[0] : np[1]].rstrip()
    if not agent or not is_person_like(agent) or _MEANS.match(agent):
        return None  # (not "notified by email or letter": how, not who)
    named = _NAME_APPOSED.match(text, np[0] + len(agent), end)
    if named:  # "by his daughter, Niamh": the role and its name
        agent = text[np[0] : named.end(1)]
    found = _make(original, kind_of(agent), (np[0], np[0] + len(agent)),
                  (vs, ve))
    # "was endorsed by the mayor", "was declared by Nixon": an act; no content
    # follows a passive agent, and a decision taken is what was done
    found.act = _LEMMA.get(cue) in _NO_CLAIM or reports_act(
        text, vs, ve, end, _LEMMA.get(cue), False)
    return found


# What a thought's agent holds a thing to be: "is regarded by many critics
# as a landmark", "was considered by economists to be unworkable".
_HELD_TO_BE = re.compile(r"\s+(?:as|to\s+(?:be|have))\b")
# "promises to be": what is to come, not a pledge
_TO_BE = re.compile(r"\s+to\s+be\b")
# A noun phrase's own verb after it, perhaps past a phrase of place: "said
# temperatures on some wards had topped 30C": what was said, no speaker.
_OWN_VERB_AFTER = re.compile(r"(?:\s+(?:on|in|at|across|of)(?:\s+[\w’'-]+){1,3}?)?"
                             r"\s+(?:had|has|have|was|were|is|are|would|will|could|"
                             r"might|may)\b")
# A colon and a quotation right after the cue: "before answering: “".
_COLON_QUOTE_NEXT = re.compile(r"\s*:\s*[“\"‘']")
# An opening question put to the subject, the verb still inside it.
_ASKED_OPENING = re.compile(r"[\s“\"]*(?:Asked|Pressed|Questioned)\s+"
                            r"(?:by\s+[^,]{1,60}?\s+)?"
                            r"(?:whether|if|what|why|how|when|who|about)\b[^,]*$")
# A determiner and up to two words before "record": the noun ("a British
# junior record", "the world record", "his criminal record").
_RECORD_NOUN = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that|"
                          r"new)\s+(?:[\w’'-]+\s+){0,2}$", re.I)
# A modal of what might be between a subject and its verb: "may feel",
# "might well argue" ("could" tells what someone was able to do).
_MAY_WELL = re.compile(r"\s+(?:may|might)\s+(?:well\s+|also\s+)?", re.I)
# Evidence as a passive's agent, which shows but says nothing: "identified
# by the DNA evidence", "confirmed by CCTV footage".
_BY_EVIDENCE = re.compile(r"\s+by\s+(?:the\s+|new\s+)?(?:[\w-]+\s+){0,2}(?:evidence|"
                          r"footage|fingerprints?|samples?)\b", re.I)
# How a message went, not who sent it: "notified by email or letter".
_MEANS = re.compile(r"(?:e-?mail|letter|post|phone|telephone|text|mail|hand|"
                    r"courier|SMS)\b", re.I)
# "for either side to claim", "for anyone to say": an infinitive of what
# someone might say, no report.
_HYPOTHETICAL_TO = re.compile(r"\bfor\s+(?:[\w’'-]+\s+){1,3}to\s+$", re.I)
# A name in apposition closing the sentence or its clause: ", Niamh."
_NAME_APPOSED = re.compile(r",\s+([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})"
                           r"\s*(?:[.;,]|$)")


# Speech done to someone, told in the passive: "a meeting repeatedly
# interrupted by protesters", "was grilled by MPs": what happened to them.
_NO_CLAIM = _DECISIONS | frozenset(("interrupt", "heckle", "grill", "quiz", "press",
                                    "lobby", "ask", "question"))


# A participle describing the noun before it (a relative clause without "who
# is"), then what it tells of the noun: "thought to be", "identified as",
# "described by the school as".
_DESCRIBING = re.compile(r"\s+(?:to\s+(?:be|have)|as|by)\b", re.I)
# A finite verb in the clause after such a description, which the noun is the
# subject of ("... were arrested", "... may be asked", "... fled"), before any
# other clause opens.
_FINITE_LATER = re.compile(
    r"(?:(?!\b(?:and|but|or|while|when|whereas|because|after|before|since|that|"
    r"which|who|if|until|unless|though|although)\b)[^,;:.!?—–“”\"])*?\s"
    r"(?:am|is|are|was|were|has|have|had|will|would|may|might|can|could|must|"
    r"should|shall|did|does|fled|fell|left|went|came|made|took|gave|ran|got|"
    r"sent|kept|won|lost)\b", re.I)
# The sentence's own finite verb before the noun: "Officials are contacting the
# households of pupils thought to ...".
_FINITE_BEFORE = re.compile(
    r"\b(?:am|is|are|was|were|has|have|had|will|would|can|could|may|might|must|"
    r"should)\s+(?:(?:\w+ly|not|now|also|still)\s+)?\w+(?:ing|ed|en)\b", re.I)


def _describes_a_noun(text, start, end, vs, ve, cue, before) -> bool:
    """Is the verb a participle after a noun, describing it ("pupils thought to
    have been in contact", "a man believed to be the driver fled"), not the
    noun's report? It has no auxiliary, tells what the noun is thought to be,
    identified as or by whom, and the sentence's finite verb comes after it or
    stands before the noun."""
    describing = _DESCRIBING.match(text, ve, end)
    if describing is None or not _participle_form(cue) or _PASSIVE.search(before):
        return False
    subject = _subject_before(text, start, vs)
    if subject is None or _PRONOUN_SUBJECT.fullmatch(text, *subject):
        return False  # "She said to be careful": her words, reported
    noun = text[subject[0]:subject[1]].split()[-1]
    if noun[:1].isupper() and subject[0] > start or noun.lower() in FUNCTION_WORDS or \
            _RELATIVE_BEFORE.search(text, start, subject[0]):
        return False  # "an explosion that Mayor Bill de Blasio described as":
        # a relative clause with its own subject, who speaks; "When pressed
        # by Holt": no noun described
    return bool(_FINITE_LATER.match(text, describing.end(), end)
                or _FINITE_BEFORE.search(text, start, subject[1]))


_PRONOUN_SUBJECT = re.compile(r"(?i:he|she|they|we|i|you|it|who|which|that)")
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|whom)\s*$", re.I)


def _participle_form(cue: str) -> bool:
    """Is the cue's first word a past participle ("viewed", "told", "seen")?"""
    first = cue.split()[0]
    return first.endswith("ed") or first in _IRREGULAR_PARTICIPLES or first in (
        "said", "known", "understood", "found", "heard", "sought", "sworn")


_PART_OF = re.compile(r"(?:(?:a|an|the)\s+)?(?:number|group|handful|host|couple|"
                      r"few|lot|majority|minority|dozen|dozens|hundreds|"
                      r"thousands|coalition|chorus|string|series|"
                      r"\d+|most|many|some|all|several)", re.I)  # "14 of the 19"
_OF = re.compile(r"\s+of\b", re.I)
_FINITE_IN_NP = re.compile(r"\s+(?:is|are|was|were|has|have|had|will|would|can|"
                           r"could|may|might)\b", re.I)
_IRREGULAR_PARTICIPLES = frozenset(
    "told written spoken sung thought taught shown seen known brought "
    "put laid forecast".split())
