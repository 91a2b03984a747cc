"""The minutes (verslag) of one meeting, ending with its decision and action lists."""

from datetime import date

from docx.document import Document

from overleg.domain.agenda import AgendaItem
from overleg.domain.audience import audience_for, left_out_line, sees_closed
from overleg.domain.decisions import Decision
from overleg.domain.dutch_dates import long_date
from overleg.domain.enums import MeetingStatus, StandardItem
from overleg.domain.followups import FollowUp
from overleg.domain.vocabulary import nl
from overleg.exports.document_writer import DocumentWriter
from overleg.exports.word import wording as w
from overleg.exports.word.inputs import DecisionEntry, MeetingRecord, PositionLine
from overleg.exports.word.lists_doc import agreed_actions_table, decision_table
from overleg.exports.word.start import new_document
from overleg.exports.word.text import one_line
from overleg.exports.word.writer import Writer


def render_minutes(record: MeetingRecord, *, public: bool = False,
                   template=None) -> Document:
    """The minutes. Draft minutes carry CONCEPT in the header; `public` reduces closed
    items to one sentence and leaves their decisions and follow-ups out of the lists."""
    doc = new_document(template)
    write_minutes(Writer(doc), record, public=public)
    return doc


def write_minutes(wr: DocumentWriter, record: MeetingRecord, *, public: bool = False) -> None:
    """The minutes through any writer (Word or PDF)."""
    m, body = record.meeting, record.body
    closed = record.confidential_item_ids
    hidden = set() if sees_closed(audience_for(public)) else closed
    item_of = {d.id: d.item_id for d in record.decisions}
    decisions = [d for d in record.decisions if d.item_id not in hidden]
    followups = [f for f in record.followups if _item(f, item_of) not in hidden]
    day = long_date(m.day)

    wr.properties(f"Verslag {body.name} {day}", "Verslag")
    wr.header_footer(body.name, _markers(record, public))
    subtitle = one_line(body.name) + (f" – {one_line(m.title)}" if one_line(m.title) else "")
    wr.title("Verslag", subtitle)
    p = record.people
    wr.facts([("Datum", day), ("Tijd", w.meeting_time(m)), ("Locatie", m.location),
              ("OOGO over", nl(m.subject)),
              ("Voorzitter", p.chair), ("Secretaris", p.secretary),
              ("Aanwezig", ", ".join(p.present)),
              ("Afgemeld", ", ".join(p.apologies)),
              ("Gasten", ", ".join(p.guests)),
              # invited, attendance not (yet) recorded: still named, not left out
              ("Genodigd", ", ".join(n for n in p.invited
                                     if n not in p.present and n not in p.apologies)),
              ("Status", _status(record)),
              ("Wijzigingen bij vaststelling", record.amendments)])

    for item in sorted(record.items, key=lambda i: i.position):
        if item.id in hidden:
            wr.heading(w.CLOSED_TITLE, level=1, number=item.number)
            wr.text(w.CLOSED_SESSION)
            continue
        _item_section(wr, record, item,
                      [d for d in decisions if d.item_id == item.id],
                      [f for f in followups if _item(f, item_of) == item.id])
    known = {i.id for i in record.items}
    loose_d = [d for d in decisions if d.item_id not in known]
    loose_f = [f for f in followups if _item(f, item_of) not in known]
    if loose_d or loose_f:
        wr.heading("Overige besluiten en afspraken", level=1)
        _decisions_and_actions(wr, loose_d, loose_f)

    titles = {i.id: i.title for i in record.items}
    wr.heading("Besluitenlijst", level=1)
    for phrase in record.adopted_here:  # adopting minutes is a decision of this meeting
        wr.text(w.adopted_sentence(phrase))
    if decisions:
        decision_table(wr, [DecisionEntry(d, body.name, m.starts_at,
                                          titles.get(d.item_id, "")) for d in decisions])
    elif not record.adopted_here:
        wr.text("In deze vergadering zijn geen besluiten genomen.")
    wr.heading("Actielijst", level=1)
    if followups:
        agreed_actions_table(wr, followups)
    else:
        wr.text("In deze vergadering zijn geen actiepunten afgesproken.")
    if hidden:  # closed items keep their number, but nothing of what was said there
        wr.remark(left_out_line(len(hidden)))


def _item_section(wr: DocumentWriter, record: MeetingRecord, item: AgendaItem,
                  decisions: list[Decision], followups: list[FollowUp]) -> None:
    wr.heading(item.title, level=1, number=item.number)
    details = []
    if one_line(item.presenter):
        details.append(f"inbreng: {one_line(item.presenter)}")
    if item.confidential:
        details.append("besloten")
    wr.remark(" · ".join(details))
    wr.remark(record.themes.get(item.id or -1, ""))
    wr.notes(item.notes)
    outcome = w.outcome_sentence(item.outcome, record.postponed_to.get(item.id or -1, ""))
    if outcome:
        wr.text(outcome)
    if item.standard is StandardItem.ADOPT_MINUTES:
        for phrase in record.adopted_here:
            wr.text(w.adopted_sentence(phrase))
    _positions(wr, record.positions.get(item.id or -1, []))
    _checklist(wr, item)
    returned = record.returning.get(item.id or -1)
    if returned is not None:  # the follow-up this item brought back, with its result
        wr.labelled(*w.returned_result(returned))
    _decisions_and_actions(wr, decisions, followups)


def _positions(wr: DocumentWriter, positions: list[PositionLine]) -> None:
    """What each party brought in, with the version of the document it held OOGO on."""
    if not positions:
        return
    wr.labelled("Standpunten:", "")
    for p in positions:
        version = f" (over {one_line(p.document_version)})" if one_line(p.document_version) \
            else ""
        text = f": {one_line(p.text)}" if one_line(p.text) else ""
        wr.text(f"- {one_line(p.party)}: {p.stance}{version}{text}")


def _checklist(wr: DocumentWriter, item: AgendaItem) -> None:
    """The item tested against the criteria: each ticked criterion (or one with a remark)
    on a line of its own, the others named by code on one line."""
    if not item.checklist:
        return
    shown = [c for c in item.checklist if c.checked or one_line(c.remark)]
    rest = [c for c in item.checklist if c not in shown]
    wr.labelled("Toetsing aan de criteria:", "" if shown else "geen criterium afgevinkt.")
    wr.text("\n".join(f"- {w.criterion_line(c)}" for c in shown))
    if shown and rest:
        wr.text(w.unchecked_line(rest))


def _decisions_and_actions(wr: DocumentWriter, decisions: list[Decision],
                           followups: list[FollowUp]) -> None:
    for d in decisions:
        wr.labelled(w.decision_label(d.number), d.text, after=w.decision_status(d.status))
    for f in followups:
        wr.labelled("Actie:", f.text, after=f"({w.owner(f)}; {w.target_phrase(f)})")


def _item(f: FollowUp, item_of: dict[int | None, int | None]) -> int | None:
    """The agenda item a follow-up belongs to, directly or through its decision."""
    if f.item_id is not None:
        return f.item_id
    return item_of.get(f.decision_id) if f.decision_id is not None else None


def _status(record: MeetingRecord) -> str:
    m = record.meeting
    if m.status is MeetingStatus.MINUTES_ADOPTED:
        on: date | None = m.adopted_on
        where = f" in de vergadering van {one_line(record.adopted_in)}" \
            if one_line(record.adopted_in) else ""
        amended = " met wijzigingen" if record.amendments else ""
        return f"vastgesteld op {long_date(on)}{where}{amended}" if on else \
            f"vastgesteld{where}{amended}"
    return "concept, nog niet vastgesteld"


def _markers(record: MeetingRecord, public: bool) -> str:
    marks = []
    if record.meeting.status is not MeetingStatus.MINUTES_ADOPTED:
        marks.append(w.DRAFT)
    if public:
        marks.append(w.PUBLIC)
    elif record.confidential_item_ids:
        marks.append(w.HAS_CLOSED)
    return " · ".join(marks)
