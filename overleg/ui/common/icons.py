"""The action icons, drawn as SVG in resources/icons and tinted to the palette.

The line art uses `currentColor`, which Qt's SVG renderer does not resolve; it is
replaced by the palette's text colour when the icon is made, so icons stay visible in a
dark theme. Each icon is rendered at several pixel sizes, so it is crisp at 100% and 200%.
"""

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QImage, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from overleg.resource_paths import resource

# Every icon in resources/icons (without .svg); tests check each exists and renders.
ICON_NAMES = (
    "about", "delete", "document-new", "document-open", "export", "help", "item-add",
    "mark-done", "move-down", "move-up", "redo", "refresh", "schema-add", "search",
    "settings", "undo",
)
APP_ICON = "overleg"
# 16/20/24 px at 100%, and the same at 150% and 200%.
PIXEL_SIZES = (16, 20, 24, 30, 32, 36, 40, 48, 64)


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
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in PIXEL_SIZES:
        result.addPixmap(_render(renderer, size))
    return result


def app_icon() -> QIcon:
    """The application icon in its own colours (the SVG icon engine keeps it crisp)."""
    path = resource("icons", f"{APP_ICON}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


def _render(renderer: QSvgRenderer, size: int) -> QPixmap:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return QPixmap.fromImage(image)
