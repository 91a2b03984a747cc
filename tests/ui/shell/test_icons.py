"""The icon set: every listed icon exists, renders something, and follows the palette."""

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor

from overleg.resource_paths import resource
from overleg.ui.common.icons import ICON_NAMES, app_icon, icon


def _ink(pixmap, color: QColor) -> int:
    """How many pixels carry roughly this colour."""
    image = pixmap.toImage()
    return sum(1 for y in range(image.height()) for x in range(image.width())
               if image.pixelColor(x, y).alpha() > 200
               and abs(image.pixelColor(x, y).lightness() - color.lightness()) < 30)


@pytest.mark.parametrize("name", ICON_NAMES)
def test_each_action_icon_is_drawn_in_the_palette_colour(qapp, name):
    light_text, dark_text = QColor("#1a1a1a"), QColor("#f0f0f0")
    on_light = icon(name, light_text).pixmap(QSize(32, 32))
    on_dark = icon(name, dark_text).pixmap(QSize(32, 32))
    assert on_light.width() == 32
    assert _ink(on_light, light_text) > 20, "dark lines for a light theme"
    assert _ink(on_dark, dark_text) > 20, "light lines for a dark theme"


def test_icons_have_sharp_pixels_at_200_percent(qapp):
    pixmap = icon("search").pixmap(QSize(16, 16), 2.0)
    assert pixmap.width() == 32 and pixmap.devicePixelRatio() == 2.0


def test_the_icon_folder_holds_exactly_the_listed_icons_and_the_app_icon():
    on_disk = {p.stem for p in resource("icons").glob("*.svg")}
    assert on_disk == set(ICON_NAMES) | {"overleg"}
    assert not app_icon().isNull()


def test_an_unknown_icon_name_is_a_programming_error(qapp):
    with pytest.raises(ValueError):
        icon("no-such-icon")
