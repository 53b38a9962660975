"""One person the article names, called back by their title ("the senator
said", "the foreign minister told reporters", "the secretary of state"), is a
named source, as "the mayor" is: the guide's "by name or title". An unnamed
official or lawmaker stays anonymous, and a loose group stays vague."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize("phrase", [
    "The senator", "the former senator", "the state senator", "the nominee",
    "the candidate", "the ambassador", "the foreign minister", "the general",
    "the secretary of state", "the justice",
])
def test_a_title_of_one_person_is_a_named_source(phrase):
    assert kind_of(phrase) == "named"


@pytest.mark.parametrize(("phrase", "kind"), [
    ("the official", "anonymous"), ("the lawmaker", "anonymous"),
    ("the general public", "vague"), ("some senators", "vague"),
])
def test_an_unnamed_official_or_a_group_keeps_its_kind(phrase, kind):
    assert kind_of(phrase) == kind


def test_the_feedback_names_the_title_and_no_loose_group():
    text = ("Senator Ana Ruiz opposed the bill. The senator said she would "
            "introduce her own plan in January.")
    sentence = analyze(text).sentences[1]
    assert (sentence.label, sentence.source_kind) == ("sourced", "named")
    assert "loose group" not in sentence.explanation
