"""`overleg attach`: documents added to an agenda item; `overleg attachments`: the
documents of a meeting, per item."""

import argparse
from pathlib import Path

from overleg.cli.options import (
    add_db,
    add_json,
    emit_json,
    emit_table,
    services_for_reading,
    services_for_writing,
)
from overleg.domain.attachments import size_text
from overleg.domain.errors import NotFoundError, ValidationError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("attach", help="stukken toevoegen aan een agendapunt",
                       description="Voegt bestanden (PDF, Word, Excel, ...; elk tot 200 MB) "
                       "toe aan een agendapunt. Een bestand dat al in de database staat, "
                       "wordt niet nog eens bewaard.")
    add_db(p)
    p.add_argument("--meeting", type=int, required=True, metavar="ID",
                   help="de vergadering (zie overleg meetings)")
    p.add_argument("--item", type=int, required=True, metavar="N",
                   help="het nummer van het agendapunt")
    p.add_argument("files", type=Path, nargs="+", metavar="BESTAND")
    p.add_argument("--title", metavar="TITEL",
                   help="de titel (alleen bij één bestand; standaard de bestandsnaam)")
    p.add_argument("--version", default="", metavar="TEKST",
                   help="een datum of versie, bijvoorbeeld 'concept 2' of '12-11-2013'")
    p.add_argument("--confidential", action="store_true",
                   help="vertrouwelijk: niet in openbare stukken en niet voor gasten")
    p.set_defaults(run=run_attach)

    a = sub.add_parser("attachments", help="de stukken van een vergadering",
                       description="De stukken per agendapunt, met grootte en SHA-256.")
    add_db(a)
    add_json(a)
    a.add_argument("--meeting", type=int, required=True, metavar="ID")
    a.set_defaults(run=run_list)


def run_attach(args: argparse.Namespace) -> int:
    if args.title and len(args.files) > 1:
        raise ValidationError("--title geldt voor één bestand; voeg meerdere bestanden "
                              "zonder --title toe (de titel wordt dan de bestandsnaam).")
    s = services_for_writing(args)
    item_id = _item(s, args.meeting, args.item)
    prepared = []
    try:
        for path in args.files:
            prepared.append(s.attachments.prepare(path))
        with s.db.atomic():
            added = [s.attachments.add(item_id, p, title=args.title or "",
                                       version=args.version, confidential=args.confidential)
                     for p in prepared]
    except BaseException:
        s.attachments.discard(prepared)
        raise
    for a in added:
        print(f"{a.id}  {a.title} ({a.file_name}, {size_text(a.size)})")
    return 0


def run_list(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    s.meetings.get(args.meeting)
    items = {i.id: i for i in s.agenda.agenda(args.meeting)}
    docs = s.attachments.for_meeting(args.meeting)
    closed = s.attachments.closed.closed_items(items)
    if args.json:
        emit_json({"id": a.id, "uuid": a.uuid, "item": items[a.item_id].number,
                   "item_title": items[a.item_id].title, "title": a.title,
                   "version": a.version, "file_name": a.file_name, "size": a.size,
                   "media_type": a.media_type, "sha256": a.sha256,
                   "confidential": s.attachments.is_confidential(a, a.item_id in closed),
                   "added_at": a.added_at.isoformat()} for a in docs)
        return 0
    emit_table([[str(a.id), items[a.item_id].number, a.title, a.version, a.file_name,
                 size_text(a.size),
                 "vertrouwelijk" if s.attachments.is_confidential(a, a.item_id in closed)
                 else ""] for a in docs])
    return 0


def _item(s, meeting_id: int, number: int) -> int:
    s.meetings.get(meeting_id)
    for item in s.agenda.agenda(meeting_id):
        if item.position == number:
            return item.id
    raise NotFoundError(f"Vergadering {meeting_id} heeft geen agendapunt {number}.")
