"""The synonym lexicon (`grading/data/synonyms.txt`), stemmed once at import.

Single words map a stem to the groups it belongs to; multiword entries ("running
out", "pull back") become a virtual token spanning their words, so "Iran is
running out of money" can meet a teacher's "economic pressure on Iran".
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

from rapidfuzz import process
from rapidfuzz.distance import OSA

from .normalize import Token, norm_word, stem

_WORDS: dict[str, set[int]] = {}  # lexicon word -> groups, filled by _load


@lru_cache(maxsize=1)
def _load() -> tuple[dict[str, frozenset[int]], dict[str, list[tuple]]]:
    single: dict[str, set[int]] = {}
    multi: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    text = resources.files("quizapp.grading").joinpath("data/synonyms.txt")
    lines = text.read_text(encoding="utf-8").splitlines()
    group = 0
    for line in lines:
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        group += 1
        for entry in line.split(","):
            words = [norm_word(w) for w in entry.replace("-", " ").split()]
            stems = tuple(stem(w) for w in words if w)
            if len(stems) == 1:
                single.setdefault(stems[0], set()).add(group)
                _WORDS.setdefault(words[0], set()).add(group)
            elif stems:
                multi.setdefault(stems[0], []).append((stems, group))
    for entries in multi.values():
        entries.sort(key=lambda e: -len(e[0]))  # longest phrase wins
    return {k: frozenset(v) for k, v in single.items()}, multi


@lru_cache(maxsize=20_000)
def near_groups(word: str) -> frozenset[int]:
    """Groups of the lexicon word `word` is a likely misspelling of ("econmy")."""
    _load()
    if len(word) < 5 or word in _WORDS:
        return frozenset()
    hit = process.extractOne(
        word, _WORDS.keys(), scorer=OSA.normalized_similarity, score_cutoff=0.8 - 1e-6
    )
    if hit is None or hit[0][0] != word[0]:
        return frozenset()
    return frozenset(_WORDS[hit[0]])


def annotate(tokens: list[Token]) -> list[Token]:
    """Attach synonym groups to tokens and add virtual multiword tokens.

    Words inside a multiword match lose their single-word groups ("back" in "pull
    back" is not "support"). Returns a new list; virtual tokens follow the phrase.
    """
    single, multi = _load()
    out: list[Token] = []
    covered_until = -1
    for i, tok in enumerate(tokens):
        phrase = None
        for stems, group in multi.get(tok.stem, ()):
            n = len(stems)
            window = tokens[i : i + n]
            if len(window) == n and all(
                t.stem == s and t.sent == tok.sent
                for t, s in zip(window, stems, strict=True)
            ):
                phrase = (window, group)
                break
        if i > covered_until:
            tok.groups = single.get(tok.stem) or (
                frozenset() if tok.is_stop else near_groups(tok.norm)
            )
        else:
            tok.groups = frozenset()
        out.append(tok)
        if phrase:
            window, group = phrase
            covered_until = max(covered_until, i + len(window) - 1)
            for t in window:
                t.groups = frozenset()
            out.append(
                Token(
                    text=" ".join(t.text for t in window),
                    norm=" ".join(t.norm for t in window),
                    stem="_".join(t.stem for t in window),
                    start=window[0].start,
                    end=window[-1].end,
                    sent=tok.sent,
                    clause=window[-1].clause,
                    is_stop=False,
                    groups=frozenset({group}),
                    negated=tok.negated,
                    virtual=True,
                    head=next((t for t in reversed(window) if not t.is_stop), None),
                )
            )
    return out
