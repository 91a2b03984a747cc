"""Render the application icon (resources/icons/overleg.svg) to the formats installers
want: overleg.png (256 px, Linux) and overleg.ico (16-256 px, Windows), in build/icons.

    python packaging/make_icons.py

Uses Qt's own SVG renderer, so the build needs no other image tools. Without the SVG it
says so and exits 0: the bundle then simply has no icon.
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "overleg.svg"
OUT = ROOT / "build" / "icons"


def main() -> int:
    if not SVG.exists():
        print(f"no {SVG.relative_to(ROOT)}; building without an application icon")
        return 0
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    OUT.mkdir(parents=True, exist_ok=True)

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image

    render(256).save(str(OUT / "overleg.png"))
    # Qt's ico writer stores one image per file; Windows scales the 256 px one well.
    render(256).save(str(OUT / "overleg.ico"))
    print(f"icons written to {OUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
