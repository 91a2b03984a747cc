"""Hostile text through every export: control characters, a 1 MB note, right-to-left
script, emoji, text that looks like XML or markup, and text that looks like a formula.
Each file must be written, read back by an independent reader, and carry the text
(cut with a visible mark only where the format has a limit); a formula stays text."""

import io
import zipfile
from datetime import date, datetime
from email import message_from_bytes
from email.policy import default
from pathlib import Path

import pytest
import vobject
from docx import Document
from icalendar import Calendar
from openpyxl import load_workbook

from overleg.domain.enums import AttendanceStatus
from overleg.domain.followups import Target
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.exports.calendar.ics import DeadlineStyle
from overleg.exports.spreadsheet.workbook import CUT_MARK
from overleg.services.archive_service import export_archive
from tests.helpers import body_with_members

RTL = "مرحبا بالعالم \u202eevil\u202c"
EMOJI = "Overleg 🎉👩‍👩‍👧 ✔"
XMLISH = "<w:p>]]><script>alert(1)</script>&amp; \"quotes\" 'single'"
FORMULA = '=HYPERLINK("http://x","klik")'
CONTROLS = "a\x00b\x07c\x0bd\x1be\x7ff"
MEGABYTE = ("Een lange aantekening met emoji 😀 en عربى. " * 24_000)[:1_000_000]
SHORT = (RTL, EMOJI, XMLISH, FORMULA)


@pytest.fixture
def hostile(services):
    s = services
    body = body_with_members(s)
    guest = s.bodies.add_person(Person(f"Gast {EMOJI}", email="gast@example.org"))
    mid = id_of(s.meetings.plan(body, datetime(2013, 9, 19, 15), datetime(2013, 9, 19, 17),
                                location=XMLISH))
    s.meetings.set_attendance(mid, guest.id, AttendanceStatus.INVITED)
    items = [s.agenda.add_item(mid, text + CONTROLS, description=text) for text in SHORT]
    s.agenda.update_item(items[0].id, notes=MEGABYTE)
    for i, text in enumerate(SHORT):
        s.agenda.update_item(items[i + 1 if i < 3 else 1].id, notes=f"- {text}\n- {CONTROLS}")
        s.minutes.take_decision(mid, text, items[i].id)
        s.minutes.add_followup(mid, text, item_id=items[i].id, owner_person_id=guest.id,
                               target=Target(due_date=date(2013, 10, 1)))
    done = s.minutes.followups_of(mid)[0]
    s.followups.mark_done(done.id, MEGABYTE, date(2013, 9, 30))
    return s, mid, body


def _docx_text(path) -> str:
    doc = Document(str(path))  # python-docx reads it back: the XML is well formed
    parts = [p.text for p in doc.paragraphs]
    parts += [c.text for t in doc.tables for r in t.rows for c in r.cells]
    return "\n".join(parts)


def _assert_carried(text: str, where: str) -> None:
    for value in SHORT:
        assert value in text, f"{where} lost {value!r}"
    assert "\x00" not in text and "\x0b" not in text


def test_every_word_document_is_written_read_back_and_carries_the_text(hostile, tmp_path):
    s, mid, _ = hostile
    for public in (False, True):
        tag = "openbaar" if public else "vol"
        agenda = s.documents.agenda(mid, tmp_path / f"agenda {tag}.docx", public=public)
        minutes = s.documents.minutes(mid, tmp_path / f"verslag {tag}.docx", public=public)
        decisions = s.documents.decisions(tmp_path / f"besluiten {tag}.docx",
                                          meeting_id=mid, public=public)
        actions = s.documents.actions(tmp_path / f"acties {tag}.docx", meeting_id=mid,
                                      public=public)
        _assert_carried(_docx_text(agenda), f"agenda ({tag})")
        minutes_text = _docx_text(minutes)
        _assert_carried(minutes_text, f"minutes ({tag})")
        assert MEGABYTE.rstrip() in minutes_text  # the 1 MB note whole
        _assert_carried(_docx_text(decisions), f"decision list ({tag})")
        _assert_carried(_docx_text(actions), f"action list ({tag})")


def test_spreadsheets_keep_formulas_as_text_and_cut_with_a_mark(hostile):
    s, _, _ = hostile
    for data in (s.spreadsheets.action_list_xlsx(), s.spreadsheets.decision_register_xlsx()):
        ws = load_workbook(io.BytesIO(data)).active
        cells = [c for row in ws.iter_rows(min_row=2) for c in row if c.value is not None]
        values = "\n".join(str(c.value) for c in cells)
        _assert_carried(values, ws.title)
        assert all(c.data_type != "f" for c in cells)  # nothing became a formula
    ws = load_workbook(io.BytesIO(s.spreadsheets.action_list_xlsx())).active
    assert any(str(c.value).endswith(CUT_MARK) for row in ws.iter_rows(min_row=2)
               for c in row if c.value)
    assert any("ingekort" in w for w in s.ctx.skipped_records())


def test_calendars_parse_with_two_readers_and_carry_the_text(hostile):
    s, mid, body = hostile
    for data in (s.calendar.meeting_ics(mid, DeadlineStyle.TODO),
                 s.calendar.year_ics(body, 2013, DeadlineStyle.ALL_DAY)):
        cal = Calendar.from_ical(data)
        text = "\n".join(str(c.get("summary", "")) + "\n" + str(c.get("description", ""))
                         for c in cal.walk() if c.name in ("VEVENT", "VTODO"))
        for value in SHORT:
            assert value in text
        parsed = vobject.readOne(data.decode("utf-8"))
        assert parsed.name == "VCALENDAR"


def test_mail_drafts_parse_and_carry_the_agenda(hostile, tmp_path):
    s, mid, _ = hostile
    for draft in [*s.mail.invitation(mid, tmp_path / "uitnodiging.eml"),
                  *s.mail.draft_minutes(mid, tmp_path / "verslag.eml")]:
        msg = message_from_bytes(draft.path.read_bytes(), policy=default)
        body = msg.get_body(("plain",)).get_content()
        assert msg["Subject"] and "\x00" not in body
        for part in msg.iter_attachments():
            content = part.get_content()
            if part.get_filename().endswith(".docx"):
                assert zipfile.is_zipfile(io.BytesIO(content))
    invitation = message_from_bytes((tmp_path / "uitnodiging.eml").read_bytes(),
                                    policy=default).get_body(("plain",)).get_content()
    for value in (RTL, EMOJI, XMLISH):
        assert value in invitation


def test_the_archive_takes_the_text_and_gives_it_back(hostile, tmp_path):
    import json

    s, _, _ = hostile
    out = tmp_path / "archief.zip"
    export_archive(s.db, out)
    with zipfile.ZipFile(out) as z:
        texts = "\n".join(json.dumps(json.loads(z.read(n)), ensure_ascii=False)
                          for n in z.namelist() if n.endswith(".json"))
    for value in SHORT:
        assert json.dumps(value, ensure_ascii=False)[1:-1] in texts
    assert Path(out).stat().st_size > 0
