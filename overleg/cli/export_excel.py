"""`overleg export xlsx`: the action list or the decision register as an Excel workbook."""

import argparse
from pathlib import Path

from overleg.cli.options import add_db, services_for_reading
from overleg.domain.enums import FollowUpStatus


def register(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser("xlsx", help="actielijst of besluitenlijst als Excel-bestand",
                         description="Schrijft de actielijst of de besluitenlijst als "
                         "Excel-werkmap, met echte datums, filters en een vaste kopregel.")
    add_db(p)
    p.add_argument("list", choices=["actions", "decisions"], metavar="actions|decisions",
                   help="actions: de actielijst; decisions: de besluitenlijst")
    p.add_argument("--body", metavar="NAAM", help="alleen dit overlegorgaan (naam of code)")
    p.add_argument("--open", action="store_true", help="alleen open actiepunten")
    p.add_argument("--public", action="store_true",
                   help="openbare versie: besloten actiepunten en besluiten weggelaten")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.xlsx")
    p.set_defaults(run=run_xlsx)


def run_xlsx(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    try:
        body_id = s.bodies.find(args.body).id if args.body else None
        if args.list == "actions":
            flt = s.followups.filter(body_id=body_id, status=FollowUpStatus.OPEN
                                     if args.open else None)
            out = s.spreadsheets.export_actions(args.out, flt, public=args.public)
        else:
            out = s.spreadsheets.export_decisions(args.out, body_id, public=args.public)
    finally:
        s.db.close()
    print(f"Excel-bestand geschreven: {out}")
    return 0
