"""xAPI 1.0.3 statements: what quizapp sends a Learning Record Store, and the
rules an LRS checks them against (`problems`).

`answered` and `completed` build statements from plain values; `problems`
lists what makes a statement invalid (checked against the ADL LRS conformance
suite's composed cases in tests/unit/interop/test_xapi.py). Pure: no Flask.
"""

from __future__ import annotations

import re
import uuid
from typing import Any

VERBS = {
    "answered": "http://adlnet.gov/expapi/verbs/answered",
    "completed": "http://adlnet.gov/expapi/verbs/completed",
}
INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
INTERACTION_TYPES = (
    "true-false",
    "choice",
    "fill-in",
    "long-fill-in",
    "matching",
    "performance",
    "sequencing",
    "likert",
    "numeric",
    "other",
)
_IRI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_DURATION = re.compile(
    r"^P(?:\d+(?:\.\d+)?W|(?=\d|T\d)(?:\d+Y)?(?:\d+M)?(?:\d+D)?"
    r"(?:T(?=\d)(?:\d+H)?(?:\d+M)?(?:\d+(?:\.\d+)?S)?)?)$"
)
_TIMESTAMP = re.compile(
    r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:?\d\d)$"
)


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _is_iri(value: Any) -> bool:
    return isinstance(value, str) and bool(_IRI.match(value))


def _language_map(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def _extensions(value: Any, where: str, out: list[str]) -> None:
    if not isinstance(value, dict):
        out.append(f"{where}.extensions must be an object")
    elif not all(_is_iri(k) for k in value):
        out.append(f"{where}.extensions keys must be IRIs")


def _actor(actor: Any, where: str, out: list[str]) -> None:
    if not isinstance(actor, dict):
        out.append(f"{where} must be an object")
        return
    ifis = [k for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in actor]
    if actor.get("objectType") == "Group" and not ifis:
        return  # an anonymous group
    if len(ifis) != 1:
        out.append(f"{where} needs exactly one identifier (mbox, account...)")
    if "mbox" in actor and not str(actor["mbox"]).startswith("mailto:"):
        out.append(f"{where}.mbox must be a mailto: IRI")
    account = actor.get("account")
    if account is not None and (
        not isinstance(account, dict)
        or not _is_iri(account.get("homePage"))
        or not isinstance(account.get("name"), str)
    ):
        out.append(f"{where}.account needs a homePage IRI and a name")


def _verb(verb: Any, where: str, out: list[str]) -> None:
    if not isinstance(verb, dict) or "id" not in verb:
        out.append(f"{where} needs an id")
        return
    if not _is_iri(verb["id"]):
        out.append(f"{where}.id must be an IRI")
    if "display" in verb and not _language_map(verb["display"]):
        out.append(f"{where}.display must be a language map")


def _definition(definition: Any, where: str, out: list[str]) -> None:
    if not isinstance(definition, dict):
        out.append(f"{where} must be an object")
        return
    for key in ("name", "description"):
        if key in definition and not _language_map(definition[key]):
            out.append(f"{where}.{key} must be a language map")
    for key in ("type", "moreInfo"):
        if key in definition and not _is_iri(definition[key]):
            out.append(f"{where}.{key} must be an IRI")
    kind = definition.get("interactionType")
    if "interactionType" in definition and kind not in INTERACTION_TYPES:
        out.append(f"{where}.interactionType must be one of the xAPI types")
    pattern = definition.get("correctResponsesPattern")
    if pattern is not None and not (
        isinstance(pattern, list) and all(isinstance(p, str) for p in pattern)
    ):
        out.append(f"{where}.correctResponsesPattern must be a list of strings")
    for key in ("choices", "scale", "source", "target", "steps"):
        components = definition.get(key)
        if components is None:
            continue
        if not isinstance(components, list) or not all(
            isinstance(c, dict)
            and isinstance(c.get("id"), str)
            and _language_map(c.get("description", {}))
            for c in components
        ):
            out.append(f"{where}.{key} must be a list of {{id, description}}")
    if "extensions" in definition:
        _extensions(definition["extensions"], where, out)


def _object(obj: Any, where: str, out: list[str], nested: bool) -> None:
    if not isinstance(obj, dict):
        out.append(f"{where} must be an object")
        return
    kind = obj.get("objectType", "Activity")
    if kind == "Activity":
        if "id" not in obj:
            out.append(f"{where} needs an id")
        elif not _is_iri(obj["id"]):
            out.append(f"{where}.id must be an IRI")
        if "definition" in obj:
            _definition(obj["definition"], f"{where}.definition", out)
    elif kind in ("Agent", "Group"):
        _actor(obj, where, out)
    elif kind == "StatementRef":
        if not isinstance(obj.get("id"), str):
            out.append(f"{where} needs a statement id")
    elif kind == "SubStatement" and not nested:
        for key in ("id", "stored", "version", "authority"):
            if key in obj:
                out.append(f"{where} must not have {key}")
        _statement(obj, where, out, nested=True)
    else:
        out.append(f"{where}.objectType {kind!r} is not allowed here")


def _score(score: Any, out: list[str]) -> None:
    if not isinstance(score, dict):
        out.append("result.score must be an object")
        return
    for key in ("scaled", "raw", "min", "max"):
        if key in score and not _is_number(score[key]):
            out.append(f"result.score.{key} must be a number")
            return
    if "scaled" in score and not -1 <= score["scaled"] <= 1:
        out.append("result.score.scaled must be between -1 and 1")
    low, high = score.get("min"), score.get("max")
    if low is not None and high is not None and low >= high:
        out.append("result.score.min must be less than max")
    raw = score.get("raw")
    if raw is not None and (
        (low is not None and raw < low) or (high is not None and raw > high)
    ):
        out.append("result.score.raw must be between min and max")


def _result(result: Any, out: list[str]) -> None:
    if not isinstance(result, dict):
        out.append("result must be an object")
        return
    if "score" in result:
        _score(result["score"], out)
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            out.append(f"result.{key} must be true or false")
    if "response" in result and not isinstance(result["response"], str):
        out.append("result.response must be a string")
    duration = result.get("duration")
    if "duration" in result and not (
        isinstance(duration, str) and _DURATION.match(duration)
    ):
        out.append("result.duration must be an ISO 8601 duration")
    if "extensions" in result:
        _extensions(result["extensions"], "result", out)


def _statement(s: Any, where: str, out: list[str], nested: bool = False) -> None:
    if not isinstance(s, dict):
        out.append(f"{where} must be an object")
        return
    _actor(s.get("actor"), f"{where}.actor", out)
    _verb(s.get("verb"), f"{where}.verb", out)
    _object(s.get("object"), f"{where}.object", out, nested)
    if "result" in s:
        _result(s["result"], out)
    if "timestamp" in s and not (
        isinstance(s["timestamp"], str) and _TIMESTAMP.match(s["timestamp"])
    ):
        out.append(f"{where}.timestamp must be an ISO 8601 date and time")
    if "id" in s and not nested:
        try:
            uuid.UUID(str(s["id"]))
        except ValueError:
            out.append(f"{where}.id must be a UUID")


def problems(statement: Any) -> list[str]:
    """Why an LRS would refuse the statement; empty when it is valid."""
    out: list[str] = []
    _statement(statement, "statement", out)
    return out


# ------------------------------------------------------------------ building


def actor(home_page: str, name: str, display: str = "") -> dict[str, Any]:
    """An agent identified by an account on this quizapp (no e-mail needed)."""
    agent: dict[str, Any] = {
        "objectType": "Agent",
        "account": {"homePage": home_page, "name": name},
    }
    if display:
        agent["name"] = display
    return agent


def activity(
    activity_id: str,
    name: str,
    description: str = "",
    interaction: str | None = None,
    correct: list[str] | None = None,
    choices: list[tuple[str, str]] | None = None,
) -> dict[str, Any]:
    """An activity: a question (with its interaction definition) or a set."""
    definition: dict[str, Any] = {
        "name": {"en": name[:500]},
        "type": INTERACTION if interaction else ASSESSMENT,
    }
    if description:
        definition["description"] = {"en": description[:2000]}
    if interaction:
        definition["interactionType"] = interaction
        if correct is not None:
            definition["correctResponsesPattern"] = correct
        if choices:
            definition["choices"] = [
                {"id": cid, "description": {"en": text}} for cid, text in choices
            ]
    return {"objectType": "Activity", "id": activity_id, "definition": definition}


def _result_of(score: float, max_score: float, **extra) -> dict[str, Any]:
    scaled = round(score / max_score, 4) if max_score else 0.0
    result = {
        "score": {
            "scaled": max(-1.0, min(1.0, scaled)),
            "raw": round(score, 4),
            "min": 0,
            "max": round(max_score, 4),
        },
        "success": bool(max_score) and score >= max_score,
    }
    result.update({k: v for k, v in extra.items() if v is not None})
    return result


def statement(
    verb: str,
    agent: dict[str, Any],
    obj: dict[str, Any],
    result: dict[str, Any],
    timestamp: str,
    parent: str | None = None,
    statement_id: str | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": statement_id or str(uuid.uuid4()),
        "actor": agent,
        "verb": {"id": VERBS[verb], "display": {"en-US": verb}},
        "object": obj,
        "result": result,
        "timestamp": timestamp,
    }
    if parent:
        out["context"] = {
            "contextActivities": {"parent": [{"objectType": "Activity", "id": parent}]}
        }
    return out


def answered(agent, obj, score, max_score, response: str, timestamp, parent=None):
    """An `answered` statement: the learner's response and its score."""
    result = _result_of(score, max_score, response=response[:2000])
    return statement("answered", agent, obj, result, timestamp, parent)


def completed(agent, obj, score, max_score, timestamp, duration: str | None = None):
    """A `completed` statement for a finished attempt at an exercise."""
    result = _result_of(score, max_score, completion=True, duration=duration)
    return statement("completed", agent, obj, result, timestamp)


def iso_duration(seconds: float) -> str:
    """Seconds as an ISO 8601 duration (PT1H2M3.5S)."""
    seconds = max(0.0, seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    out = "PT"
    if hours:
        out += f"{int(hours)}H"
    if minutes:
        out += f"{int(minutes)}M"
    return out + f"{round(secs, 2):g}S"
