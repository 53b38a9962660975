"""Someone who "saw the move as a betrayal" or "interpreted the lyric as a
confession" holds a view of it: an opinion, credited to them. Seeing a thing
without an "as" is no view."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize(("text", "source"), [
    ("Some commentators interpreted the lyric as a confession.", "Some commentators"),
    ("Critics saw the move as a betrayal.", "Critics"),
    ("Fans saw the goal as the turning point of the season.", "Fans"),
])
def test_seeing_a_thing_as_something_is_the_sources_opinion(text, source):
    sentence = only(text)
    assert sentence.label == "opinion"
    assert sentence.attribution.source == source
    assert "reports a judgement" in sentence.explanation


def test_seeing_a_thing_is_no_view():
    assert only("She saw the report on Monday.").label != "opinion"
