"""The shared folder in the window: on opening a database and on Refresh, take over the
others' packages (what conflicts with nothing without asking, when the user chose so;
the rest in the reconcile view), each as one step of the history, then publish this
installation's own package. Problems go to the status bar: a folder that is away (a
laptop on the train) must not stop the work."""

from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QStatusBar, QWidget

from overleg.domain.errors import OverlegError
from overleg.services.container import Services
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.exchange.exchange_actions import Ask, ask_in_dialog

if TYPE_CHECKING:  # loaded only when a shared folder is set (not at every start)
    from overleg.services.exchange.intake import Choice
    from overleg.services.exchange.service import Preview


class Host(Protocol):
    services: Services
    settings: AppSettings | None
    bus: CommandBus

    def statusBar(self) -> QStatusBar: ...  # noqa: N802 (Qt naming)


def _apply(services: Services, preview: "Preview", accepted: "set[Choice]") -> int:
    return services.exchange.apply(preview, accepted).result


def sync_shared_folder(window: QWidget, host: Host, ask: Ask = ask_in_dialog) -> int | None:
    """The number of packages taken in, or None when no folder is set."""
    settings = host.settings
    if settings is None or settings.shared_folder is None:
        return None
    from overleg.services.exchange.shared_folder import SharedFolder

    folder = SharedFolder(host.services.exchange, settings.shared_folder)
    taken = 0
    try:
        for path in folder.others():
            preview = host.services.exchange.preview(path)
            label = QCoreApplication.translate(
                "SharedSync", "Changes from the shared folder ({name})").format(name=path.name)
            if settings.shared_apply_automatically and preview.differences:
                host.bus.run(label, partial(folder.apply_without_conflict, preview))
                preview = host.services.exchange.preview(path)
            if preview.differences:
                accepted = ask(preview, window)
                if accepted:
                    host.bus.run(label, partial(_apply, host.services, preview, accepted))
            taken += 1
        folder.publish()
    except OverlegError as exc:
        host.statusBar().showMessage(str(exc), 10000)
        return taken
    host.statusBar().showMessage(QCoreApplication.translate(
        "SharedSync", "Shared folder read ({count} packages) and own package written.").format(
            count=taken), 6000)
    return taken
