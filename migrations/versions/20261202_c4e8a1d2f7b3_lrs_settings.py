"""lrs_settings: the Learning Record Store an admin configures in the admin
pages (takes precedence over the XAPI_* environment variables).

Revision ID: c4e8a1d2f7b3
Revises: b13a7e5c0f21
Create Date: 2026-12-02 04:50:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "c4e8a1d2f7b3"
down_revision = "b13a7e5c0f21"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "lrs_settings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enabled", sa.Boolean(), nullable=False),
        sa.Column("endpoint", sa.String(length=500), nullable=True),
        sa.Column("username", sa.String(length=200), nullable=False),
        sa.Column("password", sa.String(length=200), nullable=True),
        sa.Column("base_iri", sa.String(length=500), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_lrs_settings")),
    )


def downgrade():
    op.drop_table("lrs_settings")
