"""Migrations are the only way the schema is made: head must equal the models."""

import uuid
from datetime import datetime

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from flask_migrate import downgrade, upgrade
from sqlalchemy import create_engine, inspect, text
from sqlalchemy.engine import make_url

from quizapp.extensions import db
from quizapp.services import lrs_settings

from ..conftest import make_app


@pytest.fixture()
def empty_database_url(_database_url, tmp_path):
    """A brand-new empty database of the same kind as the test database."""
    url = make_url(_database_url)
    if url.get_backend_name() == "sqlite":
        yield f"sqlite:///{tmp_path / 'migrated.sqlite'}"
        return
    name = f"quizapp_migrations_{uuid.uuid4().hex[:8]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def test_upgrading_an_empty_database_to_head_matches_the_models(empty_database_url):
    app = make_app(empty_database_url)
    with app.app_context():
        upgrade()
        with db.engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn), db.metadata)
        assert diff == []
        downgrade(revision="base")
        assert inspect(db.engine).get_table_names() == ["alembic_version"]
        db.engine.dispose()


def test_upgrading_encrypts_a_stored_lrs_password_and_downgrading_restores_it(
    empty_database_url,
):
    settings = sa.table(
        "lrs_settings",
        *(sa.column(name) for name in ("id", "enabled", "endpoint", "username")),
        sa.column("password"),
        sa.column("updated_at", sa.DateTime),
    )
    app = make_app(empty_database_url)
    with app.app_context():
        upgrade(revision="c4e8a1d2f7b3")  # the password was stored as given
        with db.engine.begin() as conn:
            conn.execute(
                settings.insert().values(
                    id=1,
                    enabled=True,
                    endpoint="https://lrs.example.org/xapi/",
                    username="key",
                    password="plain-secret",
                    updated_at=datetime(2026, 12, 1),
                )
            )
        upgrade()
        with db.engine.connect() as conn:
            row = conn.execute(text("SELECT * FROM lrs_settings")).mappings().one()
        assert "password" not in row
        assert row["encrypted_password"].startswith("gAAAAA")
        assert not any("plain-secret" in str(value) for value in row.values())
        lrs_settings.refresh()
        assert lrs_settings.effective_lrs().password == "plain-secret"
        db.session.remove()  # release the row before the schema changes again

        downgrade(revision="c4e8a1d2f7b3")
        with db.engine.connect() as conn:
            password = conn.scalar(text("SELECT password FROM lrs_settings"))
        assert password == "plain-secret"
        downgrade(revision="base")
        db.engine.dispose()
