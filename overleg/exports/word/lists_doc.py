"""The decision list (besluitenlijst) and the action list (actielijst): on their own for
a meeting, a body or all bodies over a period, and as the closing tables of the minutes."""

from collections.abc import Sequence
from datetime import date
from itertools import groupby

from docx.document import Document

from overleg.domain.audience import audience_for, for_audience
from overleg.domain.dutch_dates import long_date, short_date
from overleg.domain.followups import FollowUp
from overleg.exports.document_writer import DocumentWriter
from overleg.exports.word import wording as w
from overleg.exports.word.inputs import ActionEntry, DecisionEntry, Scope
from overleg.exports.word.start import new_document
from overleg.exports.word.text import one_line
from overleg.exports.word.writer import Writer

DECISION_HEADER = ("Nummer", "Agendapunt", "Besluit")
DECISION_WIDTHS = (3.6, 4.2, 8.2)
ACTION_HEADER = ("Nr.", "Actiepunt", "Eigenaar", "Termijn", "Status")
ACTION_WIDTHS = (1.0, 7.4, 3.2, 2.2, 2.2)
AGREED_HEADER = ("Nr.", "Actiepunt", "Eigenaar", "Termijn")
AGREED_WIDTHS = (1.0, 8.0, 3.2, 3.8)


def render_decision_list(entries: Sequence[DecisionEntry], scope: Scope, *,
                         public: bool = False, template=None) -> Document:
    """The decision list; `public` leaves out decisions taken in closed items."""
    doc = new_document(template)
    write_decision_list(Writer(doc), entries, scope, public=public)
    return doc


def write_decision_list(wr: DocumentWriter, entries: Sequence[DecisionEntry], scope: Scope, *,
                        public: bool = False) -> None:
    """The decision list through any writer (Word or PDF)."""
    selection = for_audience(entries, audience_for(public), lambda e: e.confidential)
    shown = selection.shown
    subtitle = w.scope_line(scope)
    wr.properties(f"Besluitenlijst {subtitle}", "Besluitenlijst")
    markers = " · ".join(m for m in (w.DRAFT if scope.draft else "", _markers(entries, public))
                         if m)
    wr.header_footer(one_line(scope.body_name) or "Besluitenlijst", markers)
    wr.title("Besluitenlijst", subtitle)
    if not shown:
        wr.text("Er zijn geen besluiten in deze periode.")
    single_meeting = scope.meeting_starts is not None
    for (body, starts), group in groupby(shown, key=lambda e: (e.body_name, e.meeting_starts)):
        if not single_meeting:
            wr.heading(f"{one_line(body)}, {long_date(starts.date())}", level=2)
        decision_table(wr, list(group))
    if selection.left_out:
        wr.remark(selection.note)


def render_action_list(entries: Sequence[ActionEntry], scope: Scope, as_of: date, *,
                       public: bool = False, template=None) -> Document:
    """The action list grouped by the meeting the follow-ups return to, then those with a
    date and those without a target; overdue ones are marked 'TE LAAT'."""
    doc = new_document(template)
    write_action_list(Writer(doc), entries, scope, as_of, public=public)
    return doc


def write_action_list(wr: DocumentWriter, entries: Sequence[ActionEntry], scope: Scope,
                      as_of: date, *, public: bool = False) -> None:
    """The action list through any writer (Word or PDF)."""
    selection = for_audience(entries, audience_for(public), lambda e: e.confidential)
    shown = selection.shown
    subtitle = w.scope_line(scope)
    wr.properties(f"Actielijst {subtitle}", "Actielijst")
    wr.header_footer(one_line(scope.body_name) or "Actielijst", _markers(entries, public))
    wr.title("Actielijst", subtitle)
    wr.remark(w.as_of_line(as_of))
    if not shown:
        wr.text("Er zijn geen actiepunten.")
    action_groups(wr, shown, as_of, with_origin=scope.meeting_starts is None)
    if selection.left_out:
        wr.remark(selection.note)


def decision_table(wr: DocumentWriter, entries: Sequence[DecisionEntry]) -> None:
    rows = []
    for e in entries:
        text = e.decision.text
        status = w.decision_status(e.decision.status)
        rows.append([e.decision.number, e.item_title, f"{text} {status}" if status else text])
    wr.table(DECISION_HEADER, rows, DECISION_WIDTHS)


def agreed_actions_table(wr: DocumentWriter, followups: Sequence[FollowUp]) -> None:
    """The follow-ups agreed in a meeting, as the minutes record them: no later status or
    result, so re-exporting adopted minutes gives the same document."""
    ordered = sorted(followups, key=lambda f: f.id or 0)  # the order they were agreed in
    rows = [[str(f.id or ""), f.text, w.owner(f), _termijn(f, with_meeting=True)]
            for f in ordered]
    wr.table(AGREED_HEADER, rows, AGREED_WIDTHS)


def action_groups(wr: DocumentWriter, entries: Sequence[ActionEntry], as_of: date, *,
                  with_origin: bool) -> None:
    """One table per target: each meeting in date order, then by date, then none."""
    def group_key(e: ActionEntry):
        t = e.followup.target
        if t.meeting_id is not None:
            return (0, t.meeting_day or date.max, t.meeting_id)
        return (1, date.min, 0) if t.due_date is not None else (2, date.min, 0)

    ordered = sorted(entries, key=lambda e: (group_key(e), e.followup.target.due or date.max,
                                             e.followup.id or 0))
    for key, group in groupby(ordered, key=group_key):
        items = list(group)
        wr.heading(_group_title(key[0], items[0]), level=2)
        rows, overdue = [], set()
        for n, e in enumerate(items):
            f = e.followup
            text = f.text
            if with_origin and e.origin_day is not None:
                text += f"\n(uit {one_line(e.body_name)} {short_date(e.origin_day)})"
            if f.result:
                text += f"\nResultaat: {f.result}"
            if f.is_overdue(as_of):
                overdue |= {(n, 3), (n, 4)}  # the target and 'TE LAAT' stand out
            rows.append([str(f.id or ""), text, w.owner(f), _termijn(f),
                         w.followup_status(f, as_of)])
        wr.table(ACTION_HEADER, rows, ACTION_WIDTHS, marked=frozenset(overdue))


def _termijn(f: FollowUp, *, with_meeting: bool = False) -> str:
    t = f.target
    if t.meeting_id is not None:
        if with_meeting and one_line(t.meeting_label):
            return one_line(t.meeting_label)
        return short_date(t.meeting_day) if t.meeting_day else "volgende vergadering"
    return short_date(t.due_date) if t.due_date else "-"


def _group_title(kind: int, first: ActionEntry) -> str:
    if kind == 0:
        t = first.followup.target
        label = one_line(t.meeting_label)
        if t.meeting_day is not None:
            body = label.rsplit(" ", 1)[0] if label.endswith(short_date(t.meeting_day)) \
                else label
            return f"Terug in: {body}, {long_date(t.meeting_day)}"
        return f"Terug in: {label or 'een volgende vergadering'}"
    return "Met een datum als termijn" if kind == 1 else "Zonder termijn"


def _markers(entries: Sequence, public: bool) -> str:
    if public:
        return w.PUBLIC
    return w.HAS_CLOSED if any(e.confidential for e in entries) else ""
