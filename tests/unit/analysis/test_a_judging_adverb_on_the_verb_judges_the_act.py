"""A judging manner adverb on the verb ("The council wisely delayed the vote",
"The team played brilliantly on Saturday") judges the act the sentence
asserts, as calling the act wise or brilliant would; inside a noun phrase
("the fatally flawed plan") or in a claim passed on ("claims they
fraudulently overvalued") it is not the writer's verdict, and an adverb that
tells only how hard or how long ("relentlessly") judges nothing."""

import pytest

from .sentences import only


def _asserted(sentence, word):
    return any(c["text"] == word and c["predicative"] for c in sentence.opinion_cues)


@pytest.mark.parametrize("text, word", [
    ("The firm shamelessly raised prices again in March.", "shamelessly"),
    ("The council wisely delayed the vote until the spring.", "wisely"),
    ("Firefighters bravely entered the burning building on Monday.", "bravely"),
    ("The team played brilliantly on Saturday.", "brilliantly"),
    ("He behaved appallingly at the dinner in May.", "appallingly"),
])
def test_a_judging_adverb_on_the_verb_makes_the_sentence_an_opinion(text, word):
    sentence = only(text)
    assert _asserted(sentence, word)
    assert sentence.label == "opinion"


def test_a_judging_adverb_inside_a_noun_phrase_only_colours_it():
    sentence = only("The fatally flawed plan passed on Tuesday.")
    assert not _asserted(sentence, "fatally")


def test_a_judging_adverb_in_a_claim_passed_on_is_the_claimants():
    sentence = only("The suit claims they fraudulently overvalued their assets "
                    "by billions.")
    assert not _asserted(sentence, "fraudulently")
    assert sentence.label != "opinion"


def test_an_adverb_of_persistence_judges_nothing():
    sentence = only("Heavy rain has added relentlessly to the flooding in 2024.")
    assert not any(c["text"] == "relentlessly" for c in sentence.opinion_cues)
    assert sentence.label == "unsourced"
