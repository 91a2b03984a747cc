"""Help → About: the version, where the data lives, and the license."""

import platform
from html import escape
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from overleg import __version__
from overleg.ui.common.icons import app_icon
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.window_title import fit_title
from overleg.ui.crash import LOG_NAME

LICENSE = "EUPL-1.2"


class AboutDialog(QDialog):
    def __init__(self, database: Path, data_dir: Path, parent: QWidget | None = None
                 ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Overleg"))
        fit_title(self)
        self.data_dir = data_dir
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(QSize(64, 64)))
        logo.setAlignment(Qt.AlignmentFlag.AlignTop)
        logo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        rows = [
            (self.tr("Open database"), str(database.resolve())),
            (self.tr("Data folder"), str(data_dir)),
            (self.tr("Error log"), str(data_dir / LOG_NAME)),
            (self.tr("License"), self.tr("{license} (European Union Public Licence)").format(
                license=LICENSE)),
            (self.tr("Built with"), f"Python {platform.python_version()}, "
                                    f"Qt for Python {pyside_version}"),
        ]
        table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>"
                        for k, v in rows)
        self.text = QLabel(
            f"<h2>Overleg {escape(__version__)}</h2><p>"
            + escape(self.tr("Agendas, minutes, decisions and follow-ups of the "
                             "consensus-oriented consultation (OOGO) on inclusive "
                             "education and youth care."))
            + f"</p><table>{table}</table>")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        open_folder = QPushButton(self.tr("Open data folder"))
        open_folder.clicked.connect(self._open_folder)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(open_folder, QDialogButtonBox.ButtonRole.ActionRole)
        self.setLayout(vbox(hbox(logo, self.text), buttons))
        self.setMinimumWidth(560)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
