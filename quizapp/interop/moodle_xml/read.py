"""Reading Moodle XML question files into the normalised shape.

Parsing uses defusedxml: a DOCTYPE (and so any entity, internal or external) is
refused, nothing is fetched from the network. Embedded files (base64 images,
audio) are reported as {path, name, size, sha1} of their bytes and listed as
unsupported by the importer; they never crash the parse. Pure: no Flask.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
from typing import Any
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import fromstring

from .. import shape
from ..shape import InteropError, fmt_text, php_trim

_FORMAT_IN = {
    "moodle_auto_format": "moodle",
    "html": "html",
    "plain_text": "plain",
    "markdown": "markdown",
    "wiki_like": "moodle",
}
FORMAT_OUT = {
    "moodle": "moodle_auto_format",
    "html": "html",
    "plain": "plain_text",
    "markdown": "markdown",
}
SUPPORTED = (
    "category",
    "multichoice",
    "truefalse",
    "shortanswer",
    "numerical",
    "matching",
    "essay",
    "description",
)


def parse(xml: bytes | str) -> list[dict[str, Any]]:
    """The questions and category records of a Moodle XML file (unsupported
    types are left out; `parse_report` lists them)."""
    return parse_report(xml)[0]


def parse_report(xml: bytes | str) -> tuple[list[dict], list[dict]]:
    """(records, problems): each problem names the question and why it was not
    imported (a type quizapp does not know, a missing name...)."""
    if isinstance(xml, str):
        xml = xml.encode("utf-8")
    try:
        root = fromstring(_drop_blank_between_entities(xml), forbid_dtd=True)
    except DefusedXmlException:
        raise InteropError(
            "The file declares a DOCTYPE or entities; quizapp refuses those "
            "for safety. Export it again from Moodle."
        ) from None
    except (ParseError, LookupError, ValueError) as exc:
        raise InteropError(f"This is not well-formed XML ({exc}).") from None
    if root.tag != "quiz":
        raise InteropError("This is not a Moodle XML file: it has no <quiz> root.")
    records, problems = [], []
    for number, node in enumerate(root.findall("question"), start=1):
        kind = node.get("type", "")
        name = _text_of(node, "name")
        if kind not in SUPPORTED:
            problems.append(
                {
                    "number": number,
                    "name": name,
                    "message": f"type {kind!r} is not supported",
                }
            )
            continue
        try:
            records.append(_READ[kind](node))
        except (ValueError, KeyError) as exc:
            problems.append({"number": number, "name": name, "message": str(exc)})
    return records, problems


# ------------------------------------------------------------------ reading

_CDATA = re.compile(rb"(<!\[CDATA\[.*?\]\]>)", re.S)
_BETWEEN = re.compile(rb"(&#?\w+;)\s+(?=&#?\w+;)")


def _drop_blank_between_entities(xml: bytes) -> bytes:
    """Moodle's XML reader skips whitespace-only text between two entity
    references ("&lt; &amp; &gt;" reads "<&>"); do the same outside CDATA."""
    parts = _CDATA.split(xml)
    return b"".join(
        p if p.startswith(b"<![CDATA[") else _BETWEEN.sub(rb"\1", p) for p in parts
    )


def _text_of(node: Element | None, path: str = "", default: str = "") -> str:
    """Trimmed text of `path/text` under node (Moodle's getpath(... 'text'))."""
    target = node.find(path) if (node is not None and path) else node
    if target is None:
        return default
    text = target.find("text")
    if text is None:
        return default
    return php_trim(text.text or "")


def _format(node: Element | None, default: str) -> str:
    if node is None or node.get("format") is None:
        return default
    return _FORMAT_IN.get(node.get("format"), "html")


def _files(node: Element | None) -> list[dict[str, Any]]:
    out = []
    for f in node.findall("file") if node is not None else []:
        try:
            data = base64.b64decode(f.text or "", validate=False)
        except (binascii.Error, ValueError):
            data = b""
        out.append(
            {
                "path": f.get("path", "/"),
                "name": f.get("name", ""),
                "size": len(data),
                "sha1": hashlib.sha1(data).hexdigest(),  # noqa: S324 (a checksum)
            }
        )
    return out


def _rich(node: Element, path: str, default_format: str) -> dict[str, Any]:
    target = node.find(path) if path else node
    out: dict[str, Any] = fmt_text(_text_of(target), _format(target, default_format))
    files = _files(target)
    if files:
        out["files"] = files
    return out


def _number(node: Element, path: str, default):
    value = node.findtext(path)
    if value is None or php_trim(value) == "":
        return default
    return float(php_trim(value))


def _flag(value: str | None) -> bool:
    """Moodle's trans_single: "false", "0" and empty are false."""
    value = php_trim(value or "")
    return not (value == "false" or value in ("", "0"))


def _headers(node: Element, kind: str) -> dict[str, Any]:
    name = shape.clean_name(_text_of(node, "name"))
    if not name:
        raise ValueError("the question has no name")
    qt = node.find("questiontext")
    fmt = _format(qt, "html")
    q = shape.new_question(kind, name, _text_of(qt), fmt)
    files = _files(qt)
    if files:
        q["text_files"] = files
    idnumber = node.find("idnumber")
    q["idnumber"] = None if idnumber is None else php_trim(idnumber.text or "")
    q["general_feedback"] = _rich(node, "generalfeedback", fmt)
    q["default_mark"] = _number(node, "defaultgrade", 1.0)
    q["penalty"] = _number(node, "penalty", shape.DEFAULT_PENALTY)
    if abs(q["penalty"] - shape.DEFAULT_PENALTY) < 0.005:
        q["penalty"] = shape.DEFAULT_PENALTY
    q["tags"] = [_text_of(t) for t in node.findall("tags/tag")]
    return q


def _fraction(answer: Element) -> float:
    return float(answer.get("fraction") or 0) / 100


def _combined(node: Element, fmt: str, with_count: bool) -> dict[str, Any]:
    out: dict[str, Any] = {
        key: _rich(node, tag, fmt)
        for key, tag in (
            ("correct", "correctfeedback"),
            ("partially_correct", "partiallycorrectfeedback"),
            ("incorrect", "incorrectfeedback"),
        )
    }
    if with_count:
        out["show_num_correct"] = node.find("shownumcorrect") is not None
    return out


def _hints(q: dict, node: Element, parts: bool) -> None:
    hints = []
    for h in node.findall("hint"):
        hint: dict[str, Any] = _rich(h, "", "html")
        if parts:
            hint["clear_wrong"] = h.find("clearwrong") is not None
            hint["show_num_correct"] = h.find("shownumcorrect") is not None
        hints.append(hint)
    if hints:
        q["hints"] = hints


def _multichoice(node: Element) -> dict[str, Any]:
    q = _headers(node, "multichoice")
    fmt = q["text_format"]
    q["single"] = _flag(node.findtext("single", "true"))
    q["shuffle_answers"] = _flag(node.findtext("shuffleanswers", "false"))
    q["answer_numbering"] = php_trim(node.findtext("answernumbering") or "") or "abc"
    q["answers"] = []
    for a in node.findall("answer"):
        text = _rich(a, "", fmt)
        fraction = _fraction(a)
        item = shape.choice(text, fraction, _rich(a, "feedback", fmt))
        if "files" in text:
            item["files"] = text["files"]
        q["answers"].append(item)
    q["combined_feedback"] = _combined(node, fmt, with_count=True)
    _hints(q, node, parts=True)
    return q


def _truefalse(node: Element) -> dict[str, Any]:
    q = _headers(node, "truefalse")
    fmt = q["text_format"]
    value, feedback = True, {}
    for a in node.findall("answer"):
        word = _text_of(a).lower()
        feedback[word == "true"] = _rich(a, "feedback", fmt)
        if word == "true":
            value = _fraction(a) == 1
        else:
            value = _fraction(a) != 1
    q["correct_answer"] = value
    empty = fmt_text("", fmt)
    q["answers"] = shape.truefalse_answers(
        value, feedback.get(True, empty), feedback.get(False, empty)
    )
    return q


def _shortanswer(node: Element) -> dict[str, Any]:
    q = _headers(node, "shortanswer")
    fmt = q["text_format"]
    q["case_sensitive"] = _flag(node.findtext("usecase", "0"))
    q["answers"] = [
        shape.short(_text_of(a), _fraction(a), _rich(a, "feedback", fmt))
        for a in node.findall("answer")
    ]
    _hints(q, node, parts=False)
    return q


def _numerical(node: Element) -> dict[str, Any]:
    q = _headers(node, "numerical")
    fmt = q["text_format"]
    q["answers"] = []
    for a in node.findall("answer"):
        raw = _text_of(a) or php_trim(a.text or "")
        feedback = _rich(a, "feedback", fmt)
        if raw == "*" or raw == "":
            q["answers"].append(shape.numeric("*", None, _fraction(a), feedback))
            continue
        tolerance = _number(a, "tolerance", 0.0)
        q["answers"].append(shape.numeric(raw, tolerance, _fraction(a), feedback))
    q["units"] = [
        {
            "unit": php_trim(u.findtext("unit_name") or ""),
            "multiplier": float(u.findtext("multiplier") or 1),
        }
        for u in node.findall("units/unit")
    ]
    _hints(q, node, parts=False)
    return q


def _matching(node: Element) -> dict[str, Any]:
    q = _headers(node, "match")
    fmt = q["text_format"]
    q["shuffle_answers"] = _flag(node.findtext("shuffleanswers", "true"))
    q["pairs"] = []
    for sub in node.findall("subquestion"):
        question = _rich(sub, "", fmt)
        q["pairs"].append(
            {
                "question": question,
                "answer": _text_of(sub, "answer"),
                "distractor_only": question["text"] == "",
            }
        )
    q["combined_feedback"] = _combined(node, fmt, with_count=True)
    _hints(q, node, parts=True)
    return q


def _essay(node: Element) -> dict[str, Any]:
    q = shape.essay_defaults(_headers(node, "essay"))
    q["response_format"] = php_trim(node.findtext("responseformat") or "editor")
    q["response_required"] = _number(node, "responserequired", 1.0)
    q["response_field_lines"] = _number(node, "responsefieldlines", 15.0)
    q["attachments"] = _number(node, "attachments", 0.0)
    q["attachments_required"] = _number(node, "attachmentsrequired", 0.0)
    for key, tag in (
        ("min_word_limit", "minwordlimit"),
        ("max_word_limit", "maxwordlimit"),
        ("max_bytes", "maxbytes"),
    ):
        q[key] = _number(node, tag, None)
    types = node.findtext("filetypeslist")
    q["file_types"] = None if types is None else php_trim(types)
    fmt = q["text_format"]
    q["grader_info"] = _rich(node, "graderinfo", fmt)
    q["response_template"] = _rich(node, "responsetemplate", fmt)
    return q


def _description(node: Element) -> dict[str, Any]:
    q = _headers(node, "description")
    q["default_mark"] = 0.0
    return q


def _category(node: Element) -> dict[str, Any]:
    record: dict[str, Any] = {
        "type": "category",
        "category": _text_of(node, "category"),
    }
    info = node.find("info")
    if info is not None:
        record["info"] = _rich(node, "info", "moodle")
    if php_trim(node.findtext("idnumber") or ""):
        record["idnumber"] = php_trim(node.findtext("idnumber") or "")
    return record


_READ = {
    "category": _category,
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "matching": _matching,
    "essay": _essay,
    "description": _description,
}
