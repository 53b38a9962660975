"""Verbs that name an act as often as a report (agree, declare, thank ...)
credit a source only when they bring in what was said; plain speech verbs keep
every frame. Also the smaller cues: "poised to", "would soon", "by one estimate"."""

import pytest

from quizapp.analysis import analyze


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "text",
    [
        "The bakery agreed to repaint its shop front by the spring.",
        "Both ferry operators declared bankruptcy in the winter.",
        "Coach Tom Reed thanked the volunteers after the final match.",
        "The landlord refuses to fix the broken boiler.",
        "The school board decided to close the library on Sundays.",
        "Judge Ana Cole ruled out a second hearing.",
        "The two ferry firms finally agreed.",
        "The cinema offered free tickets to every pupil in the town.",
        "Councillor Jane Hill backed the parking plan at Tuesday's vote.",
        "The miners' union, declaring victory, went back to work.",
    ],
)
def test_an_act_named_by_a_content_only_verb_credits_no_source(text):
    sentence = _first(text)
    assert sentence.source is None
    assert sentence.attribution is None or sentence.attribution.act
    assert sentence.label != "sourced"


@pytest.mark.parametrize(
    ("text", "source", "cue"),
    [
        ("The bakery agreed to repaint its shop front by the spring.",
         "The bakery", "agreed"),
        ("Landlord Sam Price refuses to fix the broken boiler.", "Landlord Sam Price",
         "refuses"),
        ("Through a lawyer, the minister declined to comment.", "the minister",
         "declined"),
        ("The school board decided to close the library on Sundays.",
         "The school board", "decided"),
        ("Councillor Jane Hill backed the parking plan at Tuesday's vote.",
         "Councillor Jane Hill", "backed"),
        ("The theatre company plans to tour the northern towns next spring.",
         "The theatre company", "plans"),
    ],
)
def test_a_decision_or_pledge_keeps_its_source_as_an_act(text, source, cue):
    found = _first(text).attribution
    assert found is not None and found.act
    assert (found.source, found.cue) == (source, cue)


@pytest.mark.parametrize(
    "text",
    [
        "Two clerks committed a string of small frauds at the depot.",
        "The new warden will assume office in January.",
        "The bakery accepted the delivery on Monday.",
    ],
)
def test_a_content_only_verb_in_a_plain_sense_is_no_attribution(text):
    assert _first(text).attribution is None


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The bakery agreed that the shop front needed new paint.", "The bakery"),
        (
            "The council agreed on Tuesday that the bridge would close for a month.",
            "The council",
        ),
        ("The head teacher agreed the timetable was too crowded.", "The head teacher"),
        ('The mayor declared: "The harbour is open again."', "The mayor"),
        ('"The harbour is open again," the mayor declared.', "the mayor"),
        ("The harbour, the mayor declared, is open again.", "the mayor"),
        ("Judge Ana Cole ruled that the fence must come down.", "Judge Ana Cole"),
        (
            "The school board decided that the library would close on Sundays.",
            "The school board",
        ),
        (
            "Dr Lena Park agreed with the coroner about the cause of the fire.",
            "Dr Lena Park",
        ),
    ],
)
def test_a_content_only_verb_with_a_clause_or_quotation_still_credits(text, source):
    found = _first(text).attribution
    assert found is not None and found.source == source


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The mayor said on Monday the harbour would reopen.", "The mayor"),
        ("The harbour will reopen in May, said the mayor.", "the mayor"),
        (
            "The ferry captain told reporters that the crossing was safe.",
            "The ferry captain",
        ),
    ],
)
def test_plain_speech_verbs_keep_every_frame(text, source):
    found = _first(text).attribution
    assert found is not None and found.source == source


def test_a_plural_insults_is_a_noun_not_a_cue():
    assert _first("The two rivals traded sharp insults all summer.").attribution is None
    assert _first("Mayor Tom Reed insults his critics.").attribution is not None


@pytest.mark.parametrize(
    "text",
    [
        "The bakery is poised to open a second shop next year.",
        "The town's football club looks poised for promotion.",
        "Without new orders, the mill would soon have to close.",
    ],
)
def test_poised_and_would_soon_mark_a_forecast(text):
    assert _first(text).label == "speculation"


def test_would_soon_in_reported_speech_stays_with_the_source():
    sentence = _first("The ferry company said the service would soon return.")
    assert sentence.label == "sourced"


@pytest.mark.parametrize(
    "text",
    [
        "By one estimate, the flood damaged four hundred homes.",
        "The old pier drew two million visitors, by some estimates.",
    ],
)
def test_by_one_estimate_credits_a_vague_source(text):
    sentence = _first(text)
    assert sentence.attribution is not None
    assert sentence.attribution.kind == "vague"
    assert sentence.label == "sourced"


def test_by_followed_by_an_ordinary_phrase_is_no_source():
    assert _first("The bus stopped by some trees near the school.").attribution is None


def test_an_irregular_past_cue_needs_no_plural_subject():
    found = _first("The mayor drew criticism for the late gritting.").attribution
    assert found is not None and found.source == "The mayor"
