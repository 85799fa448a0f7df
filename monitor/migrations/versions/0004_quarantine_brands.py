"""quarantine, post metadata and edits, one row per post and brand

A post that names two watched brands gets one mention row per brand, so the unique key
becomes ``(source, external_id, brand)``; existing rows are unique on the narrower key
already and carry over unchanged. ``meta`` starts as ``{}`` and ``edited_at`` as NULL.

Revision ID: 0004
Revises: 0002
Create Date: 2026-11-29 19:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import monitor.models

revision: str = "0004"
down_revision: str | Sequence[str] | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("partition", sqlmodel.sql.sqltypes.AutoString(length=128), nullable=False),
        sa.Column("item", sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
        sa.Column("raw", sqlmodel.sql.sqltypes.AutoString(), nullable=True),
        sa.Column("error", sqlmodel.sql.sqltypes.AutoString(), nullable=False),
        sa.Column("first_seen_at", monitor.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("last_seen_at", monitor.models.UTCDateTime(timezone=True), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("status", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("source", "partition", "item", name="uq_quarantine_item"),
    )
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quarantine_status"), ["status"], unique=False)
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("meta", sa.JSON(), nullable=False, server_default=sa.text("'{}'"))
        )
        batch_op.add_column(
            sa.Column("edited_at", monitor.models.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.drop_constraint("uq_mention_source_external_id", type_="unique")
        batch_op.create_unique_constraint(
            "uq_mention_source_external_id_brand", ["source", "external_id", "brand"]
        )
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.alter_column("meta", server_default=None)  # the models give the default


def downgrade() -> None:
    """Back to one row per post: a post's second brand row is deleted (its status goes)."""
    op.execute(
        "DELETE FROM mention WHERE id NOT IN "
        "(SELECT MIN(id) FROM mention GROUP BY source, external_id)"
    )
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_constraint("uq_mention_source_external_id_brand", type_="unique")
        batch_op.create_unique_constraint(
            "uq_mention_source_external_id", ["source", "external_id"]
        )
        batch_op.drop_column("edited_at")
        batch_op.drop_column("meta")
    with op.batch_alter_table("quarantine", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quarantine_status"))
    op.drop_table("quarantine")
