"""A weak cue (an intensifier, "never", a quantifier) is evidence only beside a
word that judges; a topic noun ("racism") names a subject unless asserted;
"need to" urges only as a present verb; a "!" inside an open quotation is the
quoted chant's; evaluative words from the open lexicons and judgements of
sufficiency ("isn't doing enough") judge."""

import pytest

from quizapp.analysis.opinion import find_opinion_cues

from .sentences import only


def cues(text: str) -> list[tuple[str, str]]:
    return [(c["text"], c["kind"]) for c in find_opinion_cues(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "He never spoke for longer than 30 minutes at a rally in Ohio.",
        "The mayor never missed a council meeting in 2019.",
        "The treatment was kept very low key.",
        "They were not happy at all with the result in March.",
    ],
)
def test_a_weak_cue_alone_in_a_narrative_reports(text):
    assert only(text).kind == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The council never listens, and its plan is a disgrace.",
        "This is a very foolish plan.",
    ],
)
def test_a_weak_cue_beside_a_judgement_still_judges(text):
    assert only(text).kind == "opinion"


def test_never_is_a_sweep_that_weighs_like_an_intensifier():
    assert ("never", "sweep") in cues("He never spoke to reporters.")
    assert ("very", "weak") in cues("The room was very small.")


def test_a_topic_noun_names_a_subject():
    assert cues("Students are tired of discrimination and racism.") == []


def test_a_topic_noun_asserted_of_something_condemns_it():
    assert [c[0] for c in cues("This policy is racism, plain and simple.")] == [
        "racism"]


@pytest.mark.parametrize(
    "text",
    [
        "She stressed a need to raise the minimum wage.",
        "He didn't need to hear any more.",
        "The panel saw no need to act.",
    ],
)
def test_need_to_as_a_noun_or_a_past_denial_urges_nothing(text):
    assert "need to" not in [c[0] for c in cues(text)]


def test_need_to_as_a_present_verb_urges():
    assert ("need to", "stance") in cues("Schools need to hire more nurses.")


def test_an_exclamation_inside_an_open_quotation_is_the_chants():
    text = "The crowd rose, chanting “U-S-A!"
    assert "!" not in [c[0] for c in cues(text)]


def test_an_exclamation_in_the_writers_voice_counts():
    assert ("!", "stance") in cues("What a waste of money this was!")


@pytest.mark.parametrize(
    "text",
    [
        "He entered each debate with a plan and flawlessly executed it.",
        "It is a source of national shame.",
        "The new bridge is an insult to the people who paid for it.",
        "The committee's report was questionable and thoughtless.",
    ],
)
def test_evaluative_words_from_the_open_lexicons_judge(text):
    assert only(text).kind == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "The driver was angry after the crash on Tuesday.",
        "The crude oil price rose 3% on Monday.",
        "The Superior Court heard the case in May.",
    ],
)
def test_feelings_and_descriptive_senses_are_left_out(text):
    assert only(text).kind == "fact"


@pytest.mark.parametrize(
    "text",
    [
        "The agency isn't offering enough veterans the treatment that works.",
        "The city is not doing nearly enough for its bus riders.",
        "Ministers have done far too little.",
    ],
)
def test_a_judgement_of_sufficiency_is_an_opinion(text):
    assert only(text).kind == "opinion"


@pytest.mark.parametrize(
    "text",
    [
        "They didn't have enough money to pay the rent in June.",
    ],
)
def test_a_past_shortfall_reports(text):
    assert only(text).kind == "fact"
