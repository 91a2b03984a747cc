"""Migration 0010: records carry a version, their last writer and per field the stamp of
its last change; a removal leaves a tombstone (with its meeting), a record that comes back
loses it. From the example as version 8 left it."""

import shutil
from pathlib import Path

import pytest

from overleg.services.container import build_services
from overleg.storage import record_stamps
from overleg.storage.database import open_database
from tests.conftest import NOW

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v8.db"
DRAFT = 8  # a meeting of the example whose minutes are a draft


@pytest.fixture
def s(tmp_path):
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURE, path)
    services = build_services(open_database(path), now=lambda: NOW, user="anna")
    yield services
    services.db.close()


def test_existing_records_start_at_version_one_with_an_installation(s):
    items = s.agenda.agenda(DRAFT)
    found = record_stamps.versions(s.db, "agenda_items", [i.uuid for i in items])
    assert set(found) == {i.uuid for i in items}
    assert {v.version for v in found.values()} == {1}
    inst = record_stamps.installation_id(s.db)
    assert len(inst) == 36 and {v.last.installation for v in found.values()} == {inst}


def test_a_change_raises_the_version_and_stamps_only_its_field(s):
    item = s.agenda.agenda(DRAFT)[0]
    s.agenda.update_item(item.id, notes="Nieuwe aantekening")
    v = record_stamps.versions(s.db, "agenda_items", [item.uuid])[item.uuid]
    assert v.version == 2 and v.last.by == "anna"
    assert v.field("notes").by == "anna" and v.field("notes").at == v.last.at
    assert v.field("title").by == ""  # untouched since the migration


def test_a_removal_leaves_a_tombstone_and_undo_takes_it_away(s):
    followup = s.minutes.followups_of(DRAFT)[0]
    meeting_uuid = s.meetings.get(DRAFT).uuid
    done = s.commands.run("weg", lambda: s.minutes.delete_followup(followup.id))
    stone = record_stamps.tombstone(s.db, "followups", followup.uuid)
    assert stone is not None and stone.deleted.by == "anna"
    assert stone.meeting == meeting_uuid and stone.version == 2
    assert record_stamps.versions(s.db, "followups", [followup.uuid]) == {}
    assert stone in record_stamps.tombstones(s.db, meetings=[meeting_uuid])
    s.commands.undo(done.changes)
    assert record_stamps.tombstone(s.db, "followups", followup.uuid) is None
    again = record_stamps.versions(s.db, "followups", [followup.uuid])[followup.uuid]
    assert again.version > stone.version and again.last.by == "anna"  # never back


def test_the_bookkeeping_does_not_travel_in_the_archive(s):
    from overleg.storage import archive_tables

    assert not {"record_versions", "tombstones", "exchange_meta"} & set(
        archive_tables.record_tables(s.db))
