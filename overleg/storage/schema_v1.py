"""Version 1 of the schema, as DDL. A released version is never edited: later versions
are new migrations in migrations.py."""

TABLES = [
    """CREATE TABLE organisations (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        kind TEXT NOT NULL,
        short_name TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE people (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        function TEXT NOT NULL DEFAULT '',
        organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        email TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE bodies (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        code TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        template_path TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE body_members (
        id INTEGER PRIMARY KEY,
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        role TEXT NOT NULL,
        UNIQUE (body_id, person_id)
    )""",
    """CREATE TABLE meetings (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        starts_at TEXT NOT NULL,
        ends_at TEXT NOT NULL,
        location TEXT NOT NULL DEFAULT '',
        subject TEXT,
        status TEXT NOT NULL,
        title TEXT NOT NULL DEFAULT '',
        moved_to_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        moved_from_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        adopted_in_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        adopted_on TEXT,
        CHECK (ends_at > starts_at)
    )""",
    """CREATE TABLE attendance (
        id INTEGER PRIMARY KEY,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        person_id INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
        status TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        UNIQUE (meeting_id, person_id)
    )""",
    """CREATE TABLE schemas (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        code TEXT NOT NULL,
        version TEXT NOT NULL,
        title TEXT NOT NULL,
        region TEXT NOT NULL DEFAULT '',
        description TEXT NOT NULL DEFAULT '',
        UNIQUE (code, version)
    )""",
    """CREATE TABLE schema_themes (
        id INTEGER PRIMARY KEY,
        schema_id INTEGER NOT NULL REFERENCES schemas(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        responsibility TEXT NOT NULL,
        elaboration TEXT NOT NULL DEFAULT '',
        questions TEXT NOT NULL DEFAULT '[]'
    )""",
    """CREATE TABLE schema_criteria (
        id INTEGER PRIMARY KEY,
        schema_id INTEGER NOT NULL REFERENCES schemas(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        code TEXT NOT NULL,
        title TEXT NOT NULL,
        instead_of TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE agenda_items (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        kind TEXT NOT NULL,
        presenter TEXT NOT NULL DEFAULT '',
        planned_minutes INTEGER NOT NULL DEFAULT 10,
        confidential INTEGER NOT NULL DEFAULT 0,
        theme_id INTEGER REFERENCES schema_themes(id) ON DELETE SET NULL,
        standard TEXT,
        documents TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        outcome TEXT,
        postponed_to_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        source_followup_id INTEGER REFERENCES followups(id) ON DELETE SET NULL,
        carried_from_item_id INTEGER REFERENCES agenda_items(id) ON DELETE SET NULL
    )""",
    """CREATE TABLE item_criteria (
        id INTEGER PRIMARY KEY,
        item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
        criterion_id INTEGER NOT NULL REFERENCES schema_criteria(id) ON DELETE CASCADE,
        checked INTEGER NOT NULL DEFAULT 0,
        remark TEXT NOT NULL DEFAULT '',
        UNIQUE (item_id, criterion_id)
    )""",
    """CREATE TABLE decisions (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        body_id INTEGER NOT NULL REFERENCES bodies(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
        number TEXT NOT NULL,
        sequence INTEGER NOT NULL,
        text TEXT NOT NULL,
        status TEXT NOT NULL,
        UNIQUE (body_id, number)
    )""",
    """CREATE TABLE followups (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        text TEXT NOT NULL,
        owner_person_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
        owner_organisation_id INTEGER REFERENCES organisations(id) ON DELETE SET NULL,
        meeting_id INTEGER REFERENCES meetings(id) ON DELETE CASCADE,
        item_id INTEGER REFERENCES agenda_items(id) ON DELETE CASCADE,
        decision_id INTEGER REFERENCES decisions(id) ON DELETE SET NULL,
        target_date TEXT,
        target_meeting_id INTEGER REFERENCES meetings(id) ON DELETE SET NULL,
        status TEXT NOT NULL,
        done_on TEXT,
        result TEXT NOT NULL DEFAULT '',
        created_on TEXT,
        CHECK (target_date IS NULL OR target_meeting_id IS NULL)
    )""",
    """CREATE TABLE milestones (
        id INTEGER PRIMARY KEY,
        uuid TEXT NOT NULL UNIQUE,
        title TEXT NOT NULL,
        due TEXT NOT NULL,
        kind TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        legal_basis TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE milestone_meetings (
        milestone_id INTEGER NOT NULL REFERENCES milestones(id) ON DELETE CASCADE,
        meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
        PRIMARY KEY (milestone_id, meeting_id)
    )""",
    """CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        user TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_uuid TEXT NOT NULL,
        action TEXT NOT NULL,
        field TEXT NOT NULL DEFAULT '',
        old_value TEXT,
        new_value TEXT,
        reason TEXT NOT NULL DEFAULT ''
    )""",
]

INDEXES = [
    "CREATE INDEX idx_meetings_starts ON meetings(starts_at)",
    "CREATE INDEX idx_meetings_body ON meetings(body_id, starts_at)",
    "CREATE INDEX idx_items_meeting ON agenda_items(meeting_id, position)",
    "CREATE INDEX idx_items_postponed ON agenda_items(postponed_to_meeting_id)",
    "CREATE INDEX idx_decisions_meeting ON decisions(meeting_id, sequence)",
    "CREATE INDEX idx_followups_status_due ON followups(status, target_date)",
    "CREATE INDEX idx_followups_target_meeting ON followups(target_meeting_id)",
    "CREATE INDEX idx_followups_meeting ON followups(meeting_id)",
    "CREATE INDEX idx_followups_owner ON followups(owner_person_id)",
    "CREATE INDEX idx_audit_record ON audit_log(record_uuid)",
    "CREATE INDEX idx_attendance_meeting ON attendance(meeting_id)",
]

# Full-text search: one FTS5 index per searchable table, kept current by triggers.
FTS = {
    "agenda_items": ["title", "description", "notes"],
    "decisions": ["text", "number"],
    "followups": ["text", "result"],
}
