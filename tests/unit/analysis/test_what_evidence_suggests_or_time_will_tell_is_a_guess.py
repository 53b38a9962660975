"""What results, data or numbers "suggest" is the writer's reading of them, an
inference: speculation, as "Early signs suggest" already was ("studies
suggest" still passes a claim on). "Time will tell whether ..." leaves the
outcome open, like "it remains to be seen": a guess, and "Time" is nobody who
tells."""

import pytest

from .sentences import last


@pytest.mark.parametrize("text", [
    "The results suggest the new drug works.",
    "The data suggest that prices will fall this winter.",
    "Time will tell whether the gamble pays off.",
    "Only time will tell if the council's gamble pays off.",
])
def test_the_writers_reading_or_an_open_outcome_is_speculation(text):
    sentence = last(text)
    assert sentence.label == "speculation", sentence.explanation
    assert sentence.source_kind == "none"


def test_someone_who_will_tell_is_still_no_guess():
    sentence = last("The coach will tell the players on Monday.")
    assert sentence.kind == "fact"
