"""check -> compare -> apply, for rows (archive, exchange) and for built records
(spreadsheet)."""

from collections.abc import Callable, Iterable

from overleg.domain.errors import OverlegError, ValidationError
from overleg.services.intake.report import Difference, IntakeRefused, IntakeReport, Refusal
from overleg.storage import archive_tables
from overleg.storage.connection import Database
from overleg.storage.record_rows import NOT_CHECKED, cleaned, record_of

Rows = dict[str, list[dict]]


def check_rows(data: Rows) -> tuple[Rows, list[Refusal]]:
    """Every row read as the domain's record: the rows with their text as the domain
    stores it, and a refusal for each row it refuses. Audit rows are not checked here."""
    out: Rows = {}
    refusals: list[Refusal] = []
    for table, rows in data.items():
        if table in NOT_CHECKED or not isinstance(rows, list):
            out[table] = rows
            continue
        kept: list[dict] = []
        out[table] = kept
        for n, row in enumerate(rows, start=1):
            try:
                kept.append(cleaned(row, record_of(table, row, data)))
            except ValidationError as exc:
                name = (str(row.get("uuid")) if isinstance(row, dict) and row.get("uuid")
                        else f"rij {n}")
                refusals.append(Refusal(table, name, exc.field, str(exc)))
    return out, refusals


def check_records(build: Iterable[tuple[str, str, Callable[[], object]]]) -> list[Refusal]:
    """Records an import builds itself (table, name, builder): a refusal for each the
    domain refuses (a wrong value, a step the status rules forbid, adopted minutes)."""
    refusals = []
    for table, name, make in build:
        try:
            make()
        except OverlegError as exc:
            refusals.append(Refusal(table, name, getattr(exc, "field", "") or "", str(exc)))
    return refusals


def compare(db: Database, data: Rows) -> list[Difference]:
    return [Difference(t, u, tuple(f)) for t, u, f in archive_tables.differences(db, data)]


def archive_intake(db: Database, data: Rows, source: str,
                   before_loading: Callable[[], None] | None = None) -> IntakeReport:
    """Check every row, refuse all when one fails; else add what is new in one
    transaction, keeping every local record that differs (listed in the report).
    `before_loading` runs between checking and writing (a cancel raises there)."""
    checked, refusals = check_rows(data)
    if refusals:
        raise IntakeRefused(source, refusals)
    if before_loading is not None:
        before_loading()
    audit_rows = checked.pop("audit_log", [])
    differing = compare(db, checked)
    with db.atomic():
        results = [archive_tables.load(db, checked), _import_audit_rows(db, audit_rows)]
    existing = sum(sum(r.existing.values()) for r in results)
    return IntakeReport(added=sum(sum(r.added.values()) for r in results),
                        identical=existing - len(differing), differing=differing)


def _import_audit_rows(db: Database, rows: list[dict]) -> archive_tables.LoadResult:
    """THE place where an archive's audit rows enter (not checked by the domain rules
    above). For now today's behaviour: loaded like any table. The audit trail's owner
    replaces this with imported history marked with its source."""
    return archive_tables.load(db, {"audit_log": rows})
