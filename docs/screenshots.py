"""Screenshots of the running app on the example data, for the user guide and README.

    QT_QPA_PLATFORM=offscreen python docs/screenshots.py [--dark] [--out DIR]
    QT_SCALE_FACTOR=2 QT_QPA_PLATFORM=offscreen python docs/screenshots.py --out /tmp/2x

Each screen in the navigation is saved as <title>.png (its Dutch title), plus the
shell's dialogs. Nothing touches the user's real database or settings: all lives in a
temporary folder.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def slug(text: str) -> str:
    return "".join(c if c.isalnum() else "-" for c in text.lower()).strip("-")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "img")
    parser.add_argument("--dark", action="store_true")
    parser.add_argument("--width", type=int, default=1200)
    parser.add_argument("--height", type=int, default=760)
    args = parser.parse_args()

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from overleg.app import Environment
    from overleg.ui.common.app_settings import AppSettings
    from overleg.ui.common.palette import dark_palette
    from overleg.ui.dialogs.about_dialog import AboutDialog
    from overleg.ui.dialogs.settings_dialog import SettingsDialog
    from overleg.ui.dialogs.welcome_dialog import WelcomeDialog
    from overleg.ui.main_window import MainWindow
    from overleg.ui.startup import welcome_options
    from overleg.ui.translations import install_translations

    app = QApplication(sys.argv)
    app.setStyle("Fusion")
    if args.dark:
        app.setPalette(dark_palette())
    install_translations(app)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["OVERLEG_DATA_DIR"] = tmp
        env = Environment(default_path=Path(tmp) / "overleg.db")
        path = Path(tmp) / "voorbeeld.db"
        services = env.open(path, user="secretaris")
        env.fill_with_demo(services)
        settings = AppSettings(QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat))
        settings.user_name = "Anna de Vries"
        settings.user_initials = "AdV"
        window = MainWindow(services, path, opener=env, settings=settings)
        window.resize(args.width, args.height)
        window.show()
        saved = []
        for row, screen in enumerate(window.screens):
            window.nav.setCurrentRow(row)
            app.processEvents()
            name = args.out / f"{slug(screen.title())}.png"
            window.grab().save(str(name))
            saved.append(name)
        for name, dialog in (("welkom", WelcomeDialog(welcome_options(), window)),
                             ("instellingen", SettingsDialog(settings, services,
                                                             window.prompts, window)),
                             ("over", AboutDialog(path, Path(tmp), window))):
            dialog.show()
            app.processEvents()
            target = args.out / f"{name}.png"
            dialog.grab().save(str(target))
            saved.append(target)
            dialog.close()
        window.close()
        services.db.close()
    print("\n".join(map(str, saved)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
