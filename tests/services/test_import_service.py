"""Importing an action list into the example database: owners matched or created,
targets found, bad rows left out, all in one transaction."""

from datetime import date

import pytest

from overleg.domain.enums import FollowUpStatus
from overleg.domain.errors import OverlegError
from overleg.services.audit_service import check_trail
from overleg.services.container import build_services
from overleg.storage.audit_repo import AuditRepo
from overleg.storage.database import open_memory
from tests.conftest import NOW
from tests.imports.messy_sheets import dutch_csv, messy_xlsx


def _all_actions(s):
    return {x.followup.text: x for x in s.followups.all(s.followups.filter())}


def test_the_messy_list_lands_with_owners_targets_and_status(demo, tmp_path):
    s = demo
    before = len(_all_actions(s))
    people_before = {p.name for p in s.bodies.all_people()}
    table = s.imports.read(messy_xlsx(tmp_path / "acties.xlsx"))
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert [p.line for p in preview.problems] == [9, 10, 11]
    assert preview.new_people == ["Karin de Wit"]
    count = s.imports.import_actions(preview, "acties.xlsx")
    assert count == 3
    actions = _all_actions(s)
    assert len(actions) == before + 3
    kok = actions["Notitie thuiszitters opstellen"].followup
    assert kok.owner_label == "Peter Kok" and "Peter Kok" in people_before
    assert kok.target.due_date == date(2013, 9, 19) and kok.status is FollowUpStatus.OPEN
    vervoer = actions["Leerlingenvervoer tweede tranche uitwerken"].followup
    assert vervoer.owner_organisation_id is not None  # 'gemeente lelystad' is an organisation
    casus = actions["Casusoverleg inrichten"].followup
    assert casus.target.meeting_label == "Stuurgroep Talentontwikkeling 28-11-2013"
    assert casus.status is FollowUpStatus.DONE and casus.owner_label == "Karin de Wit"
    assert {p.name for p in s.bodies.all_people()} - people_before == {"Karin de Wit"}
    [entry] = AuditRepo(s.db).for_record(casus.uuid)
    assert (entry.action, entry.reason, entry.user) == ("imported", "acties.xlsx regel 8",
                                                        "tester")
    # The import's rows are chained one after the other onto the trail as it was, and
    # what is recorded after the import chains on to them.
    s.followups.mark_done(kok.id, "klaar")
    report = check_trail(s.db, None)
    assert report.sound and report.rows == len(list(AuditRepo(s.db).chain_rows()))


def test_a_failure_halfway_leaves_nothing_behind(demo, tmp_path, monkeypatch):
    s = demo
    before = len(_all_actions(s))
    people = len(s.bodies.all_people())
    table = s.imports.read(dutch_csv(tmp_path / "acties.csv"), "cp1252")
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    # The follow-ups are written, then the trail row by row: the second row fails.
    calls = []
    auditor = s.imports.ctx.auditor

    def failing_auditor():
        audit = auditor()

        def audit_then_fail(*args, **kwargs):
            calls.append(args)
            if len(calls) == 2:
                raise OverlegError("Schijf vol.")
            return audit(*args, **kwargs)

        return audit_then_fail

    monkeypatch.setattr(s.imports.ctx, "auditor", failing_auditor)
    with pytest.raises(OverlegError):
        s.imports.import_actions(preview)
    assert len(calls) == 2
    assert len(_all_actions(s)) == before
    assert len(s.bodies.all_people()) == people  # the new owner was rolled back too


def test_a_meeting_date_without_a_meeting_is_reported(demo):
    s = demo
    table = [["Actiepunt", "Vergadering"], ["Brief", "5-5-2013"], ["Notitie", "STT 19-9-2013"]]
    preview = s.imports.preview(table, s.imports.guess_mapping(table))
    assert [(p.line, p.reason) for p in preview.problems] == [
        (2, "Er is geen vergadering op 05-05-2013.")]
    assert preview.actions[0].target_label == "Stuurgroep Talentontwikkeling 19-09-2013"


def test_a_file_without_readable_rows_is_refused(demo, tmp_path):
    path = tmp_path / "leeg.csv"
    path.write_text("Actiepunt;Termijn\n;\nx;ooit\n", encoding="utf-8")
    with pytest.raises(OverlegError, match="geen enkele regel"):
        demo.imports.import_file(path)


def test_an_exported_action_list_reads_back_into_an_empty_database(demo, tmp_path):
    out = demo.spreadsheets.export_actions(tmp_path / "acties.xlsx")
    exported = demo.followups.all(demo.followups.filter())
    fresh = build_services(open_memory(), now=lambda: NOW, user="tester")
    table = fresh.imports.read(out)
    preview = fresh.imports.preview(table, fresh.imports.guess_mapping(table))
    # The new database has no meetings, so actions that return to a meeting are refused
    # with the reason; all the others come back with their owner, date and status.
    by_meeting = [x for x in exported if x.followup.target.meeting_id is not None]
    assert len(preview.problems) == len(by_meeting)
    assert all("geen vergadering" in p.reason for p in preview.problems)
    fresh.imports.import_actions(preview)
    back = {x.followup.text: x.followup for x in fresh.followups.all(fresh.followups.filter())}
    for x in exported:
        if x.followup.target.meeting_id is None:
            f = back[x.followup.text]
            assert (f.owner_label, f.target.due_date, f.status) == (
                x.followup.owner_label, x.followup.target.due_date, x.followup.status)
