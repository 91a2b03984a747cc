"""The File menu's exchange entries: write a package of everything (members' or public
version), and read one into the open file through the reconcile view."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.message_text import shown
from overleg.ui.prompts import Prompts

if TYPE_CHECKING:  # the exchange and intake modules load when a package is read
    from overleg.services.exchange.intake import Choice
    from overleg.services.exchange.service import Preview

# Shows the differences and returns the accepted ones, or None when cancelled.
Ask = Callable[["Preview", QWidget], "set[Choice] | None"]


class Window(Protocol):
    services: Services
    prompts: Prompts
    bus: CommandBus
    file_menu: QMenu


def add_to_menu(window: QWidget, host: Window) -> list[QAction]:
    """The two entries, added to the File menu."""
    export = QAction(
        QCoreApplication.translate("ExchangeActions", "Export exchange &package…"), window
    )
    export.triggered.connect(lambda: export_package(host.services, host.prompts))
    read = QAction(
        QCoreApplication.translate("ExchangeActions", "Import e&xchange package…"), window
    )
    read.triggered.connect(lambda: import_package(window, host.services, host.prompts, host.bus))
    host.file_menu.addActions([export, read])
    return [export, read]


def sync_shared(window: QWidget) -> None:
    """On opening and on Refresh: the shared folder, when one is set (shared_sync.py)."""
    from overleg.ui.exchange.shared_sync import sync_shared_folder

    sync_shared_folder(window, window)  # type: ignore[arg-type]


def export_package(services: Services, prompts: Prompts) -> Path | None:
    path = prompts.save_file(
        QCoreApplication.translate("ExchangeActions", "Export exchange package"),
        QCoreApplication.translate("ExchangeActions", "Exchange package (*.overleg)"),
        "Overleg-uitwisseling.overleg",
    )
    if path is None:
        return None
    which = prompts.choose(
        QCoreApplication.translate("ExchangeActions", "Export exchange package"),
        QCoreApplication.translate("ExchangeActions", "Which version?"),
        [
            QCoreApplication.translate("ExchangeActions", "Members' version (everything)"),
            QCoreApplication.translate("ExchangeActions", "Public version (without closed points)"),
        ],
    )
    if which is None:
        return None
    if path.suffix.lower() != ".overleg":
        path = path.with_name(path.name + ".overleg")
    try:
        services.exchange.export(services.exchange.scope(everything=True), path, public=which == 1)
    except OverlegError as exc:
        prompts.error(shown(exc))
        return None
    prompts.info(
        QCoreApplication.translate("ExchangeActions", "Exchange package written: {path}.").format(
            path=path
        )
    )
    return path


def ask_in_dialog(preview: "Preview", parent: QWidget) -> "set[Choice] | None":
    from PySide6.QtWidgets import QDialog

    from overleg.ui.exchange.reconcile_dialog import ReconcileDialog

    dialog = ReconcileDialog(preview, parent)
    try:
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.accepted_choices()
    finally:
        dialog.deleteLater()


def import_package(
    window: QWidget, services: Services, prompts: Prompts, bus: CommandBus, ask: Ask = ask_in_dialog
) -> int | None:
    """Read a package, show its differences, apply the accepted ones as one step of the
    window's history; the number of records changed, or None."""
    from overleg.services.intake.report import IntakeRefused

    path = prompts.open_file(
        QCoreApplication.translate("ExchangeActions", "Import exchange package"),
        QCoreApplication.translate("ExchangeActions", "Exchange package (*.overleg)"),
    )
    if path is None:
        return None
    try:
        preview = services.exchange.preview(Path(path))
    except IntakeRefused as exc:
        prompts.error("\n".join([shown(exc), *exc.lines()[:20]]))
        return None
    except OverlegError as exc:
        prompts.error(shown(exc))
        return None
    if not preview.differences:
        prompts.info(
            QCoreApplication.translate(
                "ExchangeActions", "{name} holds nothing that differs from the records here."
            ).format(name=preview.source)
        )
        return None
    accepted = ask(preview, window)
    if accepted is None:
        return None
    label = QCoreApplication.translate("ExchangeActions", "Import exchange package {name}").format(
        name=preview.source
    )
    return bus.run(label, lambda: services.exchange.apply(preview, accepted).result)
