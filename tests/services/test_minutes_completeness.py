"""The minutes hold what the database holds: for every meeting of the example, each
note, decision, follow-up (owner and target), criterion tick and remark, theme with its
responsibility, outcome, attendance, and the minutes the meeting adopted."""

import io
from datetime import UTC, datetime

import docx
from docx.oxml.ns import qn

from overleg.domain.dutch_dates import long_date
from overleg.domain.vocabulary import nl
from overleg.exports.word import wording as w
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.decision_repo import DecisionRepo
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.schema_repo import SchemaRepo


def _text(doc) -> str:
    """Everything a reader sees in the body, each table cell on a line of its own; runs
    of white space made one space (a long sentence wraps in a cell)."""
    buf = io.BytesIO()
    doc.save(buf)
    doc = docx.Document(buf)
    lines = [p.text for p in doc.paragraphs]
    for table in doc.tables:
        for row in table.rows:
            lines += [c.text for c in row.cells]
    return " ".join(" ".join(lines).split())


def _one(text: str) -> str:
    return " ".join(text.split())


def test_every_example_meeting_s_minutes_show_all_it_recorded(demo):
    db = demo.db
    meetings, items, schemas = MeetingRepo(db), AgendaRepo(db), SchemaRepo(db)
    decisions, followups = DecisionRepo(db), FollowUpRepo(db)
    ids = [r["id"] for r in db.query("SELECT id FROM meetings ORDER BY starts_at")]
    assert len(ids) >= 8
    ticks = 0
    for meeting_id in ids:
        m = meetings.get(meeting_id)
        text = _text(demo.documents.render_minutes(meeting_id))
        where = f"meeting {meeting_id} ({m.day})"
        for item in items.items(meeting_id):
            assert _one(item.title) in text, where
            for line in item.notes.splitlines():
                assert _one(line.lstrip("-*• ")) in text, f"{where}: {line}"
            if item.outcome is not None:
                assert nl(item.outcome) in text or "aangehouden tot" in text, where
            shown = [c for c in item.checklist if c.checked or c.remark.strip()]
            for check in shown:
                assert _one(w.criterion_line(check)) in text, f"{where}: {check}"
                ticks += check.checked
            rest = [c for c in item.checklist if c not in shown]
            if shown and rest:
                assert w.unchecked_line(rest) in text, where
            elif rest:
                assert "Toetsing aan de criteria: geen criterium afgevinkt." in text, where
            if item.theme_id is not None:
                theme, _ = schemas.theme(item.theme_id)
                assert f"verantwoordelijkheid: {nl(theme.responsibility)}" in text, where
        for d in decisions.for_meeting(meeting_id):
            assert _one(d.text) in text, where
        for f in followups.for_origin(meeting_id):
            assert _one(f.text) in text, where
            assert _one(w.owner(f)) in text, where
            assert _one(w.target_phrase(f)) in text, where
        for a in meetings.attendance(meeting_id):
            person = demo.documents.people.person(a.person_id)
            assert person.name in text, f"{where}: {person.name} ({a.status})"
        for earlier in meetings.adopted_in(meeting_id):
            assert f"{long_date(earlier.day)} is vastgesteld" in text, where
    assert ticks > 0  # the example ticks criteria; they are in the minutes


def test_adopting_the_previous_minutes_is_not_called_no_decisions(demo):
    """Meeting 28 November adopted the minutes of 19 September: that is a decision."""
    db = demo.db
    rows = list(db.query("SELECT DISTINCT adopted_in_meeting_id AS id FROM meetings "
                         "WHERE adopted_in_meeting_id IS NOT NULL"))
    assert rows
    for row in rows:
        text = _text(demo.documents.render_minutes(row["id"]))
        assert "is vastgesteld" in text
        if not DecisionRepo(db).for_meeting(row["id"]):
            assert "geen besluiten genomen" not in text


def test_documents_carry_the_exporting_user_dutch_and_the_export_moment(demo, tmp_path):
    meeting_id = next(iter(r["id"] for r in demo.db.query("SELECT id FROM meetings")))
    path = demo.documents.minutes(meeting_id, tmp_path / "verslag.docx")
    doc = docx.Document(str(path))
    cp = doc.core_properties
    assert cp.author == "tester" and cp.language == "nl-NL"
    # the services' clock (local time, stored as UTC), not python-docx's 2013-12-23
    assert cp.created == datetime(2013, 12, 1, 10, 0).astimezone(UTC)
    langs = [el.get(qn("w:val")) for el in doc.styles.element.iter(qn("w:lang"))]
    assert langs and set(langs) == {"nl-NL"}  # Word spell-checks the text as Dutch
