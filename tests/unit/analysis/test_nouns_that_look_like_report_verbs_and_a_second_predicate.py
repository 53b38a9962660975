"""'member states of the bloc', 'had four offers': a noun, no report;
'admitted to hospital' is taken in, not owning up; 'denies eight counts of
fraud' is a plea, an act; and a second predicate after 'and' reports for the
subject the sentence opens on, not for the words before 'and'."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize("text", [
    "When the eleven member states of the bloc froze the assets, it was the "
    "broadest package of measures.",
    "By Monday, the agent had four offers, all of them below it.",
    "The virus kills around one in five people admitted to hospital with it.",
    "Voss, 41, denies eight counts of fraud and false accounting.",
])
def test_a_noun_a_hospital_admission_or_a_plea_credits_nobody(text):
    sentence = only(text)
    assert sentence.label == "unsourced"
    assert sentence.source is None


@pytest.mark.parametrize("text", [
    "The plan states that taxes will rise in May.",
    "He admitted to lying to investigators.",
])
def test_the_verbs_themselves_still_report(text):
    assert only(text).source is not None


@pytest.mark.parametrize(("text", "source"), [
    ("Rosalind Brennan, 52, resigned as health minister last month and "
     "announced she would stand for the leadership.", "Rosalind Brennan"),
    ("The minister resigned on Friday and said he was tired.", "The minister"),
])
def test_a_second_predicate_reports_for_the_opening_subject(text, source):
    assert only(text).source.source == source


def test_no_opening_subject_across_another_clause():
    sentence = only("Voters want schools that work (they want smaller classes and "
                    "argue that such classes help).")
    assert sentence.source is None or sentence.source.source != "Voters"
