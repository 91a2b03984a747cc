"""The Personal data dialog on the People page: review, then anonymise after a
confirmation that says it cannot be undone (and the undo history is cleared); export;
retention periods and what is past them."""

import zipfile
from datetime import datetime

from overleg.domain.retention import RetentionKind
from overleg.ui.common.selection import select_row
from tests.ui.bodies.conftest import click, column


def _dialog(qtbot, demo_screen, name="Anouk Jansen"):
    page = demo_screen.people
    demo_screen.tabs.setCurrentWidget(page)
    select_row(page.people_table, column(page.people, 0).index(name))
    click(qtbot, page.personal_data_button)
    return page, page.dialog


def _lines(listing) -> list[str]:
    return [listing.item(i).text() for i in range(listing.count())]


def test_anonymising_asks_says_it_cannot_be_undone_and_clears_the_history(
        qtbot, demo_window, demo_screen, demo, prompts):
    page, dialog = _dialog(qtbot, demo_screen)
    assert dialog.name.text() == "Anouk Jansen"
    lines = _lines(dialog.places)
    assert any("presenter: Anouk Jansen" in t for t in lines)
    peter = demo.bodies.people.find_person("Peter Kok")
    peter.function = "wethouder"
    demo_window.bus.run("Functie", lambda: demo.bodies.update_person(peter))
    assert demo_window.bus.stack.count() == 1
    prompts.answer(False)  # no: nothing changes
    click(qtbot, dialog.anonymise_button)
    assert "cannot be undone" in prompts.asked[-1]
    assert demo.bodies.people.find_person("Anouk Jansen") is not None
    prompts.answer(True)
    click(qtbot, dialog.anonymise_button)
    assert demo.bodies.people.find_person("Anouk Jansen") is None
    assert "anonymised" in prompts.infos[-1] and prompts.errors == []
    assert demo_window.bus.stack.count() == 0 and not demo_window.bus.undo_action.isEnabled()
    assert _lines(dialog.places) == ["Nothing is stored under this name."]
    dialog.close()
    assert not any("Anouk" in n for n in column(page.people, 0))


def test_the_export_writes_the_chosen_zip(qtbot, demo_screen, prompts, tmp_path):
    _, dialog = _dialog(qtbot, demo_screen)
    prompts.answer(tmp_path / "inzage.zip")
    click(qtbot, dialog.export_button)
    assert prompts.errors == [] and "inzage.zip" in prompts.infos[-1]
    assert "overzicht.md" in zipfile.ZipFile(tmp_path / "inzage.zip").namelist()
    dialog.close()


def test_a_period_chosen_is_stored_and_the_due_list_follows(qtbot, demo_screen, demo,
                                                              prompts):
    demo.ctx.now = lambda: datetime(2019, 1, 1, 10, 0)  # five years after the example
    _, dialog = _dialog(qtbot, demo_screen)
    before = _lines(dialog.due)
    assert len(before) == len(demo.retention.due()) > 1 and dialog.apply_button.isEnabled()
    box = dialog.periods[RetentionKind.FOLLOWUP_OWNERS]
    box.setCurrentIndex(box.findData(0))  # never
    assert demo.retention.periods()[RetentionKind.FOLLOWUP_OWNERS] == 0
    after = _lines(dialog.due)
    assert 0 < len(after) == len(demo.retention.due()) < len(before)
    prompts.answer(True)
    click(qtbot, dialog.apply_button)
    assert "cannot be undone" in prompts.asked[-1]
    assert demo.retention.due() == []
    assert _lines(dialog.due) == ["Nothing is past its retention period."]
    assert not dialog.apply_button.isEnabled()
    dialog.close()


def test_the_dialog_warns_when_the_disk_is_not_encrypted(qtbot, demo, prompts):
    from overleg.services.encryption_note import encryption_note
    from overleg.storage.volume_encryption import EncryptionFacts
    from overleg.ui.bodies.person_data_dialog import PersonDataDialog

    plain = EncryptionFacts(platform="win32", bitlocker=lambda drive: 2)
    dialog = PersonDataDialog(demo, prompts, encryption_note=lambda: encryption_note(
        r"C:\Users\anna\overleg.db", plain))
    qtbot.addWidget(dialog)
    assert dialog.encryption.text().startswith("Let op: het bestand staat op een schijf")
    assert not dialog.encryption.isHidden()
    quiet = PersonDataDialog(demo, prompts)
    qtbot.addWidget(quiet)
    assert quiet.encryption.isHidden()
