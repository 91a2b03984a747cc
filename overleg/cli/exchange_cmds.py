"""`overleg exchange export|import`: exchange packages with the other party or a
colleague (services/exchange). What a command needs is imported when it runs."""

import argparse
import json
import sys
from pathlib import Path

from overleg.cli.options import add_action_db, services_for_writing


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("exchange", help="uitwisselingspakketten maken en inlezen",
                       description="Wisselt vergaderingen met hun agenda, verslag, besluiten, "
                       "actiepunten, standpunten en mijlpalen uit met de andere partij of "
                       "een collega, in één bestand. Bij inlezen wordt elk verschil per record "
                       "en per veld getoond; niets wordt dubbel opgenomen.")
    actions = p.add_subparsers(title="acties", metavar="ACTIE", required=True)
    e = actions.add_parser("export", help="schrijf een uitwisselingspakket",
                           description="Schrijft een pakket van één vergadering, één "
                           "overlegorgaan of alles; met --public zonder besloten punten.")
    add_action_db(e)
    which = e.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="één vergadering")
    which.add_argument("--body", metavar="NAAM", help="een overlegorgaan (naam of code)")
    which.add_argument("--all", action="store_true", help="alles")
    e.add_argument("--public", action="store_true",
                   help="de openbare versie: zonder besloten punten en wat erbij hoort")
    e.add_argument("--out", type=Path, required=True, metavar="BESTAND.overleg")
    e.set_defaults(run=run_export)

    i = actions.add_parser("import", help="lees een uitwisselingspakket in",
                           description="Controleert elk record met de regels van Overleg "
                           "en toont wat nieuw is, wat verschilt (beide waarden, wie en "
                           "wanneer) en wat verwijderd is. Met --accept-all worden hun latere "
                           "wijzigingen overgenomen (als één stap die ongedaan kan worden "
                           "gemaakt); met --reject-all of --dry-run verandert er niets.")
    add_action_db(i)
    i.add_argument("package", type=Path, metavar="PAKKET")
    i.add_argument("--dry-run", action="store_true", help="alleen tonen, niets veranderen")
    i.add_argument("--json", action="store_true", help="de verschillen als JSON")
    choice = i.add_mutually_exclusive_group()
    choice.add_argument("--accept-all", action="store_true",
                        help="neem alle wijzigingen van de afzender over die later zijn dan "
                        "de eigen")
    choice.add_argument("--reject-all", action="store_true",
                        help="houd overal de eigen waarden")
    i.set_defaults(run=run_import)


def run_export(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    scope = s.exchange.scope(meeting=args.meeting, body=args.body, everything=args.all)
    package = s.exchange.export(scope, args.out, public=args.public)
    n = sum(len(rows) for rows in package.records.values())
    print(f"{n} records en {len(package.tombstones)} verwijderingen geschreven naar "
          f"{args.out.name}.")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from overleg.services.intake.report import IntakeRefused

    s = services_for_writing(args)
    try:
        preview = s.exchange.preview(args.package)
    except IntakeRefused as exc:
        for line in exc.lines():
            print(f"geweigerd: {line}", file=sys.stderr)
        raise
    if args.json:
        json.dump(preview.as_dict(), sys.stdout, ensure_ascii=False, indent=1, default=str)
        print()
    else:
        for d in preview.differences:
            print(_line(d))
    if args.dry_run or not (args.accept_all or args.reject_all):
        if not args.json:
            print(f"{len(preview.differences)} verschil(len); er is niets veranderd.")
        return 0
    if args.reject_all:
        print("Alle eigen waarden behouden; er is niets veranderd.", file=sys.stderr)
        return 0
    done = s.exchange.apply(preview, preview.accept_all())
    print(f"{done.result} records bijgewerkt uit {args.package.name}.", file=sys.stderr)
    return 0


_KIND = {"new": "nieuw", "changed": "anders", "removed": "verwijderd door afzender",
         "removed_here": "hier verwijderd"}


def _line(d) -> str:
    head = f"{_KIND[d.kind]}: {d.table} {d.uuid} {d.label}".rstrip()
    parts = [head]
    for f in d.fields:
        parts.append(f"  {f.name}: hier {f.local!r} ({f.local_stamp.by or '?'} "
                     f"{f.local_stamp.at or '?'}), afzender {f.incoming!r} "
                     f"({f.incoming_stamp.by or '?'} {f.incoming_stamp.at or '?'})")
    return "\n".join(parts)
