"""The window as a whole: screens a key away, icons that follow a dark theme, dates in
the style the user chose."""

from datetime import date
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication

from overleg.ui.common.dates import list_date, set_list_date_style
from overleg.ui.common.palette import dark_palette


def test_each_screen_is_one_shortcut_away(make_window, tmp_path):
    window = make_window(tmp_path / "a.db")
    actions = window.view_menu.actions()
    assert [a.shortcut().toString() for a in actions] == ["Ctrl+1", "Ctrl+2"]
    actions[1].trigger()
    assert window.nav.currentRow() == 1 and window.stack.currentIndex() == 1


def test_a_screen_loads_when_first_shown_and_again_when_chosen_again(make_window, tmp_path):
    window = make_window(tmp_path / "a.db")
    assert list(window.built) == [0]  # only the screen shown at start is built
    assert window.screen_at(0).loads == 1  # and loaded once
    window.nav.setCurrentRow(1)
    assert window.stack.currentWidget() is window.screen_at(1)
    assert [window.screen_at(r).loads for r in (0, 1)] == [1, 1]
    window.nav.setCurrentRow(0)
    window.nav.setCurrentRow(1)
    assert [window.screen_at(r).loads for r in (0, 1)] == [2, 2]


def test_the_shortcuts_in_the_user_guide_are_the_ones_the_menus_have(make_window, tmp_path):
    window = make_window(tmp_path / "a.db")
    keys = {a.shortcut().toString(): a for a in (
        window.new_action, window.open_action, window.refresh_action, window.quit_action,
        window.settings_action, window.guide_action)}
    assert set(keys) == {"Ctrl+N", "Ctrl+O", "F5", "Ctrl+Q", "Ctrl+,", "F1"}
    guide = (Path(__file__).resolve().parents[3] / "docs" / "gebruikershandleiding.md"
             ).read_text(encoding="utf-8")
    for key in keys:
        assert f"| {key} |" in guide


def _lightness_of_ink(action) -> int:
    image = action.icon().pixmap(QSize(24, 24)).toImage()
    inked = [image.pixelColor(x, y) for y in range(24) for x in range(24)
             if image.pixelColor(x, y).alpha() > 200]
    return sorted(c.lightness() for c in inked)[len(inked) // 2]


def test_menu_icons_follow_a_switch_to_a_dark_theme(make_window, tmp_path):
    app = QApplication.instance()
    light = app.palette()
    window = make_window(tmp_path / "a.db")
    assert _lightness_of_ink(window.refresh_action) < 100  # dark lines on a light menu
    try:
        app.setPalette(dark_palette())
        QApplication.processEvents()
        assert _lightness_of_ink(window.refresh_action) > 180
        assert window.palette().color(window.backgroundRole()) == QColor("#2b2b2b")
    finally:
        app.setPalette(light)


def test_the_date_style_from_the_settings_applies_to_lists_at_once(make_window,
                                                                   app_settings, tmp_path):
    window = make_window(tmp_path / "a.db", app_settings)
    day = date(2013, 9, 19)
    assert list_date(day) == "19-09-2013"
    app_settings.date_style = "long"
    try:
        window.apply_settings()
        assert list_date(day) == "donderdag 19 september 2013"
    finally:
        set_list_date_style("short")
