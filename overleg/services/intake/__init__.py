"""Every import goes through one path: check -> compare -> apply.

- check: each incoming record is built as the domain's record, so it meets the same rules
  as what a user types; every refusal is collected (table, record, field, sentence) and
  any refusal refuses the whole import before anything is written;
- compare: records whose UUID the database already holds are identical or differ; a
  differing one is reported field by field and the local one is kept;
- apply: the new records in one transaction.

The archive import (archive_intake) and the spreadsheet re-import (ImportService) use it;
an exchange package can feed it rows the same way the archive does.
"""
