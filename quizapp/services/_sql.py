"""Portable INSERT ... ON CONFLICT for SQLite and PostgreSQL."""

from __future__ import annotations

from sqlalchemy.dialects import postgresql, sqlite

from ..extensions import db


def insert_for_dialect(model):
    """An INSERT of the session's dialect that supports `on_conflict_*`."""
    return insert_for(db.session.get_bind().dialect.name, model)


def insert_for(dialect: str, target):
    """An INSERT for the dialect named `dialect` that supports `on_conflict_*`."""
    module = postgresql if dialect == "postgresql" else sqlite
    return module.insert(target)


def run(statement, params=None):
    """Execute a Core statement on the session's connection, inside its
    transaction, without the ORM's execution layer (which costs more than
    running a small statement: the answer path's statements go through here)."""
    return db.session.connection().execute(statement, params)
