"""A dialog never narrower than its title: a short question ("Titel van het punt:") made
Windows cut the title to "Nieuw…dapunt"."""

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLayout, QWidget

# A title bar's icon, its three buttons and padding (Windows 11: 46 px a button).
TITLE_BAR_EXTRA = 170


def fit_title(dialog: QWidget) -> None:
    """Call after setWindowTitle: the dialog's least width shows the whole title."""
    need = QFontMetrics(QApplication.font()).horizontalAdvance(dialog.windowTitle()) + \
        TITLE_BAR_EXTRA
    layout = dialog.layout()
    if layout is not None and layout.sizeConstraint() != QLayout.SizeConstraint.SetFixedSize:
        # QInputDialog's layout would set the least width to its fields' (SetMinAndMaxSize)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetDefaultConstraint)
    dialog.setMinimumWidth(max(dialog.minimumWidth(), need))
