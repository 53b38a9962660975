"""'Revolution' asserted of something ("the app is a revolution in
learning") hails it, a judgement in anyone's words; naming an event ("the
revolution began in 1789", "the French Revolution") it reports."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "“The new tablet is a revolution in learning,” said the firm’s founder.",
    "This phone is a revolution.",
])
def test_a_thing_called_a_revolution_is_an_opinion(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "The revolution began in 1789.",
    "Historians said the French Revolution changed the law on land.",
])
def test_a_revolution_named_as_an_event_is_reported(text):
    assert only(text).label in ("sourced", "unsourced")
