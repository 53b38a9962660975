"""LTI 1.3: the platforms (LMSs) quizapp is registered in, and what their
launches left behind: deployments, the tool's key pair, linked users, courses
(mapped to classes), resource links with their line items, and the queue of
scores waiting to be sent to a gradebook."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..extensions import db
from ._base import utcnow


class LtiToolKey(db.Model):
    """The tool's RSA key pair: the private half signs deep-linking responses
    and service-token requests and is never shown; the public half is
    published at /lti/jwks. The newest key signs."""

    __tablename__ = "lti_tool_keys"

    id: Mapped[int] = mapped_column(primary_key=True)
    kid: Mapped[str] = mapped_column(String(64), unique=True)
    private_pem: Mapped[str] = mapped_column(Text)
    public_pem: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class LtiPlatform(db.Model):
    """One registration of quizapp in an LMS: (issuer, client id) and the
    platform's URLs."""

    __tablename__ = "lti_platforms"
    __table_args__ = (UniqueConstraint("issuer", "client_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    issuer: Mapped[str] = mapped_column(String(255))
    client_id: Mapped[str] = mapped_column(String(255))
    auth_login_url: Mapped[str] = mapped_column(String(500))
    auth_token_url: Mapped[str] = mapped_column(String(500))
    key_set_url: Mapped[str] = mapped_column(String(500))
    #: The `aud` of service-token requests when the platform wants another
    #: than the token URL (Moodle and Canvas do not).
    auth_audience: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    deployments: Mapped[list[LtiDeployment]] = relationship(
        back_populates="platform",
        cascade="all, delete-orphan",
        order_by="LtiDeployment.deployment_id",
    )


class LtiDeployment(db.Model):
    """A deployment id the platform may launch with."""

    __tablename__ = "lti_deployments"
    __table_args__ = (UniqueConstraint("platform_id", "deployment_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("lti_platforms.id", ondelete="CASCADE"), index=True
    )
    deployment_id: Mapped[str] = mapped_column(String(255))

    platform: Mapped[LtiPlatform] = relationship(back_populates="deployments")


class LtiUserLink(db.Model):
    """A quizapp account known to a platform as `subject` (the `sub` claim)."""

    __tablename__ = "lti_user_links"
    __table_args__ = (UniqueConstraint("platform_id", "subject"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("lti_platforms.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(255))
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    user = relationship("User")


class LtiContext(db.Model):
    """A course of the platform, mapped to a quizapp class; the roster URL
    (Names and Role Provisioning) as the last launch gave it."""

    __tablename__ = "lti_contexts"
    __table_args__ = (UniqueConstraint("platform_id", "context_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("lti_platforms.id", ondelete="CASCADE"), index=True
    )
    context_id: Mapped[str] = mapped_column(String(255))
    title: Mapped[str] = mapped_column(String(255), default="")
    #: Made when a teacher first launches from the course.
    classroom_id: Mapped[int | None] = mapped_column(
        ForeignKey("classrooms.id", ondelete="SET NULL"), unique=True
    )
    memberships_url: Mapped[str | None] = mapped_column(String(500))
    synced_at: Mapped[datetime | None]

    platform: Mapped[LtiPlatform] = relationship()
    classroom = relationship("Classroom")


class LtiResourceLink(db.Model):
    """An activity in a course that opens an exercise set (article)."""

    __tablename__ = "lti_resource_links"
    __table_args__ = (UniqueConstraint("platform_id", "resource_link_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    platform_id: Mapped[int] = mapped_column(
        ForeignKey("lti_platforms.id", ondelete="CASCADE"), index=True
    )
    resource_link_id: Mapped[str] = mapped_column(String(255))
    context_id: Mapped[int | None] = mapped_column(
        ForeignKey("lti_contexts.id", ondelete="CASCADE"), index=True
    )
    article_id: Mapped[int | None] = mapped_column(
        ForeignKey("articles.id", ondelete="SET NULL"), index=True
    )
    title: Mapped[str] = mapped_column(String(255), default="")

    platform: Mapped[LtiPlatform] = relationship()
    context: Mapped[LtiContext | None] = relationship()
    article = relationship("Article")
    line_item: Mapped[LtiLineItem | None] = relationship(
        back_populates="resource_link", uselist=False
    )


class LtiLineItem(db.Model):
    """The gradebook column of a resource link (AGS), with the scopes the
    platform granted."""

    __tablename__ = "lti_line_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    resource_link_id: Mapped[int] = mapped_column(
        ForeignKey("lti_resource_links.id", ondelete="CASCADE"), unique=True
    )
    url: Mapped[str] = mapped_column(String(500))
    scopes: Mapped[list[str]] = mapped_column(JSON, default=list)

    resource_link: Mapped[LtiResourceLink] = relationship(back_populates="line_item")


class LtiGradePassback(db.Model):
    """A score waiting for (or sent to) a line item. `status` is pending ->
    sending -> sent, or back to pending with `next_try_at` after a failure;
    a newer score for the same student and line item supersedes a pending
    one. A row is claimed (pending -> sending) by one sender only."""

    __tablename__ = "lti_grade_passbacks"

    id: Mapped[int] = mapped_column(primary_key=True)
    line_item_id: Mapped[int] = mapped_column(
        ForeignKey("lti_line_items.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(
        ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    subject: Mapped[str] = mapped_column(String(255))
    score_given: Mapped[float]
    score_maximum: Mapped[float]
    #: The AGS score timestamp (ISO 8601), fixed when the score was queued.
    scored_at: Mapped[str] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(12), default="pending", index=True)
    tries: Mapped[int] = mapped_column(default=0)
    next_try_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    sent_at: Mapped[datetime | None]

    line_item: Mapped[LtiLineItem] = relationship()
    user = relationship("User")


class LtiLaunchValue(db.Model):
    """pylti1p3's launch data storage (state, nonce, launch claims), kept in
    the database so it works across workers and inside an LMS iframe."""

    __tablename__ = "lti_launch_values"

    key: Mapped[str] = mapped_column(String(255), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)
    expires_at: Mapped[datetime] = mapped_column(index=True)
