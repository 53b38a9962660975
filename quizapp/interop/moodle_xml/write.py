"""Writing Moodle XML the way Moodle's exporter lays it out (writequestion)."""

from __future__ import annotations

from typing import Any

from .. import shape
from .read import FORMAT_OUT as _FORMAT_OUT


def _num(value) -> str:
    """A number as PHP prints it (100, 0.3333333, 0.001)."""
    return format(float(value or 0), ".14g")


def _escape(text: str) -> str:
    if text and any(c in text for c in "&<>\"'"):
        return "<![CDATA[" + text.replace("]]>", "]]]]><![CDATA[>") + "]]>"
    return text


def _w_text(text: str, indent: int) -> str:
    return "  " * indent + "<text>" + _escape(text or "") + "</text>\n"


def _w_rich(tag: str, value: dict | None, indent: int, default: str) -> str:
    value = value or {}
    fmt = _FORMAT_OUT.get(value.get("format") or default, "html")
    pad = "  " * indent
    return (
        f'{pad}<{tag} format="{fmt}">\n'
        + _w_text(value.get("text", ""), indent + 1)
        + f"{pad}</{tag}>\n"
    )


def _w_flag(value) -> str:
    return "true" if value else "false"


def write(questions: list[dict[str, Any]]) -> str:
    """A whole Moodle XML file for normalised question dicts."""
    body = "\n".join(write_question(q) for q in questions)
    return '<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n' + body + "\n</quiz>\n"


def write_question(q: dict[str, Any]) -> str:
    """One <question> fragment, as Moodle's writequestion() lays it out."""
    kind = q["type"]
    out = f"<!-- question: {q.get('id', 0)}  -->\n"
    if kind == "category":
        out += '  <question type="category">\n    <category>\n'
        out += _w_text(q["category"], 3) + "    </category>\n"
        out += _w_rich("info", q.get("info"), 2, "moodle")
        out += f"    <idnumber>{_escape(q.get('idnumber') or '')}</idnumber>\n"
        return out + "  </question>\n"
    fmt = q.get("text_format", "html")
    xml_type = "matching" if kind == "match" else kind
    out += f'  <question type="{xml_type}">\n    <name>\n'
    out += _w_text(q.get("name", ""), 3) + "    </name>\n"
    out += _w_rich("questiontext", {"text": q.get("text", ""), "format": fmt}, 2, fmt)
    out += _w_rich("generalfeedback", q.get("general_feedback"), 2, fmt)
    default_mark = q.get("default_mark", 0.0 if kind == "description" else 1.0)
    out += f"    <defaultgrade>{_num(default_mark)}</defaultgrade>\n"
    out += f"    <penalty>{_num(q.get('penalty', shape.DEFAULT_PENALTY))}</penalty>\n"
    out += "    <hidden>0</hidden>\n"
    out += f"    <idnumber>{_escape(q.get('idnumber') or '')}</idnumber>\n"
    out += _WRITE.get(kind, lambda q, fmt: "")(q, fmt)
    for tag in q.get("tags") or []:
        if tag is q["tags"][0]:
            out += "    <tags>\n"
        out += "      <tag>" + _w_text(tag, 0).strip("\n") + "</tag>\n"
        if tag is q["tags"][-1]:
            out += "    </tags>\n"
    return out + "  </question>\n"


def _w_answer(a: dict, fmt: str, text: str, extra: str = "") -> str:
    answer_fmt = _FORMAT_OUT.get(a.get("format") or "plain", "plain_text")
    out = f'    <answer fraction="{_num(100 * float(a.get("fraction", 0)))}"'
    out += f' format="{answer_fmt}">\n' + _w_text(text, 3)
    out += _w_rich("feedback", a.get("feedback"), 3, fmt)
    return out + extra + "    </answer>\n"


def _w_combined(q: dict, fmt: str) -> str:
    combined = q.get("combined_feedback") or {}
    out = ""
    for key, tag in (
        ("correct", "correctfeedback"),
        ("partially_correct", "partiallycorrectfeedback"),
        ("incorrect", "incorrectfeedback"),
    ):
        out += _w_rich(tag, combined.get(key), 2, fmt)
    if combined.get("show_num_correct"):
        out += "    <shownumcorrect/>\n"
    return out


def _w_hints(q: dict, fmt: str) -> str:
    out = ""
    for hint in q.get("hints") or []:
        body = _w_rich("hint", hint, 2, "html")
        extra = ""
        if hint.get("show_num_correct"):
            extra += "      <shownumcorrect/>\n"
        if hint.get("clear_wrong"):
            extra += "      <clearwrong/>\n"
        out += body.replace("    </hint>\n", extra + "    </hint>\n")
    return out


def _w_multichoice(q, fmt):
    out = f"    <single>{_w_flag(q.get('single', True))}</single>\n"
    out += f"    <shuffleanswers>{_w_flag(q.get('shuffle_answers'))}</shuffleanswers>\n"
    out += (
        f"    <answernumbering>{q.get('answer_numbering', 'abc')}</answernumbering>\n"
    )
    out += "    <showstandardinstruction>0</showstandardinstruction>\n"
    out += _w_combined(q, fmt)
    for a in q["answers"]:
        out += _w_answer({**a, "format": a.get("format", fmt)}, fmt, a["text"])
    return out + _w_hints(q, fmt)


def _w_truefalse(q, fmt):
    out = ""
    for a in q["answers"]:
        fraction = 1.0 if (a["text"] == "True") == bool(q["correct_answer"]) else 0.0
        out += _w_answer({**a, "fraction": fraction}, fmt, a["text"].lower())
    return out


def _w_shortanswer(q, fmt):
    out = f"    <usecase>{1 if q.get('case_sensitive') else 0}</usecase>\n"
    for a in q["answers"]:
        out += _w_answer(a, fmt, a["text"])
    return out + _w_hints(q, fmt)


def _w_numerical(q, fmt):
    out = ""
    for a in q["answers"]:
        value = "*" if a.get("value") in ("*", None, "") else _num(a["value"])
        tolerance = f"      <tolerance>{_num(a.get('tolerance') or 0)}</tolerance>\n"
        out += _w_answer(a, fmt, value, tolerance)
    return out + _w_hints(q, fmt)


def _w_match(q, fmt):
    shuffle = _w_flag(q.get("shuffle_answers", True))
    out = f"    <shuffleanswers>{shuffle}</shuffleanswers>\n"
    out += _w_combined(q, fmt)
    for pair in q["pairs"]:
        sub = _w_rich("subquestion", pair["question"], 2, fmt)
        answer = "      <answer>\n" + _w_text(pair["answer"], 4) + "      </answer>\n"
        out += sub.replace("    </subquestion>\n", answer + "    </subquestion>\n")
    return out + _w_hints(q, fmt)


def _w_essay(q, fmt):
    out = ""
    for key, tag, default in (
        ("response_format", "responseformat", "editor"),
        ("response_required", "responserequired", 1),
        ("response_field_lines", "responsefieldlines", 15),
        ("min_word_limit", "minwordlimit", None),
        ("max_word_limit", "maxwordlimit", None),
        ("attachments", "attachments", 0),
        ("attachments_required", "attachmentsrequired", 0),
        ("max_bytes", "maxbytes", None),
        ("file_types", "filetypeslist", None),
    ):
        value = q.get(key, default)
        if isinstance(value, int | float) and not isinstance(value, bool):
            value = _num(value)
        out += (
            f"    <{tag}>{_escape(value or '') if value is not None else ''}</{tag}>\n"
        )
    out += _w_rich("graderinfo", q.get("grader_info"), 2, "html")
    out += _w_rich("responsetemplate", q.get("response_template"), 2, "html")
    return out


_WRITE = {
    "multichoice": _w_multichoice,
    "truefalse": _w_truefalse,
    "shortanswer": _w_shortanswer,
    "numerical": _w_numerical,
    "match": _w_match,
    "essay": _w_essay,
}
