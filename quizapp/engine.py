"""Per-connection database settings the engine options cannot express.

SQLite files run in WAL mode with `synchronous=NORMAL`: readers never wait for
the writer and a commit costs no fsync of the main file. The trade-off (SQLite's
documentation): a power cut or OS crash may lose the last commits, never the
file's consistency; an app crash loses nothing. An in-memory database keeps its
defaults.
"""

from __future__ import annotations

from flask import Flask
from sqlalchemy import event
from sqlalchemy.engine import Engine

from .config import SQLITE_BUSY_SECONDS
from .extensions import db


def tune_engines(app: Flask) -> None:
    """Hook the connection settings onto the app's engine(s)."""
    with app.app_context():
        engine = db.engine
    if engine.dialect.name == "sqlite" and not _in_memory(engine):
        event.listen(engine, "connect", _sqlite_pragmas)


def _in_memory(engine: Engine) -> bool:
    database = engine.url.database or ""
    return database in ("", ":memory:") or "mode=memory" in str(engine.url)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_SECONDS * 1000}")
    finally:
        cursor.close()
