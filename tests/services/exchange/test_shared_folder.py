"""A shared folder with three installations writing in turn, one killed halfway through
writing its package (a child process, SIGKILL): every published change arrives at the
others, no partial package is ever read, and nothing is doubled."""

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from overleg.app import open_services
from overleg.services.exchange.package import read_package
from overleg.services.exchange.shared_folder import SharedFolder

ROOT = Path(__file__).resolve().parents[3]
FIXTURE = ROOT / "tests" / "fixtures" / "schema_v8.db"
ITEMS = [57, 58, 59, 62, 63]  # items of the example's draft meeting 8


def _open(path: Path, user: str):
    return open_services(path, user=user)


@pytest.fixture
def three(tmp_path):
    folder = tmp_path / "gedeeld"
    folder.mkdir()
    paths = []
    for name in ("anna", "bert", "carla"):
        path = tmp_path / f"{name}.db"
        shutil.copy(FIXTURE, path)
        paths.append(path)
    opened = [_open(p, n) for p, n in zip(paths, ("anna", "bert", "carla"), strict=True)]
    yield folder, paths, opened
    for s in opened:
        s.db.close()


def _notes(s) -> dict[int, str]:
    return {i: s.agenda.item(i).notes for i in ITEMS}


def test_three_installations_in_turn_one_killed_mid_write(three):
    folder, paths, (a, b, c) = three
    shared = [SharedFolder(s.exchange, folder) for s in (a, b, c)]
    expected = {}
    for turn, (s, f) in enumerate(zip((a, b, c, a, b), shared * 2, strict=False)):
        f.sync()  # take over the others' published changes
        item = ITEMS[turn]
        s.agenda.update_item(item, notes=f"Ronde {turn} door {s.ctx.user}")
        f.publish()  # acknowledged: from now on the others must get it
        expected[item] = f"Ronde {turn} door {s.ctx.user}"
    own_c = shared[2].own_file
    before = own_c.read_bytes()

    c.db.close()  # carla's next change: written by a process killed halfway
    child = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("slow_publisher.py")), str(paths[2]),
         str(folder), str(ITEMS[0]), "Niet bevestigd"],
        stdout=subprocess.PIPE, text=True, cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert child.stdout.readline().strip() == "halfway"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
    partial = [p for p in folder.iterdir() if p.name.startswith(".")]
    assert partial, "the killed writer left its temporary file"
    assert own_c.read_bytes() == before  # the package others read is the last complete one

    for f in shared[:2]:
        reading = f.sync()
        assert reading.problems == []  # no partial package was read
    for f in shared[:2]:
        f.sync()
    for s in (a, b):
        got = _notes(s)
        for item, text in expected.items():
            if item != ITEMS[0]:
                assert got[item] == text, (s.ctx.user, item)
        assert got[ITEMS[0]] == expected[ITEMS[0]]  # the unacknowledged change is not there
        assert s.db.execute("SELECT count(*) - count(DISTINCT uuid) FROM agenda_items"
                            ).fetchone()[0] == 0
    for path in folder.iterdir():
        if not path.name.startswith("."):
            read_package(path)  # every visible package is whole

    c2 = _open(paths[2], "carla")  # carla again: her change goes out with her next publish
    try:
        SharedFolder(c2.exchange, folder).sync()
        shared[0].sync()
        assert a.agenda.item(ITEMS[0]).notes == "Niet bevestigd"
    finally:
        c2.db.close()


def test_a_missing_folder_is_one_sentence(three, tmp_path):
    _folder, _paths, (a, _b, _c) = three
    from overleg.domain.errors import OverlegError

    with pytest.raises(OverlegError, match="bestaat niet of is niet bereikbaar"):
        SharedFolder(a.exchange, tmp_path / "weg").publish()
