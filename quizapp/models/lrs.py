from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from ..extensions import db
from ._base import utcnow


class LrsSetting(db.Model):
    """The Learning Record Store an admin configured in the admin pages (one
    row, id 1). When it exists it takes precedence over the XAPI_* environment
    variables (`services.lrs_settings.effective_lrs`)."""

    __tablename__ = "lrs_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    enabled: Mapped[bool] = mapped_column(default=True)
    endpoint: Mapped[str | None] = mapped_column(String(500))
    username: Mapped[str] = mapped_column(String(200), default="")
    #: The password as a Fernet token (`quizapp.secrets_box`, key from
    #: QUIZAPP_DATA_KEY else SECRET_KEY), never plain text; Text because a
    #: token is about 1.3 times the password's UTF-8 bytes plus 100.
    #: None: the XAPI_PASSWORD environment variable's value is used.
    encrypted_password: Mapped[str | None] = mapped_column(Text)
    #: None: XAPI_BASE_IRI, else the site's URL.
    base_iri: Mapped[str | None] = mapped_column(String(500))
    updated_at: Mapped[datetime] = mapped_column(default=utcnow, onupdate=utcnow)
