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


@pytest.mark.parametrize("text", [
    'Vell dismissed talk of a rebellion as "newspaper gossip."',
    "The minister dismissed the expulsion as “hysteria”.",
    "Inspector Lowe described the crowds as “overwhelmingly good-natured”.",
])
def test_a_framing_as_the_speakers_own_marked_words_judges(text):
    assert _first(text).label == "opinion"


def test_a_description_in_the_writers_words_is_reported():
    assert _first("She described the fire as large.").label == "sourced"


@pytest.mark.parametrize("text", [
    "The Hollis campaign later called the $2.1 billion figure “invented.”",
    'She called the 2019 report "a whitewash".',
])
def test_a_label_pinned_on_a_thing_named_with_a_figure_judges(text):
    assert _first(text).label == "opinion"


def test_calling_a_number_is_no_label():
    assert _first("Police called the 999 line at 3pm.").label == "unsourced"


def test_a_label_pinned_beside_a_guess_still_judges():
    assert _first("Redding called Castell “a fighter and a friend” and said his "
                  "support would help him in the west.").label == "opinion"
