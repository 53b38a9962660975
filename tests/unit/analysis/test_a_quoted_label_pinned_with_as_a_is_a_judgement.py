"""'went after the mayor as a “career politician”', 'described the plan as a
“disaster,”': a label in the source's own words, pinned with 'as a', judges."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize("text", [
    "Ms. Hale has gone after the mayor as a “career politician who never listens.”",
    "The senator described the new levy as a “tax on hope,” aides said.",
])
def test_a_quoted_label_is_the_sources_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


@pytest.mark.parametrize("text", [
    "The cellar, known as a “speakeasy,” reopened in May, the owner said.",
    "“We have opened a new clinic in the valley,” the director said.",
])
def test_a_name_or_a_plain_quotation_is_no_label(text):
    assert _first(text).label == "sourced"
