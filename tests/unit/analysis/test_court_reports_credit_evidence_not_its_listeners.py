"""A court report: what "the jury heard" is evidence given at the hearing, on
its record, not the jury's word; a witness the court "heard from, who said"
is the source; records "shown to the court" are a document; and the questions
drafted from such a report neither ask "Who heard ...?" nor offer a
description the lede gives of someone named just after as a wrong answer."""

from __future__ import annotations

import yaml

from quizapp.analysis import analyze
from quizapp.analysis.draft import draft_pack

REPORT = """Former manager denies fraud

A former care home manager accused of taking £180,000 from residents told a
jury on Tuesday that she had "never once" seen the accounts.

Helen Marsh, 51, denies eleven counts of fraud by abuse of position.

The jury heard that money was moved into a business account that Ms Marsh
had opened in her own name.

Prosecutor Daniel Okafor said the transfers were "small, regular and carefully hidden".

Bank records shown to the court recorded 143 transfers over the period.

The court heard from the daughter of one resident, Margaret Ellis, 88, who
said her mother's savings had vanished.

Her barrister, Claire Winterton, said the company had failed to carry out a
single audit in four years.
"""


def sentence(start: str):
    return next(s for s in analyze(REPORT).sentences if s.text.startswith(start))


def test_what_the_jury_heard_is_evidence_on_the_hearings_record():
    heard = sentence("The jury heard")
    assert heard.label == "sourced"
    assert heard.source_kind == "citation"
    assert "evidence given at the hearing, on its record, without saying who " \
        "gave it" in heard.explanation
    assert "the jury said" not in heard.explanation


def test_a_witness_the_court_heard_from_is_the_source():
    witness = sentence("The court heard from")
    assert witness.label == "sourced"
    assert witness.attribution.source == "the daughter of one resident"


def test_records_shown_to_the_court_are_a_document():
    records = sentence("Bank records")
    assert records.label == "sourced"
    assert records.source_kind == "citation"


def drafted() -> tuple[list[dict], list[dict]]:
    files = draft_pack(REPORT, "trial")
    claims = yaml.safe_load(files["claims.yaml"])["items"]
    questions = yaml.safe_load(files["questions.yaml"])["items"]
    return claims, [q for q in questions if q["type"] == "who_said"]


def test_the_drafted_claim_names_the_evidence_not_the_jury_as_its_source():
    claims, _ = drafted()
    heard = next(c for c in claims if c["quote"].startswith("The jury heard"))
    assert heard["source"] == {"kind": "citation",
                               "name": "evidence heard by the jury"}


def test_who_said_questions_never_ask_who_heard_nor_offer_the_listeners():
    _, questions = drafted()
    assert questions
    for question in questions:
        assert not question["prompt"].startswith("Who heard")
        assert "The jury" not in [o["text"] for o in question["options"]]


def test_the_ledes_description_of_someone_named_later_is_no_option():
    _, questions = drafted()
    for question in questions:
        options = [o["text"] for o in question["options"]]
        assert not any(o.startswith("A former care home manager") for o in options)


def test_a_plea_is_not_asked_as_the_writers_own_word():
    _, questions = drafted()
    assert not any("denies eleven counts" in q["prompt"] for q in questions)


def test_the_operator_is_no_wrong_answer_beside_the_company_that_runs_the_line():
    story = (
        "Rail line to close\n\n"
        "The Northvale line will close for the whole of Saturday, the operator "
        "said on Wednesday.\n\n"
        "Coastal Rail said no trains would run between Harbury and Kelsford.\n\n"
        "The Met Office has issued an amber warning, its forecasters said.\n\n"
        "Jonah Petrie, who commutes from Harbury, said he had already paid for "
        "a trip.\n\n"
        "The county council said it would close the A614 if water rose.\n")
    questions = yaml.safe_load(draft_pack(story, "rail")["questions.yaml"])["items"]
    options = [o["text"] for q in questions if q["type"] == "who_said"
               for o in q["options"]]
    assert "Coastal Rail" in options
    assert "The operator" not in options


def test_accused_or_alleged_marks_a_charge_not_the_sources_doubt():
    lede = sentence("A former care home manager")
    assert "'accused' marks a charge that is not yet proven" in lede.explanation
    assert "the source itself is not certain" not in lede.explanation
