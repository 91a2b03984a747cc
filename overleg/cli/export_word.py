"""`overleg export agenda|minutes|decisions|actions`: the Word documents, or with --pdf
their PDF/A-2b versions.

    overleg export minutes --db FILE --meeting ID --out verslag.docx [--public]
    overleg export agenda --db FILE --meeting ID --out agenda.pdf --pdf [--public]
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
                             description=f"Schrijft de {help_text} als Word-document, "
                                         "of met --pdf als PDF/A.")
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
        p.add_argument("--out", type=Path, metavar="BESTAND", required=True,
                       help="het bestand dat wordt geschreven (.docx, of .pdf met --pdf)")
        p.add_argument("--pdf", action="store_true",
                       help="PDF/A-2b in de standaardhuisstijl in plaats van Word")
        p.add_argument("--template", type=Path, metavar="BESTAND",
                       help="huisstijlsjabloon (.docx of .dotx); standaard dat van het "
                            "overlegorgaan of de standaardhuisstijl")
        p.add_argument("--public", action="store_true",
                       help="openbare versie: besloten agendapunten weggelaten "
                            "(standaard: volledige versie voor de leden)")
        p.set_defaults(run=run_export, kind=kind, parser=p)


def run_export(args: argparse.Namespace) -> int:
    suffix = ".pdf" if args.pdf else ".docx"
    if args.out.suffix.lower() != suffix:
        args.parser.error(f"--out moet een {suffix}-bestand zijn")
    if args.pdf and args.template is not None:
        args.parser.error("--template hoort bij Word; de PDF volgt de standaardhuisstijl")
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if args.meeting is not None and (start or end):
        args.parser.error("--from en --to horen bij --body of bij alle overlegorganen, "
                          "niet bij --meeting")
    s = services_for_reading(args)
    try:
        docs = s.pdf_documents if args.pdf else s.documents
        options = {"public": args.public} if args.pdf else \
            {"public": args.public, "template": args.template}
        if args.kind == "agenda":
            path = docs.agenda(args.meeting, args.out, **options)
        elif args.kind == "minutes":
            path = docs.minutes(args.meeting, args.out, **options)
        else:
            body_id = s.bodies.find(args.body).id if args.body else None
            if args.kind == "decisions":
                export = docs.decisions
            else:
                export = docs.actions
                options["as_of"] = args.as_of
            path = export(args.out, meeting_id=args.meeting, body_id=body_id,
                          start=start, end=end, **options)
    finally:
        s.db.close()
    print(f"geschreven: {path}")
    return 0
