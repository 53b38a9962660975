"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db


def insert_for_dialect(model):
    """An INSERT of the session's dialect that supports `on_conflict_*`."""
    dialect = db.session.get_bind().dialect.name
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(model)
