"""Exasperation voiced for a whole group ("People are fed up of being taken
for granted", "sick and tired of discrimination") and a charge of deception,
neglect or a nightmare judge: in a speaker's words they are the speaker's
opinion. Signs read as good or bad for what is to come ("does not bode well")
judge too, and so do evaluative words such as "riveting" or "sordid" and
figures of a self-inflicted blunder ("shooting yourself in the foot")."""

import pytest

from .sentences import only


@pytest.mark.parametrize("text", [
    "“People are fed up of being taken for granted,” Penrose said.",
    "“Young people are sick and tired of discrimination,” the senator said.",
    "“This was a sustained and carefully planned deception,” Grant told the court.",
    "“This is the predictable result of years of neglect,” said Margaret Hollis.",
    "“The new timetable is a nightmare for commuters,” the union said.",
])
def test_a_speakers_exasperation_or_charge_is_an_opinion(text):
    sentence = only(text)
    assert sentence.label == "opinion" and sentence.source_kind == "named"


@pytest.mark.parametrize("text", [
    "This does not bode well for the town's future.",
    "The early turnout figures augur well for the mayor.",
])
def test_signs_read_as_good_or_bad_for_what_is_to_come_judge(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "It is a riveting and infuriating film about the town's sordid past.",
    "The minister has tripped over himself trying to explain the decision.",
    "“Cutting the grant would be shooting yourself in the foot,” she said.",
])
def test_evaluative_words_and_figures_of_a_blunder_judge(text):
    assert only(text).label == "opinion"


@pytest.mark.parametrize("text", [
    "She woke at 3 a.m. to the sound of sirens.",
    "The pupils recorded when they fell asleep and woke, and filled in a diary.",
])
def test_woke_the_verb_judges_nothing(text):
    assert not only(text).opinion_cues
