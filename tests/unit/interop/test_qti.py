"""QTI 3.0: every exported item and the manifest validate against the XSD in
../shared/interop/qti3/xsd; packages and single items read back; garbage and
zip bombs are refused with a message."""

from __future__ import annotations

import io
import zipfile

import pytest
from lxml import etree

from quizapp.interop import InteropError, exporting, gift, qti
from quizapp.interop.qti.read import NotImported

from .roundtrip_items import ITEMS
from .shared import OWN, SHARED, needs_shared

XSD = SHARED / "qti3" / "xsd"


@pytest.fixture(scope="module")
def schemas():
    if not XSD.is_dir():
        pytest.skip("../shared/interop/qti3/xsd is absent (the QTI 3.0.1 XSD)")
    asi = etree.XMLSchema(etree.parse(str(XSD / "imsqti_asiv3p0p1_v1p0.xsd")))
    cp = etree.XMLSchema(etree.parse(str(XSD / "imsqtiv3p0_imscpv1p2_v1p0.xsd")))
    return asi, cp


def every_question() -> list[dict]:
    questions, _ = exporting.to_questions(ITEMS)
    own = gift.parse((OWN / "all_types.gift").read_text("utf-8"))
    return questions + [q for q in own if q["type"] != "category"]


@needs_shared
def test_every_exported_item_and_the_manifest_validate_against_the_qti3_xsd(
    schemas,
):
    asi, cp = schemas
    files = qti.package_files(every_question(), "Harbour plans")
    # 7 quizapp items + the claim's cue spotting + 8 GIFT questions (no description)
    assert len([f for f in files if f.startswith("items/")]) == 16
    failures = {}
    for name, data in files.items():
        schema = cp if name == "imsmanifest.xml" else asi
        if not schema.validate(etree.fromstring(data)):
            failures[name] = str(schema.error_log.last_error)
    assert failures == {}


@needs_shared
def test_the_validation_does_catch_a_broken_item(schemas):
    asi, _ = schemas
    data = qti.package_files(every_question())["items/q1.xml"]
    broken = data.replace(b"qti-simple-choice", b"qti-simple-chioce")
    assert not asi.validate(etree.fromstring(broken))


def test_a_claim_exports_as_a_choice_over_the_labels_and_a_hottext_of_its_cues():
    files = qti.package_files(exporting.to_questions(ITEMS)[0])
    claim = files["items/c1.xml"].decode()
    assert (
        "<strong>Some experts believe the wall could reduce flooding.</strong>" in claim
    )
    for label in ("Sourced fact", "Speculation", "Opinion", "Unsourced claim"):
        assert f">{label}</qti-simple-choice>" in claim
    cues = qti.parse_item(files["items/c1-cues.xml"])
    picked = [a["text"] for a in cues["answers"] if a["fraction"] > 0]
    assert picked == ["Some experts believe", "could"]
    assert len(cues["answers"]) == 6  # every other word is a distractor


def test_a_written_question_carries_its_rubric_as_scoring_guidance():
    files = qti.package_files(exporting.to_questions(ITEMS)[0])
    item = files["items/w1.xml"].decode()
    assert '<qti-rubric-block use="scoring" view="scorer">' in item
    assert "Because (1 point, required)" in item
    assert qti.parse_item(files["items/w1.xml"])["type"] == "essay"


def test_a_package_reads_back_in_manifest_order():
    data = qti.write_package(every_question(), "Set")
    questions, skipped = qti.parse_report(data)
    assert skipped == []
    assert [q["idnumber"] for q in questions][:4] == ["q1", "q2", "s1", "n1"]


def test_unsupported_interactions_are_listed_by_identifier():
    item = b"""<qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"
      identifier="slider-1" title="Slide" adaptive="false" time-dependent="false">
      <qti-item-body><qti-slider-interaction response-identifier="RESPONSE"
        lower-bound="0" upper-bound="10"/></qti-item-body></qti-assessment-item>"""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("items/slider-1.xml", item)
        archive.writestr(
            "items/q1.xml", qti.package_files(every_question())["items/q1.xml"]
        )
    questions, skipped = qti.parse_report(buffer.getvalue())
    assert [q["idnumber"] for q in questions] == ["q1"]
    assert skipped == [
        {
            "identifier": "slider-1",
            "message": "slider-1: qti-slider-interaction is not supported",
        }
    ]
    with pytest.raises(NotImported, match="slider"):
        qti.parse_item(item)


def test_a_zip_bomb_is_refused_before_it_is_unpacked():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("items/big.xml", b"\0" * (3 * 1024 * 1024))
    assert len(buffer.getvalue()) < 50_000
    with pytest.raises(InteropError, match="too much data"):
        qti.parse_package(buffer.getvalue())


@pytest.mark.parametrize(
    ("data", "message"),
    [(b"not a zip", "not a zip file"), (b"PK\x03\x04garbage", "not a zip file")],
)
def test_garbage_packages_are_refused_with_a_message(data, message):
    with pytest.raises(InteropError, match=message):
        qti.parse_package(data)


def test_an_item_with_entities_is_refused():
    item = b"""<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>
    <qti-assessment-item xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"/>"""
    with pytest.raises(InteropError, match="DOCTYPE or entities"):
        qti.parse_item(item)
