from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, String
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ._base import utcnow


class AuditEvent(db.Model):
    """A security- or grade-relevant event: who did what to whom, when, from
    where. User ids are plain integers (no foreign key) so events outlive the
    accounts they name; deleting an account replaces its ids and labels with a
    pseudonym (`services.audit.pseudonymise`)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    #: A dotted name such as `login.failure` or `grade.override`.
    action: Mapped[str] = mapped_column(String(40), index=True)
    actor_id: Mapped[int | None] = mapped_column(index=True)
    #: The actor's username when the event happened (or a pseudonym).
    actor_label: Mapped[str | None] = mapped_column(String(60))
    subject_id: Mapped[int | None] = mapped_column(index=True)
    subject_label: Mapped[str | None] = mapped_column(String(60))
    #: The object the event is about, e.g. ("answer", 12).
    object_type: Mapped[str | None] = mapped_column(String(20))
    object_id: Mapped[int | None]
    client_address: Mapped[str | None] = mapped_column(String(64))
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class SiteSetting(db.Model):
    """A setting an admin changes in the app (e.g. the retention period)."""

    __tablename__ = "site_settings"

    key: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
