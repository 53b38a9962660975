"""A quotation's words are read alike wherever "she said" stands: the
speaker's own view judges, in a later sentence of the quotation or an
interview turn ("I don't blame them", "No, I don't accept that"), and a future
in a quotation is the speaker's forecast, whether "she said"
stands beside it or in an earlier sentence of the same quotation ("Morrow's
people will say she won", "it's going to be a long night"); "going to" counts
as "will", negated or contracted. The speaker's own commitment ("we will
appeal", "I'm going to vote no") and a dated plan forecast nothing."""

import pytest

from quizapp.analysis import analyze

from .sentences import only


def _second(text: str):
    return analyze(text).sentences[1]


@pytest.mark.parametrize("text", [
    '"We are not going to win this on television," she told the crowd.',
    '"We\'re going to win it on your porches," she said.',
    "She said it's going to be a very long night.",
])
def test_going_to_forecasts_like_will(text):
    assert only(text).label == "speculation"


@pytest.mark.parametrize("text", [
    '"I\'m going to vote no," he said.',
    '"We will appeal," he said.',
])
def test_the_speakers_own_commitment_forecasts_nothing(text):
    assert only(text).label == "sourced"


@pytest.mark.parametrize("text", [
    '"Nobody landed a punch," said Marcus Field, a consultant. "Haskett\'s '
    "people will be relieved, and Morrow's people will say she won.\"",
    '"It closes in June," said Ann Lee, a parent. "My youngest will spend an '
    'hour a day on a bus."',
    "“The plan is in place,” said the chief superintendent. “I am confident "
    "that people will see more of their local officers.”",
])
def test_a_future_in_a_later_sentence_of_a_quotation_is_the_speakers_guess(text):
    sentence = _second(text)
    assert sentence.label == "speculation"
    assert sentence.source_kind != "none"
    assert "to happen" in sentence.explanation or "to come" in sentence.explanation


@pytest.mark.parametrize("text", [
    '"It closes in June," said Ann Lee, a parent. "We will fight it."',
    '"The plan is agreed," said the mayor. "The new clinic will open on '
    '3 March."',
])
def test_a_commitment_or_a_dated_plan_in_a_later_sentence_reports(text):
    assert _second(text).label == "sourced"


@pytest.mark.parametrize("text", [
    "“The doors were locked,” she said. “They didn’t listen then, and I am not "
    "convinced they are listening now.”",
    "“Staff are leaving,” said a senior clinician. “I don’t blame them.”",
])
def test_the_speakers_own_view_in_a_later_sentence_judges(text):
    sentence = _second(text)
    assert sentence.label == "opinion"
    assert sentence.source_kind != "none"


def test_a_view_in_an_interview_turn_judges():
    text = ("**Q:** Response times doubled last year.\n\n"
            "**Farrant:** No, I don’t accept that.")
    sentence = analyze(text).sentences[-1]
    assert sentence.source_kind == "self"
    assert sentence.label == "opinion"


def test_a_belief_about_what_is_to_come_in_a_later_sentence_guesses_even_dated():
    text = ("“Recruitment is hard,” she said. “But we are confident the new staff "
            "will bring waiting lists down in 2025.”")
    assert _second(text).label == "speculation"


@pytest.mark.parametrize(("turn", "label"), [
    ("With respect, I don’t think they have a great track record.", "opinion"),
    ("I think prices will fall next year.", "speculation"),
])
def test_in_an_interview_turn_i_think_of_what_is_judges_of_what_will_be_guesses(
        turn, label):
    text = f"**Q:** What do you make of them?\n\n**Brightwater:** {turn}"
    sentence = analyze(text).sentences[-1]
    assert sentence.source_kind == "self"
    assert sentence.label == label


@pytest.mark.parametrize("text", [
    "**Q:** Can you win the title?\n\n**Druzak:** But I think we can beat "
    "anybody if we play like we did tonight.",
    '"I believe we can turn this around," she said.',
])
def test_believing_what_can_be_done_is_a_guess(text):
    assert analyze(text).sentences[-1].label == "speculation"
