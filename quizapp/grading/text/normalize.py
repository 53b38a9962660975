"""Turn an answer into tokens that carry a stem, synonym groups, offsets, the
sentence they sit in and whether a negation governs them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import snowballstemmer

_STEMMER = snowballstemmer.stemmer("english")

STOPWORDS = frozenset(
    """a an the of to in on for and or but is are was were be been being it its
    this that these those with as by at from into than then so such can could will
    would shall should may might must do does did done have has had i you he she we
    they them their our your my me us his her which who whom what when where why
    how there here also very more most some any all each other only just about over
    up out if else while both either per via itself themselves 's s
    one's thing things way really well get got
    lot lots much quite too extremely highly pretty fairly somewhat""".split()
)

# A cue opens a negation that lasts to the end of its clause. "without" is left
# out: "without Iran's backing the regime could collapse" asserts the collapse.
NEGATION_CUES = frozenset(
    """not no never nor neither none nobody nothing cannot cant isnt arent
    wasnt werent dont doesnt didnt hasnt havent hadnt wont wouldnt couldnt shouldnt
    aint""".split()
)
# "not only the rebels" and "no doubt" do not negate what follows.
_NOT_NEGATING_NEXT = frozenset({"only", "just", "merely", "simply", "doubt", "least"})
_REJECTING_PAIRS = frozenset({("rather", "than"), ("instead", "of")})
# Words that close a negation scope before punctuation does.
SCOPE_BREAKERS = frozenset(
    """but however although though whereas instead rather yet while""".split()
)

_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10",
}  # fmt: skip

_TOKEN_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_END_RE = re.compile(r"[.!?;:\n]+")
_CLAUSE_PUNCT_RE = re.compile(r"[,()\-–—]")
_CONTRAST_PUNCT_RE = re.compile(r"[()–—]|\s-\s")


@dataclass
class Token:
    """One word of a text (or a virtual token standing for a multiword phrase)."""

    text: str
    norm: str
    stem: str
    start: int
    end: int
    sent: int
    is_stop: bool
    #: Clause number: a new clause starts at a sentence end, a semicolon, a
    #: dash or a contrast word ("but", "however", "whereas"...).
    clause: int = 0
    groups: frozenset[int] = field(default_factory=frozenset)
    negated: bool = False
    virtual: bool = False
    #: For a virtual token, its main word ("countries" in "other countries"): a
    #: misspelled phrase ("other contries") can still be met through it.
    head: Token | None = None


@lru_cache(maxsize=50_000)
def stem(word: str) -> str:
    """Snowball stem of a lower-case word, cached (stemming is the slow part)."""
    return _STEMMER.stemWord(word)


def norm_word(raw: str) -> str:
    """Lower-case, straight apostrophes, no possessive 's, number words as digits."""
    w = raw.lower().replace("’", "'")
    if w.endswith("'s"):
        w = w[:-2]
    w = w.replace("n't", "nt").replace("'", "")
    return _NUMBER_WORDS.get(w, w)


def tokenize(text: str) -> list[Token]:
    """Tokens with character offsets, sentence numbers and negation scopes."""
    tokens: list[Token] = []
    sent = clause = 0
    pos = 0
    negating = False
    for m in _TOKEN_RE.finditer(text):
        gap = text[pos : m.start()]
        if _SENTENCE_END_RE.search(gap):
            sent += 1
            clause += 1
            negating = False
        elif _CLAUSE_PUNCT_RE.search(gap):
            negating = False
            if _CONTRAST_PUNCT_RE.search(gap):
                clause += 1
        pos = m.end()
        word = norm_word(m.group())
        if not word:
            continue
        if word in SCOPE_BREAKERS:
            negating = False
            clause += 1
        tok = Token(
            text=m.group(),
            norm=word,
            stem=stem(word),
            start=m.start(),
            end=m.end(),
            sent=sent,
            clause=clause,
            is_stop=word in STOPWORDS or word in NEGATION_CUES,
            negated=negating,
        )
        tokens.append(tok)
        prev = tokens[-2].norm if len(tokens) > 1 else ""
        # "rather than X", "instead of X": X is what the writer rejects.
        if word in NEGATION_CUES or (prev, word) in _REJECTING_PAIRS:
            negating = True
    # A cue followed by "only"/"just" does not negate ("not only the rebels").
    for i, tok in enumerate(tokens[:-1]):
        if tok.norm in NEGATION_CUES and tokens[i + 1].norm in _NOT_NEGATING_NEXT:
            j = i + 1
            while j < len(tokens) and tokens[j].negated and tokens[j].sent == tok.sent:
                tokens[j].negated = False
                j += 1
    return tokens


def is_negative(tokens: list[Token]) -> bool:
    """Whether a phrase states its content words negatively ("not a full retreat")."""
    content = [t for t in tokens if not t.is_stop]
    return bool(content) and sum(t.negated for t in content) * 3 >= len(content)
