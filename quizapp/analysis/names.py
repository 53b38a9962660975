"""Whether what the attribution finder took for a source reads as a name.

The finder's source span is sometimes a stretch of the clause around it ("In
an interview Trump", "Hillary Clinton needs to sell herself and", "D-Md.)").
Feedback that names the source and "Who says so?" options show a source only
when it reads as a name (`reads_as_name`), after `clean` drops a dateline and
an inverted "said".
"""

from __future__ import annotations

import re

#: A person's name: capitalised words, the last two or a title and a surname
#: ("Rachel Oduya", "Ms Rahman", "Professor Martin Oduya").
#: A capital and a small letter of a name, accented ones too ("Lucía
#: Ferrández", "Zoë Müller", "Siobhán", "Nguyễn"): Latin-1, Latin Extended-A
#: and the Vietnamese letters.
CAPITAL = "[A-ZÀ-ÖØ-ÞĀ-ſẠ-ỹ]"
SMALL = "[a-zß-öø-ÿĀ-ſẠ-ỹ]"
# A name's second part after a hyphen or an apostrophe ("Smith-Jones",
# "O'Brien").
_JOINED = "(?:[-’']" + CAPITAL + "?" + SMALL + "+)?"
PERSON = re.compile(r"\b(?:(?:Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Judge|Sir|Dame|"
                    r"Lord|Lady)\.?\s+)?" + CAPITAL + SMALL + r"+" + _JOINED
                    + r"(?:\s+" + CAPITAL + SMALL + r"+" + _JOINED + r")+\b")
#: "WASHINGTON -- ", "LONDON — ": a dateline, not part of the source's name.
_DATELINE = re.compile(r"^[A-Z][A-Z.,’' ]+\s(?:--?|—|–)\s+")
#: "said Ellis" taken whole from an inverted report: the name is "Ellis".
_INVERTED = re.compile(r"^(?:said|says|told|added|asked|wrote)\s+", re.I)
_DETERMINERS = frozenset("the a an this that these those his her their its our".split())
#: Words that open a stretch cut from inside a clause, never a name or a reason.
_OPENERS = frozenset(
    "in on at during after before from with without by for of about as to when "
    "through over into under against between among across within out "
    "if once while because since although though unless until whether is was "
    "are were has have had including and or but".split())
#: Function words a name or a whole phrase does not end on.
FUNCTION_WORDS = _FUNCTION = frozenset(
    "the a an and or but of to in on at for with by from as is are was were be "
    "been being has have had this that these those its their his her they them "
    "he she we our you your i my which who whom whose what when where while into "
    "than then there here also more most some any all each such not no so very "
    "just about over after before between through during against under up down "
    "out off".split())
#: A clause may end on these ("Replacing it"); on any other function word
#: ("the rules that", "needs to sell herself and") it was cut off.
_OBJECTS = frozenset("it them him her us me you".split())
PRONOUNS = frozenset("i we you he she they it".split())
#: A pronoun standing for a source the article names around it, by the form
#: feedback gives it: "he said", "In his view" (`nominal.view_frame`).
STANDS_FOR = {"he": "he", "she": "she", "it": "it", "his": "he", "her": "she",
              "its": "it"}


def points_back(name: str) -> bool:
    """Is this source a pronoun ("She", "they", "his"), which names someone
    only through the sentences around it?"""
    low = name.strip().lower()
    return low in PRONOUNS or low in STANDS_FOR
#: Words after which a name tells where its bearer is placed ("a manager at
#: the council", "Senator Lawson of Texas", "analysts at the bank", "an aide
#: to the council leader").
PLACING = frozenset(("at", "of", "from", "with", "for", "in", "on", "to"))
_CLAUSE_WORDS = frozenset("what how why where when which who whom whose".split())
# Verbs that make a phrase a clause, no name: "The trust has so far", "a move
# his campaign was".
_VERB_WORDS = frozenset("has have had is are was were will would can could "
                        "should did does do went".split())
_MAX_NAME_WORDS = 10
_NOBODY = frozenset(
    "everything nothing something anything everyone anyone nobody".split())


def clean(source: str) -> str:
    """The source span as one line, without a dateline, an inverted "said" or
    trailing punctuation (an abbreviation keeps its full stop: "Jr.", "U.S.")."""
    name = " ".join(source.split())
    name = _INVERTED.sub("", _DATELINE.sub("", name)).strip(",;:")
    if _ABBREVIATION.search(name):
        return name.lstrip(".")
    return name.strip(".,;:")


#: A final word that is an abbreviation: "Jr.", "Inc.", "U.S.", "Co."
_ABBREVIATION = re.compile(r"(?:\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|Bros)|\w\.\w)\.$")


def shown_name(attr) -> str | None:
    """The attribution's source as feedback may name it, or None when it does
    not read as a name."""
    name = clean(attr.source or "")
    if not name or name.lower() in PRONOUNS:
        return None  # "He said": the sentence before names him, not this one
    if not reads_as_name(name):
        # "An open letter signed by 84 academics from universities in ...":
        # the thing named before who made it
        made = _MADE_BY.search(name)
        if made is None or not reads_as_name(name[:made.start()]):
            return None
        name = name[:made.start()]
    # "The mayor" opening its sentence reads "the mayor" inside feedback
    return _DETERMINER.sub(lambda m: m.group().lower(), name)


_DETERMINER = re.compile(r"^(?:The|A|An|My|Our|His|Her|Their|Its|One|Another)(?=\s)")
_MADE_BY = re.compile(r"\s+(?:[a-z]+ed|written|run|drawn up)\s+by\s")


def head_words(words: list[str]) -> list[str]:
    """A name's words up to what places its bearer: "a repairs manager" of
    "a repairs manager at the council", whose head is "manager"."""
    cut = next((i for i, w in enumerate(words) if i and w in PLACING), len(words))
    return words[:cut]


def name_words(name: str) -> list[str]:
    """A name's words, lower case, with straight apostrophes."""
    return name.lower().replace("’", "'").replace("‘", "'").split()


#: Titles before a name, left out when two names are compared.
HONORIFICS = frozenset("mr. mr mrs. mrs ms. ms dr. dr miss sir dame professor prof. "
                       "prof judge lord lady rev. rev reverend cr cr. cllr cllr. "
                       "councillor councilor".split())
#: Letters after a name ("Nadia Rahman KC"), left out too.
_POST_NOMINALS = frozenset("kc qc mp mep jr. jr sr. sr phd obe mbe cbe".split())


def surname(name: str) -> str:
    """The last word of a person's or a body's name ("Whitcomb" of "Mayor Gary
    Whitcomb"), less letters after it ("KC")."""
    words = _less_letters_after(name.split())
    return words[-1] if words else name


def _less_letters_after(words: list[str]) -> list[str]:
    """A name's words without the letters after it ("Nadia Rahman KC")."""
    while len(words) > 1 and words[-1].lower().strip(",") in _POST_NOMINALS:
        words = words[:-1]
    return words


def same_source(a: str, b: str) -> bool:
    """"Chen", "Maria Chen", "Ms. Chen", "Mayor Maria Chen" and "Senator Maria
    Chen of Ohio" are one person: the shorter name, less an honorific, is the
    end of the longer one, less where it is from ("O’Neill" and "O'Neill"
    alike); a one-word name that opens a name of capitalised words is one
    body ("Harlow" and "Harlow Foods")."""
    short, long = sorted((_plain_name(a), _plain_name(b)), key=len)
    if not short or short == long:
        return bool(short)
    if len(short) == 1 and short[0] == long[0] and len(long) <= 3 and all(
            word[:1].isupper() for word in (a if len(a) > len(b) else b).split()):
        return True
    ends = [long]
    at = len(long) - 1 - long[::-1].index("of") if "of" in long else 0
    if 1 <= at and len(long) - at - 1 <= 3:  # "... of Texas", "... of New York"
        ends.append(long[:at])
    if any(w in long[1:] for w in PLACING - {"of"}):
        # "A repairs manager at the council" is not "the council"
        ends = [head_words(end) for end in ends]
    return any(end[len(end) - len(short):] == short for end in ends)


def _plain_name(name: str) -> list[str]:
    words = _less_letters_after(name_words(name))
    return words[1:] if len(words) > 1 and words[0] in HONORIFICS else words


def first_word(text: str) -> str:
    """The first word, lower case, without a contraction ("We've": "we")."""
    return text.split()[0].lower().replace("’", "'").split("'")[0]


def is_fragment(text: str) -> bool:
    """A stretch cut from inside a clause: opened by a preposition, a
    subordinator or a verb ("In an interview Trump", "was passed by"), ending
    on a function word ("needs to sell herself and"), or leaving a quotation
    mark or bracket open ("“appropriate assistance")."""
    words = text.split()
    low = [w.lower().strip(",;:") for w in words]
    if low[0] in _OPENERS:
        return True
    if low[-1] in _FUNCTION and low[-1] not in _OBJECTS:
        return True
    quotes = text.count("“") != text.count("”") or text.count('"') % 2
    return bool(quotes) or text.count("(") != text.count(")")


def reads_as_name(name: str) -> bool:
    """A noun phrase that names a source: short, not a fragment
    (`is_fragment`), no clause ("what the campaign") or bracket ("D-Md.)") in
    it, not a lone possessive ("His"), nobody ("Everything Trump") or an act
    ("Looking at how")."""
    words = name.split()
    if not words:
        return False
    first = first_word(name)
    if len(words) == 1 and first in PRONOUNS:
        return True  # "he", "they": the sentence before names them
    if len(words) > _MAX_NAME_WORDS or first in _NOBODY:
        return False
    if len(words) == 1 and first in _DETERMINERS:
        return False
    low = {w.lower().strip(",;:") for w in words}
    if _CLAUSE_WORDS & low or _VERB_WORDS & {w.strip(",;:") for w in words} or \
            re.search(r"\s(?:--?|—|–)\s|[()]", name):
        return False
    if first.endswith("ing") and len(words) > 1 and words[1][:1].islower():
        return False  # "Examining the record", "Looking at": an act, no one
    return not is_fragment(name)
