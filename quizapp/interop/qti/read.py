"""Reading QTI 3.0 items and content packages into the normalised shape.

Imported: choice (one or several right), text entry (words -> short answer,
numbers -> numerical), extended text (-> essay), hottext (-> multiple answers
over the hottexts) and match. Any other interaction is listed as not imported,
by identifier. XML is parsed with defusedxml (no DOCTYPE, no entities, no
network); zips are read within fixed limits.
"""

from __future__ import annotations

import re
from posixpath import dirname, join, normpath
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from ...bounded_zip import ZipRefused, open_zip, read_member
from .. import shape
from ..shape import InteropError, fmt_text
from .items import CP_NS, NS

SUPPORTED_INTERACTIONS = (
    "qti-choice-interaction",
    "qti-text-entry-interaction",
    "qti-extended-text-interaction",
    "qti-hottext-interaction",
    "qti-match-interaction",
)
MAX_FILES = 500
MAX_TOTAL_BYTES = 20 * 1024 * 1024
MAX_FILE_BYTES = 2 * 1024 * 1024
TOO_MUCH = "The package unpacks to too much data; refused."
_Q = f"{{{NS}}}"


class NotImported(ValueError):
    """An item quizapp cannot import; the message says why."""


def _xml(data: bytes, what: str) -> Element:
    try:
        return fromstring(data, forbid_dtd=True)
    except DefusedXmlException:
        raise InteropError(f"{what} declares a DOCTYPE or entities; refused.") from None
    except (ParseError, LookupError, ValueError) as exc:
        raise InteropError(f"{what} is not well-formed XML ({exc}).") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _text(node: Element, skip=("qti-prompt",)) -> str:
    """Visible text of a node, without interactions, prompts or rubrics."""
    parts = [node.text or ""]
    for child in node:
        name = _local(child.tag)
        if not (
            name.endswith("-interaction") or name == "qti-rubric-block" or name in skip
        ):
            parts.append(_text(child, skip))
        parts.append(child.tail or "")
    return "".join(parts)


def _body_text(body: Element) -> str:
    paragraphs = []
    for child in body:
        name = _local(child.tag)
        if name.endswith("-interaction"):
            prompt = child.find(f"{_Q}qti-prompt")
            if prompt is not None:
                paragraphs.append(_text(prompt))
            continue
        if name != "qti-rubric-block":
            paragraphs.append(_text(child))
    paragraphs.insert(0, body.text or "")
    return "\n\n".join(" ".join(p.split()) for p in paragraphs if p.strip())


def _declaration(root: Element, ident: str) -> dict[str, Any]:
    for d in root.findall(f"{_Q}qti-response-declaration"):
        if d.get("identifier") == ident:
            mapping = d.find(f"{_Q}qti-mapping")
            return {
                "cardinality": d.get("cardinality", "single"),
                "base_type": d.get("base-type", "identifier"),
                "correct": [
                    (v.text or "").strip()
                    for v in d.findall(f"{_Q}qti-correct-response/{_Q}qti-value")
                ],
                "mapping": []
                if mapping is None
                else [
                    (
                        e.get("map-key", ""),
                        float(e.get("mapped-value", "0")),
                        e.get("case-sensitive", "false") == "true",
                    )
                    for e in mapping.findall(f"{_Q}qti-map-entry")
                ],
            }
    raise NotImported(f"no response declaration {ident!r}")


def _fraction(key: str, decl: dict[str, Any]) -> float:
    mapped = {k: v for k, v, _ in decl["mapping"]}
    if mapped:
        return mapped.get(key, 0.0)
    if key not in decl["correct"]:
        return 0.0
    return 1.0 if decl["cardinality"] == "single" else 1 / len(decl["correct"])


def _choices(q, interaction, decl, tag: str) -> None:
    q["type"] = "multichoice"
    q["single"] = decl["cardinality"] == "single"
    q["shuffle_answers"] = interaction.get("shuffle") == "true"
    q["answer_numbering"] = "abc"
    q["answers"] = [
        shape.choice(
            fmt_text(" ".join(_text(c).split()), "plain"),
            _fraction(c.get("identifier", ""), decl),
            fmt_text("", "plain"),
        )
        for c in interaction.iter(f"{_Q}{tag}")
    ]
    q["combined_feedback"] = shape.blank_combined("plain")


def _text_entry(q, root, decl) -> None:
    if decl["base_type"] in ("float", "integer"):
        q["type"] = "numerical"
        tolerance = 0.0
        equal = root.find(f".//{_Q}qti-equal")
        if equal is not None and equal.get("tolerance"):
            tolerance = float(equal.get("tolerance").split()[0])
        if not decl["correct"]:
            raise NotImported("a numeric text entry without a correct response")
        value = float(decl["correct"][0])
        q["answers"] = [shape.numeric(value, tolerance, 1.0, fmt_text("", "plain"))]
        return
    q["type"] = "shortanswer"
    entries = decl["mapping"] or [(v, 1.0, False) for v in decl["correct"]]
    if not entries:
        raise NotImported("a text entry without a correct response")
    q["case_sensitive"] = any(case for *_, case in entries)
    q["answers"] = [shape.short(k, v, fmt_text("", "plain")) for k, v, _ in entries]


def _extended(q, root) -> None:
    shape.essay_defaults(q)
    q["type"] = "essay"
    rubric = root.find(f".//{_Q}qti-rubric-block")
    if rubric is not None:
        q["grader_info"] = fmt_text(" ".join(_text(rubric).split()), "plain")


def _match(q, interaction, decl) -> None:
    sets = interaction.findall(f"{_Q}qti-simple-match-set")
    if len(sets) != 2:
        raise NotImported("a match interaction needs two sets")
    names = {
        c.get("identifier"): " ".join(_text(c).split())
        for s in sets
        for c in s.findall(f"{_Q}qti-simple-associable-choice")
    }
    used = set()
    q["type"] = "match"
    q["shuffle_answers"] = interaction.get("shuffle") == "true"
    q["pairs"] = []
    for value in decl["correct"]:
        left, right = (value.split() + ["", ""])[:2]
        used.add(right)
        q["pairs"].append(
            {
                "question": fmt_text(names.get(left, left), "plain"),
                "answer": names.get(right, right),
                "distractor_only": False,
            }
        )
    for c in sets[1].findall(f"{_Q}qti-simple-associable-choice"):
        if c.get("identifier") not in used:
            q["pairs"].append(
                {
                    "question": fmt_text("", "plain"),
                    "answer": names[c.get("identifier")],
                    "distractor_only": True,
                }
            )
    q["combined_feedback"] = shape.blank_combined("plain")


def parse_item(xml: bytes) -> dict[str, Any]:
    """One QTI 3.0 assessment item as a normalised question; raises NotImported
    for interactions quizapp does not handle, InteropError for bad XML."""
    root = _xml(xml, "The item")
    try:
        return _parse_item(root)
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        if isinstance(exc, NotImported):
            raise
        ident = root.get("identifier", "item")
        raise NotImported(f"{ident}: a value is malformed ({exc})") from None


def _parse_item(root: Element) -> dict[str, Any]:
    if _local(root.tag) != "qti-assessment-item" or not root.tag.startswith(_Q):
        raise InteropError("This is not a QTI 3.0 assessment item.")
    ident = root.get("identifier", "")
    body = root.find(f"{_Q}qti-item-body")
    if body is None:
        raise NotImported(f"{ident}: no item body")
    interactions = [n for n in body.iter() if _local(n.tag).endswith("-interaction")]
    kinds = sorted({_local(n.tag) for n in interactions})
    if len(interactions) != 1:
        raise NotImported(
            f"{ident}: {len(interactions)} interactions ({', '.join(kinds)})"
        )
    interaction = interactions[0]
    kind = _local(interaction.tag)
    if kind not in SUPPORTED_INTERACTIONS:
        raise NotImported(f"{ident}: {kind} is not supported")
    text = _body_text(body)
    name = root.get("title") or ident
    q = shape.new_question("", shape.clean_name(name) or ident, text, "plain")
    q["idnumber"] = ident
    decl = (
        None
        if kind == "qti-extended-text-interaction"
        else _declaration(root, interaction.get("response-identifier", "RESPONSE"))
    )
    if kind == "qti-choice-interaction":
        _choices(q, interaction, decl, "qti-simple-choice")
    elif kind == "qti-hottext-interaction":
        _choices(q, interaction, decl, "qti-hottext")
        q["single"] = False
    elif kind == "qti-text-entry-interaction":
        _text_entry(q, root, decl)
    elif kind == "qti-match-interaction":
        _match(q, interaction, decl)
    else:
        _extended(q, root)
    return q


def _zip_members(zip_bytes: bytes) -> dict[str, bytes]:
    """The package's .xml files, read with the same bounded reader as pack
    uploads: a zip bomb, even one whose directory lies, is refused."""
    try:
        archive, infos = open_zip(zip_bytes)
    except ZipRefused:
        raise InteropError("This is not a zip file.") from None
    members = [m for m in infos if not m.is_dir()]
    if len(members) > MAX_FILES:
        raise InteropError(f"The package has more than {MAX_FILES} files.")
    if sum(m.file_size for m in members) > MAX_TOTAL_BYTES or any(
        m.file_size > MAX_FILE_BYTES for m in members
    ):
        raise InteropError(TOO_MUCH)
    files, total = {}, 0
    for member in members:
        if not member.filename.lower().endswith(".xml"):
            continue
        try:
            files[member.filename] = content = read_member(
                archive, member, MAX_FILE_BYTES, MAX_TOTAL_BYTES - total
            )
        except ZipRefused as refused:
            if refused.kind == "damaged":
                raise InteropError(
                    f"The package cannot be unpacked ({member.filename}: "
                    f"{refused.reason})."
                ) from None
            raise InteropError(TOO_MUCH) from None
        total += len(content)
    return files


def _item_paths(files: dict[str, bytes]) -> list[str]:
    """Item files in the order the manifest lists them (all .xml items if no
    manifest)."""
    if "imsmanifest.xml" not in files:
        return sorted(p for p in files if p != "imsmanifest.xml")
    manifest = _xml(files["imsmanifest.xml"], "imsmanifest.xml")
    paths = []
    for resource in manifest.iter(f"{{{CP_NS}}}resource"):
        if resource.get("type", "").startswith("imsqti_item_xml"):
            href = normpath(join(dirname("imsmanifest.xml"), resource.get("href", "")))
            paths.append(href)
    return paths


def parse_report(zip_bytes: bytes) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """(questions, not imported [{identifier, message}]) of a QTI package."""
    files = _zip_members(zip_bytes)
    questions, skipped = [], []
    for path in _item_paths(files):
        name = re.sub(r"\.xml$", "", path.rsplit("/", 1)[-1])
        if path not in files:
            skipped.append({"identifier": name, "message": f"{path} is missing"})
            continue
        try:
            questions.append(parse_item(files[path]))
        except (NotImported, InteropError) as exc:
            skipped.append({"identifier": name, "message": str(exc)})
    return questions, skipped


def parse_package(zip_bytes: bytes) -> list[dict[str, Any]]:
    """The importable questions of a QTI 3.0 content package (zip bytes)."""
    return parse_report(zip_bytes)[0]
