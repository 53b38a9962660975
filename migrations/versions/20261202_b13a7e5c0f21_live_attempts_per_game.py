"""attempts.live_game_id: the live game a "live" attempt was recorded from
(each question is recorded as it closes, into one attempt per member,
exercise and game).

Revision ID: b13a7e5c0f21
Revises: 3f6b96691a9f
Create Date: 2026-12-02 03:00:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = "b13a7e5c0f21"
down_revision = "3f6b96691a9f"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("live_game_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_attempts_live_game_id"), ["live_game_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_attempts_live_game_id_live_games"),
            "live_games",
            ["live_game_id"],
            ["id"],
        )


def downgrade():
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_attempts_live_game_id_live_games"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_attempts_live_game_id"))
        batch_op.drop_column("live_game_id")
