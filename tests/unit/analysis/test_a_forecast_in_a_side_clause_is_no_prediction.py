"""A source's "will" forecasts only in the main claim of what they say. In a
relative clause it describes a thing ("plans a trial in which half of the
students will be asked", "the road, which will cost $3 million, is
finished"): the sentence reports a plan or a fact, sourced. A "will" in the
main claim still predicts."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "Dr. Okafor said her team now plans a trial in which half of the pupils "
    "will be asked to keep a diary.",
    "Officials said the road, which will cost $3 million, is finished.",
])
def test_a_will_describing_a_thing_leaves_a_sourced_report(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "The mayor said the bridge will reopen soon.",
    "The minister said prices, which have risen, will fall.",
])
def test_a_will_in_the_main_claim_still_predicts(text):
    assert only(text).label == "speculation"
