"""PURE LTI 1.3 rules: what a launch's claims mean for quizapp.

Roles -> a quizapp role, the claims a launch must carry, the score sent to a
gradebook and when to try again after a failed send. No Flask, no database;
pylti1p3's role parser (itself pure) reads the role URIs.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pylti1p3.roles import (
    DesignerRole,
    StaffRole,
    StudentRole,
    TeacherRole,
    TeachingAssistantRole,
)

LTI = "https://purl.imsglobal.org/spec/lti/claim/"
MESSAGE_TYPE = LTI + "message_type"
DEPLOYMENT_ID = LTI + "deployment_id"
ROLES = LTI + "roles"
CONTEXT = LTI + "context"
RESOURCE_LINK = LTI + "resource_link"
CUSTOM = LTI + "custom"
DEEP_LINKING = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"
AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"
NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice"
SCORE_SCOPE = "https://purl.imsglobal.org/spec/lti-ags/scope/score"
ROSTER_SCOPE = (
    "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"
)

#: Claims every launch must carry (roles may be an empty list).
REQUIRED = ("sub", ROLES)
#: Seconds to wait before the n-th retry of a failed score (then the last, forever).
RETRY_DELAYS = (30, 120, 600, 1800, 3600, 6 * 3600)


class ClaimsError(ValueError):
    """A launch lacks a claim quizapp needs; the message names it."""


def quizapp_role(claims: dict[str, Any]) -> str:
    """"teacher" for instructors, course designers, teaching assistants and
    staff (context, institution or system roles); "student" otherwise."""
    for role in (TeacherRole, TeachingAssistantRole, DesignerRole, StaffRole):
        if role(claims).check():
            return "teacher"
    return "student"


def is_learner(claims: dict[str, Any]) -> bool:
    """True when the launch names a Learner (or Student) role."""
    return StudentRole(claims).check()


def missing_claims(claims: dict[str, Any]) -> list[str]:
    """The names of required claims that are absent or empty."""
    missing = [n for n in REQUIRED if claims.get(n) in (None, "") or n not in claims]
    kind = claims.get(MESSAGE_TYPE)
    if kind == "LtiResourceLinkRequest":
        if not (claims.get(RESOURCE_LINK) or {}).get("id"):
            missing.append(RESOURCE_LINK + ".id")
    return [n.removeprefix(LTI) for n in missing]


def require_claims(claims: dict[str, Any]) -> None:
    """Raise ClaimsError naming every missing claim."""
    missing = missing_claims(claims)
    if missing:
        raise ClaimsError("The launch is missing: " + ", ".join(missing) + ".")


def display_name(claims: dict[str, Any]) -> str:
    """The person's name as the platform gives it (may be empty)."""
    name = claims.get("name") or " ".join(
        p for p in (claims.get("given_name"), claims.get("family_name")) if p
    )
    return str(name or "").strip()


def context_of(claims: dict[str, Any]) -> dict[str, str] | None:
    """{"id", "title"} of the launch's course, or None outside a course."""
    context = claims.get(CONTEXT) or {}
    if not context.get("id"):
        return None
    title = context.get("title") or context.get("label") or "LMS course"
    return {"id": str(context["id"]), "title": str(title)}


def article_slug(claims: dict[str, Any]) -> str | None:
    """The exercise set a resource link opens: the `quizapp_set` custom
    parameter that deep linking put on it."""
    value = (claims.get(CUSTOM) or {}).get("quizapp_set")
    return str(value) if value else None


def member_role(member: dict[str, Any]) -> str:
    """A roster (NRPS) member's quizapp role, read like a launch's roles."""
    return quizapp_role({ROLES: member.get("roles") or []})


def score_body(
    score: float, maximum: float, subject: str, timestamp: str
) -> dict[str, Any]:
    """The AGS score of a finished exercise set: completed and fully graded."""
    return {
        "scoreGiven": round(max(0.0, min(score, maximum)), 4),
        "scoreMaximum": maximum,
        "activityProgress": "Completed",
        "gradingProgress": "FullyGraded",
        "timestamp": timestamp,
        "userId": subject,
    }


def next_try(tries: int, now: datetime) -> datetime:
    """When to send again after `tries` failed sends (backoff, capped)."""
    delay = RETRY_DELAYS[min(max(tries, 1), len(RETRY_DELAYS)) - 1]
    return now + timedelta(seconds=delay)


#: pylti1p3's refusal messages (their start) -> HTTP status and what to say.
REFUSALS = (
    ("Missing id_token", 400, "The LMS sent no id_token."),
    ("Missing state", 400, "The launch carries no state; start it again from the LMS."),
    ("State not found", 401, "The launch's state does not match this browser's "
     "login (cookies blocked, or the login expired): start it again from the LMS."),
    ("Invalid Nonce", 401, "This launch was already used or its nonce is unknown "
     "(a replayed launch)."),
    ('"nonce" is empty', 400, "The launch is missing: nonce."),
    ('"iss" is empty', 400, "The launch is missing: iss."),
    ("Registration not found", 403, "This LMS (issuer and client id) is not "
     "registered with quizapp; ask your quizapp administrator."),
    ("Could not find registration", 403, "This LMS (issuer and client id) is not "
     "registered with quizapp; ask your quizapp administrator."),
    ("Client id not registered", 403, "This client id is not registered for "
     "that issuer."),
    ("Unable to find deployment", 403, "This deployment of the tool is not "
     "registered with quizapp; ask your quizapp administrator to add its ID."),
    ("deployment_id is not set", 400, "The launch is missing: deployment_id."),
    ("Can't decode id_token: Signature has expired", 401, "The launch token has "
     "expired; open the activity again from the LMS."),
    ("Can't decode id_token: Signature verification failed", 401, "The launch "
     "token's signature is not valid."),
    ("Can't decode id_token", 401, "The launch token is not valid"),
    ("Unable to find public key", 401, "The launch token is signed with a key "
     "the LMS does not publish."),
    ("JWT KID not found", 401, "The launch token names no signing key (kid)."),
    ("Error during fetch URL", 502, "quizapp could not fetch the LMS's key set."),
    ("Invalid response from", 502, "The LMS's key set is not valid JSON."),
    ("Invalid id_token", 400, "The id_token is not a JWT."),
    ("Invalid JWT format", 400, "The id_token is not a JWT."),
    ("Could not find issuer", 400, "The login request is missing: iss."),
    ("Could not find login hint", 400, "The login request is missing: login_hint."),
    ("Missing Resource Link Id", 400, "The launch is missing: resource_link.id."),
    ("Must have a user (sub)", 400, "The launch is missing: sub."),
    ("Missing Roles Claim", 400, "The launch is missing: roles."),
    ("Missing Deep Linking Settings", 400, "The launch is missing: "
     "deep_linking_settings."),
    ("Unrecognized message type", 400, "quizapp does not handle this kind of "
     "LTI message."),
    ("Invalid message type", 400, "The launch is missing: message_type."),
)


def refusal(message: str) -> tuple[int, str]:
    """(HTTP status, plain words) for a launch or login pylti1p3 refused."""
    for start, status, words in REFUSALS:
        if message.startswith(start):
            if start == "Can't decode id_token" and ":" in message:
                words += ": " + message.split(":", 1)[1].strip()
            return status, words if words.endswith(".") else words + "."
    return 400, "The LTI message was refused: " + message[:200].rstrip(".") + "."
