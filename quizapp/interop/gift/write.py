"""Writing GIFT the way Moodle's exporter does (writequestion)."""

from __future__ import annotations

from typing import Any


def _rep(text: str) -> str:
    """Escape GIFT's reserved characters; newlines become \\n."""
    for char, escaped in (("\\", "\\\\"), ("#", "\\#"), ("=", "\\="), ("~", "\\~")):
        text = text.replace(char, escaped)
    for char, escaped in (("{", "\\{"), ("}", "\\}"), (":", "\\:"), ("\n", "\\n")):
        text = text.replace(char, escaped)
    return text.replace("\r", "")


def _text(value: dict[str, str] | str | None, default: str = "moodle") -> str:
    if isinstance(value, dict):
        text, fmt = value.get("text") or "", value.get("format") or default
    else:
        text, fmt = value or "", default
    prefix = f"[{fmt}]" if text != "" and fmt != default else ""
    return prefix + _rep(text)


def _general(q: dict[str, Any], indent: str = "\t") -> str:
    out = _text(q.get("general_feedback"), q.get("text_format", "moodle"))
    if out:
        out = "####" + out
        if indent:
            out = indent + out + "\n"
    return out


def _fraction_text(fraction: float) -> str:
    weight = round(100 * float(fraction), 5)
    return str(int(weight)) if weight == int(weight) else repr(weight)


def write(questions: list[dict[str, Any]]) -> str:
    """GIFT text for normalised question dicts (Moodle's writequestion)."""
    return "".join(write_question(q) for q in questions)


def write_question(q: dict[str, Any]) -> str:
    """One question (or $CATEGORY record) as GIFT, ending with a blank line."""
    kind = q["type"]
    name = " ".join(str(q.get("name", "")).split())
    out = f"// question: {q.get('id', 0)}  name: {name}\n"
    if kind == "category":
        return out + f"$CATEGORY: {q['category']}\n\n"
    bits = []
    if q.get("idnumber"):
        bits.append("[id:" + str(q["idnumber"]).replace("]", "\\]") + "]")
    bits += ["[tag:" + t.replace("]", "\\]") + "]" for t in q.get("tags") or []]
    if bits:
        out += "// " + " ".join(bits) + "\n"
    fmt = q.get("text_format", "moodle")
    out += "::" + _rep(q.get("name", "")) + "::"
    out += _text({"text": q.get("text", ""), "format": fmt})
    out += _BODY[kind](q, fmt) if kind in _BODY else ""
    return out + "\n"


def _w_essay(q, fmt):
    return "{" + _general(q, "") + "}\n"


def _w_truefalse(q, fmt):
    true, false = q["answers"][0], q["answers"][1]
    if q.get("correct_answer"):
        word, right, wrong = "TRUE", true, false
    else:
        word, right, wrong = "FALSE", false, true
    right_fb = _text(right.get("feedback"), fmt)
    wrong_fb = _text(wrong.get("feedback"), fmt)
    out = "{" + word
    if wrong_fb:
        out += "#" + wrong_fb
    elif right_fb:
        out += "#"
    if right_fb:
        out += "#" + right_fb
    return out + _general(q, "") + "}\n"


def _w_multichoice(q, fmt):
    out = "{\n"
    for a in q["answers"]:
        fraction = float(a.get("fraction", 0))
        if fraction == 1 and q.get("single", True):
            mark = "="
        elif fraction == 0:
            mark = "~"
        else:
            mark = "~%" + _fraction_text(fraction) + "%"
        out += (
            "\t"
            + mark
            + _text({"text": a["text"], "format": a.get("format", fmt)}, fmt)
        )
        feedback = a.get("feedback") or {}
        if feedback.get("text"):
            out += "#" + _text(feedback, fmt)
        out += "\n"
    return out + _general(q) + "}\n"


def _w_shortanswer(q, fmt):
    out = "{\n"
    for a in q["answers"]:
        out += "\t=%" + _fraction_text(a.get("fraction", 1)) + "%" + _rep(a["text"])
        out += "#" + _text(a.get("feedback"), fmt) + "\n"
    return out + _general(q) + "}\n"


def _num_text(value: float) -> str:
    value = float(value)
    return str(int(value)) if value == int(value) else repr(value)


def _w_numerical(q, fmt):
    out = "{#\n"
    for a in q["answers"]:
        feedback = _text(a.get("feedback"), fmt)
        if a.get("value") not in ("", "*", None):
            out += "\t=%" + _fraction_text(a.get("fraction", 1)) + "%"
            out += _num_text(a["value"]) + ":" + _num_text(a.get("tolerance") or 0)
            out += "#" + feedback + "\n"
        else:
            out += "\t~#" + feedback + "\n"
    return out + _general(q) + "}\n"


def _w_match(q, fmt):
    out = "{\n"
    for pair in q["pairs"]:
        out += "\t=" + _text(pair["question"], fmt) + " -> " + _rep(pair["answer"])
        out += "\n"
    return out + _general(q) + "}\n"


_BODY = {
    "description": lambda q, fmt: "",
    "essay": _w_essay,
    "truefalse": _w_truefalse,
    "multichoice": _w_multichoice,
    "shortanswer": _w_shortanswer,
    "numerical": _w_numerical,
    "match": _w_match,
}
