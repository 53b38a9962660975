"""Statements without the ORM's overhead on the answer path: portable
INSERT ... ON CONFLICT for SQLite and PostgreSQL, Core execution on the
session's connection, and persistent objects from values in hand."""

from __future__ import annotations

from sqlalchemy import inspect
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import make_transient_to_detached

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


def persistent(model, values: dict):
    """A persistent instance of `model` from a row's `values`, as if loaded,
    without a SELECT and without the constructor (building a User through
    its instrumented attribute sets took 20 times as long as filling it
    here). Held by the session: its own copy when it has one (`merge`, no
    load), else the new instance."""
    obj = model._sa_class_manager.new_instance()
    obj.__dict__.update(values)
    make_transient_to_detached(obj)  # as loaded: nothing to flush; sets its key
    if db.session.identity_map.get(inspect(obj).key) is not None:
        return db.session.merge(obj, load=False)
    db.session.add(obj)
    return obj
