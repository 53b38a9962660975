"""Editing the questions imported from other systems (short answer, number,
matching) as lines of text, one accepted answer or pair per line.

    short_answer:  answer | credit % | feedback       ("press release | 100 | Yes")
    numeric:       number | tolerance | credit % | feedback   ("*" = anything else)
    matching:      left -> right   ("-> blog" adds an extra wrong answer)
"""

from __future__ import annotations

import copy
from typing import Any

from ..grading import get_checker
from ..models import Draft
from .authoring import AuthoringError, _save
from .draft_items import _item_or_error

TYPES = ("short_answer", "numeric", "matching")


def _percent(text: str, line: int) -> float:
    text = text.strip().rstrip("%").strip() or "100"
    try:
        return float(text) / 100
    except ValueError:
        raise AuthoringError(f"line {line}: credit must be a percentage") from None


def _number(text: str, line: int) -> float:
    try:
        return float(text.strip().replace(",", "."))
    except ValueError:
        raise AuthoringError(f"line {line}: {text.strip()!r} is not a number") from None


def answers_text(item: dict[str, Any]) -> str:
    """The item's answers or pairs as editable lines."""
    rows = []
    if item["type"] == "short_answer":
        for a in item.get("answers") or []:
            credit = f"{100 * float(a.get('fraction', 1)):g}"
            rows.append(" | ".join([str(a["text"]), credit, a.get("feedback", "")]))
    elif item["type"] == "numeric":
        for a in item.get("answers") or []:
            value = "*" if a["value"] == "*" else f"{float(a['value']):g}"
            credit = f"{100 * float(a.get('fraction', 1)):g}"
            tolerance = f"{float(a.get('tolerance', 0)):g}"
            rows.append(" | ".join([value, tolerance, credit, a.get("feedback", "")]))
    else:
        rows = [f"{p['left']} -> {p['right']}" for p in item.get("pairs") or []]
        rows += [f"-> {d}" for d in item.get("distractors") or []]
    return "\n".join(r.rstrip(" |") for r in rows)


def _parse(kind: str, text: str) -> dict[str, Any]:
    lines = [(n, line) for n, line in enumerate(text.splitlines(), 1) if line.strip()]
    if kind == "matching":
        pairs, extra = [], []
        for n, line in lines:
            if "->" not in line:
                raise AuthoringError(f"line {n}: write left -> right")
            left, right = (p.strip() for p in line.split("->", 1))
            if left:
                pairs.append({"id": f"p{len(pairs) + 1}", "left": left, "right": right})
            else:
                extra.append(right)
        return {"pairs": pairs, "distractors": extra}
    answers = []
    for n, line in lines:
        parts = [p.strip() for p in line.split("|")]
        if kind == "short_answer":
            parts += ["", ""]
            answer = {"text": parts[0], "fraction": _percent(parts[1], n)}
            feedback = parts[2]
        else:
            parts += ["", "", ""]
            value = "*" if parts[0] == "*" else _number(parts[0], n)
            answer = {"value": value, "fraction": _percent(parts[2], n)}
            if value != "*":
                answer["tolerance"] = _number(parts[1] or "0", n)
            feedback = parts[3]
        if feedback:
            answer["feedback"] = feedback
        answers.append(answer)
    return {"answers": answers}


def update_typed_question(
    draft: Draft, key: str, prompt: str, text: str, explanation: str, case: bool
) -> None:
    """Replace an imported question's prompt, answers (or pairs) and
    explanation; raises AuthoringError saying what is wrong."""
    data = copy.deepcopy(draft.data)
    _, item = _item_or_error(data, key, "questions")
    kind = item.get("type")
    if kind not in TYPES:
        raise AuthoringError("This question is edited on its own page.")
    for field in ("answers", "pairs", "distractors", "case_sensitive"):
        item.pop(field, None)
    item.update(_parse(kind, text))
    if not item.get("distractors"):
        item.pop("distractors", None)
    item["prompt"] = prompt.strip()
    item["explanation"] = explanation.strip()
    if kind == "short_answer" and case:
        item["case_sensitive"] = True
    if not item["prompt"]:
        raise AuthoringError("The question needs a prompt.")
    problems = get_checker(kind).validate_spec(item)
    if problems:
        raise AuthoringError("; ".join(problems).capitalize() + ".")
    item["reviewed"] = True
    _save(draft, data)
