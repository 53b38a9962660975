"""Whom "he", "she" or "it" stands for when a pronoun is a sentence's source.

News names a source once and then calls them "she" or "it" ("Rachel Oduya, the
environment minister, visited the town. She said ..."); a drafted claim's
source and a "Who says so?" answer should name them, not print "She". The
referent is the nearest person (for "he" and "she") or body or document (for
"it") in the few sentences before: a source they credit, the speaker of a
quotation they lie in, the person a sentence is about, or a person's name in
them; where two fit in one sentence, the one it credits. A word that tells a
gender ("Mr", "Ms", "spokeswoman") rules a person out for the other pronoun,
and so does a pronoun the person was resolved for before; when two people are
left that nothing tells apart, the pronoun stays unresolved (no name is
better than a wrong one).
"""

from __future__ import annotations

import re

from .attribution import introduced_speaker, opening_subject
from .core import QUOTED, Analysis, Sentence
from .names import (
    CAPITAL,
    PERSON,
    SMALL,
    STANDS_FOR,
    clean,
    head_words,
    same_source,
    shown_name,
)
from .roles import REPLIES, calls_back, named_body, named_later, role_holder
from .sources import is_body, is_person_like, kind_of
from .stance import MONTHS

#: How many sentences back a referent may stand.
WINDOW = 4
# Titles and roles that tell a gender.
_HE = re.compile(r"\b(?:Mr|Sir|Lord|Father|Brother|King|Prince|[Ss]pokesman|"
                 r"[Cc]hairman|[Hh]usband|[Ss]on|[Ff]ather|[Bb]rother|[Uu]ncle)\b")
_SHE = re.compile(r"\b(?:Mrs|Ms|Miss|Dame|Lady|Sister|Queen|Princess|"
                  r"[Ss]pokeswoman|[Cc]hairwoman|[Ww]ife|[Dd]aughter|[Mm]other|"
                  r"[Ss]ister|[Aa]unt)\b")
# A capitalised word standing alone opening the sentence, as a surname does,
# or its possessive ("Marsh's career was not without setbacks"), after a
# phrase of time or place if any ("Back in Penmarrow, Trevenna was ...").
_OPENING_SURNAME = re.compile(r"[“\"]?(?:[A-Z][^,.;:“”\"]{0,40},\s+)?"
                              r"(" + CAPITAL + SMALL + r"+(?:-" + CAPITAL + SMALL
                              + r"+)?)(?:[’']s)?(?:\s+[a-z]|,)")
# A one-word name opening the sentence as a body's: "Lumora, based in
# Carrow Bay,", "Veltro employs".
_BODY_OPENING = re.compile(r"([A-Z][a-z]+)(?:,\s+(?:based|headquartered|founded|"
                           r"which)\b|\s+(?:employs|makes|sells|operates|owns|"
                           r"runs)\b)")
# Capitalised words that name a place, a thing or a body, not a person.
_PLACE = re.compile(r"\b(?:Street|Road|Avenue|Lane|Square|Park|River|Valley|"
                    r"Bridge|Hill|Court|Crown|Station|Hall|House|Homes|Hospital|"
                    r"Close|Way|Drive|Crescent|Terrace|Place|Gardens|Grove|Row|"
                    r"Quay|Green|Market|Field|Fields|Ground|Lodge|Mews|Cross|Bay|"
                    r"Centre|Center|Stadium|Airport|Island|County|City|Town|"
                    r"Village|North|South|East|West|Group|Agency|Office|Service|"
                    r"Foods|Ltd|Inc|School|College|Academy|University|Institute|"
                    r"Church|Chapel|Library|Museum|Theatre|Club|Council|"
                    r"Association|Authority|Trust|Society|Federation|Commission|"
                    r"Committee|Board|Bank|Foundation|Ministry|Department|"
                    + MONTHS + r")\b")
# After a name, a possessive and a capitalised word: the name is part of a
# longer one ("Denholm Girls' Grammar School", "St Mary's Church").
_NAME_GOES_ON = re.compile(r"[’']s?\s+[A-Z]")
# Words that open a place's name, never a person's: "Los Angeles", "San
# Diego", "New York", "Port Talbot".
_PLACE_START = re.compile(r"(?:Los|Las|San|Santa|Saint|St|New|Port|Fort|Mount|Lake|"
                          r"Cape|Rio|Buenos|Costa|Sierra)\s")
# Nouns before a name that call it a work or a thing ("their album Neon
# Harbour", "the probe Halcyon"), never a person.
_WORK = frozenset("album single song track record ep film movie book novel play "
                  "show series musical opera painting exhibition festival tour "
                  "ship vessel boat yacht probe spacecraft telescope rocket mission "
                  "satellite hotel restaurant pub bar project programme program "
                  "scheme bill act plan estate development brand product app "
                  "game".split())
# A group of people by its plural head in lower case: "the authors".
_GROUP_HEAD = re.compile(r"(?:^|\s)[a-z]+[^s\W’']s$")
# Nouns for a group of people, never "he" or "she".
_COLLECTIVE = frozenset("family families team crowd couple band group staff "
                        "household relatives parents".split())
# "its" after a name in its clause: the name is a body's.
# (not past a report of someone else's clause: "Cllr Gareth Lowe said the
# council had been warned that its IT systems ...": the council's)
_ITS_AFTER = re.compile(r"(?!,\s+\d{1,3},)(?:(?!\b(?:said|says|told|tells|that|who|"
                        r"whose|he|she|his|her)\b)[^.;“”\"])*?\bits\b")
# One person by their role ("the minister", "a nurse"), not a capitalised
# word that may be anything ("Water reached the windows").
_ROLE_OPENING = re.compile(r"(?:the|a|an|one|another)\s", re.I)
# A capitalised word after the determiner names a thing ("The Clean Streets
# Bill passed"); a person's name is found as a name.
_CAPITAL_AFTER = re.compile(r"\s[A-Z]")
# After these capitalised words name a thing or a role ("The Environment
# Minister"), not a person.
_DETERMINER = re.compile(r"The|This|That|These|Those")
# Words after which capitalised words name a thing ("the Unite Works union")
# or a place ("in San Francisco", "near Red Mesa"), not a person.
_NOT_PERSON_BEFORE = frozenset("the a an in at near outside across".split())
# Words that open a sentence or a clause, not a name.
_FUNCTION = re.compile(r"\b(?:The|This|That|These|Those|But|And|In|On|At|After|"
                       r"Before|When|While|Since|It|He|She|They|We|I|For|With|"
                       r"From|By|As|Of|To|Under|Over|During|Despite|Without|"
                       r"If|Although|Though|Because|Once|Until|"
                       # a participle opening a sentence about someone: "Born
                       # Eleanor Mary Foss in 1936, she ..."
                       r"Born|Raised|Educated|Married|Appointed|Elected|Named|"
                       r"Known|Trained|Widowed|"
                       # "Everyone Agnes questions": the one before the name
                       r"Everyone|Everybody|Anyone|Anybody|Someone|Somebody|"
                       r"Nobody)\b")


def referents(analysis: Analysis) -> dict[int, str]:
    """Sentence index -> the name its source stands for, for the sentences
    whose source is "he", "she" or "it" or a role calling back a person
    introduced by name ("the singer", `roles.py`) and whose referent is clear."""
    found: dict[int, str] = {}
    learned: dict[str, str] = {}  # a name -> the pronoun it was resolved for
    by_credit: dict[int, str] = {}  # id of a resolved attribution -> its name
    # per sentence: (name, is a body or a document, is a source it credits)
    mentions: list[list[tuple[str, bool, bool]]] = []
    bodies: set[str] = set()  # names told as bodies: "X ... its works"
    people: set[str] = set()  # people named so far: "Anneliese Varga"
    # the nouns unnamed sources were told by ("a source familiar with the
    # response"): "The source" after one stands for them, no one named
    unnamed: set[str] = set()
    told_unnamed = -WINDOW - 1  # the last sentence crediting an unnamed source
    lede: str | None = None  # the person the first sentence names in full
    masked = analysis.document.masked.masked
    for sentence in analysis.sentences:
        source = sentence.source
        pronoun = STANDS_FOR.get(clean(source.source).lower()) if source else None
        if pronoun is not None:
            # a quotation running on keeps the speaker its "he said" resolved
            name = by_credit.get(id(source)) or _resolve(
                pronoun, mentions, learned, REPLIES.fullmatch(source.cue) is not None)
            if name is None and pronoun in ("he", "she"):
                # "At one point Ms Adeyemi broke down while describing a
                # night when, she said, ...": the one person the sentence
                # itself names before its "she", when the sentences before
                # leave two to choose from
                name = _named_before(analysis.text[sentence.start:source.source_start],
                                     people, pronoun, learned)
            if name is None and pronoun in ("he", "she") and lede and all(
                    n in STANDS_FOR for m in mentions[-WINDOW:] for n, _, _ in m) \
                    and _may_be(lede, pronoun, learned):
                # "Years later he explained the decision" in an obituary whose
                # last sentences name nobody: the person the story is about,
                # named in its first sentence
                name = lede
            if name is not None:
                found[sentence.index] = by_credit[id(source)] = name
                if pronoun != "it":
                    learned.setdefault(name, pronoun)
        elif source is not None and source.kind == "named" and (
                later := named_later(analysis.text, source.source)):
            # "A coroner has warned ...": named further down
            found[sentence.index] = by_credit[id(source)] = later
        elif source is not None and (
                body := named_body(analysis.text, sentence.start, source.source)):
            # "The group said": the Harbour Traders Group, named before
            found[sentence.index] = by_credit[id(source)] = body
        elif source is not None and calls_back(source.source):
            # "the singer said": the person introduced as "The pop singer
            # Keira Vance"; "the researcher said": the one person named just
            # before ("Dr Sunil Varma, a civil engineer ..., said")
            name = by_credit.get(id(source)) or role_holder(
                analysis.text, sentence.start, source.source) or _credited_as(
                clean(source.source).lower().split()[-1], mentions) or (
                None if clean(source.source).lower().split()[-1] in unnamed
                or sentence.index - told_unnamed <= WINDOW
                else _resolve("person", mentions, learned))
            if name is not None:
                found[sentence.index] = by_credit[id(source)] = name
        if source is not None and source.kind == "anonymous" and \
                sentence.index not in found:
            unnamed.update(re.findall(r"[a-z]+", source.source.lower()))
            # "One civil servant ... said" then "the official said": the
            # unnamed one again, not the person named before them
            told_unnamed = sentence.index
        # a heading names nobody in the story, and a greeting ("Dear
        # Editor,") only whom a letter is written to
        mentions.append([] if sentence.is_heading or sentence.kind == "courtesy" else
                        _mentions(analysis.text, masked, sentence,
                                  found.get(sentence.index, pronoun), bodies,
                                  people))
        people.update(name for name, body, _ in mentions[-1]
                      if not body and _ends_in_person(name))
        if lede is None and not sentence.is_heading:
            # the name opening the sentence as its subject ("Eddie Marsh, who
            # scored 212 goals ..., has died"; "Donald Trump's recent gains")
            lede = next((re.sub(r"[’']s$", "", name) for name, body, _ in
                         mentions[-1] if not body and " " in name
                         and _ends_in_person(name)
                         and re.match(re.escape(name) + r"(?:,|\s+[a-z])",
                                      sentence.text.lstrip("“\"‘'"))), "")
    return found


def _mentions(text: str, masked: str, sentence: Sentence, resolved: str | None,
              bodies: set[str], people: set[str]) -> list[tuple[str, bool, bool]]:
    """The people, bodies and documents a sentence names, each with whether it
    is a body or a document and whether the sentence credits it: the sources
    it credits, and names of people anywhere in it. A pronoun left unresolved
    stands for someone unknown, who keeps a later "she" from reaching past
    them. A name "its" follows in its sentence is a body ("Severnvale Water
    admitted ... from its works"), there and after (`bodies`)."""
    names = []
    for attr in (sentence.source, sentence.quoted_from):
        if attr is None or attr.negated or attr.kind not in (
                "named", "anonymous", "citation"):
            continue
        name = shown_name(attr) or (resolved if attr is sentence.source else None)
        if name:
            # "The Office of the Data Commissioner": a body by its head noun,
            # whatever person its name ends on
            head = " ".join(head_words(name.split()))
            names.append((name, attr.kind == "citation" or head != name and is_body(
                head) or not _ends_in_person(name) and (
                is_body(name) or bool(_PLACE.search(name))), True))
    if sentence.source is None or not (sentence.source.source or "").strip():
        # "The minister visited the town.": the person the sentence is about
        about = introduced_speaker(text, masked, sentence.start, sentence.end)
        name = shown_name(about) if about is not None else None
        if name and _ROLE_OPENING.match(name) and not _CAPITAL_AFTER.search(name):
            names.append((name, False, False))
        subject = opening_subject(masked, sentence.start, sentence.end)
        thing = text[subject[0]:subject[1]] if subject else ""
        if thing and _ROLE_OPENING.match(thing) and kind_of(thing) == "citation":
            # "The paper was published in Nature. It found ...": the document
            # "it" stands for
            names.append((thing, True, False))
        body = _BODY_OPENING.match(sentence.text)
        if body and not _FUNCTION.fullmatch(body.group(1)) and not any(
                p.split()[-1] == body.group(1) for p in people):
            # "Lumora, based in Carrow Bay, employs about 15,000 people. It
            # reported ...": a one-word name, told of as a body, no person's
            names.append((body.group(1), True, False))
        lead = sentence.text.lstrip("“\"‘'")
        opening = _TITLED.match(lead)
        if opening and not _NAME_GOES_ON_AFTER.match(lead, opening.end()) and \
                all(n != opening.group() for n, _, _ in names):
            # "Mr. Vane, reached by phone, declined to comment.", "Ms. Osei
            # put it more bluntly.": the person the sentence opens on
            names.append((opening.group(), False, False))
        # "Varga was unapologetic.": a person named before, by surname
        named = {_POSSESSIVE.sub("", p) for p in people if name and " " not in name
                 and _POSSESSIVE.sub("", p.split()[-1]) == name}  # "Tunde
        # Okonjo's header" names Okonjo
        if len(named) == 1:
            names.append((named.pop(), False, False))
    for match in PERSON.finditer(sentence.text):
        # "For George Tanner, who ...": the name after an opening word
        words = match.group().split()
        while words and _FUNCTION.fullmatch(words[0]) and not _DETERMINER.fullmatch(
                words[0]):
            words.pop(0)
        name = " ".join(words)
        owner = _OWNER_FIRST.match(name)
        if owner and len(name[owner.end():].split()) >= 2:
            name = name[owner.end():]  # "Spain's Lucía Ferrández": the player,
            # not her country
        titled = ([None] + list(_TITLE_WORD.finditer(name)))[-1]  # the last
        if titled and is_body(name) and len(name[titled.end():].split()) >= 2:
            name = name[titled.end():]  # "Council President Ruth Abernathy":
            # the person, not the body her title names
        # after "the" capitalised words name a thing ("the Unite Works union"),
        # as they do after a body's noun ("the charity Memory Matters")
        before = sentence.text[max(0, match.start() - 20):match.start()].split()
        if len(words) < 2 or _PLACE.search(name) or _PLACE_START.match(name) or \
                _NAME_GOES_ON.match(sentence.text, match.end()) or \
                _FUNCTION.search(name) or \
                is_body(name) or before and (before[-1].lower() in _NOT_PERSON_BEFORE
                                             or is_body(before[-1])
                                             or before[-1].lower() in _WORK) or \
                any(name in n or same_source(name, n) for n, _, _ in names):
            continue
        names.append((name, False, False))
    opening = _OPENING_SURNAME.match(sentence.text)
    if opening and not _ROLE_THEN_NAME.match(sentence.text, opening.end(1)):
        # "Marsh's career was not without setbacks.", "Agnes's voice ...":
        # the person named before whom the sentence is about, by surname or
        # first name
        named = [p for p in people if opening.group(1) in (p.split()[-1],
                                                           p.split()[0])]
        if len(named) == 1 and not any(same_source(named[0], n)
                                       for n, _, _ in names):
            # the subject, which a later "she" stands for before a person
            # named after it ("Vell, who ..., plays the fifth seed, Hana
            # Bruckner"), when the sentence credits nobody
            names.append((named[0], False, sentence.source is None))
    for name, _, _ in names:
        at = sentence.text.find(name)
        if at >= 0 and _ITS_AFTER.match(sentence.text, at + len(name)):
            bodies.add(name)
    return [(name, not _PERSONAL_TITLE.match(name) and (
                 body or any(same_source(name, b) for b in bodies)), credited)
            for name, body, credited in names]


# A title before a person's name, whatever body it names first ("Council
# President", "Police Chief").
_TITLE_WORD = re.compile(r"\b(?:President|Chief|Chair|Chairman|Chairwoman|Leader|"
                         r"Secretary|Minister|Director|Commissioner|Governor|Mayor|"
                         r"Senator|Councillor|Councilor|Judge|Manager|Coach|Captain|"
                         r"Speaker|Superintendent|Sheriff|Spokesman|Spokeswoman|"
                         r"Spokesperson)\s+")
# A role and a name after a capitalised word: "Wexley manager Gareth Pennock",
# whose first word is the team's, not a person's.
_ROLE_THEN_NAME = re.compile(r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?\s+" + CAPITAL)
# A possessive opening a name found: "Spain's", "Britain's".
_OWNER_FIRST = re.compile(r"\w+[’']s\s+")
# A person by title ("Mr Hale"), never a body, whatever body shares the name
# ("Hale's Table", his series).
_TITLE = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Sir|Dame|Lord|Lady|Professor|Prof)\.?\s+"
_PERSONAL_TITLE = re.compile(_TITLE + "[A-Z]")


def _credited_as(role: str, mentions: list[list[tuple[str, bool, bool]]]
                 ) -> str | None:
    """The source credited in the last few sentences by a name holding the
    role ("A spokesperson for Wendle Valley District Council" for "the
    spokesperson"), or None."""
    for names in reversed(mentions[-WINDOW:]):
        for name, _, credited in names:
            if credited and role in name.lower().split():
                # (the last one: not "Head teacher Mark Oduya" past "One
                # teacher", unnamed on purpose)
                return name if kind_of(name) == "named" else None
    return None


def _resolve(pronoun: str, mentions: list[list[tuple[str, bool, bool]]],
             learned: dict[str, str], reply: bool = False) -> str | None:
    """The one fitting name in the nearest of the last WINDOW sentences that
    names any, or None when two fit there, or a pronoun nobody resolved. One
    who replies is the one the nearest sentence puts something to, not the
    one it credits with putting it ("a reporter put it to Ms Alder that ...
    “...,” she replied")."""
    asker = None
    if reply:
        # the one who asks, in the nearest sentence naming anyone: its source,
        # else the first person it names ("Mr Okafor asked her why ...")
        nearest = next((s for s in reversed(mentions[-WINDOW:]) if s), [])
        people = [(name, source) for name, body, source in nearest
                  if not body and name not in STANDS_FOR]
        asker = next((name for name, source in people if source),
                     people[0][0] if people else None)
    for sentence in reversed(mentions[-WINDOW:]):
        if asker is not None:
            sentence = [m for m in sentence if not same_source(m[0], asker)]
        fitting = []
        sources = {name for name, _, source in sentence if source}
        for name, body, _ in sentence:
            if name in STANDS_FOR:
                if name == pronoun:
                    return None  # "She said ... she added": still unknown
                continue
            if body != (pronoun == "it") or not _may_be(name, pronoun, learned):
                continue
            if not any(same_source(name, other) for other in fitting):
                fitting.append(name)
        if len(fitting) == 1:
            return fitting[0]
        credited = [n for n in fitting if n in sources]
        if len(credited) == 1:
            return credited[0]  # the one the sentence credits: "Marcus Quayle,
            # of the consultancy Brightwater Research, expects ... “...,” he said"
        if fitting:
            return None  # two people nothing tells apart
    return None


_POSSESSIVE = re.compile(r"[’']s$")
# More of a name after a title and one name ("Professor Lukas Brandvold"),
# which the names of people found in the sentence hold whole.
_NAME_GOES_ON_AFTER = re.compile(r"\s+[A-Z]")
# A preposition whose object a name is.
_OBJECT_BEFORE = re.compile(r"\b(?i:by|to|of|for|with|from|at|about|against)\s+$")
# A person by title and surname: "Ms Adeyemi", "Dr. Okafor".
_TITLED = re.compile(r"\b" + _TITLE + "(" + CAPITAL + SMALL + "+(?:-" + CAPITAL
                     + SMALL + "+)?)")


def _named_before(text: str, people: set[str], pronoun: str,
                  learned: dict[str, str]) -> str | None:
    """The one person named in `text` (a sentence up to its "she said"), by
    full name or by title and surname of someone named before, if the
    pronoun may stand for them; else None."""
    text = QUOTED.sub(" ", text)  # a name inside the words is not the speaker
    names = {re.sub(r"[’']s$", "", m.group()) for m in PERSON.finditer(text)
             if _ends_in_person(m.group()) and not _OBJECT_BEFORE.search(
                 text, 0, m.start())}
    for titled in _TITLED.finditer(text):
        if _OBJECT_BEFORE.search(text, 0, titled.start()):
            continue  # "Asked by Ms Monkton whether ..., she said": the one
            # asking, not the one answering
        held = [p for p in people if p.split()[-1] == titled.group(1)]
        names.add(held[0] if len(held) == 1 else titled.group())
    names = {n for n in names if not any(n != o and n in o for o in names)}
    if len(names) != 1:
        return None
    name = names.pop()
    return name if _may_be(name, pronoun, learned) else None


def _ends_in_person(name: str) -> bool:
    """"Former City striker turned pundit Gary Marsh": a person, whatever
    body or place the words before the name mention."""
    last = ([None] + list(PERSON.finditer(name)))[-1]
    return last is not None and last.end() == len(name) and not (
        _PLACE.search(last.group()) or _FUNCTION.search(last.group()))


def _gender(name: str, learned: dict[str, str]) -> str | None:
    if _HE.search(name):
        return "he"
    if _SHE.search(name):
        return "she"
    return learned.get(name)


def _may_be(name: str, pronoun: str, learned: dict[str, str]) -> bool:
    if pronoun in ("he", "she", "person") and (
            _GROUP_HEAD.search(name) or name.split()[-1].lower() in _COLLECTIVE):
        return False  # "the authors", "club statisticians", "His family":
        # many, not one
    if pronoun == "person":
        # "the researcher": one person of either gender, named or introduced
        # by a role ("a confidential memo" is no one; nor is "the coach",
        # another call-back)
        return is_person_like(name) and kind_of(name) != "citation" and \
            not calls_back(name)
    gender = _gender(name, learned) if pronoun != "it" else None
    return gender is None or gender == pronoun

