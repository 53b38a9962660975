"""A label pinned in a relative clause ("the plan, which one councillor
called a disgrace, passed") is the clause's source's judgement, whether the
clause stands between commas, dashes or brackets: the sentence's main claim
is the writer's report. A single person named by role ("one councillor",
"the architect", "a lawmaker") can be a source."""

import pytest

from quizapp.analysis.sources import is_person_like

from .sentences import last


@pytest.mark.parametrize("text", [
    "The plan, which one councillor called a disgrace, passed by seven votes.",
    "The plan — which one councillor called “a disgrace” — passed by seven votes.",
    "The plan (which one councillor called “a disgrace”) passed by seven votes.",
])
def test_the_main_claim_beside_a_label_in_a_side_clause_is_the_writers(text):
    sentence = last(text)
    assert (sentence.label, sentence.source_kind) == ("unsourced", "none"), (
        sentence.explanation)


@pytest.mark.parametrize("role", ["one councillor", "the architect", "a lawmaker",
                                  "the coach", "one patient"])
def test_a_single_person_by_role_can_hold_a_view(role):
    assert is_person_like(role)


def test_a_person_by_role_is_a_source():
    sentence = last("One councillor said the timetable had been changed twice.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "anonymous")
