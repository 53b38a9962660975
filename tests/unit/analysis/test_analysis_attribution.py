"""Who a sentence says the claim comes from, and the words that say so."""

import pytest

from quizapp.analysis import analyze


def _attribution(text):
    sentence = analyze(text).sentences[0]
    return sentence.attribution


@pytest.mark.parametrize(
    ("text", "kind", "source", "cue"),
    [
        ("Multiple sources have confirmed that the army is withdrawing.",
         "anonymous", "Multiple sources", "confirmed"),
        ("“The army is leaving,” a source familiar with the situation stated.",
         "anonymous", "a source familiar with the situation", "stated"),
        ("The army is leaving, according to Reuters.", "named", "Reuters",
         "according to"),
        ("Iran has clearly stated its intent to stay.", "named", "Iran", "stated"),
        ("Some analysts believe the move is temporary.", "vague", "Some analysts",
         "believe"),
        ("Others speculate that this is a calculated move.", "vague", "Others",
         "speculate"),
        ("Critics say the plan is too expensive.", "vague", "Critics", "say"),
        ("Officials said the strike could come within days.", "anonymous",
         "Officials", "said"),
        ("“We will not back down,” said Defence Minister Ana Ruiz.", "named",
         "Defence Minister Ana Ruiz", "said"),
        ("Maria Lopez, a council member, said the vote was rushed.", "named",
         "Maria Lopez", "said"),
    ],
)
def test_reporting_frames_name_the_source_and_its_kind(text, kind, source, cue):
    attribution = _attribution(text)
    assert attribution is not None
    assert (attribution.kind, attribution.source, attribution.cue) == (
        kind, source, cue)


def test_an_anonymous_source_is_found_in_reported_speech():
    attribution = _attribution("The talks failed, two officials told reporters.")
    assert attribution.kind == "anonymous"


def test_a_negated_cue_attributes_nothing():
    sentence = analyze("The ministry did not confirm the report.").sentences[0]
    assert sentence.attribution is None or sentence.attribution.negated
    assert sentence.label == "unsourced"


def test_a_numbered_link_is_a_citation():
    text = "The army is moving missiles north [1](https://example.org/report)."
    attribution = _attribution(text)
    assert attribution.kind == "citation"
    assert attribution.source == "https://example.org/report"


def test_a_link_that_is_not_a_citation_attributes_nothing():
    text = "Read [the full interview](https://example.org/interview) on our site."
    assert _attribution(text) is None


@pytest.mark.parametrize(("text", "source"), [
    ("The mayor was blunt: “We closed the depot in March.”", "The mayor"),
    ("Smith put it simply: “The depot is closed.”", "Smith"),
])
def test_a_speaker_named_before_a_colon_with_a_word_on_manner_is_the_source(
        text, source):
    attribution = _attribution(text)
    assert attribution.source == source and attribution.kind == "named"


def test_a_quote_without_a_verb_is_credited_to_the_speaker_before_the_colon():
    attribution = _attribution("Senator Lee: “This bill is dead on arrival.”")
    assert (attribution.kind, attribution.source) == ("named", "Senator Lee")


def test_a_quotation_continued_in_the_next_paragraph_keeps_its_speaker():
    text = ("“We are leaving,” the commander said.\n\n"
            "“The trucks leave at dawn.”")
    second = analyze(text).sentences[1]
    assert second.label == "sourced"
    assert second.quoted_from.source == "the commander"


def test_named_sources_inside_an_interview_turn_beat_the_speaker():
    text = "**Dr. Khalil:** Iran has clearly stated its intent to stay."
    attribution = _attribution(text)
    assert (attribution.kind, attribution.source) == ("named", "Iran")


def test_the_speaker_of_an_interview_turn_is_the_source_of_plain_claims():
    attribution = _attribution("**Dr. Khalil:** There are several factors at play.")
    assert (attribution.kind, attribution.source) == ("self", "Dr. Khalil")


def test_a_noun_that_looks_like_a_verb_is_not_a_cue():
    assert _attribution("The Syrian state remains fragile.") is None
    assert _attribution("It cut its military support for the regime.") is None


def test_a_transcripts_speakers_in_capitals_credit_every_sentence_of_their_turn():
    text = ("SMITH: We closed the depot in March. The buses now run from the "
            "south yard.\n\nJONES: The drivers start at five.")
    sentences = analyze(text).sentences
    assert [(s.source_kind, s.attribution.source) for s in sentences] == [
        ("self", "SMITH"), ("self", "SMITH"), ("self", "JONES")]


def test_a_label_in_capitals_is_no_speaker():
    text = ("NOTE: The depot closed in March.\n\nUPDATE: The buses now run "
            "from the south yard.")
    assert all(s.source_kind == "none" for s in analyze(text).sentences)
