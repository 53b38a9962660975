"""One person named only by what they do or are ("the baker", "a nurse at the
hospital", "the victim's mother", "her husband") is specific but not named: an anonymous
source, whom a reader cannot check. A newspaper, an office with one holder and
a capitalised name are not."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize(
    "np",
    ["the baker", "a nurse at the hospital", "the victim's mother",
     "an elderly woman", "the ferry captain", "a man who lives nearby",
     "her husband", "his lawyer", "their neighbour"],
)
def test_one_person_by_role_is_anonymous(np):
    assert kind_of(np) == "anonymous"


@pytest.mark.parametrize(
    ("np", "kind"),
    [("the mayor", "named"), ("the Guardian", "named"), ("the newspaper", "named"),
     ("the neighbours", "vague"), ("The harbour authority", "named")],
)
def test_an_office_a_paper_a_name_or_a_group_keeps_its_kind(np, kind):
    assert kind_of(np) == kind


def test_the_feedback_says_the_baker_cannot_be_checked():
    sentence = analyze("The baker said the ferry had been late all week.").sentences[0]
    assert (sentence.label, sentence.source_kind) == ("sourced", "anonymous")
    assert "not named" in sentence.explanation


@pytest.mark.parametrize("text", [
    "A fund manager at one of Brantwell's ten largest shareholders, who asked not "
    "to be named because he was not authorised to speak publicly, described the "
    "results as \"about what we expected\".",
    "One firefighter involved in the response, who was not authorised to speak to "
    "the media, said early indications pointed to a downed power line.",
    "A person familiar with the label's plans, who asked not to be identified, "
    "told me the company expected the record to sell slowly.",
])
def test_a_source_told_to_be_unnamed_is_anonymous_whatever_names_it_holds(text):
    found = analyze(text).sentences[0].attribution
    assert found.kind == "anonymous"
    assert found.source.startswith(("A fund manager", "One firefighter", "A person"))
