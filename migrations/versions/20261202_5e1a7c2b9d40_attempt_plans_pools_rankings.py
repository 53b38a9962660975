"""Attempt plans (option order, pool draw), exercise pools, class rankings.

Revision ID: 5e1a7c2b9d40
Revises: 7a1c0de5e11b
Create Date: 2026-12-02 00:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "5e1a7c2b9d40"
down_revision = "7a1c0de5e11b"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("plan", sa.JSON(), nullable=True))
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.add_column(sa.Column("draw_count", sa.Integer(), nullable=True))
    with op.batch_alter_table("classrooms", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "ranking", sa.String(length=16), nullable=False,
                server_default="points",
            )
        )
        batch_op.add_column(
            sa.Column(
                "ranking_min_items", sa.Integer(), nullable=False,
                server_default="10",
            )
        )


def downgrade():
    with op.batch_alter_table("classrooms", schema=None) as batch_op:
        batch_op.drop_column("ranking_min_items")
        batch_op.drop_column("ranking")
    with op.batch_alter_table("exercises", schema=None) as batch_op:
        batch_op.drop_column("draw_count")
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_column("plan")
