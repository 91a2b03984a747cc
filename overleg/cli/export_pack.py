"""`overleg export pack`: the meeting pack (vergaderstukken) of one meeting.

    overleg export pack --db FILE --meeting ID [--public] [--zip] --out FILE.pdf|FILE.zip
"""

import argparse
from pathlib import Path

from overleg.cli.options import add_db, services_for_reading


def register(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser(
        "pack", help="vergaderstukken: agenda en stukken per agendapunt in één PDF of ZIP",
        description="Schrijft de vergaderstukken van een vergadering: een voorblad, de "
                    "agenda en de PDF-stukken per agendapunt in één PDF met bladwijzers "
                    "en paginanummers, of met --zip de bestanden zelf.")
    add_db(p)
    p.add_argument("--meeting", type=int, metavar="ID", required=True,
                   help="de vergadering (id uit 'overleg meetings')")
    p.add_argument("--public", action="store_true",
                   help="openbare versie: besloten agendapunten en vertrouwelijke stukken "
                        "weggelaten")
    p.add_argument("--zip", action="store_true",
                   help="een ZIP met de bestanden, genoemd naar het agendapunt")
    p.add_argument("--out", type=Path, metavar="BESTAND", required=True,
                   help="het bestand dat wordt geschreven (.pdf, of .zip met --zip)")
    p.set_defaults(run=run_pack, parser=p)


def run_pack(args: argparse.Namespace) -> int:
    suffix = ".zip" if args.zip else ".pdf"
    if args.out.suffix.lower() != suffix:
        args.parser.error(f"--out moet een {suffix}-bestand zijn")
    s = services_for_reading(args)
    try:
        if args.zip:
            path, notes = s.pack.pack_zip(args.meeting, args.out, public=args.public)
        else:
            path, report = s.pack.pack(args.meeting, args.out, public=args.public)
            notes = [f"niet opgenomen: {line}" for line in report.not_included]
            if report.items_left_out or report.files_left_out:
                items, files = report.items_left_out, report.files_left_out
                notes.append(
                    f"weggelaten: {items} besloten agendapunt{'' if items == 1 else 'en'}, "
                    f"{files} vertrouwelijk{'' if files == 1 else 'e'} "
                    f"stuk{'' if files == 1 else 'ken'}")
    finally:
        s.db.close()
    for line in notes:
        print(line)
    print(f"geschreven: {path}")
    return 0
