"""The real questions of QtPrompts (ask_text, choose): the answer comes back, a cancel
is None, and the dialog is never narrower than its title (issue 21: 'Nieuw…dapunt')."""

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QInputDialog

from overleg.ui.prompts import QtPrompts


def answer_with(act) -> list[QInputDialog]:
    """When the question shows, `act` on it; returns the dialogs seen."""
    seen: list[QInputDialog] = []

    def respond() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QInputDialog):
            QTimer.singleShot(10, respond)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(0, respond)
    return seen


def test_a_typed_answer_comes_back_in_a_dialog_as_wide_as_its_title(qtbot):
    seen = answer_with(lambda d: (d.setTextValue("Leerlingenvervoer"), d.accept()))
    answer = QtPrompts().ask_text("Nieuw agendapunt", "Titel:")
    assert answer == "Leerlingenvervoer"
    title = QFontMetrics(QApplication.font()).horizontalAdvance("Nieuw agendapunt")
    assert seen[0].width() >= title + 150


def test_a_multiline_answer_keeps_its_lines_and_a_cancel_is_none(qtbot):
    answer_with(lambda d: (d.setTextValue("regel 1\nregel 2"), d.accept()))
    assert QtPrompts().ask_text("Opmerkingen", "Tekst:", multiline=True) == \
        "regel 1\nregel 2"
    answer_with(lambda d: d.reject())
    assert QtPrompts().ask_text("Nieuw agendapunt", "Titel:", default="x") is None


def test_a_choice_comes_back_as_its_position(qtbot):
    answer_with(lambda d: (d.setTextValue("geschil"), d.accept()))
    assert QtPrompts().choose("Uitkomst", "Kies:", ["overeenstemming", "geschil"]) == 1
