"""`overleg export agenda|minutes|decisions|actions`: the Word documents.

    overleg export minutes --db FILE --meeting ID --out verslag.docx [--public]
    overleg export actions --db FILE --body NAME [--from DATE --to DATE] --out lijst.docx
"""

import argparse
from pathlib import Path

from overleg.cli.options import add_db, date_arg, services_for_reading

KINDS = {
    "agenda": ("agenda en uitnodiging van een vergadering", False),
    "minutes": ("verslag van een vergadering", False),
    "decisions": ("besluitenlijst van een vergadering, een overlegorgaan of alle", True),
    "actions": ("actielijst van een vergadering, een overlegorgaan of alle", True),
}


def register(kinds: argparse._SubParsersAction) -> None:
    for kind, (help_text, lists) in KINDS.items():
        p = kinds.add_parser(kind, help=help_text,
                             description=f"Schrijft de {help_text} als Word-document.")
        add_db(p)
        if lists:
            where = p.add_mutually_exclusive_group()  # neither: all bodies
            where.add_argument("--meeting", type=int, metavar="ID",
                               help="één vergadering (id uit 'overleg meetings')")
            where.add_argument("--body", metavar="NAAM",
                               help="één overlegorgaan (naam of code); zonder: alle")
            p.add_argument("--from", dest="start", type=date_arg, metavar="DATUM",
                           help="vanaf deze datum (JJJJ-MM-DD of DD-MM-JJJJ)")
            p.add_argument("--to", dest="end", type=date_arg, metavar="DATUM",
                           help="tot en met deze datum")
        else:
            p.add_argument("--meeting", type=int, metavar="ID", required=True,
                           help="de vergadering (id uit 'overleg meetings')")
        if kind == "actions":
            p.add_argument("--as-of", type=date_arg, metavar="DATUM",
                           help="peildatum voor 'te laat' (standaard: vandaag)")
        p.add_argument("--out", type=Path, metavar="BESTAND.docx", required=True,
                       help="het Word-bestand dat wordt geschreven")
        p.add_argument("--template", type=Path, metavar="BESTAND",
                       help="huisstijlsjabloon (.docx of .dotx); standaard dat van het "
                            "overlegorgaan of de standaardhuisstijl")
        p.add_argument("--public", action="store_true",
                       help="openbare versie: besloten agendapunten weggelaten "
                            "(standaard: volledige versie voor de leden)")
        p.set_defaults(run=run_export, kind=kind, parser=p)


def run_export(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".docx":
        args.parser.error("--out moet een .docx-bestand zijn")
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if args.meeting is not None and (start or end):
        args.parser.error("--from en --to horen bij --body of bij alle overlegorganen, "
                          "niet bij --meeting")
    s = services_for_reading(args)
    try:
        options = {"public": args.public, "template": args.template}
        if args.kind == "agenda":
            path = s.documents.agenda(args.meeting, args.out, **options)
        elif args.kind == "minutes":
            path = s.documents.minutes(args.meeting, args.out, **options)
        else:
            body_id = s.bodies.find(args.body).id if args.body else None
            if args.kind == "decisions":
                export = s.documents.decisions
            else:
                export = s.documents.actions
                options["as_of"] = args.as_of
            path = export(args.out, meeting_id=args.meeting, body_id=body_id,
                          start=start, end=end, **options)
    finally:
        s.db.close()
    print(f"geschreven: {path}")
    return 0
