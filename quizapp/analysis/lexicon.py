"""Lexicon files under `data/`: one phrase a line, grouped by `[kind]` headers.

Kept as plain text so a teacher or developer can read why a word counts.
"""

from __future__ import annotations

import re
from functools import cache
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


class PhraseMatcher:
    """Find lexicon phrases fast: index phrases by their first word, then check
    the rest of the phrase only where that word occurs (a big regex alternation
    would try every phrase at every character)."""

    def __init__(self, phrases):
        self.index: dict[str, list[re.Pattern]] = {}
        for phrase in sorted(set(phrases), key=len, reverse=True):
            words = phrase.split()
            pattern = re.compile(
                r"\s+".join(re.sub(r"[’']", "[’']", re.escape(w)) for w in words)
                + BOUNDARY, re.I)
            self.index.setdefault(fold(words[0]), []).append(pattern)
        # a token is looked up lower-cased as it stands: the first word is
        # indexed under both apostrophes, so no token needs folding
        for key in [k for k in self.index if "’" in k]:
            self.index[key.replace("’", "'")] = self.index[key]

    def finditer(self, text: str, start: int, end: int):
        """Yield non-overlapping (start, end) of phrases in text[start:end]."""
        pos = start
        index = self.index
        for token in TOKEN.finditer(text, start, end):
            if token.start() < pos:
                continue
            key = token.group().lower()
            if key[-1] in "’'":
                key = key.rstrip("’'")
            patterns = index.get(key)
            if patterns is None:
                continue
            for pattern in patterns:
                match = pattern.match(text, token.start(), end)
                if match:
                    yield match.start(), match.end()
                    pos = match.end()
                    break


def fold(word: str) -> str:
    return word.lower().replace("'", "’")
