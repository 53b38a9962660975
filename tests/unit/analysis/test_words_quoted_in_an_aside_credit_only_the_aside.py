"""Words quoted inside an aside on the sentence's subject (a relative clause
or an apposition set off by commas) credit the aside only: the main clause
that goes on after it is the writer's report, an unsourced claim."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    'Mr. Harlan, a two-term governor who has built his campaign around a '
    'promise to "bring the factories home," went on the attack within the '
    'first five minutes.',
    "The mayor, who has promised to “clean up the streets”, opened the new "
    "depot on Monday.",
])
def test_a_quoted_phrase_in_an_aside_leaves_the_main_claim_unsourced(text):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none")
    assert sentence.explanation.startswith("The words in quotation marks belong "
                                           "only to the aside")


def test_a_quoted_phrase_in_the_main_clause_still_quotes_someone():
    sentence = only('The new depot will, the plans say, "transform the '
                    'service for every resident."')
    assert sentence.label == "sourced"


def test_a_quoted_phrase_nobody_is_named_for_is_still_someones_words():
    assert only('The scheme has been described as "a shambles from start to '
                'finish" by residents.').label != "unsourced"
