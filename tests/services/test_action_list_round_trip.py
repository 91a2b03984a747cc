"""Overleg's own action list, exported and read back: matched by its 'Kenmerk' column,
so an unchanged list changes nothing and an edited one shows its edits as changes (never
a second copy of every row); and every text lands in a cell, cut with a mark if need be."""

import io
from datetime import date

import pytest
from openpyxl import load_workbook

from overleg.domain.enums import FollowUpStatus
from overleg.domain.followups import Target
from overleg.domain.input_limits import MAX_CELL_CHARS
from overleg.domain.records import id_of
from overleg.exports.spreadsheet.workbook import CUT_MARK
from overleg.services.container import build_services
from overleg.services.intake.report import IntakeRefused
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.database import open_memory
from tests.conftest import NOW

AS_OF = date(2014, 1, 20)


def _table(s, tmp_path, edit=None):
    path = tmp_path / "acties.xlsx"
    s.spreadsheets.export_actions(path, s.followups.filter(as_of=AS_OF))
    if edit is not None:
        wb = load_workbook(path)
        edit(wb.active)
        wb.save(path)
    return s.imports.read(path)


def _state(s):
    return sorted((x.followup.uuid, x.followup.text, x.followup.owner_label,
                   x.followup.target.due_date, x.followup.target.meeting_id,
                   str(x.followup.status)) for x in s.followups.all(s.followups.filter()))


def _column(ws, title):
    return [c.value for c in ws[1]].index(title) + 1


def test_an_exported_list_read_back_unchanged_changes_nothing(demo, tmp_path):
    s = demo
    before, audit_before = _state(s), s.db["audit_log"].count
    table = _table(s, tmp_path)
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert preview.problems == [] and preview.actions == []
    assert preview.unchanged == len(before)
    assert s.imports.import_actions(preview, "acties.xlsx") == 0
    assert _state(s) == before and s.db["audit_log"].count == audit_before


def test_edited_rows_are_changes_of_their_follow_up_not_new_ones(demo, tmp_path):
    s = demo
    before = _state(s)
    row = next(x for x in s.followups.all(s.followups.filter())
               if x.followup.status is FollowUpStatus.OPEN)
    uuid = row.followup.uuid

    def edit(ws):
        status, kenmerk = _column(ws, "Status"), _column(ws, "Kenmerk")
        line = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, kenmerk).value == uuid)
        ws.cell(line, status).value = "vervallen"

    table = _table(s, tmp_path, edit)
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert [a.existing_id for a in preview.actions] == [row.followup.id]
    assert [c.sentence() for c in preview.actions[0].changes] == ["status: open → vervallen"]
    assert s.imports.import_actions(preview, "acties.xlsx") == 1
    after = _state(s)
    assert len(after) == len(before)  # nothing doubled
    changed = s.followups.get(row.followup.id)
    assert changed.status is FollowUpStatus.CANCELLED and changed.result
    trail = [e for e in AuditRepo(s.db).for_record(uuid) if e.action == "imported"]
    assert [(e.field, e.old_value, e.new_value) for e in trail] == [
        ("status", "open", "vervallen")]


def test_a_list_read_back_reads_its_follow_ups_at_once_not_row_by_row(demo, tmp_path):
    # 20,000 rows compared one SELECT each took a re-imported list seconds.
    s = demo
    rows = [x.followup for x in s.followups.all(s.followups.filter())
            if x.followup.status is FollowUpStatus.OPEN][:3]
    wanted = {f.uuid for f in rows}

    def edit(ws):
        status, kenmerk = _column(ws, "Status"), _column(ws, "Kenmerk")
        for r in range(2, ws.max_row + 1):
            if ws.cell(r, kenmerk).value in wanted:
                ws.cell(r, status).value = "vervallen"

    table = _table(s, tmp_path, edit)
    statements: list[str] = []
    s.db.conn.set_trace_callback(statements.append)
    try:
        preview = s.imports.preview(table, s.imports.guess_mapping(table))
        assert s.imports.import_actions(preview, "acties.xlsx") == 3
    finally:
        s.db.conn.set_trace_callback(None)
    one_by_one = [q for q in statements if "WHERE f.id = " in q]
    at_once = [q for q in statements if "WHERE f.id IN (SELECT value FROM json_each" in q]
    # compared (preview), then checked and changed from one read in the transaction
    assert one_by_one == [] and len(at_once) == 2
    assert preview.unchanged >= 1  # the list holds more than the edited rows
    assert {s.followups.get(id_of(f)).status for f in rows} == {FollowUpStatus.CANCELLED}


def test_a_follow_up_removed_after_the_preview_is_named_and_nothing_is_imported(demo,
                                                                              tmp_path):
    # Read once for the whole list, a follow-up gone since the preview is still refused
    # by the store's own words, in the check step, before anything is written.
    s = demo
    row = next(x.followup for x in s.followups.all(s.followups.filter())
               if x.followup.status is FollowUpStatus.OPEN)

    def edit(ws):
        status, kenmerk = _column(ws, "Status"), _column(ws, "Kenmerk")
        line = next(r for r in range(2, ws.max_row + 1)
                    if ws.cell(r, kenmerk).value == row.uuid)
        ws.cell(line, status).value = "vervallen"

    table = _table(s, tmp_path, edit)
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert [a.existing_id for a in preview.actions] == [row.id]
    s.imports.followups.delete(id_of(row))  # someone else removed it meanwhile
    before = _state(s)
    with pytest.raises(IntakeRefused) as refused:
        s.imports.import_actions(preview, "acties.xlsx")
    [line] = refused.value.lines()
    assert "bestaat niet" in line and "regel" in line
    assert _state(s) == before


def test_a_changed_text_of_adopted_minutes_is_refused_as_on_screen(demo, tmp_path):
    s = demo
    adopted = next(x for x in s.followups.all(s.followups.filter())
                   if x.followup.meeting_id is not None and
                   str(s.meetings.get(x.followup.meeting_id).status) == "minutes_adopted")
    uuid = adopted.followup.uuid

    def edit(ws):
        text, kenmerk = _column(ws, "Actiepunt"), _column(ws, "Kenmerk")
        line = next(r for r in range(2, ws.max_row + 1) if ws.cell(r, kenmerk).value == uuid)
        ws.cell(line, text).value = "Anders verwoord"

    before = _state(s)
    table = _table(s, tmp_path, edit)
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert [c.field for a in preview.actions for c in a.changes] == ["text"]
    with pytest.raises(IntakeRefused):
        s.imports.import_actions(preview, "acties.xlsx")
    assert _state(s) == before


def test_a_row_whose_follow_up_is_not_here_is_added_once_with_its_kenmerk(demo, tmp_path):
    s = demo
    table = _table(s, tmp_path)
    other = build_services(open_memory(), now=lambda: NOW, user="collega")
    preview = other.imports.preview(table, other.imports.guess_mapping(table))
    added = other.imports.import_actions(preview, "acties.xlsx")
    assert added == len(preview.actions) > 0
    again = other.imports.preview(table, other.imports.guess_mapping(table))
    assert again.actions == [] and again.unchanged == added


def test_the_list_prints_one_page_wide_and_hides_the_kenmerk(demo, tmp_path):
    s = demo
    out = s.spreadsheets.export_actions(tmp_path / "a.xlsx")
    ws = load_workbook(out).active
    assert ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0
    assert ws.page_setup.orientation == "landscape"
    letter = ws.cell(1, _column(ws, "Kenmerk")).column_letter
    assert ws.column_dimensions[letter].hidden


def test_too_long_and_illegal_text_is_written_safely_and_said(services):
    from tests.helpers import body_with_members, meeting

    s = services
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    long = "woord " * (MAX_CELL_CHARS // 6 + 100)
    s.minutes.add_followup(mid, "Kort", target=Target(due_date=date(2013, 10, 1)))
    f = s.followups.all(s.followups.filter())[0].followup
    # Stored as another program might have: a vertical tab, a NUL and an overlong result.
    s.db.execute("UPDATE followups SET text = ?, result = ? WHERE id = ?",
                 ["Titel\x0bmet\x00tekens", long, f.id])
    ws = load_workbook(io.BytesIO(s.spreadsheets.action_list_xlsx())).active
    row = [c.value for c in ws[2]]
    assert row[1] == "Titelmettekens"
    result = row[_column(ws, "Resultaat") - 1]
    assert len(result) == MAX_CELL_CHARS and result.endswith(CUT_MARK)
    assert any("ingekort" in w for w in s.ctx.skipped_records())
