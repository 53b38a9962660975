"""Audits BC and BD and the study sets' misses: a feeling a source voiced
about the matter ("expressed deep concern", "voiced their anger") is their
view, reported, as is the feeling of the body a spokesperson speaks for ("the
company was pleased") and a verdict on what was done ("did not go far
enough", "was right to stand down"); a hope held in the first person ("I
hope we see more of that") is a view, not a report; "rather than" judges
nothing."""

import pytest

from quizapp.analysis import analyze


def _only(text):
    return analyze("Headline\n\n" + text).sentences[1]


@pytest.mark.parametrize("text", [
    "Voting rights advocates have expressed deep concern about the policy.",
    "Residents have voiced their anger over the closure.",
    "The mayor expressed his frustration with the delays.",
    "Younger voters have expressed misgivings about the candidate.",
])
def test_a_feeling_voiced_about_the_matter_is_the_sources_opinion(text):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert sentence.source is not None
    assert "reports a feeling" in sentence.explanation


@pytest.mark.parametrize("text", [
    "The minister expressed the hope that talks would resume.",
    "Ministers expressed confidence that the deal would hold.",
    "The company expressed its products to Canada.",
])
def test_a_belief_about_what_is_to_come_or_a_shipment_is_no_feeling_voiced(text):
    assert "reports a feeling" not in _only(text).explanation


def test_a_hope_held_in_a_quotation_is_the_speakers_view():
    sentence = _only('"I hope the council listens this time," said Ann Lee.')
    assert sentence.label == "opinion"
    assert sentence.source.source == "Ann Lee"


@pytest.mark.parametrize("text", [
    '"We hope to reopen by Friday," a spokesman said.',
    '"I hope to finish the report by May," she said.',
])
def test_a_hope_to_act_is_a_plan_not_a_view(text):
    assert _only(text).label != "opinion"


def test_rather_than_is_a_contrast_and_no_intensifier():
    sentence = _only("The arguments will be heard by 10 judges rather than 11 "
                     "because the chief judge stepped aside.")
    assert [c["text"] for c in sentence.opinion_cues] == []
    assert sentence.label == "unsourced"


@pytest.mark.parametrize("text, cue", [
    ("Environmental groups welcomed the cut but said it did not go far enough.",
     "go far enough"),
    ("She said the agency was right to stand down.", "was right to"),
    ("He said the council was wrong to close the library.", "was wrong to"),
])
def test_a_verdict_on_what_was_done_reported_is_the_sources_opinion(text, cue):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert f"'{cue}' judges" in sentence.explanation


def test_the_right_to_something_is_no_verdict():
    assert _only("Voters have the right to know.").label != "opinion"


@pytest.mark.parametrize("text", [
    "A spokesman said the company was pleased the inspector had recognised "
    "the need for homes.",
    "The statement said the council was disappointed by the ruling.",
])
def test_the_feeling_of_the_body_a_spokesperson_speaks_for_is_its_view(text):
    assert _only(text).label == "opinion"


def test_a_hope_told_in_indirect_speech_is_the_speakers_view():
    sentence = _only("Michael Mulgrew, the union's president, said he hopes the "
                     "day of action sends a message to the city.")
    assert sentence.label == "opinion"
    assert "'he hopes'" in sentence.explanation


def test_a_hope_to_act_told_in_indirect_speech_is_no_view():
    assert _only("The mayor said she hoped to finish the road by May.").label \
        != "opinion"


@pytest.mark.parametrize("text, words", [
    ('The university said it was "disappointed" by the result.',
     "it was disappointed"),
    ('A spokesman said the university was "disappointed" by the result.',
     "the university was disappointed"),
])
def test_a_feeling_quoted_in_a_report_is_explained_without_stray_marks(text, words):
    sentence = _only(text)
    assert sentence.label == "opinion"
    assert f"'{words}' judges" in sentence.explanation
