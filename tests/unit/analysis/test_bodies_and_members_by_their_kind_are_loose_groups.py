"""Bodies or members named only by the kind they are ("Unions", "Charities",
"Several MPs") are nobody in particular: a loose source, spoken of in the
plural; a body the sentence names stays named."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize("np", ["Unions", "Charities", "Several MPs", "MPs",
                                "Labour MPs", "Landlords", "Some academics"])
def test_a_kind_of_body_or_member_is_a_vague_source(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("np", ["The Rail Workers' Union", "Save the Children",
                                "Tom Mps", "the BBC"])
def test_a_body_or_person_the_words_name_stays_named(np):
    assert kind_of(np) == "named"


@pytest.mark.parametrize("text, credit", [
    ("Unions have condemned the cuts.", "unions hold it."),
    ("Several MPs have praised the plan.", "several MPs hold it."),
])
def test_feedback_speaks_of_a_loose_group_in_the_plural(text, credit):
    assert analyze(text).sentences[0].explanation.endswith(credit)


@pytest.mark.parametrize("np", ["Regular users of Eastgate library",
                                "Frustrated passengers at Marrow Field",
                                "Residents of Larkin Flat", "Tesco customers",
                                "Parents at Hillside Primary"])
def test_a_public_group_with_a_place_after_it_is_still_a_loose_group(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("np", ["Analysts at Goldman Sachs", "Goldman Sachs customers"])
def test_professionals_at_a_named_body_or_a_named_bodys_group_stay_named(np):
    assert kind_of(np) == "named"
