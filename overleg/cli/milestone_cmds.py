"""`overleg milestones`: statutory and policy deadlines with their warnings, and adding,
editing, completing and deleting them. ('deadlines' is taken: `export ics --deadlines`
exports the due days of follow-ups.)"""

import argparse

from overleg.cli.options import (
    add_action_db,
    add_db,
    add_json,
    date_arg,
    emit_json,
    emit_table,
    services_for_reading,
    services_for_writing,
)
from overleg.domain.deadline_warnings import URGENCY_NL, Urgency
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import MilestoneKind


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("milestones", help="wettelijke en bestuurlijke termijnen (mijlpalen)",
                       description="Open mijlpalen op datum, met wat te laat is, wat binnenkort "
                       "moet en welke wettelijke stap nog geen vergadering heeft. Een datum "
                       "in het weekend of op een feestdag staat zoals de wet hem noemt, met "
                       "een markering; of de Algemene termijnenwet de termijn verlengt, "
                       "beoordeelt u zelf.")
    add_db(p)
    add_json(p)
    p.add_argument("--as-of", type=date_arg, metavar="JJJJ-MM-DD",
                   help="peildatum (standaard: vandaag)")
    p.add_argument("--due-within", type=int, metavar="DAGEN",
                   help="alleen wat binnen zoveel dagen moet, en wat te laat is")
    p.add_argument("--all", action="store_true", help="ook afgeronde mijlpalen")
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(title="bewerken", metavar="ACTIE")

    a = actions.add_parser("add", help="een mijlpaal toevoegen")
    add_action_db(a)
    a.add_argument("title", metavar="TITEL")
    a.add_argument("--due", type=date_arg, required=True, metavar="JJJJ-MM-DD",
                   help="de datum zoals de wet of de afspraak hem noemt")
    _fields(a)
    a.set_defaults(run=run_add)

    e = actions.add_parser("edit", help="een mijlpaal wijzigen")
    add_action_db(e)
    e.add_argument("id", type=int, metavar="ID")
    e.add_argument("--title", metavar="TITEL")
    e.add_argument("--due", type=date_arg, metavar="JJJJ-MM-DD")
    _fields(e)
    e.set_defaults(run=run_edit)

    d = actions.add_parser("done", help="een mijlpaal afronden")
    add_action_db(d)
    d.add_argument("id", type=int, metavar="ID")
    d.add_argument("--on", type=date_arg, metavar="JJJJ-MM-DD", help="standaard: vandaag")
    d.set_defaults(run=run_done)

    r = actions.add_parser("delete", help="een mijlpaal verwijderen")
    add_action_db(r)
    r.add_argument("id", type=int, metavar="ID")
    r.set_defaults(run=run_delete)


def _fields(p: argparse.ArgumentParser) -> None:
    p.add_argument("--kind", choices=["statutory", "policy"],
                   help="wettelijk (statutory) of bestuurlijk (policy)")
    p.add_argument("--legal-basis", metavar="TEKST", help="bijvoorbeeld 'WPO art. 18a lid 9'")
    p.add_argument("--description", metavar="TEKST")
    p.add_argument("--body", metavar="NAAM", help="het overlegorgaan waar het wordt behandeld")
    p.add_argument("--meeting", type=int, action="append", metavar="ID",
                   help="een vergadering waar het wordt behandeld (mag vaker)")


def _changes(s, args: argparse.Namespace) -> dict:
    changes: dict = {}
    for name in ("title", "due", "legal_basis", "description"):
        if getattr(args, name, None) is not None:
            changes[name] = getattr(args, name)
    if args.kind:
        changes["kind"] = MilestoneKind(args.kind)
    if args.body:
        changes["body_id"] = s.bodies.find(args.body).id
    if args.meeting:
        changes["meeting_ids"] = [s.meetings.get(i).id for i in args.meeting]
    return changes


def run_list(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    as_of = args.as_of or s.ctx.today()
    rows = s.milestones.listing(as_of=as_of, within_days=args.due_within,
                                include_done=args.all)
    if args.json:
        emit_json({"id": x.milestone.id, "uuid": x.milestone.uuid, "title": x.milestone.title,
                   "due": x.milestone.due.isoformat(), "due_mark": x.status.mark,
                   "kind": str(x.milestone.kind), "legal_basis": x.milestone.legal_basis,
                   "status": str(x.status.urgency), "days_left": x.status.days_left,
                   "meeting_needed_by": x.status.meeting_needed_by.isoformat()
                   if x.status.meeting_needed_by else None,
                   "done_on": x.milestone.done_on.isoformat() if x.milestone.done_on else None,
                   "party": x.party, "body": x.body, "procedure": x.procedure,
                   "procedure_id": x.milestone.procedure_id,
                   "meeting_ids": x.milestone.meeting_ids} for x in rows)
        return 0
    line = s.milestones.warning_line(as_of)
    if line:
        print(line)
    table = []
    for x in rows:
        m, st = x.milestone, x.status
        due = short_date(m.due) + (f" ({st.mark})" if st.mark else "")
        state = URGENCY_NL[st.urgency]
        if st.urgency is Urgency.DONE:
            state += f" {short_date(m.done_on)}" if m.done_on else ""
        elif st.urgency is not Urgency.OVERDUE:
            state += f" ({st.days_left} d)"
        what = m.title + (f" [{m.legal_basis}]" if m.legal_basis else "")
        if st.meeting_needed_by is not None:
            what += f" — GEEN VERGADERING: uiterlijk {short_date(st.meeting_needed_by)}"
        where = " / ".join(p for p in (x.body, x.party) if p) or "-"
        table.append([str(m.id), due, state, where, what])
    emit_table(table)
    return 0


def run_add(args: argparse.Namespace) -> int:
    from overleg.domain.milestones import Milestone

    s = services_for_writing(args, create=True)
    changes = _changes(s, args)
    m = s.milestones.add(Milestone(**{"kind": MilestoneKind.STATUTORY, **changes}))
    print(f"Mijlpaal {m.id} toegevoegd: {m.title}, {short_date(m.due)}.")
    return 0


def run_edit(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    m = s.milestones.edit(args.id, **_changes(s, args))
    print(f"Mijlpaal {m.id} gewijzigd: {m.title}, {short_date(m.due)}.")
    return 0


def run_done(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    moved = s.milestones.complete(args.id, args.on)
    print(f"Mijlpaal {args.id} afgerond.")
    for m in moved:
        print(f"  verschoven: {m.id} {m.title} → {short_date(m.due)}")
    return 0


def run_delete(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    s.milestones.delete(args.id)
    print(f"Mijlpaal {args.id} verwijderd.")
    return 0
