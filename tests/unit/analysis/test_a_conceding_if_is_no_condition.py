"""'Competent, if tedious, music' and 'most if not all of them' concede a
point ('though'); they set no condition and guess nothing. A real condition
between commas ('the plan, if passed, will ...') still hedges."""

import pytest

from quizapp.analysis.hedges import find_hedges


def cues(text):
    return [c["text"].lower() for c in find_hedges(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "The inn serves a hearty, if plain, breakfast.",
        "The frost killed most if not all of the young vines.",
        "It was a brave, if clumsy, attempt to save the boat.",
    ],
)
def test_a_conceding_if_is_no_cue(text):
    assert cues(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The ferry, if repaired, will run again in spring.",
        "The claim, if true, would change the history of the town.",
        "The vines will recover if it rains in May.",
        "Ask a warden, if possible, before you light a fire.",
    ],
)
def test_a_condition_between_commas_is_still_a_cue(text):
    assert "if" in cues(text)
