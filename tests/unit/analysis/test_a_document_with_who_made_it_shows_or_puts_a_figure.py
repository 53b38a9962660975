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


@pytest.mark.parametrize(("text", "source"), [
    ("Federal lobbying disclosures show that the firm spent $1.3 million.",
     "Federal lobbying disclosures"),
    ("The report, by the Chief Inspector of Prisons, found that assaults rose.",
     "The report"),
    ("The inspection, carried out unannounced in June, found that a third of "
     "officers were new.", "The inspection"),
])
def test_more_documents_and_an_agent_after_a_comma(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.source.source == source
    assert sentence.source_kind == "citation"


@pytest.mark.parametrize(("text", "head"), [
    ("Tax returns filed by the couple show that they paid $40,000.",
     "Tax returns"),
    ("Internal audits carried out by the trust found that records were missing.",
     "Internal audits"),
    ("Flight logs show that the jet landed twice.", "Flight logs"),
])
def test_every_document_noun_is_a_citation_wherever_it_is_read(text, head):
    """One list of document nouns serves both the opening frame and the kind
    of a source; what made the document does not make it a named body."""
    sentence = only(text)
    assert sentence.source.source.startswith(head)
    assert sentence.source_kind == "citation"


@pytest.mark.parametrize("text", [
    "Detectives have appealed for witnesses after a boy was stabbed.",
    "Business groups have lobbied hard against the full rise.",
    "The campaign quickly seized on the story.",
])
def test_an_appeal_lobbying_or_seizing_on_a_story_is_an_act(text):
    assert only(text).label == "unsourced"
