"""The first-start welcome: one large button per way to begin."""

from collections.abc import Sequence

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QSizePolicy,
    QWidget,
)

from overleg.ui.common.icons import app_icon
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.window_title import fit_title


class WelcomeDialog(QDialog):
    def __init__(self, options: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Overleg"))
        fit_title(self)
        self.choice: int | None = None
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        heading = QLabel(self.tr("<h2>Welcome to Overleg</h2><p>Overleg keeps the agendas, "
                                 "minutes, decisions and follow-ups of your consultations "
                                 "in one file on your computer. This database is still "
                                 "empty. How do you want to begin?</p>"))
        heading.setWordWrap(True)
        self.buttons: list[QCommandLinkButton] = []
        for index, text in enumerate(options):
            button = QCommandLinkButton(text)
            button.clicked.connect(lambda _=False, i=index: self._choose(i))
            self.buttons.append(button)
        cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        cancel.rejected.connect(self.reject)
        self.setLayout(vbox(hbox(logo, heading), *self.buttons, cancel))
        self.setMinimumWidth(520)

    def _choose(self, index: int) -> None:
        self.choice = index
        self.accept()

    @classmethod
    def ask(cls, options: Sequence[str], parent: QWidget | None = None) -> int | None:
        dialog = cls(options, parent)
        dialog.exec()
        return dialog.choice
