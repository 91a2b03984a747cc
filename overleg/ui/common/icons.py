"""The action icons, drawn as SVG in resources/icons and tinted to the palette.

The line art uses `currentColor`, which Qt's SVG renderer does not resolve; it is
replaced by the palette's text colour when the icon is made, so icons stay visible in a
dark theme. An icon is rendered when it is first painted, at the exact pixel size asked
for, so it is crisp at 100%, 150% and 200%; making one costs nothing at start-up (the
menus that hold most of them are not painted until opened, and QtSvg is not imported
until then).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPalette

from overleg.resource_paths import resource

if TYPE_CHECKING:  # PySide makes a type when it is first imported (QPainter and QPixmap:
    # 2.5 ms): these wait for the first icon painted, which the start does not paint
    from PySide6.QtCore import QRect, QSize
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtSvg import QSvgRenderer

# Every icon in resources/icons (without .svg); tests check each exists and renders.
ICON_NAMES = (
    "about", "delete", "document-new", "document-open", "export", "help", "item-add",
    "mark-done", "move-down", "move-up", "redo", "refresh", "schema-add", "search",
    "settings", "undo",
)
APP_ICON = "overleg"
DISABLED_OPACITY = 0.4  # a greyed-out action: its lines fainter, as Qt's own styles do


def icon(name: str, color: QColor | None = None) -> QIcon:
    """The named action icon in the palette's text colour (or `color`)."""
    if name not in ICON_NAMES:
        raise ValueError(f"unknown icon {name!r}")
    path = resource("icons", f"{name}.svg")
    if not path.is_file():  # a broken install: a missing picture, not a crash
        return QIcon()
    if color is None:
        color = QGuiApplication.palette().color(QPalette.ColorGroup.Active,
                                                QPalette.ColorRole.WindowText)
    svg = path.read_text(encoding="utf-8").replace("currentColor", color.name())
    return QIcon(TintedSvgEngine(svg.encode("utf-8")))


def app_icon() -> QIcon:
    """The application icon in its own colours (the SVG icon engine keeps it crisp)."""
    path = resource("icons", f"{APP_ICON}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


class TintedSvgEngine(QIconEngine):
    """Draws already tinted SVG text at whatever size Qt asks for, once per size."""

    def __init__(self, svg: bytes) -> None:
        super().__init__()
        self.svg = svg
        self._renderer: QSvgRenderer | None = None
        self._pixmaps: dict[tuple[int, int, bool], QPixmap] = {}

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        disabled = mode == QIcon.Mode.Disabled
        key = (size.width(), size.height(), disabled)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = self._pixmaps[key] = self._render(size, disabled)
        return pixmap

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        painter.drawPixmap(rect, self.pixmap(rect.size(), mode, state))

    def clone(self) -> QIconEngine:
        return TintedSvgEngine(self.svg)

    def _render(self, size: QSize, disabled: bool) -> QPixmap:
        from PySide6.QtCore import QByteArray, QRectF, Qt
        from PySide6.QtGui import QImage, QPainter, QPixmap
        from PySide6.QtSvg import QSvgRenderer  # 50 ms to import: not before a paint

        renderer = self._renderer
        if renderer is None:
            renderer = self._renderer = QSvgRenderer(QByteArray(self.svg))
        image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if disabled:
            painter.setOpacity(DISABLED_OPACITY)
        renderer.render(painter, QRectF(0, 0, size.width(), size.height()))
        painter.end()
        return QPixmap.fromImage(image)
