"""Reading GIFT, Moodle's plain-text question format.

Follows what Moodle's own importer (question/format/gift/format.php) does, as
described in the interop README: questions are separated by blank lines, `//`
lines are comments (`[id:x]` and `[tag:y]` in them set idnumber and tags), the
answer block in braces decides the type. The question dicts use the normalised
shape of `quizapp.interop.shape`. Pure: no Flask, no database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .. import shape
from ..shape import FORMATS, InteropError, fmt_text, php_trim

ENCODING_MESSAGE = (
    "The file you selected does not use UTF-8 character encoding. "
    "GIFT format files must use UTF-8."
)

# Escaped control characters are swapped for private-use placeholders while the
# question is taken apart, then put back (Moodle's escapedchar_pre/_post).
_ESCAPES = {":": "\ue000", "#": "\ue001", "=": "\ue002", "{": "\ue003"}
_ESCAPES |= {"}": "\ue004", "~": "\ue005", "n": "\ue006"}
_BACKSLASH = "\ue007"
_UNESCAPE = {v: ("\n" if k == "n" else k) for k, v in _ESCAPES.items()}
_WEIGHT = re.compile(r"^%-*([0-9]{1,2})\.?([0-9]*)%")
_TF = {"T", "TRUE", "F", "FALSE"}


@dataclass
class ParseResult:
    """What a GIFT file holds: records in order, and the questions refused."""

    questions: list[dict[str, Any]] = field(default_factory=list)
    errors: list[dict[str, Any]] = field(default_factory=list)


class _Malformed(Exception):
    pass


def decode(data: bytes) -> str:
    """The file's text; InteropError with Moodle's message when not UTF-8."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise InteropError(ENCODING_MESSAGE) from None
    return text.removeprefix("\ufeff")


def parse(text: str | bytes, *, trim_lines: bool = True) -> list[dict[str, Any]]:
    """The questions (and $CATEGORY records) of a GIFT text; malformed ones are
    left out (`parse_report` says which)."""
    return parse_report(text, trim_lines=trim_lines).questions


def parse_report(text: str | bytes, *, trim_lines: bool = True) -> ParseResult:
    """Parse GIFT, keeping every good question and reporting each bad one with
    its first line. `trim_lines` is what a file upload does in Moodle (every line
    stripped); False keeps indentation, as Moodle's unit tests do."""
    if isinstance(text, bytes):
        text = decode(text)
    text = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    result = ParseResult()
    block: list[str] = []
    start = 0
    for number, raw in enumerate([*text.split("\n"), ""], start=1):
        line = php_trim(raw)
        if not line:
            if block:
                _read(block, start, result)
                block = []
            continue
        if not block:
            start = number
        block.append(line if trim_lines else raw)
    return result


def _read(lines: list[str], line: int, result: ParseResult) -> None:
    try:
        question = read_question(lines)
    except _Malformed as exc:
        snippet = php_trim(" ".join(php_trim(x) for x in lines))[:120]
        result.errors.append({"line": line, "message": str(exc), "text": snippet})
        return
    if question is not None:
        result.questions.append(question)


def _pre(text: str) -> str:
    text = text.replace("\\\\", _BACKSLASH)
    for char, placeholder in _ESCAPES.items():
        text = text.replace("\\" + char, placeholder)
    return text.replace(_BACKSLASH, "\\")


def _post(text: str) -> str:
    for placeholder, char in _UNESCAPE.items():
        text = text.replace(placeholder, char)
    return text


def _with_format(text: str, default: str = "moodle") -> dict[str, str]:
    """A text that may start with [html], [moodle], [plain] or [markdown]."""
    out = {"text": text, "format": default}
    if text.startswith("["):
        end = text.find("]")
        name = text[1:end] if end > 0 else ""
        if name in FORMATS:
            out = {"text": text[end + 1 :], "format": name}
    out["text"] = php_trim(_post(out["text"]))
    return out


def _comment(answer: str, default: str) -> tuple[dict[str, str], dict[str, str]]:
    bits = answer.split("#", 1)
    text = _with_format(php_trim(bits[0]), default)
    feedback = _with_format(php_trim(bits[1]), default) if len(bits) > 1 else None
    return text, feedback or fmt_text("", default)


def _weight(answer: str) -> tuple[float, str]:
    body = answer[1:]
    end = body.find("%")
    raw = body[:end]
    try:
        weight = float(raw) / 100
    except ValueError:
        weight = 0.0
    return weight, body[end + 1 :]


def _weighted(answer: str, fmt) -> tuple[float, dict, str]:
    """A `=` answer of a short-answer or numerical question: its weight (1 when
    it has no `%n%`), its text and its feedback."""
    answer = php_trim(answer)
    weight = 1.0
    if _WEIGHT.match(answer):
        weight, answer = _weight(answer)
    text, feedback = _comment(answer, fmt)
    return weight, text, feedback


def _split(answertext: str, sep: str) -> list[str]:
    parts = answertext.split(sep)
    parts[0] = php_trim(parts[0])
    return parts[1:] if not parts[0] else parts


def read_question(lines: list[str]) -> dict[str, Any] | None:
    """One question from its lines (Moodle's readquestion); None when empty."""
    comments = ""
    kept = []
    for line in lines:
        if php_trim(line).startswith("//"):
            comments += php_trim(line) + "\n"
            kept.append(" ")
        else:
            kept.append(line)
    text = php_trim("\n".join(kept))
    if not text:
        return None
    text = _pre(text)
    if text.startswith("$CATEGORY:"):
        return {"type": "category", "category": php_trim(text[10:])}
    name: str | None = None
    if text.startswith("::"):
        text = text[2:]
        end = text.find("::")
        if end >= 0:
            name = shape.clean_name(_post(text[:end]))
            text = php_trim(text[end + 2 :])
    start, finish = text.find("{"), text.find("}")
    description = start < 0 and finish < 0
    if description:
        answertext, questiontext = "", text
    elif start < 0 or finish < 0:
        raise _Malformed("Could not find a {...} around answers")
    else:
        answertext = php_trim(text[start + 1 : finish])
        blank = "" if text.endswith("}") else "_____"
        questiontext = text[:start] + blank + text[finish + 1 :]
    general = ""
    gf = answertext.rfind("####")
    if gf >= 0:
        general = answertext[gf + 4 :]
        answertext = php_trim(answertext[:gf])
    qtext = _with_format(questiontext)
    fmt = qtext["format"]
    q = shape.new_question(
        "description" if description else _type_of(answertext),
        name if name is not None else shape.default_name(qtext["text"]),
        qtext["text"],
        fmt,
    )
    q["general_feedback"] = _with_format(general, fmt)
    q["idnumber"], q["tags"] = _id_and_tags(comments)
    return _FILL[q["type"]](q, answertext, fmt)


def _type_of(answertext: str) -> str:
    if answertext == "":
        return "essay"
    if answertext.startswith("#"):
        return "numerical"
    if "~" in answertext:
        return "multichoice"
    if "=" in answertext and "->" in answertext:
        return "match"
    check = answertext
    if answertext.find("#") > 0:
        check = php_trim(answertext[: answertext.find("#")])
    return "truefalse" if check in _TF else "shortanswer"


def _description(q, answertext, fmt):
    q["default_mark"] = 0.0
    return q


def _essay(q, answertext, fmt):
    return shape.essay_defaults(q)


def _multichoice(q, answertext, fmt):
    q["single"] = "=" in answertext
    q["shuffle_answers"] = True
    q["answer_numbering"] = "abc"
    answers = _split(answertext.replace("=", "~="), "~")
    if len(answers) < 2:
        raise _Malformed("There must be at least 2 choices")
    q["answers"] = []
    for answer in answers:
        answer = php_trim(answer)
        if answer.startswith("="):
            weight, answer = 1.0, answer[1:]
        elif _WEIGHT.match(answer):
            weight, answer = _weight(answer)
        else:
            weight = 0.0
        text, feedback = _comment(answer, fmt)
        q["answers"].append(shape.choice(text, weight, feedback))
    q["combined_feedback"] = shape.blank_combined(fmt)
    return q


def _match(q, answertext, fmt):
    q["shuffle_answers"] = True
    answers = _split(answertext, "=")
    if len(answers) < 2:
        raise _Malformed("There must be at least 2 choices")
    q["pairs"] = []
    for answer in answers:
        answer = php_trim(answer)
        if "->" not in answer:
            raise _Malformed("Error in matching question: the answer needs '->'")
        left, right = answer.split("->", 1)
        sub = _with_format(left, fmt)
        q["pairs"].append(
            {
                "question": sub,
                "answer": php_trim(_post(right)),
                "distractor_only": sub["text"] == "",
            }
        )
    q["combined_feedback"] = shape.blank_combined(fmt)
    return q


def _truefalse(q, answertext, fmt):
    bits = answertext.split("#", 2)
    parts = [_with_format(php_trim(b), fmt) for b in bits]
    parts += [fmt_text("", fmt)] * (3 - len(parts))
    answer, wrong, right = parts
    value = answer["text"] in ("T", "TRUE")
    q["penalty"] = 1.0
    q["correct_answer"] = value
    q["answers"] = shape.truefalse_answers(
        value, right if value else wrong, wrong if value else right
    )
    return q


def _shortanswer(q, answertext, fmt):
    q["case_sensitive"] = False
    answers = _split(answertext, "=")
    if not answers:
        raise _Malformed("There must be at least 1 answer")
    q["answers"] = []
    for answer in answers:
        weight, text, feedback = _weighted(answer, fmt)
        q["answers"].append(shape.short(text["text"], weight, feedback))
    return q


def _number(value: str) -> float:
    try:
        return float(php_trim(value))
    except ValueError:
        raise _Malformed("Error: the answer must be a number") from None


def _numerical(q, answertext, fmt):
    answertext = answertext[1:]
    wrong = ""
    if "~" in answertext:
        pos = answertext.find("~")
        wrong, answertext = answertext[pos:], answertext[:pos]
    answers = _split(answertext, "=")
    if not answers:
        raise _Malformed("No answers found for the numerical question")
    q["answers"] = []
    for answer in answers:
        weight, text, feedback = _weighted(answer, fmt)
        body = text["text"]
        if body.find("..") > 0:
            low, high = body.split("..", 1)
            value = (_number(high) + _number(low)) / 2
            tolerance = _number(high) - value
        elif body.find(":") > 0:
            value_text, tol_text = body.split(":", 1)
            value, tolerance = _number(value_text), _number(tol_text)
        else:
            value, tolerance = _number(body), 0.0
        q["answers"].append(shape.numeric(value, tolerance, weight, feedback))
    if wrong:
        _, feedback = _comment(wrong, fmt)
        q["answers"].append(shape.numeric("*", None, 0.0, feedback))
    return q


_FILL = {
    "description": _description,
    "essay": _essay,
    "multichoice": _multichoice,
    "match": _match,
    "truefalse": _truefalse,
    "shortanswer": _shortanswer,
    "numerical": _numerical,
}

_ID = re.compile(r"\[id:((?:\\]|[^\]\x00-\x1f\x7f])+)]")
_TAG = re.compile(r"\[tag:((?:\\]|[^\]<>`\x00-\x1f\x7f])*)]")


def _id_and_tags(comments: str) -> tuple[str, list[str]]:
    match = _ID.search(comments)
    idnumber = php_trim(match.group(1)).replace("\\]", "]") if match else ""
    tags = [php_trim(t).replace("\\]", "]") for t in _TAG.findall(comments)]
    return idnumber, tags
