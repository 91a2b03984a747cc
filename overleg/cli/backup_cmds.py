"""Commands that keep records safe: backup, backups, restore, export-archive and
import-archive. What a command needs is imported when it runs (see options.py)."""

import argparse
import sys
from datetime import datetime
from pathlib import Path

from overleg.cli.options import add_db, db_path, services_for_reading, services_for_writing
from overleg.domain.dutch_dates import short_date
from overleg.storage.errors import StorageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("backup", help="maak een reservekopie van een database",
                       description="Maakt een volledige kopie van de database, ook terwijl "
                       "de app het bestand open heeft. Zonder --out komt de kopie in de map "
                       "met reservekopieën naast de database. Een bestaand bestand wordt "
                       "nooit overschreven.")
    add_db(p)
    p.add_argument("--out", type=Path, metavar="BESTAND", help="waar de kopie komt")
    p.set_defaults(run=run_backup)

    p = sub.add_parser("backups", help="lijst van reservekopieën van een database",
                       description="De reservekopieën naast de database, nieuwste eerst.")
    add_db(p)
    p.set_defaults(run=run_backups)

    p = sub.add_parser("restore", help="zet een reservekopie terug",
                       description="Vervangt de inhoud van de database door een "
                       "reservekopie. Van de huidige inhoud wordt eerst zelf een kopie "
                       "gemaakt ('voor-herstel'), zodat niets verloren gaat.")
    add_db(p)
    p.add_argument("--from", dest="source", type=Path, required=True, metavar="KOPIE",
                   help="de reservekopie die terug moet")
    p.set_defaults(run=run_restore)

    p = sub.add_parser("export-archive", help="alles naar een archiefbestand (ZIP met JSON)",
                       description="Schrijft een volledige, gedocumenteerde kopie in een open "
                       "formaat: JSON per tabel met een beschrijving van het schema, plus de "
                       "Word-documenten. Met import-archive wordt de database herbouwd.")
    add_db(p)
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.zip")
    p.set_defaults(run=run_export_archive)

    p = sub.add_parser("import-archive", help="een archiefbestand inlezen",
                       description="Bouwt een database uit een archief, of voegt een archief "
                       "samen met een database die al gegevens bevat: records met dezelfde "
                       "UUID worden niet dubbel opgenomen.")
    add_db(p)
    p.add_argument("archive", type=Path, metavar="BESTAND.zip")
    p.set_defaults(run=run_import_archive)


def run_backup(args: argparse.Namespace) -> int:
    from overleg.storage.backup import backup_file, backup_name

    path = db_path(args)
    out = args.out
    if out is not None and out.exists():
        raise StorageError(f"'{out.name}' bestaat al; kies een nieuwe naam voor de "
                           "reservekopie.")
    target = backup_file(path, out or backup_name(path, "handmatig", datetime.now()))
    print(f"Reservekopie gemaakt: {target}")
    return 0


def run_backups(args: argparse.Namespace) -> int:
    from overleg.storage.backup import list_backups

    for b in list_backups(db_path(args)):
        print(f"{short_date(b.taken_at.date())} {b.taken_at:%H.%M}  {b.label:<12}  {b.path}")
    return 0


def run_restore(args: argparse.Namespace) -> int:
    from overleg.services.backup_service import restore_file
    from overleg.services.context import os_user

    path = db_path(args)
    if not args.source.exists():
        raise StorageError(f"De reservekopie '{args.source}' bestaat niet.")
    kept = restore_file(path, args.source, os_user())
    print(f"Hersteld uit {args.source}.")
    if kept is not None:
        print(f"De vorige inhoud is bewaard als {kept}")
    return 0


def run_export_archive(args: argparse.Namespace) -> int:
    from overleg.services.archive_service import export_archive, word_documents

    out = args.out
    if out.exists():
        raise StorageError(f"'{out.name}' bestaat al; kies een nieuwe naam voor het archief.")
    s = services_for_reading(args)
    try:
        summary = export_archive(s.db, out, documents=word_documents(s.ctx))
    finally:
        s.db.close()
    print(f"Archief geschreven: {out} ({summary.describe()})")
    return 0


def run_import_archive(args: argparse.Namespace) -> int:
    from overleg.services.archive_service import import_archive, read_archive
    from overleg.services.container import build_services
    from overleg.services.intake.report import IntakeRefused
    from overleg.storage.database import inspect_file
    from overleg.storage.new_file import new_database

    if not args.archive.exists():
        raise StorageError(f"Het archief '{args.archive}' bestaat niet.")
    read_archive(args.archive)  # a bad archive is refused before any database is touched
    path = db_path(args)
    try:
        if inspect_file(path) == "missing":
            with new_database(path) as db:
                summary = import_archive(build_services(db).ctx, args.archive)
        else:
            s = services_for_writing(args)
            try:
                summary = import_archive(s.ctx, args.archive)
            finally:
                s.db.close()
    except IntakeRefused as exc:
        for line in exc.lines():  # every refused record, then the sentence (main)
            print(f"geweigerd: {line}", file=sys.stderr)
        raise
    print(f"Archief ingelezen in {path}: {summary.describe()}")
    for line in summary.report.lines() if summary.report else []:
        print(f"niet overgenomen: {line}")
    return 0
