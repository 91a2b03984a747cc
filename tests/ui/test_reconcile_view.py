"""The reconcile view: a package's differences per record and field with both values and
who/when, ticked as their later changes; accept or reject each or all; Apply is one step
of the window's history (undo restores), reached from the File menu's import entry."""

import shutil
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from overleg.domain.followups import Target
from overleg.services.container import build_services
from overleg.storage.database import open_database
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.exchange.exchange_actions import export_package, import_package
from overleg.ui.exchange.reconcile_dialog import ReconcileDialog
from overleg.ui.exchange.reconcile_model import ACCEPT, FIELD, HERE, KIND, THEIRS
from tests.conftest import NOW
from tests.ui.fakes import FakePrompts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v8.db"
DRAFT, NOTES_ITEM, GONE_ITEM, FOLLOWUP = 8, 57, 61, 16


def _party(tmp_path, name):
    path = tmp_path / f"{name}.db"
    shutil.copy(FIXTURE, path)
    return build_services(open_database(path), now=lambda: NOW, user=name)


@pytest.fixture
def setting(tmp_path):
    """Anna's file and a package from Bert, who changed notes, a target and deleted an
    item of the meeting Anna also edited."""
    a, b = _party(tmp_path, "anna"), _party(tmp_path, "bert")
    a.agenda.update_item(NOTES_ITEM, notes="Aantekening van Anna")
    b.agenda.update_item(NOTES_ITEM + 1, notes="Aantekening van Bert")
    b.followups.retarget(FOLLOWUP, Target(due_date=date(2014, 5, 1)))
    b.agenda.delete_item(GONE_ITEM)
    out = tmp_path / "bert.overleg"
    b.exchange.export(b.exchange.scope(meeting=DRAFT), out)
    yield a, out
    a.db.close()
    b.db.close()


def _rows(dialog):
    m = dialog.model
    return [{c: m.data(m.index(r, c)) for c in (KIND, FIELD, HERE, THEIRS)}
            | {"accepted": m.data(m.index(r, ACCEPT), Qt.ItemDataRole.CheckStateRole)
               == Qt.CheckState.Checked} for r in range(m.rowCount())]


def test_the_view_lists_each_difference_and_accepts_or_rejects_them(qtbot, qtmodeltester,
                                                                     setting):
    a, out = setting
    dialog = ReconcileDialog(a.exchange.preview(out))
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.model)
    rows = _rows(dialog)
    theirs = next(r for r in rows if "Aantekening van Bert" in r[THEIRS])
    assert "(bert, " in theirs[THEIRS]
    assert theirs[FIELD] == "notes" and theirs["accepted"]  # their later change
    mine = next(r for r in rows if "Aantekening van Anna" in r[HERE])
    assert "(anna, " in mine[HERE] and not mine["accepted"]  # Anna's is the later one
    assert sorted(r[FIELD] for r in rows) == ["", "due_sort", "notes", "notes",
                                              "target_date"]
    assert [r["accepted"] for r in rows].count(False) == 1
    qtbot.mouseClick(dialog.reject_all, Qt.MouseButton.LeftButton)
    assert dialog.accepted_choices() == set()
    qtbot.mouseClick(dialog.accept_all, Qt.MouseButton.LeftButton)
    assert len(dialog.accepted_choices()) == len(rows)
    first = dialog.model.index(0, ACCEPT)
    assert dialog.model.setData(first, Qt.CheckState.Unchecked.value,
                                Qt.ItemDataRole.CheckStateRole)
    assert len(dialog.accepted_choices()) == len(rows) - 1
    assert dialog.table.accessibleName()


def test_applying_from_the_menu_entry_is_one_undoable_step(qtbot, setting):
    a, out = setting
    prompts = FakePrompts().answer(out)
    bus = CommandBus(a, prompts)
    before = a.agenda.item(NOTES_ITEM + 1).notes

    def only_the_notes(preview, _parent):
        return {c for c in preview.accept_all() if c[2] == "notes"}

    assert import_package(None, a, prompts, bus, ask=only_the_notes) == 1
    assert prompts.errors == []
    assert a.agenda.item(NOTES_ITEM + 1).notes == "Aantekening van Bert"
    assert a.agenda.item(GONE_ITEM) is not None  # the removal was not accepted
    assert bus.stack.count() == 1
    bus.undo()
    assert a.agenda.item(NOTES_ITEM + 1).notes == before


def test_a_refused_package_is_one_message_and_an_export_asks_the_version(qtbot, setting,
                                                                         tmp_path):
    a, _out = setting
    bad = tmp_path / "kapot.overleg"
    bad.write_bytes(b"geen zip")
    prompts = FakePrompts().answer(bad)
    assert import_package(None, a, prompts, CommandBus(a, prompts)) is None
    assert len(prompts.errors) == 1 and "kapot.overleg" in prompts.errors[0]
    target = tmp_path / "openbaar"
    prompts.answer(target, 1)
    assert export_package(a, prompts) == tmp_path / "openbaar.overleg"
    assert a.exchange.preview(tmp_path / "openbaar.overleg").package.manifest[
        "audience"] == "public"


def test_the_shared_folder_is_read_on_refresh_and_own_package_written(qtbot, tmp_path):
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMainWindow

    from overleg.services.exchange.shared_folder import SharedFolder
    from overleg.ui.common.app_settings import AppSettings
    from overleg.ui.exchange.shared_sync import sync_shared_folder

    folder = tmp_path / "gedeeld"
    folder.mkdir()
    a, b = _party(tmp_path, "anna"), _party(tmp_path, "bert")
    b.agenda.update_item(NOTES_ITEM, notes="Van Bert via de map")
    SharedFolder(b.exchange, folder).publish()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.services, window.bus = a, CommandBus(a, FakePrompts())
    window.settings = AppSettings(QSettings(str(tmp_path / "t.ini"),
                                            QSettings.Format.IniFormat))
    assert sync_shared_folder(window, window) is None  # no folder chosen: nothing
    window.settings.shared_folder = folder
    asked = []
    assert sync_shared_folder(window, window, ask=lambda p, _w: asked.append(p)) == 1
    assert asked and a.agenda.item(NOTES_ITEM).notes != "Van Bert via de map"  # asked
    window.settings.shared_apply_automatically = True
    assert sync_shared_folder(window, window, ask=lambda p, _w: None) == 1
    assert a.agenda.item(NOTES_ITEM).notes == "Van Bert via de map"
    assert window.bus.stack.count() == 1
    assert (folder / f"{SharedFolder(a.exchange, folder).own_file.name}").is_file()
    a.db.close()
    b.db.close()
