"""The names of Overleg's migrations, in order, without the migrations themselves.

Opening a file whose schema is current needs only these names: migrations.py (with
sqlite-utils' Migrations and every schema module) is imported when a file has something
to replay, which keeps it off the start of the app. tests/storage/test_migration_names.py
keeps this list equal to the registry in migrations.py."""

MIGRATION_SET = "overleg"

NAMES = ("0001_initial", "0002_audit_host", "0003_followup_due_order", "0004_audit_chain",
         "0005_oogo_cycle", "0006_safe_body_codes", "0007_change_log", "0008_archived_people",
         "0009_attachments", "0010_record_versions", "0011_file_settings",
         "0012_markdown_notes", "0013_meeting_indexes",
         "0014_followup_owner_organisation")
