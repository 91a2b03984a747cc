"""Migration 0003: the action list sorted and filtered by due day through an index.

A follow-up is due on its own date or on the day of the meeting it targets. Computing
that through a join for every row made each page of the action list sort all 25,000
follow-ups of a ten-year archive. `due_sort` keeps the due day in the row, kept current
by triggers on both tables ('9999-12-31' when there is none, so "no due day" sorts last
ascending and first descending, as before), and two indexes serve the default order with
or without a status filter. The follow-ups' full-text trigger now fires only when the
indexed text changes, so maintaining `due_sort` does not re-index the text.
"""

_DUE = """COALESCE(NEW.target_date,
                   (SELECT substr(starts_at, 1, 10) FROM meetings WHERE id = NEW.target_meeting_id),
                   '9999-12-31')"""

DDL = [
    "ALTER TABLE followups ADD COLUMN due_sort TEXT NOT NULL DEFAULT '9999-12-31'",
    """UPDATE followups SET due_sort = COALESCE(
           target_date,
           (SELECT substr(starts_at, 1, 10) FROM meetings WHERE id = followups.target_meeting_id),
           '9999-12-31')""",
    f"""CREATE TRIGGER followups_due_ai AFTER INSERT ON followups BEGIN
          UPDATE followups SET due_sort = {_DUE} WHERE id = NEW.id;
        END""",
    f"""CREATE TRIGGER followups_due_au AFTER UPDATE OF target_date, target_meeting_id
          ON followups BEGIN
          UPDATE followups SET due_sort = {_DUE} WHERE id = NEW.id;
        END""",
    """CREATE TRIGGER meetings_due_au AFTER UPDATE OF starts_at ON meetings BEGIN
          UPDATE followups SET due_sort = substr(NEW.starts_at, 1, 10)
          WHERE target_meeting_id = NEW.id AND target_date IS NULL;
        END""",
    "DROP TRIGGER followups_au",
    """CREATE TRIGGER followups_au AFTER UPDATE OF text, result ON followups BEGIN
          INSERT INTO followups_fts (followups_fts, rowid, text, result)
            VALUES ('delete', old.rowid, old.text, old.result);
          INSERT INTO followups_fts (rowid, text, result)
            VALUES (new.rowid, new.text, new.result);
        END""",
    "CREATE INDEX idx_followups_due_sort ON followups(due_sort, id)",
    "CREATE INDEX idx_followups_status_due_sort ON followups(status, due_sort, id)",
]
