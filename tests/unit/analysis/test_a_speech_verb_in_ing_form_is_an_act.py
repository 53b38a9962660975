"""A speech or stance verb in -ing form that no comma frame explains ("experts
offering their views", "avoids condemning the strike", "shouting abuse as she
ran") tells what someone does with words: PolNeAR counts it, but it credits no
claim. A gerund that names a credit ("Reporting by Ann Lee", "contributed
reporting") or the writer's "I'm saying" is none."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The mayor avoids condemning the strike at the docks.", "The mayor",
         "condemning"),
        ("The ferry crew gathered at the quay, a few sailors shouting abuse at "
         "the harbour master.", "a few sailors", "shouting"),
        ("Councillor Ames ran a radio advert criticizing the budget.",
         "Councillor Ames", "criticizing"),
    ],
)
def test_an_ing_speech_verb_is_an_act_of_its_speaker(text, source, cue):
    sentence = _first(text)
    found = sentence.attribution
    assert found is not None and found.act
    assert (found.source, found.cue) == (source, cue)
    assert sentence.source is None and sentence.label != "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "Reporting by Ann Lee and Tom Reed.",
        "Two interns contributed reporting.",
        "And I’m saying, where is the money?",
    ],
)
def test_a_credit_line_or_the_writers_own_saying_is_no_attribution(text):
    assert _first(text).attribution is None
