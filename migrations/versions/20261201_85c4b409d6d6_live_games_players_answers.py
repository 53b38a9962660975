"""Live classroom games: games, players and their answers; attempts.mode
("live" for attempts recorded from a live game).

Revision ID: 85c4b409d6d6
Revises: 5e1a7c2b9d40
Create Date: 2026-12-01 23:16:52.096237

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '85c4b409d6d6'
down_revision = '5e1a7c2b9d40'
branch_labels = None
depends_on = None


#: Each table's columns in order, one "name type" a line; "?" marks a
#: nullable column. Every table has the primary key "id".
TYPES = {
    "int": sa.Integer(),
    "bool": sa.Boolean(),
    "json": sa.JSON(),
    "float": sa.Double(),
    "time": sa.DateTime(),
    "str12": sa.String(length=12),
    "str16": sa.String(length=16),
    "str40": sa.String(length=40),
    "str80": sa.String(length=80),
    "str500": sa.String(length=500),
}
TABLES = {
    "live_games": """
        id int, pin str12, host_id int, article_id int, classroom_id int?,
        questions json, time_limit int?, is_speed_bonus bool, blocked_words json,
        state str16, question_index int, opened_at time?, closes_at time?,
        is_paused bool, remaining float?, seq int, created_at time,
        last_activity_at time, finished_at time?, is_recorded bool""",
    "live_players": """
        id int, game_id int, user_id int?, nickname str40, nickname_key str80,
        score int, correct int, is_removed bool, joined_at time""",
    "live_answers": """
        id int, game_id int, player_id int, question_index int, item_id int,
        response json, fraction float, feedback str500, details json, points int,
        elapsed_ms int, answered_at time""",
}
#: (table, column, referenced table), in the order they were created.
FOREIGN_KEYS = [
    ("live_games", "article_id", "articles"),
    ("live_games", "classroom_id", "classrooms"),
    ("live_games", "host_id", "users"),
    ("live_players", "game_id", "live_games"),
    ("live_players", "user_id", "users"),
    ("live_answers", "game_id", "live_games"),
    ("live_answers", "item_id", "items"),
    ("live_answers", "player_id", "live_players"),
]
UNIQUE = {
    "live_games": [("pin",)],
    "live_players": [("game_id", "nickname_key"), ("game_id", "user_id")],
    "live_answers": [("player_id", "question_index")],
}
#: Indexes named ix_<table>_<column>; live_answers also has a two-column one.
INDEXED = {
    "live_games": ["article_id", "classroom_id", "host_id"],
    "live_players": ["game_id", "user_id"],
    "live_answers": ["player_id"],
}


def _columns(table):
    for spec in TABLES[table].replace("\n", " ").split(","):
        name, kind = spec.split()
        nullable = kind.endswith("?")
        yield sa.Column(name, TYPES[kind.rstrip("?")], nullable=nullable)


def _constraints(table):
    for name, column, target in FOREIGN_KEYS:
        if name == table:
            yield sa.ForeignKeyConstraint(
                [column], [f"{target}.id"], name=op.f(f"fk_{table}_{column}_{target}")
            )
    yield sa.PrimaryKeyConstraint("id", name=op.f(f"pk_{table}"))
    for columns in UNIQUE[table]:
        yield sa.UniqueConstraint(
            *columns, name=op.f(f"uq_{table}_{'_'.join(columns)}")
        )


def upgrade():
    for table in TABLES:
        op.create_table(table, *_columns(table), *_constraints(table))
        with op.batch_alter_table(table, schema=None) as batch_op:
            if table == "live_answers":
                batch_op.create_index(
                    "ix_live_answers_game_question",
                    ["game_id", "question_index"],
                    unique=False,
                )
            for column in INDEXED[table]:
                batch_op.create_index(
                    batch_op.f(f"ix_{table}_{column}"), [column], unique=False
                )

    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "mode", sa.String(length=16), server_default="practice", nullable=False
            )
        )


def downgrade():
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_column("mode")

    for table in reversed(list(TABLES)):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column in reversed(INDEXED[table]):
                batch_op.drop_index(batch_op.f(f"ix_{table}_{column}"))
            if table == "live_answers":
                batch_op.drop_index("ix_live_answers_game_question")
        op.drop_table(table)
