"""The ``mention_change`` log: which mentions changed a filtered column, or were deleted.

The web inbox keeps its counts per filter in memory and must show a change at once,
whoever made it (the web app, ``repmon mark`` in another process, a rescore, a purge).
Triggers in the database write the id of every mention whose status, reply need, brand,
source, type, language, complaint flag or anger changed, or that was deleted, into this
log; a reader asks for the entries after the last one it saw and reads those rows again.
New mentions need no entry (their ids are above the highest one seen), so a scan's inserts
cost nothing more. The triggers keep the last ``KEEP`` entries; a reader further behind
than that counts everything again.

The same statements are run by the migration (``0009``) and by ``create_all`` (tests and
databases made from the models), so both kinds of database log alike.
"""

from __future__ import annotations

KEEP = 100_000
WATCHED = (
    "status", "needs_reply", "brand", "source", "complaint_type", "language", "is_complaint",
    "anger",
)  # fmt: skip

_PRUNE = f"DELETE FROM mention_change WHERE seq <= (SELECT max(seq) FROM mention_change) - {KEEP}"
_SQLITE_CHANGED = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in WATCHED)
_PG_CHANGED = " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in WATCHED)

SQLITE = (
    f"""CREATE TRIGGER IF NOT EXISTS mention_change_update AFTER UPDATE ON mention
WHEN {_SQLITE_CHANGED}
BEGIN
  INSERT INTO mention_change (mention_id) VALUES (NEW.id);
  {_PRUNE};
END""",
    f"""CREATE TRIGGER IF NOT EXISTS mention_change_delete AFTER DELETE ON mention
BEGIN
  INSERT INTO mention_change (mention_id) VALUES (OLD.id);
  {_PRUNE};
END""",
)
POSTGRESQL = (
    f"""CREATE OR REPLACE FUNCTION mention_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO mention_change (mention_id)
    VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END);
  {_PRUNE};
  RETURN NULL;
END
$$""",
    f"""CREATE TRIGGER mention_change_update AFTER UPDATE ON mention FOR EACH ROW
WHEN ({_PG_CHANGED}) EXECUTE FUNCTION mention_changed()""",
    """CREATE TRIGGER mention_change_delete AFTER DELETE ON mention FOR EACH ROW
EXECUTE FUNCTION mention_changed()""",
)
DROP = {
    "sqlite": (
        "DROP TRIGGER IF EXISTS mention_change_update",
        "DROP TRIGGER IF EXISTS mention_change_delete",
    ),
    "postgresql": (
        "DROP TRIGGER IF EXISTS mention_change_update ON mention",
        "DROP TRIGGER IF EXISTS mention_change_delete ON mention",
        "DROP FUNCTION IF EXISTS mention_changed()",
    ),
}


def create_statements(dialect: str) -> tuple[str, ...]:
    """The statements that install the triggers on ``dialect`` (sqlite or postgresql);
    running them again replaces what they made."""
    if dialect == "postgresql":
        return (*DROP["postgresql"][:2], *POSTGRESQL)
    return SQLITE if dialect == "sqlite" else ()
