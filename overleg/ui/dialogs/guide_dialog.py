"""Help → User guide: the Dutch guide (Markdown with screenshots), shown in the app so
it works offline and needs no browser."""

import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextDocument
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QWidget

from overleg.resource_paths import resource, resources_dir
from overleg.ui.common.layout import vbox
from overleg.ui.common.window_title import fit_title

GUIDE = "gebruikershandleiding.md"
SHORTCUTS_CARD = "sneltoetsen.html"


def guide_path() -> Path | None:
    """docs/ in the source tree; resources/docs in a wheel or bundle that copies it."""
    for candidate in (resource("docs", GUIDE), resources_dir().parent / "docs" / GUIDE):
        if candidate.is_file():
            return candidate
    return None


def heading_anchor(text: str) -> str:
    """The anchor GitHub gives a heading, so the guide's table of contents works in
    both places: 'Opvolgen: actiepunten' -> 'opvolgen-actiepunten'."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class GuideBrowser(QTextBrowser):
    """Screenshots shrink to the width of the viewer; links to headings scroll there."""

    MAX_IMAGE_WIDTH = 720

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._follow)

    def loadResource(self, kind: int, url: QUrl | str):  # noqa: N802 (Qt naming)
        resource_data = super().loadResource(kind, url)
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = resource_data if isinstance(resource_data, QImage) else QImage()
            if image.isNull() and resource_data is not None:
                image.loadFromData(resource_data)
            if not image.isNull() and image.width() > self.MAX_IMAGE_WIDTH:
                return image.scaledToWidth(self.MAX_IMAGE_WIDTH,
                                           Qt.TransformationMode.SmoothTransformation)
            return image if not image.isNull() else resource_data
        return resource_data

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
        elif url.hasFragment():
            self.scroll_to_heading(url.fragment())

    def scroll_to_heading(self, anchor: str) -> bool:
        block = self.document().begin()
        while block.isValid():
            if block.blockFormat().headingLevel() and heading_anchor(block.text()) == anchor:
                top = self.document().documentLayout().blockBoundingRect(block).top()
                self.verticalScrollBar().setValue(int(top))
                return True
            block = block.next()
        return False


def shortcuts_card_path() -> Path | None:
    """The card of keyboard shortcuts, a Dutch HTML page meant to be printed."""
    path = resource("docs", SHORTCUTS_CARD)
    return path if path.is_file() else None


class GuideDialog(QDialog):
    """The user guide (Markdown), or another page of help such as the shortcuts card
    (HTML, with a button that opens it in the browser to print it)."""

    def __init__(self, path: Path, parent: QWidget | None = None, title: str = "") -> None:
        super().__init__(parent)
        title = title or self.tr("User guide")
        self.setWindowTitle(title)
        fit_title(self)
        self.path = path
        self.browser = GuideBrowser()
        self.browser.setAccessibleName(title)
        kind = QTextDocument.ResourceType.HtmlResource if path.suffix == ".html" \
            else QTextDocument.ResourceType.MarkdownResource
        self.browser.setSource(QUrl.fromLocalFile(str(path)), kind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        if path.suffix == ".html":
            self.print_button = buttons.addButton(self.tr("Open in &browser to print"),
                                                  QDialogButtonBox.ButtonRole.ActionRole)
            self.print_button.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
        self.setLayout(vbox(self.browser, buttons))
        self.resize(820, 700)
