"""Hand-built inputs for the Word export tests (no database) and ways to read a
document back the way a reader would see it."""

import io
from datetime import date, datetime

import docx
from docx.document import Document
from docx.table import Table

from overleg.domain.agenda import AgendaItem
from overleg.domain.bodies import Body
from overleg.domain.decisions import Decision
from overleg.domain.enums import ItemKind, MeetingStatus, Outcome
from overleg.domain.followups import FollowUp, Target
from overleg.domain.meetings import Meeting
from overleg.exports.word import ActionEntry, DecisionEntry, MeetingRecord, People, Scope

DAY = datetime(2013, 9, 19, 15, 0)


def record(status: MeetingStatus = MeetingStatus.MINUTES_DRAFT, n_items: int = 3
           ) -> MeetingRecord:
    """A meeting with an open item, a closed (confidential) item 2, decisions and
    follow-ups in both."""
    body = Body("Stuurgroep Talentontwikkeling", "STT", id=1)
    meeting = Meeting(body_id=1, starts_at=DAY, ends_at=DAY.replace(hour=17),
                      location="Stadhuis Lelystad, raadzaal", status=status, id=5)
    if status is MeetingStatus.MINUTES_ADOPTED:
        meeting.adopted_in_meeting_id, meeting.adopted_on = 8, date(2013, 11, 28)
    items = [AgendaItem(meeting_id=5, title=f"Onderwerp {n}", position=n, id=100 + n,
                        kind=ItemKind.DECISION, presenter="Anouk Jansen",
                        notes=f"Aantekening bij punt {n}.", outcome=Outcome.CONSENSUS,
                        documents="Notitie samenhang\nBijlage 2")
             for n in range(1, n_items + 1)]
    items[1].title, items[1].confidential = "Aanpak thuiszitters", True
    items[1].notes = "Drie individuele situaties van thuiszitten besproken."
    decisions = [Decision(1, 5, "De stuurgroep onderschrijft de notitie.", item_id=101,
                          number="STT-20130919-01", id=1),
                 Decision(1, 5, "Geheim besluit over een casus.", item_id=102,
                          number="STT-20130919-02", id=2)]
    followups = [FollowUp("Interventies toetsen aan de criteria", owner_label="Ruud Smits",
                          meeting_id=5, item_id=101, id=11,
                          target=Target(meeting_id=8, meeting_day=date(2013, 11, 28),
                                        meeting_label="Stuurgroep Talentontwikkeling "
                                                      "28-11-2013")),
                 FollowUp("Casusoverleg thuiszitters inrichten", owner_label="Anouk Jansen",
                          meeting_id=5, decision_id=2, id=12,
                          target=Target(due_date=date(2013, 11, 1)))]
    people = People(chair="Marieke de Boer (Lelystad)", secretary="Fatima El Amrani",
                    invited=("Peter Kok (SWV PO Lelystad)", "Jan de Vries (SOOL)"),
                    present=("Peter Kok (SWV PO Lelystad)",), apologies=("Jan de Vries",),
                    guests=("Ruud Smits",))
    return MeetingRecord(body=body, meeting=meeting, items=items, decisions=decisions,
                         followups=followups, people=people,
                         adopted_in="Stuurgroep Talentontwikkeling")


def decision_entries(r: MeetingRecord) -> list[DecisionEntry]:
    titles = {i.id: i.title for i in r.items}
    closed = r.confidential_item_ids
    return [DecisionEntry(d, r.body.name, r.meeting.starts_at, titles[d.item_id],
                          d.item_id in closed) for d in r.decisions]


def action_entries(r: MeetingRecord) -> list[ActionEntry]:
    return [ActionEntry(r.followups[0], r.body.name, r.meeting.day, False),
            ActionEntry(r.followups[1], r.body.name, r.meeting.day, True)]


def meeting_scope(r: MeetingRecord) -> Scope:
    return Scope(body_name=r.body.name, meeting_starts=r.meeting.starts_at)


def reread(doc: Document) -> Document:
    """Saved and opened again with python-docx, as another program would."""
    buf = io.BytesIO()
    doc.save(buf)
    buf.seek(0)
    return docx.Document(buf)


def body_text(doc: Document) -> str:
    """Paragraphs and table cells in document order, one per line, as python-docx reads
    them (tabs and line breaks included)."""
    lines = []
    for block in doc.iter_inner_content():
        if isinstance(block, Table):
            for row in block.rows:
                lines += [cell.text for cell in row.cells]
        else:
            lines.append(block.text)
    return "\n".join(lines)


def styled(doc: Document, style: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style is not None and p.style.name == style]


def header_text(doc: Document) -> str:
    return "\n".join(p.text for s in doc.sections for p in s.header.paragraphs)


def footer_xml(doc: Document) -> str:
    return "".join(s.footer._element.xml for s in doc.sections)
