"""The analyzer's scanning patterns are written so the regex engine can skip
places where they cannot match: a lookahead listing the letters their words
start with, or the letter or mark first and what may not stand before it
checked after. Each must find exactly what its plain form finds; a word added
without its letter listed would silently never match. A pattern searched only
in a sentence holding one of its key words (`lexicon.may_hold`) must never
match in a sentence the gate rules out."""

import json
import re
from pathlib import Path

import pytest

from quizapp.analysis import (
    attribution,
    causal,
    markup,
    nominal,
    opinion,
    senses,
    speaker,
    stance,
)
from quizapp.analysis.lexicon import key_words, may_hold

ROOT = Path(__file__).resolve().parents[3]


def _corpus() -> list[str]:
    """The project's own sentences and articles, and edge cases of the rewrites."""
    texts = []
    for path in sorted((ROOT / "quizapp/analysis/training/sentences").glob("*.jsonl")):
        texts += [json.loads(line)["text"]
                  for line in path.read_text("utf-8").splitlines()]
    texts += [path.read_text("utf-8")
              for path in sorted((ROOT / "content").glob("*/article.md"))]
    texts += [
        "*a* b", "x*a*", "**a**", "a *b* c *d*", "_*x*_", " *x *y*", "_a_ b_c_ __d__",
        "By one estimate, by her own count; Nearby estimates; by Smith’s own tally",
        "in a statement; In polls; within polls; in his interview",
        "a ‘word’, 'x' and “y”, ,‘no’ “two words”",
        "I think so. We believe it. it amazed me. In my view, they should.",
        "claims that he lied; CHARGES THAT were made; to claim that",
        "Having said that, needless to say, it's worth noting",
        "It was a complete disaster and it's simply wrong",
        # what stands before a judging word (the linking verb ends the text)
        "The plan is a complete ", "this was really ", "They’re not ", "what’s ",
        "It remains ", "He became a ", "It makes them ", "I find it ", "Walls ",
        "Fear caused delays, led to losses, and because of rain, owing to fog",
        "She was there in 1999 and went home; he walked; it was based",
        "The Mayor met Council staff, and NASA workers, with Smith",
        # case-blind matches, and letters IGNORECASE folds to ASCII ones
        "RAIN CAUSED DELAYS", "The storm ſpurred it", "It \u212aept", "İs it",
        "Rain-caused delays; the o’caused; “caused”; caused—then",
        "Claims  that\nhe lied", "DUE TO fog; thanks\tto you",
    ]
    return texts


def _without_lookahead(pattern: re.Pattern) -> re.Pattern:
    """The pattern with its first-letter lookahead `(?=[...])` removed."""
    plain = re.sub(r"\(\?=\[[^\]]+\]\)", "", pattern.pattern, count=1)
    assert plain != pattern.pattern
    return re.compile(plain, pattern.flags)


LOOKAHEADS = [speaker.FIRST_PERSON, attribution._NOUN_THAT, attribution._FORMULA,
              opinion._LINKING, causal._VERB_RE, causal._CONN_RE, senses._PAST]

# The plain forms of the patterns that open on a letter or a mark.
REWRITTEN = [
    (markup._EM_STAR, r"(?<![*\w])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![*\w])"),
    (markup._EM_UNDER, r"(?<![_\w])_(?=[^\s_])([^_\n]+?)(?<=[^\s_])_(?![_\w])"),
    (stance._NAME, r"(?<=[\w,;:)] )(?:[A-Z][a-z]+|[A-Z]{2,}s?\b)"),
    (attribution._BY_ESTIMATE, attribution._BY_ESTIMATE.pattern.replace(
        r"[Bb](?<!\w[Bb])y", r"\b[Bb]y")),
    (attribution._BY_OWN, attribution._BY_OWN.pattern.replace(
        r"[Bb](?<!\w[Bb])y", r"\b[Bb]y")),
    (nominal._SETTING, nominal._SETTING.pattern.replace(r"[Ii](?<!\w[Ii])n",
                                                          r"\b[Ii]n")),
    (nominal._POLL, nominal._POLL.pattern.replace(r"[Ii](?<!\w[Ii])n", r"\b[Ii]n")),
    (opinion._SCARE, r"(?<![\w,])[‘'“\"](\w[\w-]*(?:\s\w[\w-]*)?)[’'”\"](?![\w])"),
]


@pytest.fixture(scope="module")
def corpus():
    return _corpus()


@pytest.mark.parametrize("fast", LOOKAHEADS, ids=lambda p: p.pattern[:30])
def test_a_first_letter_lookahead_changes_no_match(fast, corpus):
    plain = _without_lookahead(fast)
    found = 0
    for text in corpus:
        spans = [m.span() for m in fast.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        found += bool(spans)
    assert found  # the corpus does hold what the pattern looks for


@pytest.mark.parametrize(("fast", "plain"), REWRITTEN, ids=lambda p: str(p)[:30])
def test_a_pattern_opening_on_its_letter_matches_as_its_plain_form(fast, plain, corpus):
    plain = re.compile(plain, fast.flags)
    assert plain.pattern != fast.pattern
    found = 0
    for text in corpus:
        spans = [m.span() for m in fast.finditer(text)]
        assert spans == [m.span() for m in plain.finditer(text)], text
        found += bool(spans)
    assert found


# Patterns searched only where `lexicon.may_hold` finds one of their key words.
GATED = [(causal._VERB_RE, causal._VERB_KEYS),
         (causal._CONN_RE, causal._CONNECTIVE_KEYS),
         (attribution._NOUN_THAT, attribution._THAT)]


@pytest.mark.parametrize(("pattern", "keys"), GATED, ids=lambda p: str(p)[:30])
def test_a_text_without_a_key_word_of_a_gated_pattern_holds_no_match(pattern, keys,
                                                                     corpus):
    ruled_out = found = 0
    for text in corpus:
        for start, end in [(0, len(text)), *_lines(text)]:
            if pattern.search(text, start, end):
                found += 1
                assert may_hold(text, start, end, keys), text[start:end]
            elif not may_hold(text, start, end, keys):
                ruled_out += 1
    assert found and ruled_out  # the gate lets matches through and skips others


def _lines(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((start, start + len(line)))
        start += len(line)
    return spans


def test_a_phrase_is_keyed_by_its_longest_word_and_a_folding_letter_rules_nothing_out():
    assert key_words("led to|as a result of|it’s|no one") == {
        "led", "result", "it", "one"}
    assert may_hold("The storm ſpurred it", 0, 20, frozenset({"unrelated"}))
    assert not may_hold("The storm spurred it", 0, 20, frozenset({"unrelated"}))
