"""Migration 0011: settings that belong to the file, not to one computer (the retention
periods of personal data are the organisation's policy, the same for everyone who opens
the file and for the command line). One row per setting, its value as text."""

DDL = [
    """CREATE TABLE file_settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    )""",
]
