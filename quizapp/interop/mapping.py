"""Normalised questions <-> quizapp pack items, with a warning for everything
that does not carry over.

Import (`to_items`): multichoice with one right answer -> multiple_choice;
with several -> multiple_select (quizapp's partial credit); true/false -> a
two-option multiple_choice; short answer -> short_answer; numerical -> numeric;
matching -> matching; essay -> free_text with an empty rubric marked to review.
Descriptions and categories are not questions and are reported as such.

Export (`to_questions`): the reverse, plus claims as a four-option choice over
the labels with the sentence in its paragraph, and written answers as essays
whose grader information lists the rubric.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from typing import Any

#: The labels a claim is sorted into (mirrors quizapp.grading.claims.LABELS,
#: which interop may not import: a format knows nothing of grading).
CLAIM_LABELS = {
    "sourced": "Sourced fact",
    "speculation": "Speculation",
    "opinion": "Opinion",
    "unsourced": "Unsourced claim",
}
_TAG = re.compile(r"<[^>]+>")
_BREAK = re.compile(r"<\s*(br|/p|/div|/li|/h[1-6])\b[^>]*>", re.I)


@dataclass
class Imported:
    """One question of the file: the pack item it became (None when it cannot
    be imported) and what the teacher should know about it."""

    name: str
    source_type: str
    item: dict[str, Any] | None
    warnings: list[str] = field(default_factory=list)


def plain(value: dict | str | None, warnings: list[str] | None = None) -> str:
    """Text without markup: HTML tags dropped (a warning says so), entities
    decoded, runs of spaces collapsed."""
    if isinstance(value, dict):
        text, fmt = str(value.get("text") or ""), value.get("format", "moodle")
        if value.get("files") and warnings is not None:
            names = ", ".join(f["name"] for f in value["files"])
            warnings.append(f"embedded files are not imported: {names}")
    else:
        text, fmt = str(value or ""), "plain"
    if fmt != "plain" and _TAG.search(text):
        if warnings is not None and "formatting (HTML) removed" not in warnings:
            warnings.append("formatting (HTML) removed")
        text = _TAG.sub("", _BREAK.sub("\n", text))
    if fmt != "plain":
        text = html.unescape(text)
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n".join(line for line in lines if line).strip()


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "q"


def _unique(base: str, taken: set[str]) -> str:
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    taken.add(key)
    return key


def to_items(questions: list[dict[str, Any]], taken: set[str] | None = None):
    """Pack items for the questions of a file, one `Imported` per record.

    `taken` holds item ids already used in the target set; new ids avoid them.
    """
    taken = set() if taken is None else taken
    out = []
    for q in questions:
        kind = q.get("type", "")
        if kind == "category":
            out.append(
                Imported(
                    q.get("category", ""), kind, None, ["a category, not a question"]
                )
            )
            continue
        name = str(q.get("name") or "")
        warnings: list[str] = []
        convert = _IMPORT.get(kind)
        if convert is None:
            out.append(Imported(name, kind, None, [f"type {kind!r} is not supported"]))
            continue
        item = convert(q, warnings)
        if item is not None:
            ident = str(q.get("idnumber") or "")
            base = ident if re.fullmatch(r"[A-Za-z0-9][\w-]{0,59}", ident) else ""
            item = {"id": _unique(base or _slug(name), taken), **item}
            explanation = plain(q.get("general_feedback"), warnings)
            if explanation and "explanation" not in item:
                item["explanation"] = explanation
        out.append(Imported(name, kind, item, warnings))
    return out


def _prompt(q: dict, warnings: list[str]) -> str:
    return plain({"text": q.get("text", ""), "format": q.get("text_format")}, warnings)


def _options(q: dict, warnings: list[str], correct) -> list[dict[str, Any]]:
    options = []
    for n, a in enumerate(q.get("answers") or []):
        option = {
            "id": "abcdefghijklmnopqrstuvwxyz"[n % 26],
            "text": plain(a, warnings),
        }
        if correct(a):
            option["correct"] = True
        feedback = plain(a.get("feedback"), warnings)
        if feedback:
            option["feedback"] = feedback
        options.append(option)
    return options


def _multichoice(q: dict, warnings: list[str]) -> dict | None:
    fractions = [float(a.get("fraction", 0)) for a in q.get("answers") or []]
    best = max(fractions, default=0)
    if best <= 0:
        warnings.append("no answer gives credit; not imported")
        return None
    if q.get("single", True):
        if any(0 < f < best for f in fractions) or best < 1:
            warnings.append("partial credit on answers dropped: only the best is right")
        options = _options(q, warnings, lambda a: float(a.get("fraction", 0)) == best)
        if sum(bool(o.get("correct")) for o in options) > 1:
            warnings.append("several answers are fully right; kept as multiple select")
            return {
                "type": "multiple_select",
                "prompt": _prompt(q, warnings),
                "options": options,
            }
        return {
            "type": "multiple_choice",
            "prompt": _prompt(q, warnings),
            "options": options,
        }
    right = [f for f in fractions if f > 0]
    if len(set(round(f, 3) for f in right)) > 1:
        warnings.append("unequal weights become equal shares of the right answers")
    if any(f < 0 and round(f, 3) != round(-1 / len(right), 3) for f in fractions):
        warnings.append("penalties for wrong picks follow quizapp's rule")
    options = _options(q, warnings, lambda a: float(a.get("fraction", 0)) > 0)
    return {
        "type": "multiple_select",
        "prompt": _prompt(q, warnings),
        "options": options,
    }


def _truefalse(q: dict, warnings: list[str]) -> dict:
    value = bool(q.get("correct_answer"))
    feedback = {a["text"]: plain(a.get("feedback"), warnings) for a in q["answers"]}
    options = []
    for ident, text, right in (("true", "True", value), ("false", "False", not value)):
        option: dict[str, Any] = {"id": ident, "text": text}
        if right:
            option["correct"] = True
        if feedback.get(text):
            option["feedback"] = feedback[text]
        options.append(option)
    return {
        "type": "multiple_choice",
        "prompt": _prompt(q, warnings),
        "options": options,
    }


def _shortanswer(q: dict, warnings: list[str]) -> dict | None:
    answers = []
    for a in q.get("answers") or []:
        answer = {"text": str(a["text"]), "fraction": float(a.get("fraction", 1))}
        feedback = plain(a.get("feedback"), warnings)
        if feedback:
            answer["feedback"] = feedback
        answers.append(answer)
    if not any(a["fraction"] >= 1 for a in answers):
        warnings.append("no answer gives full credit; not imported")
        return None
    item = {"type": "short_answer", "prompt": _prompt(q, warnings), "answers": answers}
    if q.get("case_sensitive"):
        item["case_sensitive"] = True
    return item


def _numerical(q: dict, warnings: list[str]) -> dict | None:
    answers = []
    for a in q.get("answers") or []:
        answer: dict[str, Any] = {"value": a["value"], "fraction": float(a["fraction"])}
        if a["value"] != "*":
            answer["tolerance"] = float(a.get("tolerance") or 0)
        feedback = plain(a.get("feedback"), warnings)
        if feedback:
            answer["feedback"] = feedback
        answers.append(answer)
    if q.get("units"):
        warnings.append("units are not imported: learners answer with the number")
    if not any(a["value"] != "*" and a["fraction"] >= 1 for a in answers):
        warnings.append("no number gives full credit; not imported")
        return None
    return {"type": "numeric", "prompt": _prompt(q, warnings), "answers": answers}


def _match(q: dict, warnings: list[str]) -> dict | None:
    pairs, distractors = [], []
    for p in q.get("pairs") or []:
        left = plain(p["question"], warnings)
        if p.get("distractor_only") or not left:
            distractors.append(str(p["answer"]))
        else:
            pairs.append(
                {"id": f"p{len(pairs) + 1}", "left": left, "right": str(p["answer"])}
            )
    if len(pairs) < 2:
        warnings.append("a matching question needs two pairs; not imported")
        return None
    item = {"type": "matching", "prompt": _prompt(q, warnings), "pairs": pairs}
    if distractors:
        item["distractors"] = distractors
    return item


def _essay(q: dict, warnings: list[str]) -> dict:
    warnings.append("written answer: add the rubric's key points before publishing")
    item: dict[str, Any] = {
        "type": "free_text",
        "prompt": _prompt(q, warnings),
        "key_points": [],
        "machine": {"confidence": 0},
        "reviewed": False,
    }
    guidance = plain(q.get("grader_info"))
    if guidance:
        warnings.append(f"the grader information was: {guidance[:300]}")
    return item


def _description(q: dict, warnings: list[str]) -> None:
    warnings.append("a description, not a question: its text is not imported")
    return None


_IMPORT = {
    "multichoice": _multichoice,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
    "match": _match,
    "essay": _essay,
    "description": _description,
}
