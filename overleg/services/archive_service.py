"""The archive: a complete copy of a database in an open, documented format, from which
Overleg (or any other program) can rebuild it.

A ZIP file holding
    LEESMIJ.txt            what the archive is and how to read it (Dutch)
    schema.json            every table: meaning, columns, types, references, unique keys
    tabellen/<tabel>.json  the rows of each table, one JSON object per row
    documenten/...         the generated Word documents, when a document source is given
    stukken/<sha256>       the documents attached to agenda items, once per content

References between tables use the `id` numbers inside the archive; every record also
carries its UUID, which identifies it across databases. Importing into an empty database
rebuilds it identically; importing into one that already holds some of the records adds
only what is missing.
"""

import json
import os
import tempfile
import threading
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

from overleg.domain import input_limits
from overleg.domain.enums import MeetingStatus
from overleg.domain.errors import OverlegError
from overleg.domain.fields import safe_file_name
from overleg.domain.input_limits import ARCHIVE
from overleg.services.archive_documents import FOLDER, forget, read_documents, write_documents
from overleg.services.audit_history import take_over_archived_audit
from overleg.services.context import Context
from overleg.services.document_service import DocumentService
from overleg.services.intake.pipeline import archive_intake
from overleg.services.intake.report import IntakeReport
from overleg.services.progress import Progress, Tracker
from overleg.storage import (
    archive_register,
    archive_tables,
    audit_anchors,
    schema_markdown_notes,
)
from overleg.storage.connection import Database
from overleg.storage.errors import NewerDatabase, NotOverlegDatabase, StorageError
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.migrations import known_names
from overleg.storage.page_cache import larger_page_cache
from overleg.storage.unreadable import UnreadableRecord

FORMAT = "overleg-archief"
FORMAT_VERSION = 1

# Yields (file name, content) of each generated document; the Word helpers provide it.
DocumentSource = Callable[[], Iterable[tuple[str, bytes]]]

README = """Archief van Overleg
===================

Dit ZIP-bestand is een volledige kopie van een Overleg-database (agenda's, verslagen,
besluiten, actiepunten, aanwezigheid en het audittrail) in een open formaat.

- schema.json beschrijft elke tabel: betekenis, kolommen met type, verplicht of niet,
  verwijzingen naar andere tabellen en unieke sleutels; ook de schemaversie van Overleg.
- tabellen/<tabel>.json bevat de rijen van die tabel als JSON-objecten (UTF-8).
  Datums staan in ISO-notatie (2013-09-19, 2013-09-19T15:00:00). Een kolom die naar een
  andere tabel verwijst bevat het id-nummer van die rij in hetzelfde archief.
  Elk record heeft een UUID die het ook buiten deze database identificeert.
- documenten/ bevat de Word-documenten die Overleg uit deze gegevens maakte.
- stukken/ bevat de stukken bij de agendapunten, precies zoals ze zijn toegevoegd; elk
  bestand heet naar zijn SHA-256-controlecode (tabel attachments noemt titel, agendapunt,
  oorspronkelijke bestandsnaam en grootte).

Terugzetten: overleg import-archive --db NIEUW.db ARCHIEF.zip
Samenvoegen met een bestaande database gebeurt op UUID: niets wordt dubbel opgenomen.
"""


@dataclass(frozen=True)
class ArchiveSummary:
    """What an archive export wrote or an import took in."""
    records: int
    tables: int
    documents: int = 0
    existing: int = 0
    report: IntakeReport | None = None  # of an import: the records kept local

    def describe(self) -> str:
        text = f"{self.records} records in {self.tables} tabellen"
        if self.documents:
            text += f", {self.documents} documenten"
        if self.existing:
            text += f"; {self.existing} stonden er al in en zijn niet dubbel opgenomen"
        if self.report and self.report.differing:
            n = len(self.report.differing)
            text += (f"; {n} daarvan {'heeft' if n == 1 else 'hebben'} hier andere inhoud "
                     f"en {'is' if n == 1 else 'zijn'} niet overschreven")
        return text


def export_archive(db: Database, out: Path, documents: DocumentSource | None = None,
                   now: datetime | None = None, *, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> ArchiveSummary:
    """Write the archive of `db` to `out` (owner-only; never a half-written file, also
    when cancelled). The rows stream from each table into its JSON member; `progress`
    counts rows (the documents, when asked for, come after them)."""
    tables = archive_tables.record_tables(db)
    tracker = Tracker(sum(archive_tables.count(db, t) for t in tables), progress, cancel)
    schema: dict[str, Any] = {  # becomes schema.json
        "format": FORMAT, "format_version": FORMAT_VERSION,
        "exported_at": (now or datetime.now()).isoformat(timespec="seconds"),
        "schema_version": len(archive_tables.applied_migrations(db)),
        "migrations": archive_tables.applied_migrations(db),
        "tables": {},
    }
    head = audit_anchors.head(db.conn)  # the trail's head, outside its own table
    if head is not None:
        schema["audit_anchor"] = audit_anchors.as_dict(head)
    partial = out.with_name(f".{out.name}.deel")
    records = n_docs = 0
    try:
        fd = os.open(partial, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh, zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("LEESMIJ.txt", README)
            for table in tables:
                with z.open(f"tabellen/{table}.json", "w") as member:
                    n = write_json_rows(member, tracker.each(archive_tables.each_row(db, table)))
                records += n
                schema["tables"][table] = {**archive_tables.describe(db, table),
                                           "file": f"tabellen/{table}.json",
                                           "rows": n}
            n_files = write_documents(z, db, tracker.check)
            schema["stukken"] = {"folder": FOLDER, "files": n_files}
            for name, content in (documents() if documents else []):
                tracker.check()
                z.writestr(f"documenten/{name}", content)
                n_docs += 1
            z.writestr("schema.json", _json(schema))
        os.replace(partial, out)
        archive_register.note(archive_register.database_file(db.conn), out,
                              now or datetime.now())
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StorageError(f"Het archief '{out.name}' kon niet worden geschreven "
                           f"({exc.strerror or exc}).") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return ArchiveSummary(records, len(tables), n_docs)


def read_archive(path: Path) -> tuple[dict, dict[str, list[dict]]]:
    """The schema description and the rows per table; one sentence when unreadable.
    Read within limits (input_limits.ARCHIVE): member count and sizes, as declared and
    as actually decompressed, and JSON nesting; every table must be a list of rows."""
    try:
        with path.open("rb") as fh, input_limits.open_zip(fh, path.name, ARCHIVE) as z:
            schema = _archive_json(z, "schema.json", path.name, input_limits.MAX_JSON_DEPTH)
            if not isinstance(schema, dict) or schema.get("format") != FORMAT \
                    or not isinstance(schema.get("tables"), dict):
                raise KeyError("format")
            data = {}
            for table, d in schema["tables"].items():
                rows = _archive_json(z, d["file"], path.name, ROW_DEPTH)
                if not isinstance(rows, list) or not all(isinstance(r, dict) for r in rows):
                    raise ValueError(table)
                data[table] = rows
    except input_limits.InputLimitError:
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, TypeError, OSError, EOFError,
            NotImplementedError, RuntimeError):  # RuntimeError: an encrypted member
        raise NotOverlegDatabase(f"'{path.name}' is geen (volledig) archief van "
                                 "Overleg.") from None
    migrations_named = schema.get("migrations", [])
    if not isinstance(migrations_named, list) or not all(
            isinstance(m, str) for m in migrations_named):
        raise NotOverlegDatabase(f"'{path.name}' is geen (volledig) archief van Overleg.")
    unknown = set(migrations_named) - set(known_names())
    version = schema.get("format_version", 0)
    if unknown or (isinstance(version, int | float) and version > FORMAT_VERSION):
        raise NewerDatabase(f"'{path.name}' is gemaakt met een nieuwere versie van Overleg; "
                            "werk Overleg bij om het in te lezen.")
    return schema, data


ROW_DEPTH = 2  # a table is a list of rows, each an object of plain values


def _archive_json(z: zipfile.ZipFile, member: str, name: str, depth: int):
    if not isinstance(member, str):
        raise KeyError(member)
    return input_limits.loads_json(input_limits.read_member(z, member, name, ARCHIVE), name,
                                   max_depth=depth)


def import_archive(ctx: Context, path: Path, *,
                   cancel: threading.Event | None = None) -> ArchiveSummary:
    """Check every record with the domain's rules (IntakeRefused, nothing written, when
    one fails), then add the records the database lacks in one transaction; a record the
    database holds with other content is kept and listed in the summary's report. The
    archive's audit rows are kept as imported history, marked with their source.
    `cancel` stops it between reading, checking and loading (nothing is written)."""
    tracker = Tracker(0, None, cancel)
    schema, data = read_archive(path)
    _notes_as_markdown(schema, data)
    tracker.check()
    audit_rows = data.pop("audit_log", [])  # imported history: see audit_history
    added: list[str] = []  # documents brought into the store, taken back on failure

    def documents() -> None:
        tracker.check()
        rows = data.get("attachments") or []
        if rows:
            with path.open("rb") as fh, input_limits.open_zip(fh, path.name, ARCHIVE) as z:
                added.extend(read_documents(z, rows, ctx.db, path.name))
    try:
        with larger_page_cache(ctx.db), ctx.db.atomic():
            report = archive_intake(ctx.db, data, path.name, before_loading=documents)
            audit_added = take_over_archived_audit(
                ctx, path.name, audit_rows if isinstance(audit_rows, list) else [], schema)
    except BaseException as exc:
        forget(ctx.db, added)
        if isinstance(exc, OverlegError) or not isinstance(exc, (ValueError, KeyError,
                                                                 TypeError)):
            raise
        raise NotOverlegDatabase(f"'{path.name}' bevat gegevens die Overleg niet kan "
                                 f"inlezen ({exc}); er is niets veranderd.") from None
    return ArchiveSummary(report.added + audit_added, len(data) + 1,
                          existing=report.identical + len(report.differing)
                          + len(audit_rows) - audit_added, report=report)


def _notes_as_markdown(schema: dict, data: dict[str, list[dict]]) -> None:
    """Archive text is taken as it is stored: Markdown notes from a version with rich
    notes, plain notes (escaped as migration 0012 escapes them) from an older one."""
    if schema_markdown_notes.NAME in schema.get("migrations", []):
        return
    for row in data.get("agenda_items", []):
        if isinstance(row.get("notes"), str):
            row["notes"] = schema_markdown_notes.notes_from_plain(row["notes"])


# Meetings whose minutes exist (held, draft or adopted); others get their agenda only.
_WITH_MINUTES = (MeetingStatus.HELD, MeetingStatus.MINUTES_DRAFT,
                 MeetingStatus.MINUTES_ADOPTED)


def word_documents(ctx: Context) -> DocumentSource:
    """The full (not public) Word documents: each meeting's agenda and minutes, and the
    decision and action lists of everything; for the archive's documenten/ folder."""
    documents, meetings = DocumentService(ctx), MeetingRepo(ctx.db)
    skipped = ctx.note_skipped

    def generate() -> Iterable[tuple[str, bytes]]:
        with tempfile.TemporaryDirectory(prefix="overleg-archief-") as folder:
            def render(name: str, write) -> tuple[str, bytes]:
                path = Path(folder) / name
                write(path)
                return name, path.read_bytes()

            for x in meetings.listings():
                m = x.meeting
                if m.status in (MeetingStatus.MOVED, MeetingStatus.CANCELLED):
                    continue
                stem = safe_file_name(f"{x.body_code}-{m.starts_at:%Y-%m-%d-%H%M}")
                try:  # a meeting whose body another program broke: its records travel
                    agenda = render(f"{stem}-agenda.docx",
                                    lambda p, m=m: documents.agenda(m.id, p))
                    minutes = (render(f"{stem}-verslag.docx",
                                      lambda p, m=m: documents.minutes(m.id, p))
                               if m.status in _WITH_MINUTES else None)
                except UnreadableRecord as exc:
                    skipped(str(exc))
                    continue
                yield agenda
                if minutes is not None:
                    yield minutes
            yield render("besluitenlijst.docx", lambda p: documents.decisions(p))
            yield render("actielijst.docx", lambda p: documents.actions(p))
    return generate


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


def write_json_rows(out: IO[bytes], rows: Iterable[dict], batch: int = 500) -> int:
    """`rows` as `_json(list(rows))` writes them, byte for byte, a batch at a time:
    '[', each row indented one level deeper and separated by commas, ']'. (JSON escapes
    a newline inside a string, so every raw newline is one of the layout's own.)"""
    n, pending = 0, []
    for row in rows:
        text = json.dumps(row, ensure_ascii=False, indent=1).replace("\n", "\n ")
        pending.append(("[\n " if n == 0 else ",\n ") + text)
        n += 1
        if len(pending) >= batch:
            out.write("".join(pending).encode("utf-8"))
            pending.clear()
    pending.append("\n]" if n else "[]")
    out.write("".join(pending).encode("utf-8"))
    return n
