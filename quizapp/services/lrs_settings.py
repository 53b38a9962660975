"""The Learning Record Store xAPI statements go to: what an admin saved in the
admin pages, else the XAPI_* environment variables.

Precedence: once an admin has saved the LRS page, the stored row decides
(endpoint, username, on/off); its blank password and base IRI fall back to
XAPI_PASSWORD and XAPI_BASE_IRI. With no stored row, the environment
variables alone decide, as before.

The answer path asks `effective_lrs()` on every answer, so the stored row is
kept in the process for `LRS_SETTINGS_TTL` seconds (30 by default) and
refreshed at the start of a request once that has run out: answering adds no
query, and another process sees a change within the TTL (this process at once).
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from flask import Flask, current_app
from sqlalchemy.exc import SQLAlchemyError

from ..extensions import db
from ..models import LrsSetting, User
from . import audit

_CACHE = "lrs_settings"
_NOTHING_STORED = object()


class LrsSettingsError(ValueError):
    """Settings that cannot be saved (the message says why)."""


@dataclass(frozen=True)
class Lrs:
    """Where statements go and under which IRI activities are named."""

    endpoint: str
    username: str
    password: str
    base_iri: str | None


def valid_endpoint(url: str) -> bool:
    """An absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _read() -> object:
    try:
        row = db.session.get(LrsSetting, 1)
    except SQLAlchemyError:  # not migrated yet: nothing stored
        db.session.rollback()
        return _NOTHING_STORED
    if row is None:
        return _NOTHING_STORED
    db.session.expunge(row)
    return row


def _stored(app: Flask) -> object:
    cached = app.extensions.get(_CACHE)
    if cached is None or cached[0] <= time.monotonic():
        refresh(app)
        cached = app.extensions[_CACHE]
    return cached[1]


def refresh(app: Flask | None = None) -> None:
    """Read the stored row again (and keep it for the TTL)."""
    app = app or current_app._get_current_object()
    ttl = float(app.config.get("LRS_SETTINGS_TTL", 30))
    app.extensions[_CACHE] = (time.monotonic() + ttl, _read())


def refresh_when_stale(app: Flask) -> None:
    cached = app.extensions.get(_CACHE)
    if cached is None or cached[0] <= time.monotonic():
        refresh(app)


def stored() -> LrsSetting | None:
    """The admin's saved settings (a detached copy), if any."""
    row = _stored(current_app)
    return None if row is _NOTHING_STORED else row


def effective_lrs() -> Lrs | None:
    """The LRS to send statements to now, or None when sending is off."""
    config = current_app.config
    row = stored()
    if row is None:
        if not config.get("XAPI_ENDPOINT"):
            return None
        return Lrs(
            config["XAPI_ENDPOINT"],
            config.get("XAPI_USERNAME") or "",
            config.get("XAPI_PASSWORD") or "",
            config.get("XAPI_BASE_IRI") or None,
        )
    if not row.enabled or not row.endpoint:
        return None
    password = row.password if row.password is not None else config.get("XAPI_PASSWORD")
    return Lrs(
        row.endpoint,
        row.username or "",
        password or "",
        row.base_iri or config.get("XAPI_BASE_IRI") or None,
    )


def save_lrs(
    admin: User,
    *,
    enabled: bool,
    endpoint: str | None,
    username: str,
    password: str | None,
    base_iri: str | None,
) -> LrsSetting:
    """Store the LRS settings (a None password keeps the one in use)."""
    endpoint = (endpoint or "").strip() or None
    base_iri = (base_iri or "").strip() or None
    if endpoint and not valid_endpoint(endpoint):
        raise LrsSettingsError("The endpoint must be an http:// or https:// URL.")
    if enabled and not endpoint:
        raise LrsSettingsError("Give the LRS endpoint to turn sending on.")
    if base_iri and not valid_endpoint(base_iri):
        raise LrsSettingsError("The base IRI must be an http:// or https:// URL.")
    row = db.session.get(LrsSetting, 1)
    if row is None:
        row = LrsSetting(id=1)
        db.session.add(row)
    row.enabled = enabled
    row.endpoint = endpoint
    row.username = (username or "").strip()
    if password:
        row.password = password
    row.base_iri = base_iri
    audit.record(
        "xapi.settings",
        actor=admin,
        obj=("lrs_settings", 1),
        details={
            "enabled": enabled,
            "endpoint": endpoint,
            "username": row.username,
            "base_iri": base_iri,
            "password_changed": bool(password),
        },
    )
    db.session.commit()
    refresh()
    return row


def init_app(app: Flask) -> None:
    """Refresh the cached row at the start of a request once it is stale."""
    app.before_request(lambda: refresh_when_stale(app))
