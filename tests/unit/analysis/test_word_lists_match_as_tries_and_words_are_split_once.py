"""A word list compiled as a trie matches what the plain alternation matches,
and the finders that read every word of a sentence share one split."""

import re

import pytest

from quizapp.analysis import analyze, lexicon
from quizapp.analysis.lexicon import one_of, tokens

WORDS = "said saw sold s dozen dozens a an don’t o'clock per-cent"
TEXT = ("Dozens said a saw; an owl sold Dozen s o'clock per-cent. "
        "She DON’T SAID sawing salad soldiers dozenth anew")


@pytest.mark.parametrize("flags", [0, re.I])
def test_a_trie_of_words_finds_what_the_plain_alternation_finds(flags):
    plain = "|".join(re.escape(w) for w in sorted(WORDS.split(), key=len,
                                                   reverse=True))
    as_trie = re.compile(rf"\b{one_of(WORDS)}(?![\w’'-])", flags)
    as_list = re.compile(rf"\b(?:{plain})(?![\w’'-])", flags)
    assert [m.span() for m in as_trie.finditer(TEXT)] == \
        [m.span() for m in as_list.finditer(TEXT)]
    assert as_trie.findall(TEXT)  # the texts do hold some of the words


def test_a_trie_prefers_the_longer_word_where_both_could_end():
    assert re.match(one_of("dozen dozens"), "dozens").group() == "dozens"
    assert re.match(one_of("s sa said"), "said").group() == "said"


def test_a_trie_is_one_group_that_a_pattern_can_quantify():
    assert re.fullmatch(one_of("ab cd") + "+", "abcdab")


def test_a_sentences_words_are_split_once_with_their_look_up_keys():
    text = "'Prudent' Gov. O’Neill's don't-care plans"
    assert [key for _, _, key in tokens(text, 0, len(text))] == [
        "prudent", "gov", "o’neill's", "don't-care", "plans"]
    starts = [(s, e) for s, e, _ in tokens(text, 0, len(text))]
    assert [text[s:e] for s, e in starts] == [
        "Prudent'", "Gov", "O’Neill's", "don't-care", "plans"]
    assert tokens(text, 2, 9) == ((2, 9, "rudent"),)  # only the words in range


def test_each_sentence_is_split_once_for_all_its_finders(monkeypatch):
    # the reporting verbs of every sentence are found before the hedges and
    # opinion cues of any: the split of each is kept until the article is done
    text = ("Critics say the plan could fail, and frankly it is a disgrace, "
            "the mayor said.\n\nSome analysts believe it may never pass. "
            "Officials said the vote was close.")
    split = []

    class Counting:
        def finditer(self, string, start, end):
            split.append((start, end))
            return real.finditer(string, start, end)

    real = lexicon.TOKEN
    monkeypatch.setattr(lexicon, "TOKEN", Counting())
    lexicon.tokens.cache_clear()
    analyze.cache_clear()
    analysis = analyze(text)
    assert len(analysis.sentences) == 3
    assert len(split) >= 3 and len(split) == len(set(split))  # none twice
    assert lexicon.tokens.cache_info().currsize == 0  # forgotten when done


def test_phrases_in_a_trie_match_across_any_whitespace():
    pattern = re.compile(rf"\b{one_of('led to|leads to|lead|gave rise to')}\b", re.I)
    assert [m.group() for m in pattern.finditer(
        "It led\nto this; leads  to that; Gave rise to more; a lead role")] == [
        "led\nto", "leads  to", "Gave rise to", "lead"]
    assert pattern.search("the ledger") is None
