"""A judging adverb that closes its clause after the verb ("and it works
beautifully.") grades how the thing was done: the clause asserts it."""

from .sentences import only


def test_a_closing_judging_adverb_is_asserted():
    sentence = only("Guitarist Ewan Brodie's playing here is restrained to the point "
                    "of near-absence, and it works beautifully.")
    assert sentence.label == "opinion"
    assert any(c["text"] == "beautifully" and c["predicative"]
               for c in sentence.opinion_cues)


def test_a_judging_adverb_before_more_words_only_colours_them():
    sentence = only("It works beautifully crafted gears into the clock.")
    assert not any(c.get("predicative") for c in sentence.opinion_cues)
