"""Lexicon files under `data/`: one phrase a line, grouped by `[kind]` headers.

Kept as plain text so a teacher or developer can read why a word counts.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources


@cache
def load_phrases(name: str) -> dict[str, str]:
    """Phrase (lower case, single spaces) -> kind, from `data/<name>`."""
    phrases: dict[str, str] = {}
    kind = "default"
    text = resources.files(__package__).joinpath("data", name).read_text("utf-8")
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            kind = line[1:-1].strip()
            continue
        phrases[" ".join(line.lower().split())] = kind
    return phrases


# A word, apostrophes inside it ("don't") but not the single quotation marks
# around it ('prudent'), which are stripped from its look-up key.
TOKEN = re.compile(r"[\w-][\w’'-]*")
# After a phrase: no more of a word, and no apostrophe going on into one.
BOUNDARY = r"(?![\w-]|[’']\w)"


@lru_cache(maxsize=4096)
def tokens(text: str, start: int, end: int) -> tuple[tuple[int, int, str], ...]:
    """(start, end, look-up key) of each word in text[start:end]; the key is
    lower case, without the quotation marks after it.

    The hedge, opinion and reporting-verb finders each read every word of the
    same sentence, the reporting verbs of every sentence first: the words are
    split once and kept while the article is analysed (`core.analyze` forgets
    them when it is done)."""
    found = []
    for token in TOKEN.finditer(text, start, end):
        key = token.group().lower()
        if key[-1] in "’'":
            key = key.rstrip("’'")
        found.append((token.start(), token.end(), key))
    return tuple(found)


# Under IGNORECASE four letters outside ASCII match ASCII ones ("ſ" matches
# "s"); "İ" is also the one letter that lower-cases to two.
_CASE_FOLDS = ("İ", "ı", "ſ", "\u212a")
_RUN = re.compile(r"\w+")


@lru_cache(maxsize=4096)
def word_set(text: str, start: int, end: int) -> frozenset[str]:
    """The words (runs of word characters) of text[start:end], lower case, and
    "" when the span holds a letter that IGNORECASE folds to an ASCII one."""
    span = text[start:end]
    words = set(_RUN.findall(span.lower()))
    if any(letter in span for letter in _CASE_FOLDS):
        words.add("")
    return frozenset(words)


def key_words(phrases: str) -> frozenset[str]:
    """The longest word of each of `phrases` ("led to|caused|as a result of",
    as `one_of` takes them), lower case."""
    return frozenset(max(_RUN.findall(phrase.lower()), key=len)
                     for phrase in phrases.split("|"))


def may_hold(text: str, start: int, end: int, keys: frozenset[str]) -> bool:
    """False when text[start:end] cannot hold a phrase of `keys` (`key_words`)
    matched case-blind between word boundaries: every word of such a match is
    a whole word of the span, so a span holding no key word holds none of the
    phrases. Most sentences skip a scan that tries every place this way."""
    words = word_set(text, start, end)
    return "" in words or not words.isdisjoint(keys)


class PhraseMatcher:
    """Find lexicon phrases fast: index phrases by their first word, then check
    the rest of the phrase only where that word occurs (a big regex alternation
    would try every phrase at every character). The phrases sharing a first
    word ("the fact that", "the truth is", ...) are one alternation, longest
    first, so a word is checked with one match, not one per phrase."""

    def __init__(self, phrases):
        by_first: dict[str, list[str]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            words = phrase.split()
            by_first.setdefault(fold(words[0]), []).append(
                r"\s+".join(re.sub(r"[’']", "[’']", re.escape(w)) for w in words))
        self.index: dict[str, re.Pattern] = {
            first: re.compile("(?:" + "|".join(alternatives) + ")" + BOUNDARY, re.I)
            for first, alternatives in by_first.items()}
        # a token is looked up lower-cased as it stands: the first word is
        # indexed under both apostrophes, so no token needs folding
        for key in [k for k in self.index if "’" in k]:
            self.index[key.replace("’", "'")] = self.index[key]

    def finditer(self, text: str, start: int, end: int):
        """Yield non-overlapping (start, end) of phrases in text[start:end]."""
        pos = start
        index = self.index
        for token_start, _, key in tokens(text, start, end):
            if token_start < pos:
                continue
            pattern = index.get(key)
            if pattern is None:
                continue
            match = pattern.match(text, token_start, end)
            if match:
                yield match.start(), match.end()
                pos = match.end()


#: Past tenses that do not end in "-ed" ("said", "fell", "withdrew"): an event
#: told in the past (stance.py), a clause's finite verb (opinion.py), where a
#: subject's clause ends (subjects.py, with the participles it adds).
IRREGULAR_PAST = frozenset(
    "said told took came went made gave began won lost met left held found got "
    "saw became fell rose sent brought led ran paid sold built wrote struck "
    "spent fought caught chose drove flew froze grew hid knew rode shook spoke "
    "stole swore threw woke wore withdrew kept felt stood sat broke bought "
    "taught meant heard forgot thought dealt fled hung lay lent slept sought "
    "sank sang swam swept understood wound did".split())


# How a pattern that scans a sentence lets the search skip places. Python's
# regex engine tries a pattern at every place unless it opens on a character
# (or a set of characters, matched case-sensitively), which it can skip to. So
# a pattern opens on its letter or mark and checks what may not stand before it
# after that ("[Bb](?<!\w[Bb])y" for "\bby"); or, where its words start with
# many letters or it is matched case-blind, it lists those letters in a
# lookahead after `\b` ("\b(?=[aenw])(?:all|every|...)"), so a place where no
# word can start costs one check, not a try of every word. A word added needs
# its letter listed. Either form finds exactly what the plain one does (a unit
# test compares them).


def one_of(words: str) -> str:
    """A regex alternation matching any of the space-separated `words`, built
    as a trie ("s(?:a(?:id|w)|old)" for "said saw sold"). Phrases of more than
    one word are separated by `|` instead ("led to|gave rise to"), and a space
    in them matches any run of whitespace.

    The regex engine tries an alternation's branches one by one, and under
    IGNORECASE it cannot skip a branch by its first letter: a list of sixty words
    costs sixty tries at every word. In a trie each letter rules out the
    branches that do not share it. Where more than one word matches at a place
    the longer is tried first, so a boundary after the group behaves as in a
    plain list that lists the longer words first ("dozens?" before "dozen")."""
    trie: dict = {}
    for phrase in words.split("|") if "|" in words else words.split():
        node = trie
        for word_index, word in enumerate(phrase.split()):
            if word_index:
                node = node.setdefault(" ", {})
            for char in word:
                node = node.setdefault(char, {})
        node[""] = {}
    return "(?:" + _branches(trie) + ")"


def _branches(node: dict) -> str:
    """The alternation of a trie node's branches, optional if a word ends there."""
    branches = [(r"\s+" if char == " " else re.escape(char)) + _branches(node[char])
                for char in sorted(c for c in node if c)]
    if not branches:
        return ""
    if "" not in node:
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if len(branches) == 1 and len(branches[0]) == 1:
        return branches[0] + "?"
    return "(?:" + "|".join(branches) + ")?"


#: Words ending in -est that are no superlative ("the test shows", "the
#: inquest heard", "the interest we have ever paid").
NOT_SUPERLATIVE = frozenset(
    "interest request protest forest honest modest west arrest chest guest test "
    "contest harvest quest earnest rest crest nest pest vest digest manifest "
    "suggest invest attest detest ingest inquest conquest bequest unrest tempest "
    "behest".split())


def fold(word: str) -> str:
    return word.lower().replace("'", "’")
