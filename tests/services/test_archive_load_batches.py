"""The archive load into an empty database inserts in batches and syncs each document
folder once; the result is the same as row by row."""

import io

import pytest

from overleg.services.archive_service import export_archive, import_archive
from overleg.storage import archive_tables, blob_store
from overleg.storage.database import integrity_problems
from tests.services.test_archive import contents, fresh


@pytest.mark.parametrize("batch", [1, 2, 3, 2000])
def test_any_batch_size_rebuilds_the_database_identically(demo, tmp_path, monkeypatch,
                                                          batch):
    out = tmp_path / "archief.zip"
    export_archive(demo.db, out)
    monkeypatch.setattr(archive_tables._Table, "BATCH", batch)
    target = fresh()
    import_archive(target.ctx, out)
    assert contents(target.db) == contents(demo.db)
    assert integrity_problems(target.db) == []

def test_a_row_twice_in_one_archive_is_loaded_once_into_an_empty_database(demo):
    data = {t: archive_tables.rows(demo.db, t) for t in ("organisations", "people",
                                                            "bodies", "body_members")}
    twice = data["body_members"][0]
    data["body_members"].append({**twice, "id": 10_000})  # same record, another id
    target = fresh()
    with target.db.atomic():
        result = archive_tables.load(target.db, data)
    assert result.existing["body_members"] == 1
    assert result.added["body_members"] == len(data["body_members"]) - 1
    assert target.db["body_members"].count == len(data["body_members"]) - 1

def test_put_leaves_the_folder_to_the_caller_who_syncs_each_once(tmp_path, monkeypatch):
    synced: list = []
    monkeypatch.setattr(blob_store, "_sync_folder", synced.append)
    store, folders = blob_store.BlobStore(tmp_path / "stukken"), set()

    for n in range(6):
        store.put(io.BytesIO(b"stuk %d" % n), limit=100, folders=folders)
    assert synced == []
    blob_store.sync_folders(folders)
    assert sorted(synced) == sorted(folders) and len(synced) == len(set(synced))
    store.put(io.BytesIO(b"los"), limit=100)  # without the caller's set: synced at once
    assert len(synced) == len(folders) + 1
