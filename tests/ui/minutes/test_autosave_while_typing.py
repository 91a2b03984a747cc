"""A secretary typing on without a pause loses at most two seconds of it: the notes are
saved at the latest MAX_WAIT_MS after the first unsaved keystroke, not only after a pause,
and the whole run of typing stays one undo step."""

import time

from PySide6.QtTest import QTest

from overleg.ui.minutes.notes_editor import DEBOUNCE_MS, MAX_WAIT_MS

KEY_EVERY_MS = 100  # a steady typist: never the DEBOUNCE_MS pause


def test_continuous_typing_is_saved_at_least_every_two_seconds(qtbot, minutes):
    assert KEY_EVERY_MS < DEBOUNCE_MS and MAX_WAIT_MS < 2000
    m = minutes
    item_id = m.go_to("Rondvraag")
    notes = m.view.page.notes
    notes.setFocus()
    start = time.monotonic()
    saves: list[tuple[float, str]] = []  # (seconds since the first key, stored notes)
    typed = ""
    while time.monotonic() - start < 3.2:
        qtbot.keyClicks(notes, "a")
        typed += "a"
        QTest.qWait(KEY_EVERY_MS)
        stored = m.services.agenda.item(item_id).notes
        if stored and (not saves or saves[-1][1] != stored):
            saves.append((time.monotonic() - start, stored))
    assert saves, "nothing was saved during three seconds of typing"
    # The first save comes within two seconds, later ones follow at most two apart, and the
    # typing stopped at most two seconds after the last one.
    moments = [0.0] + [at for at, _ in saves] + [time.monotonic() - start]
    assert all(b - a <= 2.0 for a, b in zip(moments, moments[1:], strict=False)), moments
    assert all(typed.startswith(text) for _, text in saves)
    # Still one undo step for the whole run, which takes every autosave back.
    notes.flush()
    assert m.services.agenda.item(item_id).notes == typed
    assert m.view.undo_action.text() == "Undo Notes"
    m.view.undo()
    assert m.services.agenda.item(item_id).notes == ""


def test_a_pause_still_saves_after_the_short_debounce(qtbot, minutes):
    m = minutes
    item_id = m.go_to("Rondvraag")
    m.view.page.notes.setFocus()
    qtbot.keyClicks(m.view.page.notes, "Geen vragen")
    qtbot.waitUntil(lambda: m.services.agenda.item(item_id).notes == "Geen vragen",
                    timeout=DEBOUNCE_MS + 400)
    assert not m.view.page.notes.max_wait.isActive()  # nothing pending after the save
