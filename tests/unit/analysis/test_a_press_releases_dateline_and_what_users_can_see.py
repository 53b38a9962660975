"""What a QA pass on a press release found: the subject before an aside
speaks, not the day between the aside and the verb ("BrightDesk, a software
firm, yesterday said"), nor a dateline before it ("SPRINGVALE, April 2, 2026
- BrightDesk ... today announced"); "can see which tasks are overdue" is
seeing, no view held; and the "is" of an embedded question ("which tasks
are overdue") asserts no general truth."""

import pytest

from quizapp.analysis import analyze
from tests.unit.analysis.sentences import last


@pytest.mark.parametrize(("text", "source"), [
    ("BrightDesk, a software firm, yesterday said profits rose.", "BrightDesk"),
    ("SPRINGVALE, April 2, 2026 - BrightDesk, the industry-leading provider of "
     "classroom technology, today announced the launch of PlanPal.", "BrightDesk"),
    ("LONDON — Norcastle Energy, the utility, on Thursday said profit would "
     "fall.", "Norcastle Energy"),
])
def test_the_subject_before_an_aside_speaks_not_the_day_or_the_dateline(
        text, source):
    attribution = analyze(text).sentences[0].attribution
    assert (attribution.source, attribution.kind) == (source, "named")


def test_what_users_can_see_is_a_plain_claim():
    sentence = last("The app reads a student timetable. Teachers can see which "
                    "tasks are overdue and send reminders.")
    assert sentence.attribution is None
    assert sentence.label == "unsourced"


def test_a_relative_which_is_still_the_writers_present_tense_verdict():
    sentence = last("Two years late, and largely in the form of loans, which is "
                    "a strange way to keep a promise.")
    assert sentence.label == "opinion"
