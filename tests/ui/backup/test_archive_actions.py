"""The archive from the File menu: written and read back in the background."""

import zipfile

from PySide6.QtWidgets import QWidget

from overleg.ui.backup.archive_actions import export_archive, import_archive
from tests.ui.fakes import FakePrompts


def test_the_archive_is_exported_and_imported_again_as_long_work(qtbot, demo, tmp_path):
    window, prompts, refreshed = QWidget(), FakePrompts(), []
    qtbot.addWidget(window)
    window.show()
    prompts.answer(tmp_path / "archief")
    work = export_archive(window, demo, prompts)
    qtbot.waitUntil(lambda: not work.running, timeout=60_000)
    out = tmp_path / "archief.zip"
    assert work.outcome == "done" and prompts.errors == []
    assert "schema.json" in zipfile.ZipFile(out).namelist()
    assert "Archive written" in prompts.infos[-1] or "Archief" in prompts.infos[-1]
    before = demo.followups.count(demo.followups.filter())
    prompts.answer(out)
    work = import_archive(window, demo, prompts, lambda: refreshed.append(True))
    qtbot.waitUntil(lambda: not work.running, timeout=60_000)
    assert work.outcome == "done" and refreshed == [True] and prompts.errors == []
    assert "niet dubbel" in prompts.infos[-1]  # everything was there already
    assert demo.followups.count(demo.followups.filter()) == before
