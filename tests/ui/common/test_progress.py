"""Long work in the window: a worker with a progress dialog and a cancel button; a
cancelled export leaves no file, a finished one writes it and opens it."""

import threading
from pathlib import Path

from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from overleg.ui.common.progress import LongWork, save_in_background
from tests.ui.fakes import FakePrompts


def _window(qtbot) -> QWidget:
    window = QWidget()
    qtbot.addWidget(window)
    window.show()
    return window


def test_cancel_stops_the_export_and_leaves_no_file(qtbot, demo, tmp_path):
    window, prompts, opened = _window(qtbot), FakePrompts(), []
    started, reports = threading.Event(), []

    def write(path, progress, cancel):
        def slow(done, total):  # hold the worker until the test has pressed cancel
            reports.append(done)
            started.set()
            cancel.wait(10)
            progress(done, total)
        return demo.spreadsheets.export_actions(path, progress=slow, cancel=cancel)

    prompts.answer(tmp_path / "acties.xlsx")
    work = save_in_background(window, prompts, "Opslaan", "*.xlsx", "acties.xlsx", write,
                              opened.append)
    assert work is not None and work.running
    dialog = window.findChild(QProgressDialog)
    assert dialog is not None and dialog.isVisible()
    assert started.wait(10)
    qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not work.running, timeout=10_000)
    assert work.outcome == "cancelled" and opened == [] and prompts.errors == []
    assert list(tmp_path.iterdir()) == []  # no file, no temporary file


def test_completion_writes_the_file_reports_progress_and_opens_it(qtbot, demo, tmp_path):
    window, prompts, opened = _window(qtbot), FakePrompts(), []
    prompts.answer(tmp_path / "acties")  # the extension is added
    work = save_in_background(
        window, prompts, "Opslaan", "*.xlsx", "acties.xlsx",
        lambda path, progress, cancel: demo.spreadsheets.export_actions(
            path, progress=progress, cancel=cancel), opened.append)
    seen = []
    work.progressed.connect(lambda done, total: seen.append((done, total)))
    with qtbot.waitSignal(work.finished, timeout=30_000):
        pass
    out = tmp_path / "acties.xlsx"
    assert work.outcome == "done" and opened == [out] and out.exists()
    assert load_workbook(out).active.title == "Actielijst"
    assert [p.name for p in tmp_path.iterdir()] == ["acties.xlsx"]


def test_a_refusal_is_one_sentence_and_the_window_stays_usable(qtbot, tmp_path):
    from overleg.services.file_output import ExportWriteError

    window, prompts = _window(qtbot), FakePrompts()

    def refuse(_progress, _cancel):
        raise ExportWriteError("De schijf is vol; 'x.xlsx' is niet geschreven.")

    work = LongWork(window, "Bezig", refuse, prompts).start()
    qtbot.waitUntil(lambda: not work.running, timeout=10_000)
    assert work.outcome == "failed" and prompts.errors == [
        "De schijf is vol; 'x.xlsx' is niet geschreven."]
    assert window.isEnabled() and window.findChild(QProgressDialog) is None or \
        not window.findChild(QProgressDialog).isVisible()
    assert Path(tmp_path).exists()


def test_no_look_at_a_colleagues_changes_while_the_work_holds_the_connection(
        qtbot, demo, monkeypatch):
    """The worker uses the window's connection: the bus's timer must not use it too."""
    from overleg.ui.common.command_bus import CommandBus

    window, prompts = _window(qtbot), FakePrompts()
    window.bus = CommandBus(demo, prompts, window)  # type: ignore[attr-defined]
    looks = []
    monkeypatch.setattr(demo.commands, "elsewhere", lambda: looks.append(1))
    release = threading.Event()
    work = LongWork(window, "Bezig", lambda progress, cancel: release.wait(10), prompts)
    work.start()
    assert work.running and window.bus.long_work == 1
    assert window.bus.look_elsewhere() is False and looks == []
    release.set()
    qtbot.waitUntil(lambda: not work.running, timeout=10_000)
    assert window.bus.long_work == 0
    window.bus.look_elsewhere()
    assert looks == [1]
