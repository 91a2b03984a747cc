"""Every export and import of the whole archive (and of one body), each against a
baseline that writes the same content with the bare library in the same run: openpyxl
in write-only mode, python-docx, icalendar, json + sqlite3. The content of a baseline is
read back from the app's own output once, untimed, so both write the same cells,
paragraphs, events and rows. Whole-archive measures run `bench.archive_repeat` times."""

import io
import json
import shutil
import sqlite3
import zipfile
from datetime import date, datetime
from pathlib import Path

from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, timed
from benchmarks.measures_data import bare_docx, docx_blocks

LINEAR = 1.5  # every export/import ≤ 1.5× its bare baseline


# -- Excel ---------------------------------------------------------------------------------

def xlsx_actions(bench: Bench) -> Result:
    out = bench.workdir / "acties.xlsx"
    return _xlsx(bench, "Excel action list, all bodies", out,
                 lambda: bench.services.spreadsheets.export_actions(out))


def xlsx_decisions(bench: Bench) -> Result:
    out = bench.workdir / "besluiten.xlsx"
    return _xlsx(bench, "Excel decision register, all bodies", out,
                 lambda: bench.services.spreadsheets.export_decisions(out))


def _xlsx(bench: Bench, name: str, out: Path, export) -> Result:
    from openpyxl import load_workbook

    export()
    ws = load_workbook(out, read_only=True).active
    rows = list(ws.iter_rows(values_only=True))
    widths = [12] * len(rows[0])
    bare_out = bench.workdir / "kaal.xlsx"
    return timed(name, Target(ratio=LINEAR), export, bench.archive_repeat,
                 baseline=lambda: bare_xlsx(rows, widths, bare_out), warmup=False,
                 note=f"SpreadsheetService ({len(rows) - 1} rows read, styled, streamed, "
                      "saved) vs the same cells and styles with bare openpyxl write-only")


def bare_xlsx(rows: list[tuple], widths: list[int], path: Path) -> None:
    """Bare openpyxl, write-only, used competently: the header bold and filled, every
    cell aligned (dates with their format), widths, frozen header, autofilter."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill

    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Lijst")
    for n, width in enumerate(widths):
        ws.column_dimensions[chr(65 + n)].width = width
    ws.freeze_panes = "A2"
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE5F0")
    top, center = Alignment(vertical="top"), Alignment(vertical="center")
    header = []
    for value in rows[0]:
        cell = WriteOnlyCell(ws, value)
        cell.font, cell.fill, cell.alignment = bold, fill, center
        header.append(cell)
    ws.append(header)
    for row in rows[1:]:
        cells = []
        for value in row:
            cell = WriteOnlyCell(ws, value)
            cell.alignment = top
            if isinstance(value, date | datetime):
                cell.number_format = "dd-mm-yyyy"
            cells.append(cell)
        ws.append(cells)
    ws.auto_filter.ref = f"A1:{chr(64 + len(widths))}{len(rows)}"
    wb.save(path)


# -- Word ----------------------------------------------------------------------------------

def word_actions_all(bench: Bench) -> Result:
    return _word(bench, "Word action list, all bodies", "actions", {}, bench.archive_repeat)


def word_decisions_all(bench: Bench) -> Result:
    return _word(bench, "Word decision list, all bodies", "decisions", {},
                 bench.archive_repeat)


def word_actions_body(bench: Bench) -> Result:
    return _word(bench, "Word action list, one body", "actions",
                 {"body_id": a_body(bench)}, bench.repeat)


def word_decisions_body(bench: Bench) -> Result:
    return _word(bench, "Word decision list, one body", "decisions",
                 {"body_id": a_body(bench)}, bench.repeat)


def a_body(bench: Bench) -> int:
    return bench.services.bodies.all()[0].id  # type: ignore[return-value]


def _word(bench: Bench, name: str, kind: str, scope: dict, repeat: int) -> Result:
    out = bench.workdir / f"{kind}.docx"
    export = getattr(bench.services.documents, kind)
    export(out, **scope)
    blocks = docx_blocks(out)
    bare_out = bench.workdir / "kaal.docx"
    return timed(name, Target(ratio=LINEAR), lambda: export(out, **scope), repeat,
                 baseline=lambda: bare_docx(blocks, bare_out), warmup=repeat > 3,
                 note=f"DocumentService.{kind} ({sum(len(b[2]) for b in blocks if b[0] == 't')}"
                      " table rows) vs the same paragraphs and tables with bare python-docx")


# -- calendar ------------------------------------------------------------------------------

def ics_body_year(bench: Bench) -> Result:
    from overleg.exports.calendar.ics import DeadlineStyle  # type: ignore[attr-defined]

    calendar = bench.services.calendar
    body_id = a_body(bench)
    year = max(x.meeting.starts_at.year for x in bench.services.meetings.listings(
        body_id=body_id) if x.meeting.starts_at.year <= 2026)
    style = next(iter(DeadlineStyle))
    data = calendar.year_ics(body_id, year, style)
    from icalendar import Calendar

    parsed = Calendar.from_ical(data)
    return timed("calendar (.ics) of a body-year with deadlines", Target(ratio=LINEAR),
                 lambda: calendar.year_ics(body_id, year, style), bench.repeat,
                 baseline=lambda: bare_ics(parsed),
                 note=f"CalendarService.year_ics ({len(parsed.subcomponents)} components) "
                      "vs the same components and properties with bare icalendar")


def bare_ics(parsed) -> bytes:
    from icalendar import Calendar, Component

    cal = Calendar()
    for key, value in parsed.property_items(recursive=False)[1:-1]:
        cal.add(key, value)
    for comp in parsed.subcomponents:
        new = Component()
        new.name = comp.name
        for key, value in comp.property_items(recursive=False)[1:-1]:
            new.add(key, value)
        cal.add_component(new)
    return cal.to_ical()


# -- archive -------------------------------------------------------------------------------

def archive_export(bench: Bench) -> Result:
    from overleg.services.archive_service import export_archive

    out, bare_out = bench.workdir / "archief.zip", bench.workdir / "kaal.zip"

    def ours() -> None:
        out.unlink(missing_ok=True)
        export_archive(bench.services.db, out)

    conn = sqlite3.connect(f"{bench.db_path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = _tables(conn)
        return timed("export-archive (all tables as JSON)", Target(ratio=LINEAR), ours,
                     bench.archive_repeat,
                     baseline=lambda: bare_export(conn, tables, bare_out, bench.db_path),
                     warmup=False,
                     note="export_archive without generated Word documents vs bare sqlite3 + "
                          "json.dumps of every table into the same ZIP members, and the "
                          "attached files stored under stukken/ as the app stores them")
    finally:
        conn.close()


def _tables(conn: sqlite3.Connection) -> list[str]:
    virtual = [r[0] for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL%'")]
    return [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not r[0].startswith(("sqlite_", "_sqlite_"))
            and not any(r[0] == v or r[0].startswith(f"{v}_") for v in virtual)]


def bare_export(conn: sqlite3.Connection, tables: list[str], out: Path, db_path: Path
                ) -> None:
    from overleg.storage.blob_store import store_folder

    conn.row_factory = sqlite3.Row
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for table in tables:
            rows = [dict(r) for r in conn.execute(f"SELECT * FROM [{table}] ORDER BY rowid")]
            z.writestr(f"tabellen/{table}.json",
                       json.dumps(rows, ensure_ascii=False, indent=1).encode("utf-8"))
        # the attached files, as they are (the app writes them too: stukken/<sha256>)
        for path in sorted(store_folder(db_path).glob("*/*")):
            z.write(path, f"stukken/{path.name}", zipfile.ZIP_STORED)
    conn.row_factory = None


def archive_import(bench: Bench) -> Result:
    from overleg.services.archive_service import export_archive, import_archive
    from overleg.services.container import build_services
    from overleg.storage.blob_store import store_folder
    from overleg.storage.database import open_database
    from overleg.storage.new_file import new_database

    source = bench.workdir / "bron.zip"
    source.unlink(missing_ok=True)
    export_archive(bench.services.db, source)
    empty = bench.workdir / "leeg.db"
    if not empty.exists():
        with new_database(empty):
            pass
    target, bare_target = bench.workdir / "doel.db", bench.workdir / "kaal-doel.db"

    def fresh(path: Path) -> None:
        for p in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            p.unlink(missing_ok=True)
        shutil.rmtree(store_folder(path), ignore_errors=True)  # its attached files too
        shutil.copyfile(empty, path)

    def ours() -> None:
        db = open_database(target, create=False)
        try:
            import_archive(build_services(db).ctx, source)
        finally:
            db.close()

    return timed("import-archive into an empty database", Target(ratio=2), ours,
                   bench.archive_repeat,
                   baseline=lambda: (fresh(bare_target), bare_import(source, bare_target)),
                   before=lambda: fresh(target), warmup=False,
                   note="import_archive (every record checked by the domain's rules, "
                        "merged by UUID) vs bare json.loads + executemany of the same rows "
                        "into the same schema, one transaction, and the attached files "
                        "copied into the database's folder (copying the empty database "
                        "first counts for the baseline only: a few ms)")


def bare_import(source: Path, target: Path) -> None:
    from overleg.storage.blob_store import store_folder

    conn = sqlite3.connect(target)
    try:
        with zipfile.ZipFile(source) as z, conn:
            schema = json.loads(z.read("schema.json"))
            conn.execute("PRAGMA foreign_keys = OFF")
            for table, desc in schema["tables"].items():
                rows = json.load(io.BytesIO(z.read(desc["file"])))
                if rows:
                    cols = list(rows[0])
                    conn.executemany(
                        f"INSERT OR IGNORE INTO [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                        f"VALUES ({', '.join('?' * len(cols))})",
                        [[r.get(c) for c in cols] for r in rows])
            # the attached files into the database's folder, as the app brings them in
            folder = store_folder(target)
            for name in z.namelist():
                if name.startswith("stukken/"):
                    sha = name.removeprefix("stukken/")
                    (folder / sha[:2]).mkdir(parents=True, exist_ok=True)
                    with z.open(name) as src, open(folder / sha[:2] / sha, "wb") as dst:
                        shutil.copyfileobj(src, dst, 1024 * 1024)
    finally:
        conn.close()
