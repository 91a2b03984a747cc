"""Documents live beside the database, once: backups share one document store and copy
only what it lacks; a restore brings back the documents it names."""

import os
from datetime import datetime, timedelta

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind
from overleg.services.container import build_services
from overleg.storage.backup import backup_folder
from overleg.storage.blob_store import store_folder
from overleg.storage.database import open_database


def _folder_bytes(folder):
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_ten_backups_keep_each_document_once_and_restore_brings_it_back(tmp_path):
    path = tmp_path / "overleg.db"
    db = open_database(path)
    clock = [datetime(2013, 11, 1, 9, 0)]
    s = build_services(db, now=lambda: clock[0], user="tester")
    try:
        body = s.bodies.add_body(Body("Stuurgroep", "STT", BodyKind.STEERING_COMMITTEE))
        m = s.meetings.plan(body.id, datetime(2013, 11, 28, 15), datetime(2013, 11, 28, 17))
        item = s.agenda.add_item(m.id, "Werkagenda")
        doc = tmp_path / "bijlage.bin"
        doc.write_bytes(os.urandom(3 * 1024 * 1024))
        a = s.attachments.attach(item.id, doc)
        assert s.attachments.path_of(a).parent.parent == store_folder(path)
        assert _folder_bytes(store_folder(path)) == 3 * 1024 * 1024
        db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        assert path.stat().st_size < 1024 * 1024  # the bytes are not in the database file
        for _ in range(10):
            clock[0] += timedelta(days=1)
            assert s.backups.automatic() is not None
        backups = backup_folder(path)
        assert len(list(backups.glob("*.db"))) == 10
        assert _folder_bytes(backups / "stukken") == 3 * 1024 * 1024  # once, not ten times
        newest = s.backups.backups()[0].path
        s.attachments.path_of(a).unlink()  # the live copy is lost
        s.backups.restore(newest)
        assert s.attachments.path_of(a).read_bytes() == doc.read_bytes()
    finally:
        db.close()
