"""Help → User guide: the Dutch guide (Markdown with screenshots), shown in the app so
it works offline and needs no browser."""

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QWidget

from overleg.resource_paths import resource, resources_dir
from overleg.ui.common.layout import vbox

GUIDE = "gebruikershandleiding.md"


def guide_path() -> Path | None:
    """docs/ in the source tree; resources/docs in a wheel or bundle that copies it."""
    for candidate in (resource("docs", GUIDE), resources_dir().parent / "docs" / GUIDE):
        if candidate.is_file():
            return candidate
    return None


class GuideDialog(QDialog):
    def __init__(self, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("User guide"))
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(True)
        self.browser.setSource(QUrl.fromLocalFile(str(path)),
                               QTextDocument.ResourceType.MarkdownResource)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(self.browser, buttons))
        self.resize(820, 700)
