"""web inbox: a covering index for its order and filters; the mention change log; failed
logins kept in the database (one limit for every worker)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-29 22:00:00

The inbox index replaces ``ix_mention_status_priority`` (its first three columns): a
filtered inbox page reads the index alone until it has its rows. ``mention_change`` and
its triggers (``monitor.change_log``) let the web inbox's counts follow every change.
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import monitor.models
from monitor.change_log import DROP, create_statements

revision: str = "0009"
down_revision: str | Sequence[str] | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INBOX = ["status", "priority", "created_at", "needs_reply", "brand", "source", "complaint_type",
         "language", "is_complaint", "anger"]  # fmt: skip


def upgrade() -> None:
    op.create_table(
        "mention_change",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("mention_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sqlite_autoincrement=True,  # a number is never given out twice
    )
    op.create_table(
        "web_login_failure",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=320), nullable=False),
        sa.Column("at", monitor.models.UTCDateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_web_login_failure_key_at", "web_login_failure", ["key", "at"])
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_status_priority")
        batch_op.create_index("ix_mention_inbox", INBOX, unique=False)
    for statement in create_statements(op.get_bind().dialect.name):
        op.execute(statement)


def downgrade() -> None:
    for statement in DROP.get(op.get_bind().dialect.name, ()):
        op.execute(statement)
    with op.batch_alter_table("mention", schema=None) as batch_op:
        batch_op.drop_index("ix_mention_inbox")
        batch_op.create_index(
            "ix_mention_status_priority", ["status", "priority", "created_at"], unique=False
        )
    op.drop_table("mention_change")
    op.drop_index("ix_web_login_failure_key_at", table_name="web_login_failure")
    op.drop_table("web_login_failure")
