""""Per the report" credits as "according to" does ("per cent", "per
person" credit nobody); a role owned by a name stands before its holder's name
("Smith's spokeswoman, Ann Lee, said"); a plural noun that looks like a
reporting verb is a noun before its own verb ("Court documents show")."""

import pytest

from .sentences import only


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Per the report, the depot closed in March.", "the report"),
        ("The depot closed in March, per city records.", "city records"),
        ("Per Reuters, the depot closed in March.", "Reuters"),
        ("Smith's spokeswoman, Ann Lee, said the depot closed in March.",
         "Ann Lee"),
        ("Court documents show the depot closed in March.", "Court documents"),
        ("Police reports say the car left the road at speed.", "Police reports"),
        ("The gunman was identified by police as Carl Dorsey, 41.", "police"),
    ],
)
def test_the_sentence_credits_its_source(text, source):
    sentence = only(text)
    assert sentence.label == "sourced"
    assert sentence.attribution.source == source


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose 5 per cent last year.",
        "The ferry costs $4 per person.",
        "The car does 40 miles per gallon.",
    ],
)
def test_per_as_a_rate_credits_nobody(text):
    assert only(text).attribution is None


@pytest.mark.parametrize(("text", "source"), [
    ("The audit found that 40 percent of the contracts skipped bidding.",
     "The audit"),
    ("The review found that the clinic had lost 300 files.", "The review"),
    ("The investigation found that the guard was asleep.", "The investigation"),
    ("The indictment says he diverted $2 million.", "The indictment"),
])
def test_an_audit_a_review_or_an_indictment_is_a_cited_document(text, source):
    sentence = only(text)
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")
    assert sentence.attribution.source == source


def test_a_participle_describing_the_document_leaves_its_verb_the_report():
    sentence = only("A study published Monday in the journal Pediatric Health "
                    "found that children who walk to school sleep longer.")
    assert (sentence.label, sentence.source_kind) == ("sourced", "citation")
    assert sentence.attribution.cue == "found"
