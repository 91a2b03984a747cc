"""Commands about the database file itself: demo, check. What a command needs is
imported when it runs (see options.py)."""

import argparse

from overleg.cli.options import add_db, db_path
from overleg.domain.dutch_dates import short_date
from overleg.storage.errors import StorageError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("demo", help="maak een voorbeelddatabase",
                       description="Maakt een nieuw bestand met de voorbeeldgegevens uit de "
                       "brondocumenten (Drechtsteden en Lelystad, 2013). Een bestaand bestand "
                       "wordt nooit overschreven; lukt het niet, dan blijft er niets achter.")
    add_db(p)
    p.set_defaults(run=run_demo)

    p = sub.add_parser("check", help="controleer versie en integriteit van een database")
    add_db(p)
    p.set_defaults(run=run_check)


def run_demo(args: argparse.Namespace) -> int:
    from overleg.services.container import build_services
    from overleg.services.demo import build_demo
    from overleg.storage.database import inspect_file
    from overleg.storage.new_file import new_database

    path = db_path(args)
    if inspect_file(path) != "missing":
        raise StorageError(f"'{path.name}' bestaat al; kies een nieuw bestand voor de "
                           "voorbeelddatabase.")
    with new_database(path) as db:
        build_demo(build_services(db))
    print(f"Voorbeelddatabase gemaakt: {path}")
    return 0


def run_check(args: argparse.Namespace) -> int:
    from overleg.services.audit_service import check_trail
    from overleg.storage.database import integrity_problems, open_for_reading, schema_version
    from overleg.storage.migrations import SCHEMA_VERSION

    path = db_path(args)
    db = open_for_reading(path)
    try:
        version, problems = schema_version(db), integrity_problems(db)
        trail = check_trail(db, path)
    finally:
        db.close()
    print(f"Bestand: {path}")
    print(f"Schemaversie: {version} (deze versie van Overleg: {SCHEMA_VERSION})")
    if problems:
        print("Integriteit: NIET in orde")
        for p in problems[:20]:
            print(f"  - {p}")
    else:
        print("Integriteit: in orde")
    for e in trail.events:
        print(f"Audittrail: {e.reason or e.new_value} ({short_date(e.at.date())} "
              f"{e.at:%H.%M}, {e.user})")
    if trail.breaks:
        print(f"Audittrail: NIET in orde ({trail.rows} rijen, {_anchors(trail.anchors)})")
        for b in trail.breaks[:20]:
            print(f"  - {b.message}")
    else:
        print(f"Audittrail: in orde ({trail.rows} rijen, keten sluitend; "
              f"{_anchors(trail.anchors)})")
    from overleg.services.encryption_note import encryption_note

    print(f"Versleuteling: {encryption_note(path)}")
    return 1 if problems or trail.breaks else 0


def _anchors(n: int) -> str:
    return f"{n} {'anker' if n == 1 else 'ankers'} buiten het bestand"
