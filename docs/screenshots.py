"""Screenshots of the running app on the example data, for the user guide and README.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--dark] [--out DIR]
    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen python docs/screenshots.py --out /tmp/2x

Saves every screen in the navigation as <its Dutch title>.png; the meetings screen with
a meeting's agenda (vergaderingen.png) and its minutes (verslag.png); and the welcome
and settings dialogs. It drives the window only through what any screen offers (the
navigation, Screen.show_record, tabs by their title), so it keeps working as screens
change. Nothing touches the user's real database or settings: all lives in the folder
overleg-voorbeeld in the system's temp folder (removed afterwards), and the clock is set
to 1 December 2013 so the example looks current.
"""

import argparse
import os
import shutil
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

NOW = datetime(2013, 12, 1, 10, 0)
MEETING = (datetime(2013, 11, 28, 15, 0), "Stuurgroep Talentontwikkeling")
MINUTES_ITEM = "leerlingenvervoer"  # the item shown in the minutes: one with decisions
SEARCH_TEXT = "leerlingenvervoer"


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.replace("&", "").lower()).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--width", type=int, default=1280)
    parser.add_argument("--height", type=int, default=860)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QLineEdit, QTabWidget

    from overleg.app import Environment
    from overleg.services.container import build_services
    from overleg.storage.database import open_database
    from overleg.ui.common.app_settings import AppSettings
    from overleg.ui.common.palette import dark_palette
    from overleg.ui.dialogs.settings_dialog import SettingsDialog
    from overleg.ui.dialogs.welcome_dialog import WelcomeDialog
    from overleg.ui.main_window import MainWindow
    from overleg.ui.minutes.minutes_view import MinutesView
    from overleg.ui.startup import welcome_options
    from overleg.ui.translations import install_translations

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    install_translations(app)
    args.out.mkdir(parents=True, exist_ok=True)
    saved: list[Path] = []

    def shot(widget, name: str) -> None:
        app.processEvents()
        target = args.out / f"{name}.png"
        widget.grab().save(str(target))
        saved.append(target)

    def show_tab(window, title: str) -> bool:
        for tabs in window.stack.currentWidget().findChildren(QTabWidget):
            for i in range(tabs.count()):
                if tabs.tabText(i).replace("&", "") == title:
                    tabs.setCurrentIndex(i)
                    return True
        return False

    # A fixed folder, so the path in the status bar is the same in every retake.
    folder = Path(tempfile.gettempdir()) / "overleg-voorbeeld"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    try:
        tmp = str(folder)
        os.environ["OVERLEG_DATA_DIR"] = tmp
        env = Environment(default_path=Path(tmp) / "overleg.db")
        path = Path(tmp) / "voorbeeld.db"
        services = build_services(open_database(path), now=lambda: NOW, user="secretaris")
        services.schemas.ensure_builtin()
        env.fill_with_demo(services)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.user_name, settings.user_initials = "Anna de Vries", "AdV"
        window = MainWindow(services, path, opener=env, settings=settings)
        window.resize(args.width, args.height)
        window.show()
        meeting = next(x.meeting for x in services.meetings.listings()
                       if (x.meeting.starts_at, x.body_name) == MEETING)
        for row in range(window.nav.count()):
            window.nav.setCurrentRow(row)
            screen = window.screen_at(row)
            name = slug(window.nav.item(row).text())
            if row == 0:
                window.open_record("meeting", meeting.id)
                show_tab(window, "Agenda")
                shot(window, name)
                if show_tab(window, "Verslag"):
                    item = next(i for i in services.agenda.agenda(meeting.id)
                                if MINUTES_ITEM in i.title)
                    for view in window.stack.currentWidget().findChildren(MinutesView):
                        view.show_item(item.id)
                    shot(window, "verslag")
                continue
            fields = [f for f in screen.findChildren(QLineEdit) if f.isVisible()]
            if name == "zoeken" and fields:
                fields[0].setText(SEARCH_TEXT)
                if hasattr(fields[0], "returnPressed"):
                    fields[0].returnPressed.emit()
            shot(window, name)
        for name, dialog in (("welkom", WelcomeDialog(welcome_options(), window)),
                             ("instellingen", SettingsDialog(settings, services,
                                                             window.prompts, window))):
            dialog.show()
            shot(dialog, name)
            dialog.close()
        window.close()
        env.close(services)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    print("\n".join(map(str, saved)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
