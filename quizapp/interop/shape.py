"""The normalised question dict every format reads into and writes from.

One dict per question (or `{"type": "category", "category": path}` record):

    type          Moodle qtype: multichoice | truefalse | shortanswer | match |
                  numerical | essay | description | category
    name, text    text_format is moodle | html | plain | markdown
    general_feedback  {"text", "format"}
    answers       multichoice: {text, format, fraction, correct, feedback}
                  shortanswer: {text, fraction, correct, feedback}
                  numerical:   {value, tolerance, fraction, correct, feedback}
                  truefalse:   True and False with the feedback for picking each
    single        multichoice: one right answer (else several, partial credit)
    pairs         match: {question: {text, format}, answer, distractor_only}
    correct_answer  truefalse
    idnumber, tags, default_mark, penalty

`fraction` is credit as a fraction (1.0 = full, may be negative); `correct` is
fraction > 0. The shape is the one the interop fixtures document, so parsers are
checked against what Moodle itself produces.
"""

from __future__ import annotations

import re
from typing import Any

FORMATS = ("moodle", "html", "plain", "markdown")
DEFAULT_PENALTY = 0.3333333


class InteropError(ValueError):
    """A whole file cannot be read (wrong encoding, not XML, too big...)."""


def php_trim(text: str) -> str:
    """Strip what PHP's trim() strips (not every Unicode space)."""
    return text.strip(" \t\n\r\0\x0b")


def fmt_text(text: str, fmt: str) -> dict[str, str]:
    return {"text": text, "format": fmt}


_TAGS = re.compile(r"<[^>]*>", re.S)
_ENTITY = re.compile(r"&[0-9a-z]{2,8};|&#[0-9]{1,7};|&#x[0-9a-f]{1,6};", re.I)


def strip_tags(text: str) -> str:
    return _TAGS.sub("", text)


def shorten(text: str, ideal: int = 80, ending: str = "...") -> str:
    """Moodle's shorten_text(): at most `ideal` visible characters, cut after a
    space or full stop, tags not counted, `ending` appended when cut."""
    if len(_TAGS.sub("", text)) <= ideal:
        return text
    total, out = len(ending), ""
    for tag, chunk in re.findall(r"(<.+?>)?([^<>]*)", text, re.S):
        out += tag
        length = len(_ENTITY.sub(" ", chunk))
        if total + length > ideal:
            left = ideal - total
            entities = 0
            for m in _ENTITY.finditer(chunk):
                if m.start() + 1 - entities <= left:
                    left -= 1
                    entities += len(m.group(0))
                else:
                    break
            limit = left + entities
            pos = limit
            while pos > 0:
                char = chunk[pos : pos + 1]
                if char and (char in ". " or len(char.encode()) > 2):
                    pos += 1
                    break
                pos -= 1
            if pos == 0 or pos > limit:
                pos = limit
            out += chunk[:pos]
            break
        out += chunk
        total += length
        if total >= ideal:
            break
    return out + ending


def clean_name(name: str) -> str:
    """A question name as Moodle stores it: tags stripped, trimmed, 255 max."""
    name = php_trim(strip_tags(name))
    cut = 251
    while len(name) > 255 and cut > 0:
        name = shorten(name, cut)
        cut -= 10
    return name


def default_name(text: str, fallback: str = "Question") -> str:
    """The name Moodle makes from a question's text when it has none."""
    return clean_name(shorten(text, 80)) or fallback


def new_question(kind: str, name: str, text: str, fmt: str) -> dict[str, Any]:
    return {
        "type": kind,
        "name": name,
        "text": text,
        "text_format": fmt,
        "general_feedback": fmt_text("", fmt),
        "default_mark": 1.0,
        "penalty": DEFAULT_PENALTY,
        "idnumber": "",
        "tags": [],
    }


def essay_defaults(q: dict[str, Any]) -> dict[str, Any]:
    q.update(
        response_format="editor",
        response_required=1.0,
        response_field_lines=15.0,
        attachments=0.0,
        attachments_required=0.0,
        grader_info=fmt_text("", "html"),
        response_template=fmt_text("", "html"),
    )
    return q


def blank_combined(fmt: str) -> dict[str, dict[str, str]]:
    return {k: fmt_text("", fmt) for k in ("correct", "partially_correct", "incorrect")}


def choice(text: dict[str, str], fraction: float, feedback: dict[str, str]):
    return {
        "text": text["text"],
        "format": text["format"],
        "fraction": float(fraction),
        "correct": fraction > 0,
        "feedback": feedback,
    }


def short(text: str, fraction: float, feedback: dict[str, str]):
    return {
        "text": text,
        "fraction": float(fraction),
        "correct": fraction > 0,
        "feedback": feedback,
    }


def numeric(value, tolerance, fraction: float, feedback: dict[str, str]):
    return {
        "value": value if value == "*" else float(value),
        "tolerance": None if tolerance is None else float(tolerance),
        "fraction": float(fraction),
        "correct": fraction > 0,
        "feedback": feedback,
    }


def truefalse_answers(value: bool, true_fb: dict, false_fb: dict) -> list[dict]:
    """The two answers of a true/false question, with the feedback for picking
    True and for picking False."""
    return [
        {
            "text": "True",
            "fraction": 1.0 if value else 0.0,
            "correct": value,
            "feedback": true_fb,
        },
        {
            "text": "False",
            "fraction": 0.0 if value else 1.0,
            "correct": not value,
            "feedback": false_fb,
        },
    ]
