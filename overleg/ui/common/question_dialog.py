"""The question of Prompts.ask_text and choose (its own module: QInputDialog and its
enums load when a question is first asked, not at start-up)."""

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QInputDialog

from overleg.ui.common.window_title import fit_title


class QuestionDialog(QInputDialog):
    """As wide as its title needs (QInputDialog builds its layout when shown, and that
    layout would set the least width)."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        fit_title(self)
        super().showEvent(event)
