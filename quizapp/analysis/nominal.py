"""Nominal attribution: a claim credited through a noun, not a verb.

Three frames: the owner of a communication noun ("Obama's announcement",
"her remarks", "the senator's plan"), a setting noun after "in"
("in a statement", "in an interview with ..."), whose source is the sentence's
subject, and a standing in a poll ("did well in polls conducted by Time",
"leads in the latest CNN poll", "In this poll, Trump rose"), whose source is
the poll. All are how news writing credits words or figures without "said".
"""

from __future__ import annotations

import re

from .names import FUNCTION_WORDS
from .sources import DOCUMENT_NOUN, POSSESSIVE_END, is_body, is_person_like

# Nouns that name something a person said, wrote or proposed.
_SAID_NOUNS = (
    r"statements?|remarks?|comments?|announcement|claims?|allegations?|"
    r"accusations?|assertions?|arguments?|criticism|critique|complaints?|"
    r"warnings?|promises?|pledges?|vows?|threats?|demands?|requests?|calls?\s+for|"
    r"proposals?|plans?|speech|address|letter|tweets?|posts?|testimony|"
    r"interview|op-ed|memo|response|reply|rebuttal|denial|admission|"
    r"confession|apology|endorsement|praise|insistence|contention|"
    r"view|views|position|stance|theory|assessment|prediction|estimate|"
    r"account|version|description|characteri[sz]ation|rhetoric|message|"
    # a decision or a refusal someone announced: "her decision to meet him"
    r"decision|determination|conclusion|refusal"
)
_OWNER = re.compile(
    r"(?<![\w’'])((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*[’']s?|[Hh]is|[Hh]er|"
    r"[Tt]heir)\s+(?:(?:own|latest|recent|new|first|public|earlier|"
    r"repeated|tax|economic|campaign|opening|closing|written|formal|"
    r"[a-z]+(?:ous|ful|ive|ic|al|ible|able|less))\s+)?"
    rf"({_SAID_NOUNS})\b"
)
# The noun alone, looked for before the owner (as _VIEW_THAT below).
_SAID_NOUN = re.compile(rf"\s(?:{_SAID_NOUNS})\b")
# (It opens on its letter, as _POLL does: see lexicon.py on scanning patterns.)
_SETTING = re.compile(
    r"[Ii](?<!\w[Ii])n\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(statement|interview|speech|letter|tweet|post|op-ed|memo|news\s+release|"
    r"press\s+release|press\s+conference|news\s+conference|testimony|remarks|"
    r"essay|column|filing|report|email|message|video|podcast|book)\b"
    r"(?!\s+(?:office|box|code|card)s?\b)"  # "in the former post office"
)
_SUBJECT = re.compile(r"(?:He|She|They|I|We|(?:(?:[Tt]he|A|An)\s+)?"
                      r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\b")
# A sentence's opening connective is no subject: "However", "But", "Still".
_CONNECTIVE = re.compile(r"(?:However|But|And|Yet|So|Still|Meanwhile|Instead|"
                         r"Indeed|Moreover|Also|Now|Then|Later|Earlier|Often|"
                         r"Finally|Nonetheless|Nevertheless|Otherwise)$")
_NOT_OWNER = re.compile(r"^(?:It|That|This|There|What|Here|Today|Tonight)[’']s?$")


# "In his view, ...", "In the minister's opinion, ...": the rest of the
# sentence is the owner's view, credited to them.
VIEW_NOUNS = frozenset(("view", "opinion", "judgement", "judgment", "estimation",
                        "assessment", "mind"))
_IN_VIEW = re.compile(
    r"\s*[“\"‘]?(?:(?:But|And|Yet|Still)\s*,?\s+)?[Ii]n\s+((?:his|her|its|their)|"
    r"(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+(?=[’']s\s))(?:[’']s)?\s+"
    r"(" + "|".join(VIEW_NOUNS) + r"),")


# "In the view of the auditors, ...": the owner after the noun.
_IN_THE_VIEW_OF = re.compile(
    r"\s*[“\"‘]?(?:(?:But|And|Yet|Still)\s*,?\s+)?[Ii]n\s+the\s+("
    + "|".join(VIEW_NOUNS) + r")\s+of\s+([^,;:]{2,60}?),")
# "The bigger risk, in his view, is ...": the view set off by commas inside.
_VIEW_ASIDE = re.compile(
    r",\s+in\s+((?:his|her|its|their)|(?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+"
    r"(?=[’']s\s))(?:[’']s)?\s+(" + "|".join(VIEW_NOUNS) + r"),")


def view_frame(text: str, start: int, end: int):
    """(source_span, cue_span) of a sentence that gives whose view it is: on
    its opening ("In his view, ...", "In the view of the auditors, ...") or in
    an aside ("..., in his view, ...")."""
    match = _IN_VIEW.match(text, start, end)
    if match:
        return match.span(1), match.span(2)
    match = _IN_THE_VIEW_OF.match(text, start, end)
    if match:
        return match.span(2), match.span(1)
    match = _VIEW_ASIDE.search(text, start, end) if text.find(
        " in ", start, end) >= 0 else None
    return match and (match.span(1), match.span(2))


# "Garside's verdict was that the result could mark a shift", "the council's
# position is that the road is safe", "Her fear is that the clinic may close":
# the owner's view, stated as what it is
#: What a view noun owned by someone may be: its content follows "is that".
VIEW_OWNED = (r"verdict|view|fear|hope|belief|worry|concern|expectation|"
              r"conclusion|argument|position|assessment|suspicion|hunch|"
              r"judge?ment|opinion|contention|message|advice|answer|response|"
              r"explanation|reason|justification|excuse")
#: "... was that": the view's content follows.
VIEW_IS_THAT = re.compile(r"\s+(?:is|was|remains|remained|has\s+been|had\s+been)"
                          r"\s+that\b")
_OWNED_VIEW = re.compile(
    r"(?<![\w’'])((?:[Tt]he\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+[’']s|[Hh]is|[Hh]er|"
    rf"[Tt]heir|[Ii]ts)\s+(?:[a-z]+\s+)?({VIEW_OWNED})" + VIEW_IS_THAT.pattern)
# The view and its "is that" alone, looked for first: the owner before them
# takes the pattern above a search of many tries, and most sentences have none.
_VIEW_THAT = re.compile(f"(?:{VIEW_OWNED}){VIEW_IS_THAT.pattern}")
# "The official explanation, given by spokesperson Mark Ellison at a
# briefing, was that ...", "The message from the mayor was that ...": the
# owner after the noun, then what the view holds.
_VIEW_FROM = re.compile(
    r"(?<![\w’'])(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+(?:[a-z]+\s+)?"
    rf"(?:{VIEW_OWNED}|line),?\s+(?:(?:given|offered|provided|put\s+forward|"
    r"set\s+out)\s+by|from(?!\s+(?:the\s+|a\s+|an\s+)?(?:point|perspective|"
    r"standpoint|viewpoint|outset|start|beginning|first)\b))\s+"
    r"((?:the\s+)?[\w.’'-]+(?:\s+[\w.’'-]+){0,5}?)"
    r"(?:\s+(?:at|in|on|during|to)\s+[^,;:]{1,60}?)?,?" + VIEW_IS_THAT.pattern)
_NOT_VIEW_OWNER = re.compile(r"(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Ii]t|[Tt]hat|"
                             r"[Tt]his|[Tt]here|[Ww]hat|[Hh]ere)[’']s")


def nominal_frame(text: str, start: int, end: int):
    """(source_span, cue_span, owned) of a nominal attribution in
    text[start:end]; `owned` is True for an owner's noun ("her remarks"), False
    for a setting ("in a statement")."""
    said = VIEW_IS_THAT.search(text, start, end)
    view = said and _VIEW_FROM.search(text, start, end)
    if view and (is_person_like(view.group(1)) or is_body(view.group(1))):
        # (someone's, not "the message from the floods")
        noun = re.search(rf"\b(?:{VIEW_OWNED}|line)\b", view.group())
        return view.span(1), (view.start() + noun.start(), view.start()
                              + noun.end()), True
    view = said and _VIEW_THAT.search(text, start, end) and _OWNED_VIEW.search(
        text, start, end)
    if view and not _NOT_VIEW_OWNER.fullmatch(view.group(1).split()[-1]):
        owner_start, owner_end = view.span(1)
        if text[owner_end - 2:owner_end] in ("’s", "'s"):
            owner_end -= 2
        return (owner_start, owner_end), view.span(2), True
    owners = _OWNER.finditer(text, start, end) if _SAID_NOUN.search(
        text, start, end) else ()
    for match in owners:
        owner = match.group(1)
        if _NOT_OWNER.match(owner):
            continue
        s = match.start(1)
        e = s + len(POSSESSIVE_END.sub("", owner)) if "’" in owner or "'" in \
            owner else match.end(1)
        return (s, e), match.span(2), True
    setting = _SETTING.search(text, start, end)
    if setting is None:
        return None
    # "In a statement, the ministry said ...": a verb would already have won,
    # so the source is the sentence's subject after the phrase, or before it.
    comma = text.find(",", setting.end(), end)
    after = _SUBJECT.match(text, comma + 1 + (text[comma + 1 : comma + 2] == " "),
                           end) if comma >= 0 else None
    before = _SUBJECT.match(text, start, setting.start())
    subject = after if setting.start() - start < 3 else before
    if subject is None or subject.group() in ("The", "A", "An", "That", "This",
                                              "These", "Those", "It") or \
            subject.group().lower() in FUNCTION_WORDS or \
            _CONNECTIVE.match(subject.group()):
        return None  # "However, he could not explain why ... in an interview";
        # "That caution was less evident in a press release": a thing, no one;
        # "Not in a message, and not as an accusation.": no subject at all
    return subject.span(), (setting.start(), setting.end()), False


# "in online and snap polls", "in the latest Reuters/Ipsos poll": a result
# credited to a poll (not "at the polls", "to the polls", "polling stations";
# "of" mostly joins a noun: "weeks of dipping poll numbers").
_POLL = re.compile(
    r"[Ii](?<!\w[Ii])n\s+((?:(?!(?:during|after|before|with|for|from|on)\s)"
    r"[\w/’'.-]+\s+){0,5}?(?:polls?|surveys?|polling))\b"
    # "in April during survey work": another noun's time, no poll
    r"(?!\s+(?:stations?|places?|booths?|sites?|locations?|workers?|hours|"
    r"close[sd]?|open(?:s|ed)?|work|works|teams?|vessels?|ships?|periods?|"
    r"rounds?|waves?|years?|weeks?|days?|months?|data|methods?|questions?|"
    r"respondents|participants|samples?)\b)")


# "the same poll had her ahead", "a Quinnipiac poll put Clinton at 45
# percent", "the survey gave the mayor a lead": a standing the poll found.
_POLL_STANDING = re.compile(
    r"\b((?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[\w/’'.-]+\s+){0,4}?"
    r"(?:poll|survey))"
    # "released last week", "conducted for the Ledger": when and for whom
    r"(?:,?\s+(?:released|published|conducted|taken|carried\s+out|commissioned)"
    r"(?:\s+[\w’'.-]+){0,5}?,?)?"
    r"\s+(had|has|put|puts|gave|gives)\s+(?:[\w’'.-]+\s+){1,4}?"
    r"(?:ahead|behind|up|down|at|leading|trailing|within|level|tied|neck|"
    r"a\s+[\w-]+\s+lead)\b")


# "Government figures put the figure at about 6,500", "official estimates
# put the death toll at 40": a reckoning credited to its document.
_PUT_AT = re.compile(
    r"\b((?:[A-Z][\w’'.-]*\s+|the\s+|its\s+|their\s+|official\s+|"
    r"government\s+|new\s+|latest\s+|early\s+|initial\s+){1,4}"
    r"(?:figures|data|estimates?|projections?|count|tally|census|statistics))"
    r"\s+(put|puts)\s+(?:[\w’'.-]+\s+){1,5}?at\b")


# A document opening the sentence, a phrase of who made, found or sent it,
# then what it shows or the figure it puts: "Documents obtained by the
# Examiner show that ...", "A Halden Institute survey published on Monday
# put the party on 26 percent", "Internal emails seen by this newspaper show".
_DOCUMENT_FINDS = re.compile(
    r"\s*[“\"‘]?((?:[A-Z][\w’'.-]*\s+)?(?:[\w’'.-]+\s+){0,4}?(?i:" + DOCUMENT_NOUN
    + r"))\b(?:\s*,?\s+(?:by|published|obtained|filed|seen|compiled|released|"
    r"commissioned|conducted|carried\s+out|prepared|produced|issued|sent|"
    r"submitted|leaked|of|to|from|for|in|on|with|last|this)\b[^;:“\"]{0,100}?)?"
    r"\s*,?\s+(?:(show|shows|showed|found|finds|reveal|reveals|revealed|"
    r"indicate|indicates|indicated)\b(?=\s+(?:that\b|how\b|[a-z]))|"
    r"(put|puts|gave|gives)\s+(?:[\w’'.-]+\s+){1,7}?(?:(?:at|on)\s+(?:about\s+|"
    r"around\s+|nearly\s+|roughly\s+)?[$£€]?\d|a\s+[\w-]+\s+lead\b))")


_FINDING_VERBS = (" show", " found", " find", " reveal", " indicat", " put", " gave",
                  " give")


def document_frame(text: str, start: int, end: int):
    """(source_span, cue_span) of a document opening the sentence, with what
    made or found it, that shows something or puts a figure."""
    sentence = text[start:end]
    if not any(verb in sentence for verb in _FINDING_VERBS):
        return None  # most sentences hold none of the verbs: spare the pattern
    match = _DOCUMENT_FINDS.match(text, start, end)
    if match is None:
        return None
    cue = 2 if match.group(2) else 3
    return match.span(1), match.span(cue)


def poll_frame(text: str, start: int, end: int):
    """(source_span, cue_span) of a result stated as a standing in a poll, or
    as a reckoning a document put at a figure."""
    match = _POLL.search(text, start, end)
    if match is not None:
        return match.span(1), (match.start(), match.start() + 2)
    if text.find(" put", start, end) >= 0:
        reckoned = _PUT_AT.search(text, start, end)
        if reckoned:
            return reckoned.span(1), reckoned.span(2)
    if text.find("poll", start, end) < 0 and text.find("survey", start, end) < 0:
        return None
    standing = _POLL_STANDING.search(text, start, end)
    return standing and (standing.span(1), standing.span(2))


# "The court heard that ...", "the inquest was told how ...": evidence given
# at a hearing, credited to the hearing (court reporting's own formula).
_HEARD = re.compile(
    r"\b((?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+)?(?i:court|jury|inquest|tribunal|"
    r"hearing|trial|inquiry|committee))\s+((?:has\s+|had\s+)?heard|was\s+told|"
    r"has\s+been\s+told)\s+(?=that\b|how\b|"
    # the clause without "that": "The court heard he had previous convictions"
    r"(?:(?:he|she|they|it|there|we|I)|(?:the|a|an|his|her|their)\s+[\w’'-]+)\s+"
    r"(?:had|has|was|were|is|are|would|could|did|[a-z]+ed)\b)")


# The same after the evidence: "..., a jury at Carnford Crown Court heard."
_HEARD_AFTER = re.compile(
    r",\s+((?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+)?(?i:court|jury|inquest|tribunal|"
    r"hearing|trial|inquiry|committee)(?:\s+(?:at|in|of)\s+[^,.;:“”\"]{1,50}?)?)"
    r"\s+((?:has\s+|had\s+)?heard|was\s+told|has\s+been\s+told)"
    # "... heard on Wednesday.", "... was told yesterday."
    r"(?:\s+(?:on\s+[A-Z][a-z]+|yesterday|today|last\s+[a-z]+|this\s+[a-z]+))?"
    r"\s*[.!]?[”’\"]?\s*$")


_HEARER = re.compile(r"(?:the|a)\s+(?:[\w’'-]+\s+)?(?:court|jury|inquest|tribunal|"
                     r"hearing|trial|inquiry|committee)\b.*", re.I | re.S)
_HEARING_CUE = re.compile(r"(?:(?:has|had)\s+)?heard|was\s+told|has\s+been\s+told",
                          re.I)


def hears(source: str, cue: str) -> bool:
    """Is this the frame `heard_frame` finds ("The jury heard that ...", "...,
    the inquest was told")? Its source is who listened, not who spoke: the
    evidence given at a hearing, which the sentence does not pin on anyone."""
    return bool(_HEARING_CUE.fullmatch(" ".join(cue.split()))
                and _HEARER.fullmatch(source.strip()))


# Whom a hearing heard from, who then speaks: "The court heard from the
# daughter of one resident, Margaret Ellis, 88, who said ...": the witness
# (up to the first comma, the words after it being asides), the cue "heard
# from".
_HEARD_FROM = re.compile(
    r"\b(?:[Tt]he|[Aa])\s+(?:[\w’'-]+\s+)?(?i:court|jury|inquest|tribunal|"
    r"hearing|trial|inquiry|committee)\s+((?:has\s+|had\s+)?(?:also\s+)?heard\s+"
    r"from)\s+([^,.;:“”\"]{3,80}?)(?:,[^.;:“”\"]{0,80}?)?,\s+who\s+(?:said|told|"
    r"described|explained|recalled|claimed|insisted|admitted|denied)\b")


def heard_frame(text: str, start: int, end: int):
    """(source_span, cue_span) of evidence a court or hearing heard."""
    if text.find("heard", start, end) < 0 and text.find("told", start, end) < 0:
        return None
    match = _HEARD.search(text, start, end) or _HEARD_AFTER.search(text, start, end)
    if match is None:
        witness = _HEARD_FROM.search(text, start, end)
        return witness and (witness.span(2), witness.span(1))
    return (match.span(1), match.span(2))
