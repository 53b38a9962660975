"""Words in quotation marks whose speaker the text names nowhere near are
still someone's, never the writer's own: a fact among them is sourced (to
someone unnamed), a judgement is that speaker's opinion, and the feedback says
the text does not say whose. A straight single mark opens a title or a term as
often as a quotation, so it makes no speaker."""

import pytest

from quizapp.analysis import analyze

from .sentences import only


@pytest.mark.parametrize(("text", "label"), [
    ("“Absolutely not.", "opinion"),
    ("“The new timetable is a disgrace.”", "opinion"),
    ("“Fares may rise again next spring.”", "speculation"),
    ("“We carried 40,000 passengers in May.”", "sourced"),
    ("‘We carried 40,000 passengers in May.", "sourced"),
])
def test_quoted_words_with_no_speaker_are_someone_elses(text, label):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == (label, "anonymous")
    assert sentence.quoted_from.source == ""
    assert "does not say whose" in sentence.explanation


@pytest.mark.parametrize("marks", ["“”", "''", '""'])
def test_every_sentence_of_a_quotation_running_on_is_someone_elses(marks):
    opens, closes = (marks[0], marks[1]) if marks != "''" else ("''", "''")
    analysis = analyze("The depot reopened on Monday.\n\n"
                       f"{opens}It is a relief. We carried 40,000 passengers in "
                       f"May.{closes}")
    opening, *quoted = analysis.sentences
    assert (opening.label, opening.source_kind) == ("unsourced", "none")
    assert [(s.label, s.source_kind) for s in quoted] == [
        ("opinion", "anonymous"), ("sourced", "anonymous")]


@pytest.mark.parametrize("text", [
    "'Harbour Lights' was first staged in 1998.",
    "'Fare capping' is a term used by transport planners.",
])
def test_a_title_or_a_term_in_straight_single_marks_makes_no_speaker(text):
    sentence = only(text)
    assert sentence.quoted_from is None
    assert sentence.source_kind == "none"


def test_a_named_speaker_still_takes_the_quotation():
    analysis = analyze("The mayor was blunt.\n\n“We closed the depot on Friday.”")
    assert analysis.sentences[-1].quoted_from.source == "The mayor"
