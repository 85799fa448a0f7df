"""mention follow-up index: the digest's "Follow-ups due" looks mentions up by brand and day

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 00:30:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | Sequence[str] | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.create_index("ix_mention_brand_follow_up", ["brand", "follow_up_on"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_brand_follow_up")
