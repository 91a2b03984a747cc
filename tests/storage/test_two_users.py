"""Promise 4: two instances on one file. No 'database is locked' reaches either user,
the second is told who else has the file open, and sees the other's changes when it
refreshes. The other instance is a separate Python process."""

import signal

from overleg.domain.errors import OverlegError
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.storage.presence import presence_folder
from tests.helpers import body_with_members, meeting
from tests.storage.test_crash import start_writer, wait_for


def anna_count(s, mid) -> int:
    return sum(f.text.startswith("Actiepunt anna") for f in s.minutes.followups_of(mid))


def test_two_processes_write_one_file_and_see_each_other(tmp_path):
    path = tmp_path / "gedeeld.db"
    s = build_services(open_database(path), user="bram")
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    anna, lines, reader = start_writer(path, mid, user="anna")
    try:
        wait_for(lines, 2)  # Anna has the file open and has saved something
        others = s.presence.claim()
        assert [(o.user, o.pid) for o in others] == [("anna", anna.pid)]
        assert "anna op " in s.presence.message()

        seen_first = anna_count(s, mid)
        errors = []
        for i in range(120):  # Bram saves while Anna saves: both must always succeed
            try:
                s.minutes.add_followup(mid, f"Actiepunt bram {i}")
            except OverlegError as exc:
                errors.append(str(exc))
        assert errors == []
        wait_for(lines, len(lines) + 5)
        assert anna_count(s, mid) > seen_first, "a refresh shows Anna's new work"
        assert anna.poll() is None, f"Anna's process failed: {anna.stderr.read()}"
    finally:
        anna.send_signal(signal.SIGKILL)
        anna.wait(timeout=10)
        reader.join(timeout=5)
    stored = {f.uuid for f in s.minutes.followups_of(mid)}
    assert {u.strip() for u in lines[1:]} <= stored
    assert sum(f.text.startswith("Actiepunt bram") for f in s.minutes.followups_of(mid)) \
        == 120
    # Anna's process is gone without saying goodbye: her note is stale and ignored.
    assert s.presence.others() == [] and s.presence.message() is None
    s.presence.release()
    s.db.close()


def test_a_colleague_who_closes_normally_leaves_no_note(tmp_path):
    path = tmp_path / "gedeeld.db"
    s = build_services(open_database(path), user="bram")
    mid = meeting(s, body_with_members(s), (2013, 9, 19))
    anna, lines, reader = start_writer(path, mid, user="anna", count=3)
    assert anna.wait(timeout=30) == 0
    reader.join(timeout=5)
    assert len(lines) == 4 and s.presence.others() == []
    assert not presence_folder(path).exists()
    s.db.close()
