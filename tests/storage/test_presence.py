"""The notes that tell who else has a database open, and when a note no longer counts."""

import os
from datetime import datetime, timedelta

from overleg.storage.presence import Presence, presence_folder

T0 = datetime(2013, 12, 2, 9, 14)


def test_a_colleague_on_another_machine_counts_until_the_note_is_a_day_old(tmp_path):
    db = tmp_path / "overleg.db"
    clock = [T0]
    anna = Presence(db, "anna", host="LAPTOP-12", pid=4242, now=lambda: clock[0])
    anna.claim()
    me = Presence(db, "bram", host="PC-BRAM", now=lambda: clock[0])
    me.claim()
    assert [o.describe() for o in me.others()] == ["anna op LAPTOP-12 (sinds 02-12-2013 09.14)"]
    clock[0] += timedelta(hours=11)
    anna.refresh()  # her app is still running: the note stays fresh
    clock[0] += timedelta(hours=11)
    assert len(me.others()) == 1
    clock[0] += timedelta(hours=2)  # no refresh for 13 hours: her machine went away
    assert me.others() == [] and not anna.note.exists()
    assert presence_folder(db).stat().st_mode & 0o077 == 0


def test_on_this_machine_a_note_counts_while_its_process_lives(tmp_path):
    db = tmp_path / "overleg.db"
    me = Presence(db, "bram")
    me.claim()
    alive = Presence(db, "anna", host=me.host, pid=os.getppid())
    alive.claim()
    gone = Presence(db, "piet", host=me.host, pid=2 ** 22 + 12345)  # no such process
    gone.claim()
    assert [o.user for o in me.others()] == ["anna"]
    assert not gone.note.exists()


def test_broken_notes_are_ignored_and_release_cleans_up(tmp_path):
    db = tmp_path / "overleg.db"
    me = Presence(db, "bram")
    me.claim()
    (presence_folder(db) / "rommel.json").write_text("{half")
    assert me.others() == []
    (presence_folder(db) / "rommel.json").unlink()
    me.release()
    assert not presence_folder(db).exists()
