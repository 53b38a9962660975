"""A verdict the writer puts in the speaker's own marks ('The plan is “a
disaster,” Mosko said') is still asserted, so it is the speaker's opinion; and a
reporting verb standing after a clause keeps its source when settings follow it
('..., Mosko wrote in a letter to residents.'), while a verb after a phrase of
time tells an act ('Last week, Mosko wrote in a letter.')."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "The plan is “a disaster,” Mosko said.",
    "The plan was a “disaster,” the mayor said.",
    "The new bus timetable is “a complete joke,” one commuter said.",
])
def test_a_verdict_in_the_speakers_marks_is_their_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind in ("named", "anonymous")


@pytest.mark.parametrize("text", [
    "The bridge will reopen in May, the mayor wrote in a letter to residents.",
    "Two lanes closed on Friday, Ms. Lee wrote on Saturday.",
    "Oz is “smart as hell,” Steve Mosko wrote in an email to Rich Eisen, and "
    "“full of it.”",
])
def test_a_verb_after_a_clause_keeps_its_source_when_settings_follow(text):
    assert only(text).source_kind == "named"


@pytest.mark.parametrize("text", [
    "Last week, Mosko wrote in a letter.",
    "After the vote ended, Mosko wrote in a letter.",
    "On Friday, the mayor wrote to residents.",
    "The board voted 5-2 to offer teachers a 3 percent raise, a proposal the "
    "union rejected within the hour.",
])
def test_a_verb_after_a_phrase_of_time_tells_an_act(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source_kind == "none"
