"""Quotation marks around the values a thing moves between on a scale ("cut
its rating to "sell" from "hold"", "from 'moderate' to 'severe'") or around
a grade given ("rated the bridge 'poor'") name those values: they keep no
distance from a word, so they are no scare quotes and judge nothing. A word
set apart on its own still is one."""

import pytest

from tests.unit.analysis.sentences import last


@pytest.mark.parametrize("text", [
    'Rachel Opoku of Fenwick Securities cut her rating on the stock to "sell" '
    'from "hold" and lowered her price target to 280 pence.',
    "The agency raised the alert level from 'moderate' to 'severe' on Tuesday.",
])
def test_values_moved_between_on_a_scale_are_no_scare_quotes(text):
    sentence = last(text)
    assert not [c for c in sentence.opinion_cues if c["kind"] == "marker"]
    assert sentence.label == "unsourced"


def test_a_word_set_apart_on_its_own_is_still_a_scare_quote():
    sentence = last('The council unveiled its latest "consultation" on Monday.')
    assert [c["text"] for c in sentence.opinion_cues
            if c["kind"] == "marker"] == ['"consultation"']
