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

The password is stored encrypted (`quizapp.secrets_box`, under QUIZAPP_DATA_KEY
else SECRET_KEY) and decrypted when the row is read into that cache. If the key
has changed since it was saved, the password cannot be read: sending stops (as
if no LRS were set, with one warning in the log) until an admin enters it again.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from flask import Flask, current_app
from sqlalchemy.exc import SQLAlchemyError

from .. import secrets_box
from ..extensions import db
from ..models import LrsSetting, User
from . import audit

log = logging.getLogger(__name__)
_CACHE = "lrs_settings"
_WARNED = "lrs_settings.unreadable_warned"
_NOTHING_STORED = object()
#: The stored password when this key cannot decrypt it.
_UNREADABLE = object()
UNREADABLE_MESSAGE = (
    "The stored password can no longer be read (the secret key changed); "
    "enter it again."
)


class LrsSettingsError(ValueError):
    """Settings that cannot be saved (the message says why)."""


@dataclass(frozen=True)
class Lrs:
    """Where statements go and under which IRI activities are named."""

    endpoint: str
    username: str
    password: str = field(repr=False)  # never in a log line
    base_iri: str | None


def valid_endpoint(url: str) -> bool:
    """An absolute http(s) URL with a host."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    return parts.scheme in ("http", "https") and bool(parts.hostname)


def _data_key(config) -> str:
    return config.get("DATA_KEY") or config["SECRET_KEY"]


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


def _decrypt(app: Flask, row: object) -> object:
    """The stored password in plain text, None, or _UNREADABLE (warned once)."""
    token = None if row is _NOTHING_STORED else row.encrypted_password
    if token is None:
        return None
    try:
        return secrets_box.unseal(
            token, _data_key(app.config), secrets_box.LRS_PASSWORD
        )
    except secrets_box.UnreadableSecret:
        if app.extensions.get(_WARNED) != token:
            app.extensions[_WARNED] = token
            log.warning(
                "xAPI: the stored LRS password can no longer be read (the "
                "secret key changed); nothing is sent until an admin enters "
                "it again on /admin/lrs"
            )
        return _UNREADABLE


def _cached(app: Flask) -> tuple[float, object, object]:
    cached = app.extensions.get(_CACHE)
    if cached is None or cached[0] <= time.monotonic():
        refresh(app)
        cached = app.extensions[_CACHE]
    return cached


def refresh(app: Flask | None = None) -> None:
    """Read the stored row again, decrypt its password once (and keep both for
    the TTL)."""
    app = app or current_app._get_current_object()
    ttl = float(app.config.get("LRS_SETTINGS_TTL", 30))
    row = _read()
    app.extensions[_CACHE] = (time.monotonic() + ttl, row, _decrypt(app, row))


def refresh_when_stale(app: Flask) -> None:
    """Read the stored row again once its TTL has run out."""
    _cached(app)


def stored() -> LrsSetting | None:
    """The admin's saved settings (a detached copy), if any."""
    row = _cached(current_app)[1]
    return None if row is _NOTHING_STORED else row


def password_unreadable() -> bool:
    """A password is stored but the current key cannot decrypt it."""
    return _cached(current_app)[2] is _UNREADABLE


def effective_lrs() -> Lrs | None:
    """The LRS to send statements to now, or None when sending is off."""
    config = current_app.config
    _, row, stored_password = _cached(current_app)
    if row is _NOTHING_STORED:
        if not config.get("XAPI_ENDPOINT"):
            return None
        return Lrs(
            config["XAPI_ENDPOINT"],
            config.get("XAPI_USERNAME") or "",
            config.get("XAPI_PASSWORD") or "",
            config.get("XAPI_BASE_IRI") or None,
        )
    if not row.enabled or not row.endpoint or stored_password is _UNREADABLE:
        return None
    password = (
        stored_password if stored_password is not None else config.get("XAPI_PASSWORD")
    )
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
    """Store the LRS settings (a None password keeps the one in use), the
    password encrypted."""
    endpoint = (endpoint or "").strip() or None
    base_iri = (base_iri or "").strip() or None
    if endpoint and not valid_endpoint(endpoint):
        raise LrsSettingsError("The endpoint must be an http:// or https:// URL.")
    if enabled and not endpoint:
        raise LrsSettingsError("Give the LRS endpoint to turn sending on.")
    if base_iri and not valid_endpoint(base_iri):
        raise LrsSettingsError("The base IRI must be an http:// or https:// URL.")
    row = db.session.get(LrsSetting, 1)
    app = current_app._get_current_object()
    if enabled and not password and row and _decrypt(app, row) is _UNREADABLE:
        raise LrsSettingsError(UNREADABLE_MESSAGE)
    if row is None:
        row = LrsSetting(id=1)
        db.session.add(row)
    row.enabled = enabled
    row.endpoint = endpoint
    row.username = (username or "").strip()
    if password:
        row.encrypted_password = secrets_box.seal(
            password, _data_key(current_app.config), secrets_box.LRS_PASSWORD
        )
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
