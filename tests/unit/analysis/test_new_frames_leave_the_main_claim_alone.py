"""The frames that only count an attribution (acts, side clauses) leave the
sentence's main claim as it was: a quotation in the sentence still credits the
quoted words; a participle after a single comma or an opening preposition is
no subject; "by a number of experts" names the experts; an -ing report with
its content is a side source, and a side source, like an act, leaves the
writer's stance words in view."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


def test_a_quotation_in_the_sentence_still_credits_the_quoted_words():
    sentence = _first("After saying her ankle was “so swollen I could barely walk,” "
                      "she was taken to the clinic.")
    assert sentence.attribution is not None and not sentence.attribution.act
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "Harbour guards, called to duty by the mayor after the storm, are posted "
        "along the quay.",
        "For anglers with small boats, the fee would rise to the level the "
        "council, which complained of costs, set in May.",
    ],
)
def test_a_participle_or_a_preposition_is_no_parted_subject(text):
    found = _first(text).attribution
    assert found is None or not found.source.startswith(("Harbour", "For"))


def test_a_number_of_experts_are_the_agent():
    found = _first("The plan was echoed by a number of harbour experts.").attribution
    assert found is not None and not found.act
    assert found.source == "a number of harbour experts"


def test_an_ing_report_with_its_content_is_a_side_source():
    sentence = _first("The mayor stayed calm, with some aides now saying the pier "
                      "will close.")
    assert sentence.attribution is not None and sentence.attribution.side
    assert sentence.source is None


def test_a_side_source_leaves_the_writers_stance_in_view():
    sentence = _first("The study, which argues that ferries run late, should be a "
                      "wake-up call for us all.")
    assert sentence.attribution is not None and sentence.attribution.side
    assert sentence.label == "opinion"
