"""lrs_settings.encrypted_password: the LRS password is stored encrypted (a
Fernet token under a key derived from QUIZAPP_DATA_KEY else SECRET_KEY) in
place of the plain-text password column; a stored password is encrypted.

`flask db upgrade` builds the app, which refuses to start without SECRET_KEY,
so the key is always there. Run it with the key the app runs with: a password
encrypted under another key cannot be read, and /admin/lrs asks for it again.
Downgrading decrypts it back into the plain-text column.

Revision ID: 50a4f7c44dc1
Revises: c4e8a1d2f7b3
Create Date: 2026-12-02 07:05:00

"""
import base64
import logging

from alembic import op
import sqlalchemy as sa
from cryptography.fernet import Fernet, InvalidToken
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from flask import current_app


# revision identifiers, used by Alembic.
revision = "50a4f7c44dc1"
down_revision = "c4e8a1d2f7b3"
branch_labels = None
depends_on = None

log = logging.getLogger("alembic.env")
settings = sa.table(
    "lrs_settings",
    sa.column("id", sa.Integer),
    sa.column("password", sa.String),
    sa.column("encrypted_password", sa.Text),
)


def _fernet() -> Fernet:
    # The key quizapp/secrets_box.py uses for the LRS password, as of this
    # revision (written out so the migration does not change with the app).
    config = current_app.config
    key = config.get("DATA_KEY") or config["SECRET_KEY"]
    hkdf = HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=b"quizapp lrs password"
    )
    return Fernet(base64.urlsafe_b64encode(hkdf.derive(key.encode("utf-8"))))


def upgrade():
    with op.batch_alter_table("lrs_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("encrypted_password", sa.Text(), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(settings.c.id, settings.c.password).where(
            settings.c.password.is_not(None)
        )
    ).all()
    if rows:
        fernet = _fernet()
        for row_id, password in rows:
            token = fernet.encrypt(password.encode("utf-8")).decode("ascii")
            connection.execute(
                settings.update()
                .where(settings.c.id == row_id)
                .values(encrypted_password=token)
            )

    with op.batch_alter_table("lrs_settings", schema=None) as batch_op:
        batch_op.drop_column("password")


def downgrade():
    with op.batch_alter_table("lrs_settings", schema=None) as batch_op:
        batch_op.add_column(sa.Column("password", sa.String(length=200), nullable=True))

    connection = op.get_bind()
    rows = connection.execute(
        sa.select(settings.c.id, settings.c.encrypted_password).where(
            settings.c.encrypted_password.is_not(None)
        )
    ).all()
    if rows:
        fernet = _fernet()
        for row_id, token in rows:
            try:
                password = fernet.decrypt(token.encode("ascii")).decode("utf-8")
            except InvalidToken:
                log.warning(
                    "lrs_settings %s: the password was encrypted under another "
                    "key and is dropped; enter it again on /admin/lrs",
                    row_id,
                )
                continue
            connection.execute(
                settings.update()
                .where(settings.c.id == row_id)
                .values(password=password)
            )

    with op.batch_alter_table("lrs_settings", schema=None) as batch_op:
        batch_op.drop_column("encrypted_password")
