"""Starting the Qt application: translations, the first database, the main window."""

import sys
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.translations import install_translations


class Env(Protocol):
    default_path: Path

    def open(self, path: Path) -> Services: ...
    def is_new(self, path: Path) -> bool: ...
    def fill_with_demo(self, services: Services) -> None: ...


def start_gui(env: Env, db_path: Path | None) -> int:
    from overleg.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Overleg")
    app.setOrganizationName("Overleg")
    install_translations(app)
    settings = QSettings()
    path = db_path or env.default_path
    try:
        first_start = env.is_new(path)
        services = env.open(path)
    except OverlegError as exc:
        QMessageBox.critical(None, "Overleg", str(exc))
        return 1
    if first_start:
        answer = QMessageBox.question(
            None, QCoreApplication.translate("Welcome", "Welcome to Overleg"),
            QCoreApplication.translate(
                "Welcome", "This database is empty. Do you want to fill it with the example "
                "data (Drechtsteden and Lelystad, 2013)?"))
        if answer == QMessageBox.StandardButton.Yes:
            env.fill_with_demo(services)
    window = MainWindow(services, path, opener=env, settings=settings)
    geometry = settings.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    window.show()
    return app.exec()
