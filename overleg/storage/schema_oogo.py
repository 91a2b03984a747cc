"""Migration 0005: the statutory OOGO cycle.

- procedures: one OOGO procedure made from a template (support plan, youth plan, ...), or
  a dispute track opened from a talking point (item_id) that holds up another (parent_id).
- procedure_parties: the organisations a procedure is held with (each municipality).
- milestones gain their procedure and template step, the party and body they are with,
  the day they were done, and whether their due date was set by hand.
- item_positions: what each party brought in on a talking point (agree / reservations /
  disagree, free text) and the version of the document it held the OOGO on.
"""

DDL = [
    """CREATE TABLE procedures (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        template_code TEXT NOT NULL,
        title TEXT NOT NULL,
        year INTEGER NOT NULL,
        reference TEXT,
        lead_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL,
        parent_id INTEGER REFERENCES procedures(id) ON DELETE SET NULL,
        result TEXT NOT NULL DEFAULT '',
        closed_on TEXT
    )""",
    """CREATE TABLE procedure_parties (
        procedure_id INTEGER NOT NULL REFERENCES procedures(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        PRIMARY KEY (procedure_id, organisation_id)
    )""",
    "ALTER TABLE milestones ADD COLUMN done_on TEXT",
    "ALTER TABLE milestones ADD COLUMN procedure_id INTEGER "
    "REFERENCES procedures(id) ON DELETE CASCADE",
    "ALTER TABLE milestones ADD COLUMN step_code TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE milestones ADD COLUMN party_organisation_id INTEGER "
    "REFERENCES organisations(id) ON DELETE SET NULL",
    "ALTER TABLE milestones ADD COLUMN body_id INTEGER REFERENCES bodies(id) ON DELETE SET NULL",
    "ALTER TABLE milestones ADD COLUMN due_set INTEGER NOT NULL DEFAULT 0",
    "ALTER TABLE milestones ADD COLUMN needs_meeting INTEGER NOT NULL DEFAULT 1",
    "CREATE INDEX idx_milestones_due ON milestones(due)",
    "CREATE INDEX idx_milestones_procedure ON milestones(procedure_id)",
    """CREATE TABLE item_positions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        organisation_id INTEGER NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
        stance TEXT NOT NULL,
        text TEXT NOT NULL DEFAULT '',
        document_version TEXT NOT NULL DEFAULT '',
        UNIQUE (item_id, organisation_id)
    )""",
]

FTS = {"item_positions": ["text", "document_version"]}
