"""A document opening the sentence, with a phrase of who made, found or sent
it, credits what it shows or the figure it puts: 'Documents obtained by the
Examiner show that ...', 'A survey published on Monday put the party on 26
percent'. A report that puts a matter on hold puts no figure."""

import pytest

from tests.unit.analysis.sentences import only


@pytest.mark.parametrize(("text", "source"), [
    ("Documents obtained by the Examiner show that the firm received three "
     "contracts.", "Documents"),
    ("Records filed with the secretary of state show that the company closed a "
     "depot in 2017.", "Records"),
    ("Internal emails seen by this newspaper show that engineers were warned.",
     "Internal emails"),
    ("A Halden Institute survey published on Monday put the Centre Union on 26 "
     "percent.", "A Halden Institute survey"),
    ("A report to the transport board, published on Monday, puts the total cost "
     "of the new extension at £318m.", "A report"),
    ("A survey of party members by the firm Castra gave Brennan a narrow lead.",
     "A survey"),
    ("An average of recent surveys compiled by the Times puts the gap at 5.5 "
     "points.", "An average"),
])
def test_a_document_and_who_made_it_is_the_source(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source.source == source
    assert sentence.source_kind == "citation"


def test_a_document_that_puts_no_figure_credits_nothing():
    assert only("The report to the board put the plan on hold.").label == \
        "unsourced"
