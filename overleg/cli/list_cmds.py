"""The listing commands: meetings, actions, search. Plain text for people, --json for
scripts (ISO dates and each record's UUID)."""

import argparse

from overleg.cli.options import (
    add_db,
    add_json,
    date_arg,
    emit_json,
    emit_table,
    services_for_reading,
)
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import FollowUpStatus
from overleg.domain.vocabulary import nl


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("meetings", help="lijst van vergaderingen",
                       description="Eén regel per vergadering: id, datum, overlegorgaan, status.")
    add_db(p)
    add_json(p)
    p.add_argument("--body", metavar="NAAM", help="alleen dit overlegorgaan (naam of code)")
    p.set_defaults(run=run_meetings)

    p = sub.add_parser("actions", help="de actielijst",
                       description="Actiepunten van alle overlegorganen, op termijn gesorteerd.")
    add_db(p)
    add_json(p)
    p.add_argument("--open", action="store_true", help="alleen open actiepunten")
    p.add_argument("--overdue", action="store_true",
                   help="alleen open actiepunten waarvan de termijn verstreken is")
    p.add_argument("--body", metavar="NAAM", help="alleen uit dit overlegorgaan (naam of code)")
    p.add_argument("--as-of", type=date_arg, metavar="JJJJ-MM-DD",
                   help="peildatum voor 'te laat' (standaard: vandaag)")
    p.set_defaults(run=run_actions)

    p = sub.add_parser("search", help="zoeken in agendapunten, aantekeningen, besluiten en "
                       "actiepunten", description="Zoekt op alle woorden; het laatste woord "
                       "mag een begin zijn ('thuiszit').")
    add_db(p)
    add_json(p)
    p.add_argument("text", metavar="TEKST", help="de zoekwoorden")
    p.set_defaults(run=run_search)


def run_meetings(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    body_id = s.bodies.find(args.body).id if args.body else None
    listings = s.meetings.listings(body_id=body_id)
    if args.json:
        emit_json({"id": x.meeting.id, "uuid": x.meeting.uuid,
                   "starts_at": x.meeting.starts_at.isoformat(),
                   "ends_at": x.meeting.end.isoformat(),
                   "body": x.body_name, "body_code": x.body_code,
                   "location": x.meeting.location, "status": str(x.meeting.status)}
                  for x in listings)
    else:
        emit_table([[str(x.meeting.id), f"{short_date(x.meeting.day)} "
                     f"{x.meeting.starts_at:%H.%M}", x.body_name, nl(x.meeting.status)]
                    for x in listings])
    return 0


def run_actions(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    kwargs: dict = {"overdue_only": args.overdue}
    if args.open:
        kwargs["status"] = FollowUpStatus.OPEN
    if args.body:
        kwargs["body_id"] = s.bodies.find(args.body).id
    if args.as_of:
        kwargs["as_of"] = args.as_of
    listings = s.followups.all(s.followups.filter(**kwargs))
    if args.json:
        emit_json({"id": x.followup.id, "uuid": x.followup.uuid, "text": x.followup.text,
                   "owner": x.followup.owner_label, "body": x.body_name,
                   "status": str(x.followup.status), "overdue": x.overdue,
                   "due": x.followup.target.due.isoformat() if x.followup.target.due else None,
                   "target_meeting_id": x.followup.target.meeting_id,
                   "target": x.target_label,
                   "done_on": x.followup.done_on.isoformat() if x.followup.done_on else None,
                   "result": x.followup.result} for x in listings)
    else:
        emit_table([[str(x.followup.id),
                     short_date(x.followup.target.due) if x.followup.target.due else "-",
                     "TE LAAT" if x.overdue else nl(x.followup.status),
                     x.followup.owner_label or "-",
                     x.followup.text.splitlines()[0][:90]
                     + (f"  → {x.followup.target.meeting_label}"
                        if x.followup.target.meeting_id else "")]
                    for x in listings])
    return 0


KIND_NL = {"item": "agendapunt", "decision": "besluit", "followup": "actiepunt",
           "position": "standpunt", "document": "stuk"}


def run_search(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    hits = s.search.search(args.text)
    if args.json:
        emit_json({"kind": h.kind, "id": h.record_id, "uuid": h.uuid,
                   "meeting_id": h.meeting_id, "title": h.title, "snippet": h.snippet,
                   "body": h.body_name, "date": h.day.isoformat() if h.day else None}
                  for h in hits)
    else:
        for h in hits:
            where = f"{h.body_name} {short_date(h.day)}" if h.day else h.body_name
            print(f"{KIND_NL[h.kind]} {h.record_id} — {where} — {h.title}")
            print(f"    {h.snippet}")
    return 0
