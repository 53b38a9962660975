"""Drafts keep the items a teacher deleted, so a deletion can be undone.

Revision ID: 7a1c0de5e11b
Revises: 02de6de05d6d
Create Date: 2026-12-01 23:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7a1c0de5e11b'
down_revision = '02de6de05d6d'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted_items', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_column('deleted_items')
