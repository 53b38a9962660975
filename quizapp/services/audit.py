"""The audit log: who did what to whom, when and from where.

`record` adds an event to the current transaction (the calling service
commits it with its own change, so the log and the change agree); events that
stand alone (a failed login) pass `commit=True`. Events name users by id and by
their username at the time; deleting an account replaces both with a
pseudonym (`pseudonymise`), so the log keeps the sequence of events but no
longer says whose they were.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta

from flask import current_app, has_request_context, request
from sqlalchemy import Select, or_, select, update

from ..extensions import db
from ..models import AuditEvent, Classroom, Membership, User

#: Every action the log records, with what it means (the admin page's filter).
ACTIONS = {
    "login.success": "Logged in",
    "login.failure": "Failed login",
    "login.lockout": "Logins paused after repeated failures",
    "logout": "Logged out",
    "logout.everywhere": "Logged out everywhere",
    "password.change": "Changed their password",
    "password.reset_issued": "Password reset code issued",
    "password.reset_used": "Password reset with a code",
    "role.change": "Role changed",
    "account.deactivate": "Account deactivated",
    "account.reactivate": "Account reactivated",
    "account.delete": "Account deleted",
    "grade.override": "Grade overridden",
    "grade.restore": "Automatic grade restored",
    "grade.regrade": "Answer regraded after a rubric change",
    "class.remove_student": "Student removed from a class",
    "pack.import": "Content pack imported",
    "pack.reimport": "Article updated from a re-imported content pack",
    "privacy.export": "Personal data downloaded",
    "privacy.purge": "Old attempts purged",
    "privacy.retention": "Retention period changed",
    "lti.register": "LMS platform registered",
    "lti.remove": "LMS platform removed",
    "login.lti": "Logged in from an LMS (LTI launch)",
    "xapi.settings": "Learning Record Store (xAPI) settings changed",
}
#: Events about grades, which teachers see for their own classes' students.
GRADE_ACTIONS = ("grade.override", "grade.restore", "grade.regrade")


def client_address() -> str | None:
    """The address of the client making the current request, if any."""
    return request.remote_addr if has_request_context() else None


def record(
    action: str,
    *,
    actor: User | None = None,
    subject: User | None = None,
    subject_label: str | None = None,
    obj: tuple[str, int] | None = None,
    details: dict | None = None,
    commit: bool = False,
) -> AuditEvent:
    """Log `action` by `actor` about `subject` (and the object `obj`)."""
    assert action in ACTIONS, action
    event = AuditEvent(
        action=action,
        actor_id=actor.id if actor else None,
        actor_label=actor.username if actor else None,
        subject_id=subject.id if subject else None,
        subject_label=(subject.username if subject else subject_label or None),
        object_type=obj[0] if obj else None,
        object_id=obj[1] if obj else None,
        client_address=client_address(),
        details=details or {},
    )
    if event.subject_label:
        event.subject_label = event.subject_label[:60]
    db.session.add(event)
    if commit:
        db.session.commit()
    return event


def pseudonym(user_id: int) -> str:
    """A stable label for a deleted user that does not say who they were."""
    key = current_app.config["SECRET_KEY"].encode()
    digest = hmac.new(key, f"user:{user_id}".encode(), hashlib.sha256).hexdigest()
    return f"deleted-{digest[:12]}"


def pseudonymise(user: User) -> None:
    """Replace `user`'s id, name and addresses in the log with a pseudonym."""
    label = pseudonym(user.id)
    db.session.execute(
        update(AuditEvent)
        .where(AuditEvent.actor_id == user.id)
        .values(actor_id=None, actor_label=label, client_address=None)
    )
    db.session.execute(
        update(AuditEvent)
        .where(
            or_(
                AuditEvent.subject_id == user.id,
                AuditEvent.subject_label == user.username,
            )
        )
        .values(subject_id=None, subject_label=label)
    )


@dataclass
class Filters:
    action: str = ""
    user: str = ""
    since: datetime | None = None
    until: datetime | None = None


def search(filters: Filters, limit: int = 200) -> list[AuditEvent]:
    """The newest events matching `filters` (an admin's view)."""
    query = _filtered(select(AuditEvent), filters)
    return list(db.session.scalars(_newest(query, limit)))


def grade_events(teacher: User, filters: Filters, limit: int = 200) -> list[AuditEvent]:
    """Grade events about students of `teacher`'s classes (admins: all)."""
    query = select(AuditEvent).where(AuditEvent.action.in_(GRADE_ACTIONS))
    if teacher.role != "admin":
        students = (
            select(Membership.user_id)
            .join(Classroom, Classroom.id == Membership.classroom_id)
            .where(Classroom.teacher_id == teacher.id)
        )
        query = query.where(AuditEvent.subject_id.in_(students))
    return list(db.session.scalars(_newest(_filtered(query, filters), limit)))


def object_history(object_type: str, object_id: int) -> list[AuditEvent]:
    """Every event about one object (e.g. an answer's overrides), oldest first."""
    return list(
        db.session.scalars(
            select(AuditEvent)
            .where(
                AuditEvent.object_type == object_type,
                AuditEvent.object_id == object_id,
            )
            .order_by(AuditEvent.created_at, AuditEvent.id)
        )
    )


def _filtered(query: Select, filters: Filters) -> Select:
    if filters.action:
        query = query.where(AuditEvent.action == filters.action)
    if filters.user.strip():
        needle = filters.user.strip().lower()
        query = query.where(
            or_(AuditEvent.actor_label == needle, AuditEvent.subject_label == needle)
        )
    if filters.since:
        query = query.where(AuditEvent.created_at >= filters.since)
    if filters.until:
        query = query.where(AuditEvent.created_at < filters.until + timedelta(days=1))
    return query


def _newest(query: Select, limit: int) -> Select:
    return query.order_by(AuditEvent.created_at.desc(), AuditEvent.id.desc()).limit(
        limit
    )
