"""The restore dialog: lists the backups newest first, makes one on request, restores the
chosen one after asking, and keeps what it replaced."""

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from overleg.app import Environment
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.storage.errors import StorageError
from overleg.ui.backup.restore_dialog import RestoreDialog
from tests.helpers import body_with_members
from tests.ui.fakes import FakePrompts

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def on_file(tmp_path):
    clock = [datetime(2013, 12, 1, 9, 0)]
    s = build_services(open_database(tmp_path / "overleg.db"), now=lambda: clock[0],
                       user="secretaris")
    body_with_members(s, "STT")
    s.backups.automatic()
    clock[0] += timedelta(days=1)
    body_with_members(s, "SWZ")
    s.backups.automatic()
    clock[0] += timedelta(hours=2)
    yield s, clock
    s.db.close()


def test_restoring_the_older_backup_after_confirmation(qtbot, qtmodeltester, on_file):
    s, _ = on_file
    body_with_members(s, "PFO")
    prompts = FakePrompts()
    dialog = RestoreDialog.for_services(s, prompts)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    shown = [dialog.model.index(r, 0).data() for r in range(dialog.model.rowCount())]
    assert shown == ["02-12-2013 09.00", "01-12-2013 09.00"]
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.grab().save("/tmp/trust_restore_dialog.png")
    dialog.table.selectRow(1)
    prompts.answer(True)
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    assert [b.code for b in s.bodies.all()] == ["STT"]
    assert "01-12-2013 09.00" in prompts.asked[0]
    assert "voor-herstel" in prompts.infos[-1]
    assert not dialog.isVisible()


def test_saying_no_restores_nothing_and_back_up_now_adds_a_row(qtbot, on_file):
    s, _ = on_file
    prompts = FakePrompts()
    dialog = RestoreDialog.for_services(s, prompts)
    qtbot.addWidget(dialog)
    prompts.answer(False)
    qtbot.mouseClick(dialog.restore_button, LEFT)
    assert sorted(b.code for b in s.bodies.all()) == ["STT", "SWZ"]
    qtbot.mouseClick(dialog.backup_button, LEFT)
    assert dialog.model.rowCount() == 3 and "handmatig" in prompts.infos[-1]
    assert dialog.model.index(0, 1).data() == "by hand"


def test_a_file_that_will_not_open_is_offered_its_backups(qtbot, tmp_path):
    path = tmp_path / "overleg.db"
    env = Environment(default_path=path)
    s = env.open(path)  # takes the day's backup
    body_with_members(s, "STT")
    s.backups.backup_now()
    s.db.close()
    path.write_bytes(b"SQLite format 3\x00" + b"\x00" * 4000)
    with pytest.raises(StorageError) as caught:
        env.open(path)
    problem = env.problem(path, caught.value)
    prompts = FakePrompts().answer(True)
    dialog = RestoreDialog.for_problem(env, path, problem, prompts)
    qtbot.addWidget(dialog)
    assert dialog.message.text() == problem.message
    assert not dialog.backup_button.isVisibleTo(dialog)
    with qtbot.waitSignal(dialog.restored):
        qtbot.mouseClick(dialog.restore_button, LEFT)
    s = env.open(path)
    assert [b.code for b in s.bodies.all()] == ["STT"]
    s.db.close()


def test_an_in_memory_database_has_nothing_to_restore(qtbot, services):
    dialog = RestoreDialog.for_services(services, FakePrompts())
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 0 and not dialog.restore_button.isEnabled()
