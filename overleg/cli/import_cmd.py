"""`overleg import actions`: an existing action list (Excel or CSV) into the database."""

import argparse
import sys
from pathlib import Path

from overleg.cli.options import add_db, services_for_writing


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("import", help="lees een bestaande lijst in",
                       description="Leest een lijst uit een ander programma in.")
    kinds = p.add_subparsers(title="soorten", metavar="SOORT", required=True)
    a = kinds.add_parser(
        "actions", help="een actielijst uit Excel (.xlsx) of CSV",
        description="Leest een actielijst in. Kolommen worden herkend aan hun naam "
        "(actiepunt/omschrijving, eigenaar/trekker, termijn/datum, vergadering, status) of "
        "via een koppelbestand (JSON, bijvoorbeeld {\"actiepunt\": \"Wat\", \"eigenaar\": "
        "\"C\"}). Regels die niet te lezen zijn worden met de reden gemeld; de rest wordt "
        "in één keer ingelezen. Overtreedt een regel de regels van Overleg (bijvoorbeeld "
        "een te lange tekst), dan wordt niets ingelezen en staat elke geweigerde regel met "
        "de reden op het scherm. Onbekende eigenaren worden als nieuwe persoon toegevoegd.")
    add_db(a)
    a.add_argument("file", type=Path, metavar="BESTAND.xlsx|BESTAND.csv")
    a.add_argument("--mapping", type=Path, metavar="BESTAND.json",
                   help="koppelbestand: welke kolom welk veld bevat")
    a.add_argument("--meeting", type=int, metavar="ID",
                   help="de vergadering waarin de acties zijn afgesproken (dan horen ze bij "
                   "dat overlegorgaan)")
    a.add_argument("--encoding", metavar="CODERING",
                   help="tekencodering van een CSV-bestand dat geen UTF-8 is (bijvoorbeeld "
                   "cp1252, wat Excel als 'CSV (gescheiden door lijstscheidingsteken)' "
                   "schrijft); zonder deze optie wordt zo'n bestand geweigerd")
    a.set_defaults(run=run_import_actions)


def run_import_actions(args: argparse.Namespace) -> int:
    from overleg.services.intake.report import IntakeRefused

    s = services_for_writing(args)
    try:
        count, preview = s.imports.import_file(args.file, args.mapping, args.meeting,
                                               encoding=args.encoding)
    except IntakeRefused as exc:
        for line in exc.lines():  # every refused row, then the sentence (main)
            print(f"geweigerd: {line}", file=sys.stderr)
        raise
    finally:
        s.db.close()
    for problem in preview.problems:
        print(f"regel {problem.line} overgeslagen: {problem.reason}", file=sys.stderr)
    changed = preview.changed
    for a in changed:
        print(f"regel {a.line} wijzigt een bestaand actiepunt: "
              + "; ".join(c.sentence() for c in a.changes))
    print(f"{count} actiepunt{'en' if count != 1 else ''} ingelezen uit {args.file.name}"
          + (f", waarvan {len(changed)} als wijziging" if changed else "") + ".")
    if preview.unchanged:
        one = preview.unchanged == 1
        print(f"{preview.unchanged} {'regel stond' if one else 'regels stonden'} al "
              "ongewijzigd in Overleg.")
    if preview.new_people:
        print("Nieuwe personen toegevoegd: " + ", ".join(preview.new_people) + ".")
    return 0
