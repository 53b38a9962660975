""""would" that tells what used to happen in someone's past ("When I was a
boy ... We would go out at four", "My mother would be up to her elbows in salt
from morning till night") is a memory, no guess; under a condition, or in a
view of what a plan would do, it still guesses."""

from quizapp.analysis import analyze


def _labels(text: str) -> dict[str, str]:
    return {s.text: s.label for s in analyze(text).sentences}


def test_would_after_a_speaker_frames_their_own_past_is_a_memory():
    text = ('"When I was a boy there would be thirty boats going out," says Jack '
            'Penhallow. "We would go out at four, before it was light. The whole '
            'harbour would be busy by five."')
    for sentence, label in _labels(text).items():
        assert label == "sourced", sentence


def test_would_with_a_routine_in_a_persons_day_is_a_memory():
    text = ('Dorothy Kitto grew up on the quay. "My mother would be up to her '
            'elbows in salt from morning till night," she says.')
    labels = _labels(text)
    assert labels['"My mother would be up to her elbows in salt from morning till '
                  'night," she says.'] == "sourced"


def test_would_under_a_condition_or_in_a_view_still_guesses():
    labels = _labels('"If the boats came back, we would be busy every day," '
                     'says Jack Penhallow. Critics say the landlords would raise rents '
                     'every year.')
    assert set(labels.values()) == {"speculation"}


def test_would_without_a_past_frame_still_guesses():
    labels = _labels("The new ferry would be the first in a decade, its backers "
                     "say.")
    assert set(labels.values()) == {"speculation"}
