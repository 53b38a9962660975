"""A verb that disparages what someone did ('brags about', 'fanned the
flames', 'stoke tension', 'dodged questions') judges the act: the writer's
opinion in the writer's voice, the speaker's in reported words (loaded.py).
The same verbs in a plain sense, as nouns, or not asserted done judge
nothing."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.loaded import loaded_verbs


def _first(text):
    return analyze(text).sentences[0]


def _loaded(text):
    return [text[s:e] for s, e in loaded_verbs(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Most councillors stay quiet, yet the mayor constantly brags about his "
        "harbour plan.",
        "The row began after the senator had fanned the flames of the ferry "
        "dispute for months.",
        "The councillor has peddled conspiracy theories about the water supply.",
        "For weeks the mayor dodged questions about the harbour budget.",
    ],
)
def test_a_loaded_verb_in_the_writers_voice_is_the_writers_opinion(text):
    sentence = _first(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind == "none"


def test_a_loaded_verb_in_reported_words_is_the_speakers_opinion():
    sentence = _first("The union said the new rules demean bus drivers and stoke "
                      "resentment among passengers.")
    assert sentence.label == "opinion"
    assert sentence.source_kind == "named"


@pytest.mark.parametrize(
    "text",
    [
        "The baker stoked the oven before dawn.",
        "The winner of the regatta earned bragging rights for a year.",
        "The vicar warned against demonising the new arrivals.",
        "The cyclist ducked under the barrier at the finish.",
        "The race is close, so the mayor won't be able to brag about a lead.",
        "The council plans to stir up interest in the regatta.",
    ],
)
def test_a_plain_sense_a_noun_or_an_act_not_done_judges_nothing(text):
    assert _loaded(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The mayor fielded questions from reporters on Monday.",
        "The council ignored reports of flooding on the coast road.",
    ],
)
def test_a_plural_form_after_a_past_verb_is_its_object_not_a_report(text):
    attribution = _first(text).attribution
    assert attribution is None or attribution.cue not in ("questions", "reports")


@pytest.mark.parametrize(("text", "source_kind"), [
    ("Critics of observational research say such studies often overstate the "
     "benefits of healthy habits.", "vague"),
    ("The minister exaggerated the risk, opposition MPs said.", "named"),
])
def test_a_claim_said_to_be_overstated_or_exaggerated_is_judged(text, source_kind):
    sentence = _first(text)
    assert (sentence.label, sentence.source_kind) == ("opinion", source_kind)


@pytest.mark.parametrize("text", [
    "He has an exaggerated sense of his own importance.",
    "The lens distorts the image at the edges.",
])
def test_an_exaggerated_noun_or_a_distorting_lens_judges_no_claim(text):
    assert _first(text).label != "opinion"
