"""A support-plan OOGO of the SWV PO Flevoland with Lelystad and Dronten, built through the
services: the procedure, an OOGO meeting per municipality, positions, a closed point, a
dispute. Shared by the statement, matrix and notice tests."""

from dataclasses import dataclass
from datetime import date, datetime

from overleg.domain.enums import AttendanceStatus, OrganisationKind, Outcome
from overleg.domain.organisations import Person
from overleg.domain.positions import Stance
from overleg.services.container import Services

SECRET = "Casus van een thuiszitter in Dronten"


@dataclass
class Cycle:
    procedure_id: int
    swv: int
    lelystad: int
    dronten: int
    items: dict[str, int]  # 'Lelystad', 'Dronten', 'besloten'
    dispute_id: int
    closed_dispute_id: int


def support_plan_cycle(s: Services) -> Cycle:
    procs = s.procedures
    swv = procs.organisation_named("SWV PO Flevoland", OrganisationKind.SWV_PO)
    lelystad = procs.organisation_named("Gemeente Lelystad", OrganisationKind.MUNICIPALITY)
    dronten = procs.organisation_named("Gemeente Dronten", OrganisationKind.MUNICIPALITY)
    view = procs.create("ondersteuningsplan", 2014, party_ids=[lelystad, dronten], lead_id=swv)
    pid = view.procedure.id
    oogo = {m.party_id: m.id for m in view.steps if m.step_code == "oogo"}
    items = {}
    meetings = {}
    for name, org, day in (("Lelystad", lelystad, 10), ("Dronten", dronten, 11)):
        meetings[name], items[name] = procs.plan_meeting(oogo[org], datetime(2014, 2, day, 14))
    wethouder = s.bodies.add_person(Person("Jan Wethouder", organisation_id=lelystad))
    s.meetings.set_attendance(meetings["Lelystad"], wethouder.id, AttendanceStatus.PRESENT)
    s.positions.set(items["Lelystad"], lelystad, Stance.AGREE, "Leerlingenvervoer geregeld",
                    "concept 0.3")
    s.positions.set(items["Lelystad"], swv, Stance.AGREE, "", "concept 0.3")
    s.positions.set(items["Dronten"], dronten, Stance.DISAGREE,
                    "Thuiszitters onvoldoende uitgewerkt", "concept 0.4")
    s.agenda.update_item(items["Lelystad"], outcome=Outcome.CONSENSUS)
    s.agenda.update_item(items["Dronten"], outcome=Outcome.DISPUTE)
    closed = s.agenda.add_item(meetings["Dronten"], SECRET, confidential=True).id
    items["besloten"] = closed
    s.positions.set(closed, dronten, Stance.DISAGREE, "Geheime afweging over de casus",
                    "vertrouwelijke bijlage")
    s.agenda.update_item(closed, outcome=Outcome.DISPUTE)
    dispute = procs.open_dispute(items["Dronten"], procedure_id=pid).procedure.id
    closed_dispute = procs.open_dispute(closed, procedure_id=pid).procedure.id
    s.milestones.complete(next(m.id for m in view.steps if m.step_code == "concept"),
                          date(2014, 1, 8))
    s.milestones.complete(next(m.id for m in view.steps if m.party_id == lelystad),
                          date(2014, 2, 10))
    return Cycle(pid, swv, lelystad, dronten, items, dispute, closed_dispute)
