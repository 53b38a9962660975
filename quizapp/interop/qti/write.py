"""Writing a QTI 3.0 content package: imsmanifest.xml, one assessment test and
one item per question. Every file validates against the QTI ASI 3.0.1 XSD and
the QTI 3.0 profile of IMS CP 1.2 (tests/unit/interop/test_qti.py)."""

from __future__ import annotations

import io
import zipfile
from typing import Any

from lxml import etree

from .items import ASI_XSD, CP_NS, CP_XSD, NS, XSI, _el, ident, write_item

_ZIP_DATE = (2000, 1, 1, 0, 0, 0)


def _test(title: str, refs: list[tuple[str, str]]) -> bytes:
    root = etree.Element(
        f"{{{NS}}}qti-assessment-test",
        nsmap={None: NS, "xsi": XSI},
        identifier="test",
        title=title or "Exercise set",
    )
    root.set(f"{{{XSI}}}schemaLocation", f"{NS} {ASI_XSD}")
    part = _el(
        root,
        "qti-test-part",
        identifier="part-1",
        navigation_mode="nonlinear",
        submission_mode="individual",
    )
    section = _el(
        part,
        "qti-assessment-section",
        identifier="section-1",
        title=title or "Questions",
        visible="true",
    )
    for item_id, href in refs:
        _el(section, "qti-assessment-item-ref", identifier=item_id, href=href)
    return etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def _manifest(refs: list[tuple[str, str]]) -> bytes:
    nsmap = {None: CP_NS, "xsi": XSI}
    root = etree.Element(f"{{{CP_NS}}}manifest", nsmap=nsmap, identifier="manifest")
    root.set(f"{{{XSI}}}schemaLocation", f"{CP_NS} {CP_XSD}")
    metadata = etree.SubElement(root, f"{{{CP_NS}}}metadata")
    etree.SubElement(metadata, f"{{{CP_NS}}}schema").text = "QTI Package"
    etree.SubElement(metadata, f"{{{CP_NS}}}schemaversion").text = "3.0.0"
    etree.SubElement(root, f"{{{CP_NS}}}organizations")
    resources = etree.SubElement(root, f"{{{CP_NS}}}resources")
    test = etree.SubElement(
        resources,
        f"{{{CP_NS}}}resource",
        identifier="test",
        type="imsqti_test_xmlv3p0",
        href="test.xml",
    )
    etree.SubElement(test, f"{{{CP_NS}}}file", href="test.xml")
    for item_id, _ in refs:
        etree.SubElement(test, f"{{{CP_NS}}}dependency", identifierref=f"res-{item_id}")
    for item_id, href in refs:
        resource = etree.SubElement(
            resources,
            f"{{{CP_NS}}}resource",
            identifier=f"res-{item_id}",
            type="imsqti_item_xmlv3p0",
            href=href,
        )
        etree.SubElement(resource, f"{{{CP_NS}}}file", href=href)
    return etree.tostring(
        root, xml_declaration=True, encoding="UTF-8", pretty_print=True
    )


def package_files(questions: list[dict[str, Any]], title: str = "") -> dict[str, bytes]:
    """The files of a QTI 3.0 package (path -> bytes). A claim with cue words
    adds a cue-spotting (hottext) item after its choice item."""
    files: dict[str, bytes] = {}
    refs: list[tuple[str, str]] = []
    taken: set[str] = set()

    def add(q: dict[str, Any], as_hottext: bool = False) -> None:
        base = ident(q.get("idnumber") or q["name"])
        if as_hottext:
            base += "-cues"
        item_id, n = base, 1
        while item_id in taken:
            n += 1
            item_id = f"{base}-{n}"
        taken.add(item_id)
        href = f"items/{item_id}.xml"
        files[href] = write_item({**q, "idnumber": item_id}, as_hottext=as_hottext)
        refs.append((item_id, href))

    for q in questions:
        if q["type"] in ("category", "description"):
            continue
        add(q)
        extra = q.get("quizapp") or {}
        if extra.get("kind") == "claim" and extra.get("cues"):
            add(q, as_hottext=True)
    files["test.xml"] = _test(title, refs)
    files["imsmanifest.xml"] = _manifest(refs)
    return files


def write_package(questions: list[dict[str, Any]], title: str = "") -> bytes:
    """A QTI 3.0 content package (zip bytes) holding the questions."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in sorted(package_files(questions, title).items()):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return buffer.getvalue()
