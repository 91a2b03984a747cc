"""The PDF/A-2b versions of the agenda, minutes, decision list and action list: the same
document functions as the Word versions (exports/word/*_doc.py write_*), so the same
inputs and the same audience rule, written through the PDF writer."""

from collections.abc import Callable, Sequence
from datetime import date, datetime

from overleg.exports.pdf.page import HousePdf
from overleg.exports.pdf.writer import HouseWriter
from overleg.exports.word.agenda_doc import write_agenda
from overleg.exports.word.inputs import ActionEntry, DecisionEntry, MeetingRecord, Scope
from overleg.exports.word.lists_doc import write_action_list, write_decision_list
from overleg.exports.word.minutes_doc import write_minutes


def agenda_pdf(record: MeetingRecord, *, public: bool = False, author: str = "",
               now: datetime | None = None) -> bytes:
    return _pdf(lambda wr: write_agenda(wr, record, public=public), author, now)


def minutes_pdf(record: MeetingRecord, *, public: bool = False, author: str = "",
                now: datetime | None = None) -> bytes:
    return _pdf(lambda wr: write_minutes(wr, record, public=public), author, now)


def decision_list_pdf(entries: Sequence[DecisionEntry], scope: Scope, *,
                      public: bool = False, author: str = "",
                      now: datetime | None = None) -> bytes:
    return _pdf(lambda wr: write_decision_list(wr, entries, scope, public=public),
                author, now)


def action_list_pdf(entries: Sequence[ActionEntry], scope: Scope, as_of: date, *,
                    public: bool = False, author: str = "",
                    now: datetime | None = None) -> bytes:
    return _pdf(lambda wr: write_action_list(wr, entries, scope, as_of, public=public),
                author, now)


def _pdf(write: Callable[[HouseWriter], None], author: str, now: datetime | None) -> bytes:
    pdf = HousePdf(pdfa=True)
    wr = HouseWriter(pdf)
    write(wr)
    if pdf.page == 0:  # nothing written: still a valid document of one page
        pdf.add_page()
    pdf.describe(wr.title_text, wr.subject, author, now or datetime.now())
    return pdf.bytes()
