"""LTI 1.3 verbs: register a platform, admit a launch (account, class,
activity), answer a deep-linking request, sync a course roster.

pylti1p3 checks the messages (`services.lti_tool`); these verbs decide what a
checked launch means in quizapp and own the transactions. Scores going back
to gradebooks are in `services.lti_grades`.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from typing import Any

from pylti1p3.deep_link_resource import DeepLinkResource
from pylti1p3.lineitem import LineItem
from pylti1p3.names_roles import NamesRolesProvisioningService
from pylti1p3.service_connector import ServiceConnector
from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from ..extensions import db
from ..interop import lti as rules
from ..models import (
    Article,
    Classroom,
    LtiContext,
    LtiDeployment,
    LtiGradePassback,
    LtiLineItem,
    LtiPlatform,
    LtiResourceLink,
    LtiUserLink,
    Membership,
    User,
)
from ..models._base import utcnow
from . import audit, classrooms
from .assignments import max_points, set_exercises
from .lti_tool import http_session, registration_of


class LtiError(Exception):
    """A launch or request quizapp refuses; `status` is the HTTP code."""

    def __init__(self, message: str, status: int = 400):
        super().__init__(message)
        self.status = status


# ------------------------------------------------------------ registration


def platforms() -> list[LtiPlatform]:
    """Every registered platform, by name."""
    return list(db.session.scalars(select(LtiPlatform).order_by(LtiPlatform.name)))


def get_platform(platform_id: int) -> LtiPlatform | None:
    return db.session.get(LtiPlatform, platform_id)


def register_platform(actor: User, deployment_ids: list[str], **fields) -> LtiPlatform:
    """Register an LMS (name, issuer, client_id, auth_login_url,
    auth_token_url, key_set_url, auth_audience) with its deployment ids.
    Raises LtiError when (issuer, client id) is already registered."""
    platform = LtiPlatform(**fields)
    platform.deployments = [
        LtiDeployment(deployment_id=d) for d in dict.fromkeys(deployment_ids)
    ]
    db.session.add(platform)
    try:
        db.session.flush()
    except IntegrityError:
        db.session.rollback()
        raise LtiError("That issuer and client id are already registered.") from None
    audit.record(
        "lti.register", actor=actor, obj=("lti_platform", platform.id),
        details={"issuer": platform.issuer, "client_id": platform.client_id},
    )
    db.session.commit()
    return platform


def remove_platform(actor: User, platform: LtiPlatform) -> None:
    """Forget a platform and what its launches linked (accounts stay).

    Deleted here row by row, children first, rather than left to the foreign
    keys' ON DELETE CASCADE, which SQLite does not apply."""
    audit.record(
        "lti.remove", actor=actor, obj=("lti_platform", platform.id),
        details={"issuer": platform.issuer, "client_id": platform.client_id},
    )
    links = select(LtiResourceLink.id).where(LtiResourceLink.platform_id == platform.id)
    items = select(LtiLineItem.id).where(LtiLineItem.resource_link_id.in_(links))
    db.session.execute(
        delete(LtiGradePassback).where(LtiGradePassback.line_item_id.in_(items)))
    db.session.execute(delete(LtiLineItem).where(LtiLineItem.id.in_(items)))
    for model in (LtiResourceLink, LtiContext, LtiUserLink, LtiDeployment):
        db.session.execute(delete(model).where(model.platform_id == platform.id))
    db.session.delete(platform)
    db.session.commit()


# ------------------------------------------------------------------ launch


@dataclass
class Admission:
    """What a checked launch gave: who is logged in, and where they go."""

    user: User
    kind: str  # the LTI message type
    platform: LtiPlatform
    article: Article | None = None
    classroom: Classroom | None = None
    resource_link: LtiResourceLink | None = None


def admit_launch(issuer: str, client_id: str, claims: dict[str, Any]) -> Admission:
    """Link (or create) the account of a validated launch, map its course to
    a class and its resource link to an exercise set. Raises LtiError."""
    try:
        rules.require_claims(claims)
    except rules.ClaimsError as exc:
        raise LtiError(str(exc)) from None
    from .lti_tool import find_platform

    platform = find_platform(issuer, client_id)
    if platform is None:  # removed between the check and now
        raise LtiError("This LMS is not registered with quizapp.", 403)
    user = _linked_user(platform, claims)
    if not user.is_active:
        raise LtiError("This quizapp account is deactivated.", 403)
    admission = Admission(user, claims[rules.MESSAGE_TYPE], platform)
    context = _context(platform, claims, user)
    if context is not None and context.classroom is not None:
        admission.classroom = context.classroom
        _enrol(context.classroom, user)
    if admission.kind == "LtiResourceLinkRequest":
        link = _resource_link(platform, context, claims)
        admission.resource_link, admission.article = link, link.article
    user.last_login_at = utcnow()
    audit.record(
        "login.lti", actor=user, subject=user, details={"issuer": platform.issuer}
    )
    db.session.commit()
    return admission


def _linked_user(platform: LtiPlatform, claims: dict[str, Any]) -> User:
    subject = str(claims["sub"])
    link = db.session.scalar(
        select(LtiUserLink).where(
            LtiUserLink.platform_id == platform.id, LtiUserLink.subject == subject
        )
    )
    role = rules.quizapp_role(claims)
    if link is not None:
        user = link.user
        if role == "teacher" and user.role == "student":
            user.role = "teacher"  # the LMS says they teach now; never demoted
        return user
    digest = hashlib.sha256(f"{platform.id}:{subject}".encode()).hexdigest()
    # At most 30 characters, like every username (the login form's limit).
    user = User(username=f"lti-{platform.id}-{digest[:16]}", role=role)
    user.set_password(secrets.token_urlsafe(32))  # LMS login only
    db.session.add(user)
    db.session.flush()
    db.session.add(LtiUserLink(platform_id=platform.id, subject=subject, user=user))
    return user


def _context(
    platform: LtiPlatform, claims: dict[str, Any], user: User
) -> LtiContext | None:
    found = rules.context_of(claims)
    if found is None:
        return None
    context = db.session.scalar(
        select(LtiContext).where(
            LtiContext.platform_id == platform.id,
            LtiContext.context_id == found["id"],
        )
    )
    if context is None:
        context = LtiContext(platform_id=platform.id, context_id=found["id"])
        db.session.add(context)
    context.title = found["title"][:255]
    roster_url = (claims.get(rules.NRPS) or {}).get("context_memberships_url")
    if roster_url:
        context.memberships_url = roster_url[:500]
    if context.classroom_id is None and user.is_teacher:
        db.session.flush()
        context.classroom = classrooms.create_classroom(user, found["title"][:100])
    return context


def _enrol(classroom: Classroom, user: User) -> None:
    if user.role != "student":
        return
    known = db.session.scalar(
        select(Membership.id).where(
            Membership.classroom_id == classroom.id, Membership.user_id == user.id
        )
    )
    if known is None:
        db.session.add(Membership(classroom_id=classroom.id, user_id=user.id))


def _resource_link(
    platform: LtiPlatform, context: LtiContext | None, claims: dict[str, Any]
) -> LtiResourceLink:
    claim = claims[rules.RESOURCE_LINK]
    link = db.session.scalar(
        select(LtiResourceLink).where(
            LtiResourceLink.platform_id == platform.id,
            LtiResourceLink.resource_link_id == str(claim["id"]),
        )
    )
    if link is None:
        link = LtiResourceLink(platform_id=platform.id, resource_link_id=claim["id"])
        db.session.add(link)
    link.context = context
    link.title = str(claim.get("title") or "")[:255]
    slug = rules.article_slug(claims)
    if slug:
        article = db.session.scalar(
            select(Article).where(Article.slug == slug, Article.is_published)
        )
        link.article = article or link.article
    endpoint = claims.get(rules.AGS) or {}
    scopes = list(endpoint.get("scope") or [])
    if endpoint.get("lineitem") and rules.SCORE_SCOPE in scopes:
        if link.line_item is None:
            link.line_item = LtiLineItem(url=endpoint["lineitem"][:500])
        link.line_item.url = endpoint["lineitem"][:500]
        link.line_item.scopes = scopes
    return link


# ------------------------------------------------------------ deep linking


def linkable_sets(teacher: User) -> list[Article]:
    """The published exercise sets a teacher may add to a course: their own
    and the shared packs (an admin: all)."""
    query = select(Article).where(Article.is_published).order_by(Article.title)
    if teacher.role != "admin":
        query = query.where(
            (Article.owner_id == teacher.id) | Article.owner_id.is_(None)
        )
    return list(db.session.scalars(query))


def deep_link_response(launch, article: Article, launch_url: str) -> tuple[str, str]:
    """The signed LtiDeepLinkingResponse returning `article` as an
    ltiResourceLink (with a line item when it is scored): (JWT, return URL)."""
    resource = (
        DeepLinkResource()
        .set_url(launch_url)
        .set_title(article.title[:255])
        .set_custom_params({"quizapp_set": article.slug})
    )
    maximum = sum(max_points(e) for e in set_exercises(article))
    if maximum > 0:
        resource.set_lineitem(
            LineItem()
            .set_score_maximum(maximum)
            .set_label(article.title[:255])
            .set_resource_id(article.slug)
            .set_tag("quizapp")
        )
    deep_link = launch.get_deep_link()
    settings = launch.get_launch_data()[rules.DEEP_LINKING]
    return deep_link.get_response_jwt([resource]), settings["deep_link_return_url"]


# ----------------------------------------------------------- roster (NRPS)


def lms_course(teacher: User, classroom_id: int) -> LtiContext | None:
    """The LMS course mapped to a class the teacher owns (admins: any)."""
    classroom = classrooms.own_classroom(teacher, classroom_id)
    if classroom is None:
        return None
    return db.session.scalar(
        select(LtiContext).where(LtiContext.classroom_id == classroom.id)
    )


@dataclass
class RosterSync:
    added: int = 0
    linked: int = 0
    skipped: int = 0


def sync_roster(context: LtiContext) -> RosterSync:
    """Fetch the course roster (NRPS) and enrol its active learners in the
    class, creating linked accounts for learners who never launched.
    Raises LtiError when the platform gives no roster or refuses."""
    if not context.memberships_url or context.classroom is None:
        raise LtiError("The LMS has not offered this course's roster.", 409)
    connector = ServiceConnector(registration_of(context.platform), http_session())
    service = NamesRolesProvisioningService(
        connector, {"context_memberships_url": context.memberships_url}
    )
    try:
        members = service.get_members()
    except Exception as exc:  # network, refusal, bad JSON: all the LMS's side
        raise LtiError(f"The LMS did not give the roster: {exc}"[:300], 502) from exc
    result = RosterSync()
    known = _known_members(context.classroom)
    for member in members:
        if member.get("status", "Active") != "Active" or not member.get("user_id"):
            result.skipped += 1
            continue
        if rules.member_role(member) != "student":
            result.skipped += 1
            continue
        claims = {"sub": member["user_id"], rules.ROLES: member.get("roles") or []}
        user = _linked_user(context.platform, claims)
        result.linked += 1
        if user.id not in known and user.role == "student":
            db.session.add(
                Membership(classroom_id=context.classroom_id, user_id=user.id)
            )
            known.add(user.id)
            result.added += 1
    context.synced_at = utcnow()
    db.session.commit()
    return result


def _known_members(classroom: Classroom) -> set[int]:
    return set(
        db.session.scalars(
            select(Membership.user_id).where(Membership.classroom_id == classroom.id)
        )
    )
