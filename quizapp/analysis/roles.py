"""Whom "the singer" or "the fly-half" stands for when a role calls back a
person the article introduced by name.

News introduces a person once with their role ("The pop singer Keira Vance",
"Her coach, Jim Barlow,", "Tom Reed, the side's fly-half") and then credits
them by the role alone ("“I have nothing to hide,” the singer said."). The
source is that named person, not an unnamed one. The role is one person's
(no plural, no body, no document) and exactly one person introduced with it
before the sentence may hold it; otherwise nothing is resolved (no name is
better than a wrong one).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .names import clean, same_source
from .sources import is_body, kind_of

# "the singer", "the 24-year-old fly-half", "the club's coach": a role after
# "the" and at most two words that describe it, all in lower case.
# A person by their nationality calls back as a role does: "the 27-year-old
# Swede", "the Briton".
_DEMONYMS = (
    r"Swede|Briton|Scot|Dane|Finn|Pole|Czech|Slovak|Turk|Greek|Spaniard|Croat|"
    r"Serb|Slovene|Swiss|Dutchman|Dutchwoman|Frenchman|Frenchwoman|Englishman|"
    r"Englishwoman|Irishman|Irishwoman|Welshman|Welshwoman|Scotsman|Scotswoman|"
    r"American|Canadian|Mexican|Brazilian|Argentine|Argentinian|Chilean|"
    r"Colombian|Peruvian|Australian|Kiwi|Italian|German|Austrian|Belgian|"
    r"Norwegian|Icelander|Russian|Ukrainian|Romanian|Bulgarian|Hungarian|"
    r"Portuguese|Japanese|Chinese|Korean|Indian|Pakistani|Israeli|Iranian|"
    r"Egyptian|Nigerian|Kenyan|Ghanaian|Ethiopian|Moroccan|Tunisian|"
    r"Algerian|South\s+African|Latvian|Lithuanian|Estonian|Georgian|Serbian|"
    r"Croatian|Bosnian|Albanian|Cypriot|Maltese|Dutch|Belarusian|Kazakh|Uzbek")
_CALLBACK = re.compile(r"[Tt]he\s+(?:[a-z0-9][\w’'-]*\s+){0,2}"
                       rf"(?P<role>[a-z][a-z-]+|(?:{_DEMONYMS}))")
# A name: two to four capitalised words ("Keira Vance", "Dr Ana de Souza" is
# left to the words it has).
_NAME = (r"(?P<name>[A-Z][\w’'-]+(?:\s+(?:(?:de|van|von|da|del|di|du|der|den|le|"
         r"la|bin|al|el)\s+)?[A-Z][\w’'-]+){1,3})")  # ("Bill de Blasio")
# What may stand between a name and its role in an apposition: "the", "a",
# "its", "the club's", with up to three words describing the role.
_OWNER = (r"(?:the|a|an|its|their|his|her|our|[A-Z][\w-]*[’']s)\s+"
          r"(?:[\w’'-]+\s+){0,3}?")
# Words that open a clause or a sentence after a name, not part of it.
_NOT_NAME = frozenset("The A An And But He She It They On In At As By For Said "
                      "Says Told".split())


@lru_cache(maxsize=512)
def _patterns(role: str) -> tuple[re.Pattern, ...]:
    word = re.escape(role)
    either = f"[{role[0].upper()}{role[0]}]{re.escape(role[1:])}"
    return (
        # "The pop singer Keira Vance", "fly-half Tom Reed", "Coach Jim Barlow"
        re.compile(rf"\b{either}\s+{_NAME}"),
        # "Jim Barlow, the club's head coach", "Tom Reed, 24, a fly-half"
        re.compile(rf"{_NAME},\s+(?:\d+,\s+)?{_OWNER}{word}\b"),
        # "Her coach, Jim Barlow,", "The singer, Keira Vance,"
        re.compile(rf"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[A-Z][\w-]*"
                   rf"[’']s)\s+(?:[\w’'-]+\s+){{0,2}}?{word},\s+{_NAME}\b"),
    )


# Verbs of replying: "she replied", "he answered", "shot back".
REPLIES = re.compile(r"(?i:repl(?:y|ies|ied)|answer(?:s|ed)?|respond(?:s|ed)?|"
                     r"retort(?:s|ed)?|counter(?:s|ed)|shot\s+back|hit\s+back)")
# "The other": the second of two unnamed sources just told of, no role.
_OTHER = frozenset(("other", "latter", "former"))


def calls_back(source: str) -> bool:
    """Is the source one person by a role after "the" ("the researcher", "The
    fly-half"), not a plural, a body or a document?"""
    callback = _CALLBACK.fullmatch(clean(source))
    if callback is None:
        return False
    role = callback.group("role")
    return not (role.endswith("s") and not role.endswith("ss") or is_body(role)
                or kind_of(f"the {role}") == "citation" or role.lower() in _OTHER
                or kind_of(source) == "citation")  # "The journal's press release"


def role_holder(text: str, before: int, source: str) -> str | None:
    """The one person introduced by name with the role `source` calls back
    ("the singer") in `text` before `before`, or None."""
    if not calls_back(source):
        return None  # "the fans", "the council", "the report": not one person
    role = _CALLBACK.fullmatch(clean(source)).group("role")
    holders: list[str] = []
    last = -1  # where the last holder was introduced
    for pattern in _patterns(role):
        for match in pattern.finditer(text, 0, before):
            words = match.group("name").split()
            while words and words[-1] in _NOT_NAME:
                words.pop()
            name = " ".join(words)
            if len(words) < 2 or is_body(name):
                continue
            last = max(last, match.end())
            if not any(same_source(name, other) for other in holders):
                holders.append(name)
    if len(holders) != 1:
        return None
    unnamed = re.compile(rf"\b(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\w-]+\s+)?"
                         rf"{re.escape(role.split()[-1])}\b")
    if unnamed.search(text, last, before):
        return None  # "One teacher, who spoke on condition of anonymity" since
        # "Head teacher Mark Oduya": "the teacher said" is the unnamed one
    return holders[0]


# "A coroner has warned ...": a news lede's one person by an indefinite role,
# named further down ("the area coroner, Margaret Heywood, said")
_LEDE_ROLE = re.compile(r"[Aa]n?\s+(?P<rest>(?:[a-z0-9][\w’'-]*\s+){0,2}[a-z][a-z-]+)")


def named_later(text: str, source: str) -> str | None:
    """The one person the article introduces by name with the role an
    indefinite source ("A coroner") gives, anywhere in `text`, or None."""
    lede = _LEDE_ROLE.fullmatch(clean(source))
    if lede is None:
        return None
    return role_holder(text, len(text), f"the {lede.group('rest')}")


# A body called back by its kind ("the group", "the lender", "the society"),
# and the words that end a body's name of that kind.
_BODY_CALLBACK = re.compile(r"(?i:the)\s+(?P<noun>group|society|bank|lender|council|"
                            r"trust|charity|association|union|company|firm|club|"
                            r"party|agency|authority|board|institute|university|"
                            r"college|school|hospital|airline|operator|retailer|"
                            r"insurer|regulator|watchdog|developer|chain|"
                            r"broadcaster|publisher|museum|federation|committee)")
_NAME_ENDS = {
    "lender": ("bank", "society", "lender", "building society", "mortgages"),
    "company": ("ltd", "plc", "inc", "company", "holdings"),
    "firm": ("ltd", "plc", "inc", "llp", "partners", "company"),
    "charity": ("trust", "foundation", "charity", "fund", "appeal"),
    "operator": ("ltd", "plc", "services", "group", "company", "rail", "ferries",
                 "lines", "airways", "buses"),
    "airline": ("air", "airways", "airlines"),
    "retailer": ("ltd", "plc", "group", "stores", "supermarkets"),
    "watchdog": ("office", "authority", "commission", "ombudsman", "agency"),
    "regulator": ("office", "authority", "commission", "agency"),
}
# A body's name: capitalised words ending in a word for a body ("Halden
# Building Society", "The Harbour Traders Group", "Calder Valley Council").
_BODY_NAME = re.compile(r"\b(?:The\s+)?(?:[A-Z][\w’'&-]*\s+){1,5}(?:[A-Z][\w’'&-]*)")


def named_body(text: str, before: int, source: str, reach: int = 1500) -> str | None:
    """The body a source calls back by its kind ("the group", "the lender")
    named last in the `reach` characters before `before` ("The Harbour Traders
    Group, which represents 40 shops, opposed the plan. The group said ..."),
    or None."""
    callback = _BODY_CALLBACK.fullmatch(clean(source))
    if callback is None:
        return None
    noun = callback.group("noun").lower()
    endings = _NAME_ENDS.get(noun, (noun,))
    found = None
    for match in _BODY_NAME.finditer(text, max(0, before - reach), before):
        name = match.group()
        if name.lower().endswith(endings) and is_body(name):
            found = name
    return found
