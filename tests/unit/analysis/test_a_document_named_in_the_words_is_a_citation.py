"""A source is a citation when the words name a document a reader can look
up ("a Bloomberg poll shows", "according to the council's own figures",
"the report says"), as a numbered link is. "Studies show" and "some reports"
name nothing to look up: vague. The feedback tells a document from a link."""

import pytest

from quizapp.analysis import analyze
from quizapp.analysis.sources import kind_of
from quizapp.grading.claims import both_answers


def _first(text):
    return analyze(text).sentences[0]


@pytest.mark.parametrize(
    "np",
    ["A Bloomberg poll", "the report", "the council's own figures",
     "figures from the harbour authority", "Ivana Trump's brief",
     "An audit published on Monday by the harbour trust", "federal data"],
)
def test_a_document_is_a_citation(np):
    assert kind_of(np) == "citation"


@pytest.mark.parametrize("np", ["studies", "some reports", "other studies",
                                "the harbour authority", "the mayor"])
def test_a_loose_or_a_personal_source_is_no_citation(np):
    assert kind_of(np) != "citation"


def test_the_feedback_names_the_document_the_claim_comes_from():
    sentence = _first("A harbour trust survey shows that 61 percent of islanders "
                      "use the ferry every week.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")
    assert not sentence.attribution.link
    assert "names the document the claim comes from" in sentence.explanation
    assert "numbered link" not in sentence.explanation


def test_a_numbered_link_is_still_the_link():
    sentence = _first("The ferry lost money every winter [1](https://example.org/a).")
    assert sentence.source_kind == "citation" and sentence.attribution.link
    assert "numbered link" in sentence.explanation


def test_both_answers_tell_a_document_from_a_link():
    document = both_answers({"label": "sourced", "source": {
        "kind": "citation", "name": "a harbour trust survey"}})
    link = both_answers({"label": "sourced", "source": {
        "kind": "citation", "name": "link [1]"}})
    assert document == "a sourced fact: it comes from a harbour trust survey"
    assert link == "a sourced fact: the link [1] is its source"
