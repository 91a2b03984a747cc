"""`overleg export ics`: a meeting or a body's year as an iCalendar file."""

import argparse
from pathlib import Path

from overleg.cli.options import add_db, services_for_reading
from overleg.domain.records import id_of
from overleg.exports.calendar.ics import DeadlineStyle


def register(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser("ics", help="vergaderingen als agenda-afspraken (.ics)",
                         description="Schrijft één vergadering of alle vergaderingen van een "
                         "overlegorgaan in een jaar als iCalendar-bestand voor Outlook. Een "
                         "nieuwe export werkt bestaande afspraken bij (ook na verplaatsen of "
                         "annuleren).")
    add_db(p)
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("--meeting", type=int, metavar="ID", help="één vergadering (id)")
    which.add_argument("--body", metavar="NAAM", help="alle vergaderingen van dit "
                       "overlegorgaan (naam of code) in één jaar")
    p.add_argument("--year", type=int, metavar="JAAR",
                   help="het jaar bij --body (standaard: dit jaar)")
    p.add_argument("--deadlines", choices=[s.value for s in DeadlineStyle],
                   help="ook de termijnen van open actiepunten (bij --meeting: die daar "
                   "zijn afgesproken), als taak (todo) of als hele-dag-afspraak (all-day)")
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.ics")
    p.set_defaults(run=run_ics)


def run_ics(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    style = DeadlineStyle(args.deadlines) if args.deadlines else None
    try:
        if args.meeting is not None:
            out = s.calendar.export_meeting(args.meeting, args.out, style)
        else:
            body = s.bodies.find(args.body)
            year = args.year or s.ctx.today().year
            out = s.calendar.export_year(id_of(body), year, args.out, style)
    finally:
        s.db.close()
    print(f"Agendabestand geschreven: {out}")
    return 0
