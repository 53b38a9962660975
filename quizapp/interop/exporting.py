"""quizapp items -> normalised questions, ready for any writer.

Each question may carry a `quizapp` key with what only QTI can hold: a claim's
paragraph and sentence, a written question's rubric. GIFT and Moodle XML
ignore it; `notes` says what a format cannot carry.
"""

from __future__ import annotations

import html
from typing import Any

from . import shape
from .mapping import CLAIM_LABELS

#: Item types each writer can express, and what is lost on the way.
LOSSES = {
    "claim": "a claim becomes a multiple-choice question over the four labels; "
    "its cue words, source and place in the article are not kept",
    "free_text": "a written question becomes an essay; its rubric (key points, "
    "misconceptions) is kept only as grader information, and is not graded",
    "citation_check": "the citation becomes part of the question text",
    "evidence": "evidence links into the article are not kept",
}


def _fb(text: str | None, fmt: str = "moodle") -> dict[str, str]:
    return shape.fmt_text(text or "", fmt)


def _base(key: str, kind: str, text: str, explanation: str = "") -> dict[str, Any]:
    name = shape.default_name(" ".join(text.split()), key)
    q = shape.new_question(kind, name, text, "moodle")
    q["idnumber"] = key
    q["general_feedback"] = _fb(explanation)
    return q


def _choice(key: str, spec: dict[str, Any], single: bool) -> dict[str, Any]:
    text = str(spec.get("prompt") or "")
    citation = spec.get("citation") or {}
    if citation.get("url"):
        text += f'\n\nClaim: "{citation.get("claim", "")}"\nSource: {citation["url"]}'
    q = _base(key, "multichoice", text, spec.get("explanation", ""))
    options = spec.get("options") or []
    right = [o for o in options if o.get("correct")]
    share = 1 / len(right) if right else 0
    q["single"] = single
    q["shuffle_answers"] = False
    q["answer_numbering"] = "abc"
    q["answers"] = [
        shape.choice(
            _fb(o["text"]),
            (1.0 if single else round(share, 7))
            if o.get("correct")
            else (0.0 if single else -round(share, 7)),
            _fb(o.get("feedback")),
        )
        for o in options
    ]
    q["combined_feedback"] = shape.blank_combined("moodle")
    return q


def _claim(key: str, spec: dict[str, Any]) -> dict[str, Any]:
    quote = str(spec.get("quote") or "")
    paragraph = str(spec.get("paragraph") or quote)
    text = f'Sort this sentence: "{quote}"'
    if paragraph != quote:
        text += f"\n\nIn its paragraph: {paragraph}"
    q = _base(key, "multichoice", text, spec.get("explanation", ""))
    q["single"] = True
    q["shuffle_answers"] = False
    q["answer_numbering"] = "abc"
    q["answers"] = [
        shape.choice(_fb(name), 1.0 if label == spec.get("label") else 0.0, _fb(""))
        for label, name in CLAIM_LABELS.items()
    ]
    q["combined_feedback"] = shape.blank_combined("moodle")
    q["quizapp"] = {
        "kind": "claim",
        "sentence": quote,
        "paragraph": paragraph,
        "cues": [
            c["text"] if isinstance(c, dict) else str(c) for c in spec.get("cues") or []
        ],
    }
    return q


def _short(key: str, spec: dict[str, Any]) -> dict[str, Any]:
    q = _base(key, "shortanswer", spec["prompt"], spec.get("explanation", ""))
    q["case_sensitive"] = bool(spec.get("case_sensitive"))
    q["answers"] = [
        shape.short(str(a["text"]), float(a.get("fraction", 1)), _fb(a.get("feedback")))
        for a in spec["answers"]
    ]
    return q


def _numeric(key: str, spec: dict[str, Any]) -> dict[str, Any]:
    q = _base(key, "numerical", spec["prompt"], spec.get("explanation", ""))
    q["answers"] = [
        shape.numeric(
            a["value"],
            None if a["value"] == "*" else float(a.get("tolerance", 0)),
            float(a.get("fraction", 1)),
            _fb(a.get("feedback")),
        )
        for a in spec["answers"]
    ]
    return q


def _matching(key: str, spec: dict[str, Any]) -> dict[str, Any]:
    q = _base(key, "match", spec["prompt"], spec.get("explanation", ""))
    q["shuffle_answers"] = True
    q["pairs"] = [
        {
            "question": _fb(p["left"]),
            "answer": str(p["right"]),
            "distractor_only": False,
        }
        for p in spec["pairs"]
    ]
    q["pairs"] += [
        {"question": _fb(""), "answer": str(d), "distractor_only": True}
        for d in spec.get("distractors") or []
    ]
    q["combined_feedback"] = shape.blank_combined("moodle")
    return q


def rubric_html(spec: dict[str, Any]) -> str:
    """A written question's rubric as HTML for graders."""
    parts = ["<p>Key points:</p><ul>"]
    for kp in spec.get("key_points") or []:
        label = html.escape(str(kp.get("label") or kp.get("id") or ""))
        points = kp.get("points", 1)
        need = ", required" if kp.get("required") else ""
        phrasings = "; ".join(html.escape(str(p)) for p in kp.get("phrasings") or [])
        parts.append(
            f"<li>{label} ({points:g} point{'s' if points != 1 else ''}{need})"
        )
        parts.append(f": {phrasings}</li>" if phrasings else "</li>")
    parts.append("</ul>")
    wrong = spec.get("misconceptions") or []
    if wrong:
        parts.append("<p>Misconceptions:</p><ul>")
        for m in wrong:
            said = "; ".join(html.escape(str(p)) for p in m.get("phrasings") or [])
            parts.append(
                f"<li>{said}: {html.escape(str(m.get('feedback') or ''))}</li>"
            )
        parts.append("</ul>")
    return "".join(parts)


def _written(key: str, spec: dict[str, Any]) -> dict[str, Any]:
    q = shape.essay_defaults(
        _base(key, "essay", spec["prompt"], spec.get("explanation", ""))
    )
    if spec.get("key_points"):
        q["grader_info"] = shape.fmt_text(rubric_html(spec), "html")
    q["quizapp"] = {
        "kind": "free_text",
        "key_points": spec.get("key_points") or [],
        "max_words": spec.get("max_words"),
    }
    return q


def to_questions(items: list[dict[str, Any]]) -> tuple[list[dict], list[str]]:
    """Normalised questions for quizapp items ({key, type, spec}), and a note
    for each item type that does not carry over whole (or at all)."""
    questions, notes = [], []
    for item in items:
        kind, key, spec = item["type"], item["key"], item["spec"]
        if kind == "claim" and not spec.get("sort", True):
            continue
        convert = _EXPORT.get(kind)
        if convert is None:
            notes.append(f"{key}: {kind} questions cannot be exported to this format")
            continue
        questions.append(convert(key, spec))
        if kind in LOSSES and LOSSES[kind] not in notes:
            notes.append(LOSSES[kind])
    return questions, notes


_EXPORT = {
    "multiple_choice": lambda k, s: _choice(k, s, True),
    "who_said": lambda k, s: _choice(k, s, True),
    "citation_check": lambda k, s: _choice(k, s, True),
    "multiple_select": lambda k, s: _choice(k, s, False),
    "claim": _claim,
    "short_answer": _short,
    "numeric": _numeric,
    "matching": _matching,
    "free_text": _written,
}
