"""Who speaks, read from the sentence's shape: a name before a possessive role
("Anneliese Varga, Veltro's head of product, told the audience"), not whom it
was told; a later sentence of a quotation in straight marks, not its own
pronoun; a document with what was done to it ("a note published by ...", "an
analysis shown to the jury", "a memo ..., and seen by this newspaper"); a
report that closes the sentence after a comma, not the belief it frames."""

import pytest

from quizapp.analysis import analyze


def _sentences(text):
    return analyze(text).sentences


def test_a_name_before_a_possessive_role_speaks_not_whom_it_was_told():
    first = _sentences('"We listened," Anneliese Varga, Veltro\'s head of product, '
                       'told the audience.')[0]
    assert (first.attribution.source, first.source_kind) == ("Anneliese Varga",
                                                              "named")


def test_a_later_sentence_of_a_quotation_in_straight_marks_is_the_speakers():
    sentences = _sentences('"We listened to our customers," Varga said. "Nobody '
                           'asked for a camera. They write to us saying it died '
                           'at four in the afternoon."')
    last = sentences[-1]
    assert last.attribution is None or last.attribution.source != "They"
    assert "quotation of Varga" in last.explanation


@pytest.mark.parametrize(("text", "source"), [
    ("According to a note published on Wednesday by Quillon Research, sales "
     "rose.", "a note published on Wednesday by Quillon Research"),
    ("According to a forensic accountants' analysis shown to the jury, the "
     "payments were labelled laundry.",
     "a forensic accountants' analysis shown to the jury"),
    ('A confidential memo prepared for the finance committee in July, and seen '
     'by this newspaper, warns that the university faces "a decade of managed '
     'decline".', "A confidential memo prepared for the finance committee in July"),
])
def test_a_document_with_what_was_done_to_it_is_a_citation(text, source):
    sentence = _sentences(text)[0]
    assert (sentence.attribution.source, sentence.source_kind) == (source,
                                                                    "citation")


def test_a_report_closing_the_sentence_frames_the_belief_before_it():
    sentence = _sentences('Some vice-chancellors privately believe the model is '
                          '"broken beyond repair", a senior figure at a rival '
                          'institution told this newspaper, speaking on '
                          'condition of anonymity.')[0]
    assert sentence.attribution.source == "a senior figure at a rival institution"
    assert sentence.source_kind == "anonymous"


def test_a_belief_with_no_report_after_it_keeps_its_source():
    sentence = _sentences("Analysts think prices will rise, and rents too.")[0]
    assert sentence.attribution.source == "Analysts"


@pytest.mark.parametrize("text", [
    "The problem may be worse than the university has admitted.",
    "She is not always as restrained as she claims.",
    "The deficit is far bigger than the government says.",
])
def test_a_claim_measured_against_someones_words_is_the_writers(text):
    # the writer weighs the thing against what was said: whoever said it does
    # not make the claim (it had credited the chef with the critic's verdict)
    assert _sentences(text)[0].source is None


def test_as_well_as_or_a_possessive_before_a_participle_is_no_comparison():
    nato = _sentences("Only five countries in NATO spend more than the "
                      "alliance's recommended 2 percent of GDP.")[0]
    assert (nato.attribution.source, nato.attribution.cue) == (
        "the alliance", "recommended")
    admitted = _sentences("To date, 14 Catholics were admitted as well as 29 "
                          "others who only specified “Christian” as their "
                          "religion.")[0]
    assert admitted.attribution.cue == "specified"


@pytest.mark.parametrize("text", [
    "I just wish she had trusted us to get there a little faster.",
    "Audience members I spoke to at the interval were enthusiastic, if tired.",
])
def test_trusting_someone_and_a_contact_clause_credit_nobody(text):
    assert _sentences(text)[0].attribution is None
