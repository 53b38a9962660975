"""A group by where it lives ("Several residents of Larkin Flat", bare
"Residents") is loose however capitalised its place; notes, documentation and
statements are documents to look up; a body's initials in brackets are not
its name ("The Northern Teachers' Federation (NTF) said")."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of


@pytest.mark.parametrize("np", ["Several residents of Larkin Flat", "Residents",
                                "Some analysts at Goldman Sachs"])
def test_a_loose_group_stays_vague_whatever_place_it_names(np):
    assert kind_of(np) == "vague"


@pytest.mark.parametrize("np", ["the sleeve notes", "TESO's mission documentation",
                                "the company's interim statement",
                                "the consultation summary published last week",
                                "the school's newsletter", "the council's bulletin",
                                "The county's rate schedule"])
def test_notes_documentation_and_statements_are_citations(np):
    assert kind_of(np) == "citation"


def test_a_bodys_initials_in_brackets_are_not_its_name():
    found = analyze("The Northern Teachers' Federation (NTF) said its members would "
                    "strike on Tuesday.").sentences[0].attribution
    assert (found.kind, found.source) == ("named", "The Northern Teachers' Federation")


def test_a_company_speaking_in_a_statement_is_still_the_company():
    found = analyze("The company said in a statement that profit "
                    "fell.").sentences[0].attribution
    assert (found.kind, found.source) == ("named", "The company")


@pytest.mark.parametrize("np, kind", [
    ("Privacy campaigners", "vague"), ("Goldman Sachs analysts", "named"),
    ("My companion", "anonymous"), ("figures included in the paper", "citation"),
    ("a trial led by doctors at a hospital", "citation"), ("A survey", "citation"),
    ("Fire safety experts", "vague"), ("Consumer advocates", "vague"),
    ("Food safety experts", "vague"),
])
def test_source_kinds_of_groups_companions_and_documents(np, kind):
    assert kind_of(np) == kind


def test_a_which_clause_on_the_subjects_noun_keeps_the_subject_the_source():
    found = analyze("A senior official from the host government, which has acted as "
                    "mediator since 2019, said gaps remained.").sentences[0].attribution
    assert (found.kind, found.source) == (
        "anonymous", "A senior official from the host government")


def test_a_report_with_who_published_it_is_the_according_to_source():
    found = analyze("Surveyors counted 412 spawn strings this spring, according to "
                    "the annual monitoring report published on Wednesday by the "
                    "Coastal Habitats Trust, which manages the reserve."
                    ).sentences[0].attribution
    assert (found.kind, found.cue, found.act) == ("citation", "according to", False)


@pytest.mark.parametrize("text, credited", [
    ("Critics object that it is wasteful to subsidise the lunches.", True),
    ("After the union objected, the case was moved to St. Louis.", False),
    ("The neighbours objected to the plan.", False),
])
def test_an_objection_reports_only_with_what_was_objected(text, credited):
    assert (analyze(text).sentences[0].source is not None) == credited


@pytest.mark.parametrize("text, source", [
    ("Nurses I spoke to said the ward was full.", "Nurses I spoke to"),
    ("Teachers I have spoken to describe children who would rather go hungry.",
     "Teachers I have spoken to"),
    ("Parents we interviewed said the lunches were too small.",
     "Parents we interviewed"),
])
def test_a_group_the_writer_spoke_to_is_a_loose_source(text, source):
    found = analyze(text).sentences[0].attribution
    assert (found.source, found.kind) == (source, "vague")
