"""`overleg procedures`, `positions` and `disputes`: an OOGO cycle on the command line,
from a template to the dispute track."""

import argparse
from datetime import datetime

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
from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import OrganisationKind, Outcome
from overleg.domain.errors import ValidationError
from overleg.domain.positions import STANCE_NL, stance_of
from overleg.domain.records import id_of

LEAD_KIND = {"support_plan_po": OrganisationKind.SWV_PO, "support_plan_vo": OrganisationKind.SWV_VO}


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("procedures", help="OOGO-procedures uit sjablonen",
                       description="Zonder actie: de procedures met hun stappen.")
    add_db(p)
    add_json(p)
    p.set_defaults(run=run_list)
    actions = p.add_subparsers(title="acties", metavar="ACTIE")
    t = actions.add_parser("templates", help="de beschikbare sjablonen")
    add_action_db(t)
    t.set_defaults(run=run_templates)
    n = actions.add_parser("new", help="een procedure uit een sjabloon")
    add_action_db(n)
    n.add_argument("template", metavar="SJABLOON", help="bijvoorbeeld ondersteuningsplan")
    n.add_argument("--year", type=int, required=True, metavar="JAAR",
                   help="het jaar van de procedure (ondersteuningsplan: beginjaar van het "
                        "eerste schooljaar, 2027 voor 2027-2028)")
    n.add_argument("--lead", metavar="ORGANISATIE", help="wie de procedure voert (het SWV)")
    n.add_argument("--party", action="append", default=[], metavar="ORGANISATIE",
                   help="een partij, bijvoorbeeld een gemeente in het gebied (mag vaker)")
    n.add_argument("--reference", type=date_arg, metavar="JJJJ-MM-DD",
                   help="peildatum (vaststelling door de raad) waar het sjabloon die vraagt")
    n.add_argument("--title", default="", metavar="TITEL")
    n.set_defaults(run=run_new)
    m = actions.add_parser("meeting", help="een vergadering plannen voor een stap")
    add_action_db(m)
    m.add_argument("step", type=int, metavar="MIJLPAAL-ID")
    m.add_argument("--at", required=True, metavar="'JJJJ-MM-DD UU:MM'")
    m.set_defaults(run=run_meeting)

    q = sub.add_parser("positions", help="standpunten per partij per agendapunt")
    add_db(q)
    add_json(q)
    q.add_argument("--meeting", type=int, metavar="ID", help="de standpunten in deze vergadering")
    q.add_argument("--search", metavar="TEKST", help="zoeken in standpunten en versies")
    q.set_defaults(run=run_positions)
    qa = q.add_subparsers(title="acties", metavar="ACTIE")
    s = qa.add_parser("set", help="het standpunt van een partij vastleggen")
    add_action_db(s)
    s.add_argument("item", type=int, metavar="AGENDAPUNT-ID")
    s.add_argument("--party", required=True, metavar="ORGANISATIE")
    s.add_argument("--stance", required=True, metavar="akkoord|voorbehoud|niet akkoord")
    s.add_argument("--text", default="", metavar="TEKST")
    s.add_argument("--version", default="", metavar="VERSIE",
                   help="de versie van het besproken stuk, bijvoorbeeld 'concept 0.3'")
    s.set_defaults(run=run_set_position)
    o = qa.add_parser("outcome", help="de uitkomst van een agendapunt vastleggen")
    add_action_db(o)
    o.add_argument("item", type=int, metavar="AGENDAPUNT-ID")
    o.add_argument("outcome", choices=[x.value for x in Outcome])
    o.set_defaults(run=run_outcome)

    d = sub.add_parser("disputes", help="geschillen en hun termijnen")
    add_db(d)
    add_json(d)
    d.set_defaults(run=run_disputes)
    da = d.add_subparsers(title="acties", metavar="ACTIE")
    op = da.add_parser("open", help="het geschillentraject van een agendapunt openen")
    add_action_db(op)
    op.add_argument("item", type=int, metavar="AGENDAPUNT-ID")
    op.set_defaults(run=run_open_dispute)
    cl = da.add_parser("close", help="een geschil afsluiten met zijn uitkomst")
    add_action_db(cl)
    cl.add_argument("id", type=int, metavar="ID")
    cl.add_argument("--result", required=True, metavar="TEKST")
    cl.add_argument("--on", type=date_arg, metavar="JJJJ-MM-DD")
    cl.set_defaults(run=run_close_dispute)


def _steps_json(view) -> dict:
    p = view.procedure
    return {"id": p.id, "uuid": p.uuid, "template": p.template_code, "title": p.title,
            "year": p.year, "parties": p.party_ids, "body_id": p.body_id, "item_id": p.item_id,
            "parent_id": p.parent_id, "result": p.result,
            "closed_on": p.closed_on.isoformat() if p.closed_on else None,
            "steps": [{"id": m.id, "step": m.step_code, "title": m.title,
                       "due": m.due.isoformat(), "party_id": m.party_id,
                       "done_on": m.done_on.isoformat() if m.done_on else None,
                       "meeting_ids": m.meeting_ids} for m in view.steps]}


def _print_procedures(s, procedures) -> None:
    for p in procedures:
        view = s.procedures.view(p.id)
        closed = f" — afgesloten {short_date(p.closed_on)}: {p.result}" if p.closed_on else ""
        print(f"{p.id} {p.title}{closed}")
        emit_table([["  " + str(m.id), short_date(m.due) + (f" ({m.due_mark()})"
                     if m.due_mark() else ""), f"afgerond {short_date(m.done_on)}"
                     if m.done_on else "open", m.title] for m in view.steps])


def run_list(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    procs = s.procedures.all()
    if args.json:
        emit_json(_steps_json(s.procedures.view(id_of(p))) for p in procs)
    else:
        _print_procedures(s, procs)
    return 0


def run_templates(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    emit_table([[t.code, t.title, f"jaar = {t.year_label}"] for t in s.procedures.templates()])
    return 0


def run_new(args: argparse.Namespace) -> int:
    from overleg.services.procedure_templates import template

    s = services_for_writing(args, create=True)  # the first command on an empty file
    t = template(args.template)
    lead = (s.procedures.organisation_named(
        args.lead, LEAD_KIND.get(t.subject, OrganisationKind.OTHER)) if args.lead else None)
    parties = [s.procedures.organisation_named(name, OrganisationKind.MUNICIPALITY)
               for name in args.party]
    view = s.procedures.create(t.code, args.year, party_ids=parties, lead_id=lead,
                               reference=args.reference, title=args.title)
    print(f"Procedure {view.procedure.id} aangemaakt: {view.procedure.title}.")
    _print_procedures(s, [view.procedure])
    return 0


def run_meeting(args: argparse.Namespace) -> int:
    try:
        at = datetime.fromisoformat(args.at)
    except ValueError:
        raise ValidationError(f"'{args.at}' is geen datum met tijd; schrijf bijvoorbeeld "
                              "'2027-02-10 14:00'.") from None
    s = services_for_writing(args)
    meeting_id, item_id = s.procedures.plan_meeting(args.step, at)
    print(f"Vergadering {meeting_id} gepland op {short_date(at.date())} met agendapunt "
          f"{item_id}.")
    return 0


def run_positions(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    if args.search:
        found = s.positions.search(args.search)
    elif args.meeting:
        found = s.positions.of_meeting(args.meeting)
    else:
        raise ValidationError("Noem een vergadering (--meeting) of zoekwoorden (--search).")
    if args.json:
        emit_json({"item_id": x.position.item_id, "item": x.item_title, "party": x.party,
                   "stance": str(x.position.stance), "text": x.position.text,
                   "document_version": x.position.document_version,
                   "meeting_id": x.meeting_id, "uuid": x.position.uuid} for x in found)
    else:
        emit_table([[str(x.position.item_id), x.party, STANCE_NL[x.position.stance],
                     x.position.document_version or "-", x.position.text or "-"]
                    for x in found])
    return 0


def run_set_position(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    org = s.procedures.organisation_named(args.party, OrganisationKind.OTHER)
    p = s.positions.set(args.item, org, stance_of(args.stance), args.text, args.version)
    print(f"Standpunt vastgelegd: {args.party}, {STANCE_NL[p.stance]}.")
    return 0


def run_outcome(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    s.agenda.update_item(args.item, outcome=Outcome(args.outcome))
    print(f"Uitkomst van agendapunt {args.item} vastgelegd.")
    return 0


def run_disputes(args: argparse.Namespace) -> int:
    s = services_for_reading(args)
    found = s.procedures.all(disputes=True)
    if args.json:
        emit_json(_steps_json(s.procedures.view(id_of(p))) for p in found)
    else:
        _print_procedures(s, found)
        for item_id in s.procedures.items_without_track():
            print(f"Agendapunt {item_id} heeft de uitkomst geschil, maar nog geen traject: "
                  f"overleg disputes open {item_id}")
    return 0


def run_open_dispute(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    view = s.procedures.open_dispute(args.item)
    print(f"Geschil {view.procedure.id} geopend.")
    _print_procedures(s, [view.procedure])
    return 0


def run_close_dispute(args: argparse.Namespace) -> int:
    s = services_for_writing(args)
    p = s.procedures.close_dispute(args.id, args.result, args.on)
    print(f"Geschil {p.id} afgesloten.")
    return 0
