"""Drafts keep the items a teacher deleted, so a deletion can be undone.

Revision ID: 7a1c0de5e11b
Revises: 661cdf7f05e4
Create Date: 2026-12-01 23:40:00

"""
from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision = '7a1c0de5e11b'
down_revision = '661cdf7f05e4'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.add_column(sa.Column('deleted_items', sa.JSON(), nullable=True))


def downgrade():
    with op.batch_alter_table('drafts', schema=None) as batch_op:
        batch_op.drop_column('deleted_items')
