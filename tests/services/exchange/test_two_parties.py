"""Issue 18's key test: two copies of the example edit the same meeting independently,
exchange packages, and each sees exactly what the other changed; accepting all on both
sides gives equal records, rejecting keeps the local values, undo restores the state
before the import, and nothing is ever doubled."""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from overleg.cli.main import main
from overleg.domain.followups import Target
from overleg.services.container import build_services
from overleg.storage.database import open_database
from tests.conftest import NOW

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "schema_v8.db"
DRAFT = 8  # the example's meeting whose minutes are a draft
NOTES_ITEM, GONE_ITEM, DECISION_ITEM, FOLLOWUP = 57, 61, 62, 16
TABLES = ("meetings", "agenda_items", "decisions", "followups", "item_positions",
          "milestones", "people", "organisations", "bodies")


def _party(tmp_path: Path, name: str):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURE, path)
    return path, build_services(open_database(path), now=lambda: NOW, user=name)


@pytest.fixture
def parties(tmp_path):
    path_a, a = _party(tmp_path, "anna")
    path_b, b = _party(tmp_path, "bert")
    a.agenda.update_item(NOTES_ITEM, notes="Aantekening van Anna")
    a.followups.retarget(FOLLOWUP, Target(due_date=date(2014, 4, 15)))
    b.minutes.take_decision(DRAFT, "Het casusoverleg start in januari.", item_id=DECISION_ITEM)
    b.agenda.delete_item(GONE_ITEM)
    yield (path_a, a), (path_b, b)
    a.db.close()
    b.db.close()


def _records(s) -> dict:
    """Every exchanged record by UUID, its references as UUIDs (ids differ per file)."""
    from overleg.storage.exchange_rows import Rows

    rows, out = Rows(s.db), {}
    for table in TABLES:
        for row in s.db.query(f"SELECT * FROM {table}"):
            shown = rows.as_package(table, row)
            shown.pop("theme_id", None)  # schema themes have no UUID: local
            out[(table, row["uuid"])] = shown
    return out


def _uuid(s, table, row_id):
    return s.db.execute(f"SELECT uuid FROM {table} WHERE id = ?", [row_id]).fetchone()[0]


def test_the_dry_run_lists_exactly_the_differing_fields_and_the_deletion(parties, tmp_path,
                                                                          capsys):
    (path_a, a), (path_b, b) = parties
    out = tmp_path / "bert.overleg"
    b.exchange.export(b.exchange.scope(meeting=DRAFT), out)
    before = _records(a)
    assert main(["exchange", "import", "--db", str(path_a), str(out), "--dry-run",
                 "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["differences"]
    kinds = {(d["table"], d["uuid"]): (d["kind"], d["theirs"],
                                       {f["field"]: f["theirs"] for f in d["fields"]})
             for d in found}
    decision = b.db.execute("SELECT uuid FROM decisions WHERE text LIKE 'Het casus%'"
                            ).fetchone()[0]
    assert kinds == {
        ("decisions", decision): ("new", True, {}),
        ("agenda_items", _uuid(a, "agenda_items", GONE_ITEM)): ("removed", True, {}),
        ("agenda_items", _uuid(a, "agenda_items", NOTES_ITEM)):
            ("changed", False, {"notes": False}),
        ("followups", _uuid(a, "followups", FOLLOWUP)):
            ("changed", False, {"target_date": False, "due_sort": False}),
    }
    notes = next(d for d in found if d["kind"] == "changed" and d["table"] == "agenda_items")
    field = notes["fields"][0]
    assert field["local"] == "Aantekening van Anna" and field["local_changed"]["by"] == "anna"
    assert field["incoming"] != field["local"]
    assert _records(a) == before  # a dry run changes nothing


def test_accepting_all_on_both_sides_gives_equal_records_and_nothing_doubled(parties,
                                                                             tmp_path):
    (_pa, a), (_pb, b) = parties
    from_a, from_b = tmp_path / "anna.overleg", tmp_path / "bert.overleg"
    a.exchange.export(a.exchange.scope(meeting=DRAFT), from_a)
    b.exchange.export(b.exchange.scope(meeting=DRAFT), from_b)
    for s, package in ((a, from_b), (b, from_a)):
        preview = s.exchange.preview(package)
        s.exchange.apply(preview, preview.accept_all())
    assert _records(a) == _records(b)
    assert a.agenda.item(NOTES_ITEM).notes == "Aantekening van Anna"
    assert b.db.execute("SELECT count(*) FROM agenda_items WHERE uuid = ?",
                        [_uuid(a, "agenda_items", NOTES_ITEM)]).fetchone()[0] == 1
    for s in (a, b):  # again: nothing new, nothing doubled
        for package in (from_a, from_b):
            again = s.exchange.preview(package)
            s.exchange.apply(again, again.accept_all())
    assert _records(a) == _records(b)
    for table in TABLES:
        assert a.db.execute(f"SELECT count(*) - count(DISTINCT uuid) FROM {table}"
                            ).fetchone()[0] == 0
    assert a.exchange.preview(from_b).differences == [] or all(
        not d.theirs for d in a.exchange.preview(from_b).differences)


def test_rejecting_keeps_local_values(parties, tmp_path):
    (path_a, a), (_pb, b) = parties
    out = tmp_path / "bert.overleg"
    b.exchange.export(b.exchange.scope(meeting=DRAFT), out)
    before = _records(a)
    assert main(["exchange", "import", "--db", str(path_a), str(out), "--reject-all"]) == 0
    assert _records(a) == before
    preview = a.exchange.preview(out)
    a.exchange.apply(preview, set())
    assert _records(a) == before


def test_undo_restores_the_state_before_the_import_and_it_is_audited(parties, tmp_path):
    (_pa, a), (_pb, b) = parties
    out = tmp_path / "bert.overleg"
    b.exchange.export(b.exchange.scope(meeting=DRAFT), out)
    before = _records(a)
    preview = a.exchange.preview(out)
    done = a.exchange.apply(preview, preview.accept_all())
    assert done.result == 2 and _records(a) != before
    trail = a.db.execute("SELECT action, record_uuid FROM audit_log WHERE reason LIKE "
                         "'uitwisselingspakket%'").fetchall()
    assert {act for act, _u in trail} == {"imported", "deleted"}
    a.commands.undo(done.changes)
    assert _records(a) == before
