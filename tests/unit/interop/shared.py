"""Where the shared interop fixtures live; tests that read them skip without."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3].parent / "shared" / "interop"
OWN = Path(__file__).resolve().parents[2] / "fixtures" / "interop"

needs_shared = pytest.mark.skipif(
    not SHARED.is_dir(), reason="../shared/interop is absent (public test material)"
)

#: Moodle's FORMAT_* numbers.
FORMAT_NAMES = {0: "moodle", 1: "html", 2: "plain", 4: "markdown"}


def expected(name: str) -> dict:
    """The `cases` of ../shared/interop/<name>/expected.json ({} when absent)."""
    path = SHARED / name / "expected.json"
    if not path.is_file():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def export_cases(name: str) -> list[dict]:
    path = SHARED / name / "moodle" / "export" / "export_cases.json"
    if not path.is_file():
        return []
    return json.loads(path.read_text(encoding="utf-8"))["cases"]


def _values(items):
    return list(items.values()) if isinstance(items, dict) else list(items)


def moodle_to_shape(data: dict) -> dict:
    """Moodle's question data (as its exporter receives it) -> the shape."""
    fmt = FORMAT_NAMES[data["questiontextformat"]]
    q = {
        "id": data["id"],
        "type": data["qtype"],
        "name": data["name"],
        "text": data["questiontext"],
        "text_format": fmt,
        "general_feedback": {
            "text": data["generalfeedback"],
            "format": FORMAT_NAMES[data["generalfeedbackformat"]],
        },
    }
    for key, field in (("defaultmark", "default_mark"), ("penalty", "penalty")):
        if key in data:
            q[field] = data[key]
    if data.get("idnumber") is not None:
        q["idnumber"] = data["idnumber"]
    if data.get("hints"):
        q["hints"] = [
            {
                "text": h["hint"],
                "format": FORMAT_NAMES[h["hintformat"]],
                "show_num_correct": bool(h.get("shownumcorrect")),
                "clear_wrong": bool(h.get("clearwrong")),
            }
            for h in data["hints"]
        ]
    options = data.get("options", {})
    if "correctfeedback" in options:
        q["combined_feedback"] = {
            key: {
                "text": options[f"{tag}feedback"],
                "format": FORMAT_NAMES[options[f"{tag}feedbackformat"]],
            }
            for key, tag in (
                ("correct", "correct"),
                ("partially_correct", "partiallycorrect"),
                ("incorrect", "incorrect"),
            )
        }
        q["combined_feedback"]["show_num_correct"] = bool(options.get("shownumcorrect"))
    if "shuffleanswers" in options:
        q["shuffle_answers"] = bool(int(options["shuffleanswers"]))
    if "answernumbering" in options:
        q["answer_numbering"] = options["answernumbering"]
    if "usecase" in options:
        q["case_sensitive"] = bool(options["usecase"])
    answers = _values(options.get("answers", {}))

    def feedback(a):
        return {"text": a["feedback"], "format": FORMAT_NAMES[a["feedbackformat"]]}

    if q["type"] == "multichoice":
        q["single"] = bool(options["single"])
        q["answers"] = [
            {
                "text": a["answer"],
                "format": FORMAT_NAMES[a["answerformat"]],
                "fraction": a["fraction"],
                "feedback": feedback(a),
            }
            for a in answers
        ]
    elif q["type"] == "shortanswer":
        q["answers"] = [
            {"text": a["answer"], "fraction": a["fraction"], "feedback": feedback(a)}
            for a in answers
        ]
    elif q["type"] == "numerical":
        q["answers"] = [
            {
                "value": a["answer"] if a["answer"] == "*" else float(a["answer"]),
                "tolerance": a["tolerance"],
                "fraction": a["fraction"],
                "feedback": feedback(a),
            }
            for a in answers
        ]
    elif q["type"] == "truefalse":
        true = options["answers"][str(options["trueanswer"])]
        false = options["answers"][str(options["falseanswer"])]
        q["correct_answer"] = true["fraction"] == 1
        q["answers"] = [
            {"text": "True", "feedback": feedback(true)},
            {"text": "False", "feedback": feedback(false)},
        ]
    elif q["type"] == "essay":
        for key, field in (
            ("responseformat", "response_format"),
            ("responserequired", "response_required"),
            ("responsefieldlines", "response_field_lines"),
            ("minwordlimit", "min_word_limit"),
            ("maxwordlimit", "max_word_limit"),
            ("attachments", "attachments"),
            ("attachmentsrequired", "attachments_required"),
            ("maxbytes", "max_bytes"),
            ("filetypeslist", "file_types"),
        ):
            if key in options:
                q[field] = options[key]
        for key in ("graderinfo", "responsetemplate"):
            if key in options:
                name = "grader_info" if key == "graderinfo" else "response_template"
                q[name] = {
                    "text": options[key],
                    "format": FORMAT_NAMES[options[f"{key}format"]],
                }
    elif q["type"] == "match":
        q["pairs"] = [
            {
                "question": {
                    "text": s["questiontext"],
                    "format": FORMAT_NAMES[s["questiontextformat"]],
                },
                "answer": s["answertext"],
            }
            for s in _values(options["subquestions"])
        ]
    return q
