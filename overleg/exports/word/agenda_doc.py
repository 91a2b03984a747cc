"""The invitation and agenda (convocatie) of one meeting."""

from docx.document import Document

from overleg.domain.agenda import time_slots
from overleg.domain.audience import audience_for, for_audience
from overleg.domain.dutch_dates import long_date, time_of_day
from overleg.domain.enums import MeetingStatus
from overleg.domain.vocabulary import nl
from overleg.exports.document_writer import DocumentWriter
from overleg.exports.word import wording as w
from overleg.exports.word.inputs import MeetingRecord
from overleg.exports.word.start import new_document
from overleg.exports.word.text import one_line, paragraphs
from overleg.exports.word.writer import Writer


def render_agenda(record: MeetingRecord, *, public: bool = False, template=None) -> Document:
    """The agenda; `public` leaves confidential items out (numbers stay as in the minutes)."""
    doc = new_document(template)
    write_agenda(Writer(doc), record, public=public)
    return doc


def write_agenda(wr: DocumentWriter, record: MeetingRecord, *, public: bool = False) -> None:
    """The agenda through any writer (Word or PDF)."""
    m, body = record.meeting, record.body
    items = sorted(record.items, key=lambda i: i.position)
    selection = for_audience(items, audience_for(public), lambda i: i.confidential)
    shown = selection.shown
    day = long_date(m.day)
    wr.properties(f"Agenda {body.name} {day}", "Agenda")
    wr.header_footer(body.name, _markers(record, public))
    subtitle = one_line(body.name) + (f" – {one_line(m.title)}" if one_line(m.title) else "")
    wr.title("Agenda", subtitle)
    if m.status in (MeetingStatus.CANCELLED, MeetingStatus.MOVED):
        wr.text(f"Let op: deze vergadering is {nl(m.status)}.")
    else:
        wr.text(f"Hierbij nodigen wij u uit voor de vergadering van {one_line(body.name)} op "
                f"{day} om {time_of_day(m.starts_at)}.")
    p = record.people
    wr.facts([("Datum", day), ("Tijd", w.meeting_time(m)), ("Locatie", m.location),
              ("OOGO over", nl(m.subject)),
              ("Voorzitter", p.chair), ("Secretaris", p.secretary),
              ("Genodigden", ", ".join(p.invited)), ("Gasten", ", ".join(p.guests))])
    starts = {id(i): slot.starts_at for i, slot in zip(items, time_slots(m.starts_at, items),
                                                        strict=True)}
    for item in shown:
        wr.heading(item.title, level=1, number=item.number)
        details = [time_of_day(starts[id(item)]), nl(item.kind)]
        if one_line(item.presenter):
            details.append(f"inbreng: {one_line(item.presenter)}")
        if item.confidential:
            details.append("besloten")
        wr.remark(" · ".join(details))
        if one_line(item.description) != one_line(item.title):  # a returning point
            wr.text(item.description)                            # repeats its title
        documents = paragraphs(item.documents)
        if documents:
            wr.labelled("Stukken:", "")
            wr.numbered(documents)
    if selection.left_out:
        wr.remark(selection.note)


def _markers(record: MeetingRecord, public: bool) -> str:
    marks = []
    if record.meeting.status in (MeetingStatus.CANCELLED, MeetingStatus.MOVED):
        marks.append(nl(record.meeting.status).upper())
    if public:
        marks.append(w.PUBLIC)
    elif record.confidential_item_ids:
        marks.append(w.HAS_CLOSED)
    return " · ".join(marks)
