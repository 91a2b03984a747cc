"""The window Overleg lives in: a navigation list on the left, one screen at a time on
the right, and the menus. A database file is opened like a document: its name is in the
title, and File offers new, open, recent files and refresh. main_window.py lists the screens.

Screens are built when first shown, not up front: on a ten-year archive building them all
took a third of the start-up. Until then the stack holds an empty placeholder in the
screen's row, so row, navigation entry and stack index stay one and the same. A screen
reads the database in refresh(), which the window calls each time it shows one."""

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from overleg import start_collection
from overleg.services.container import Services
from overleg.ui.backup import archive_actions
from overleg.ui.backup.file_check import FileCheckRun
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.dates import set_list_date_style
from overleg.ui.common.icons import app_icon, icon
from overleg.ui.common.window_state import dropped_file, restore_layout, save_layout
from overleg.ui.exchange import exchange_actions
from overleg.ui.prompts import Prompts, QtPrompts
from overleg.ui.recent_menu import RecentFilesMenu
from overleg.ui.screen import Screen, ScreenEntry
from overleg.ui.startup import Env, database_filter
from overleg.ui.startup import open_file as open_database_file

PRESENCE_REFRESH_MS = 30 * 60 * 1000
# How often the window looks for a colleague's changes in the same file (and whenever it
# becomes the active window): two small queries when nobody else wrote.
ELSEWHERE_POLL_MS = 3000


class NavigationWindow(QMainWindow):
    def __init__(self, services: Services, path: Path, *, screens: list[ScreenEntry],
                 prompts: Prompts | None = None, opener: Env | None = None,
                 settings: AppSettings | None = None) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.entries = screens
        self.setWindowIcon(app_icon())
        self.prompts = prompts or QtPrompts(self, settings)
        self.opener = opener
        self.settings = settings
        # The one undo history and change signal of the window (services set below).
        self.bus = CommandBus(services, self.prompts, self)
        self.bus.changed.connect(self._changes_made)
        self.nav = QListWidget()
        self.nav.setAccessibleName(self.tr("Screens"))
        self.nav.setSpacing(2)
        self.stack = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([200, 1000])  # until the user's own layout is restored
        self.setCentralWidget(self.splitter)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addPermanentWidget(self.path_label)
        self.nav.currentRowChanged.connect(self._show_screen)
        self._icons: list[tuple[QAction, str]] = []  # re-tinted when the palette changes
        self._build_menus()
        self.resize(1200, 780)
        self.setAcceptDrops(True)  # a database file dropped on the window opens
        # Others on a shared file see this instance until its note goes stale: keep it
        # fresh while the window is open.
        self.presence_timer = QTimer(self)
        self.presence_timer.timeout.connect(lambda: self.services.presence.refresh())
        self.presence_timer.start(PRESENCE_REFRESH_MS)
        # Records a list or export left out because they cannot be read, named in the
        # status bar (lists load pages as they scroll, so this looks once a second).
        self.skipped_timer = QTimer(self)
        self.skipped_timer.timeout.connect(self.show_skipped_records)
        self.skipped_timer.start(1000)
        # A colleague's changes in the same file reach the screens as change sets.
        self.elsewhere_timer = QTimer(self)
        self.elsewhere_timer.timeout.connect(self.bus.look_elsewhere)
        self.elsewhere_timer.start(ELSEWHERE_POLL_MS)
        self.built: dict[int, Screen] = {}  # row -> screen, for the screens built so far
        self.nav.blockSignals(True)  # nothing to show before there is a database
        for entry in self.entries:
            self.nav.addItem(entry.title())
            self.stack.addWidget(QWidget())
        self.nav.blockSignals(False)
        self._fill_view_menu()
        self.set_database(services, path)

    # -- database -----------------------------------------------------------------------

    def set_database(self, services: Services, path: Path) -> None:
        """Show another database: the screens built over the old services go, and the
        current one is built again over the new ones (the others when shown)."""
        self.services, self.path = services, path
        self.bus.set_services(services)
        if self.settings is not None:
            services.ctx.user = self.settings.audit_name()
            services.ctx.sender = self.settings.sender()
            services.ctx.mail_documents_limit = self.settings.mail_documents_mb * 1024 * 1024
            self.settings.last_database = path.resolve()
            self.settings.add_recent(path)
            self.settings.sync()  # remembered even if the app is killed later
        self.setWindowTitle(f"{path.name} — Overleg")
        self.setWindowFilePath(str(path))
        self.path_label.setText(str(path))
        row = min(max(self.nav.currentRow(), 0), len(self.entries) - 1)
        for built_row in self.built:  # the old file's screens, frozen by the start: thawed
            self._place(built_row, QWidget()).deleteLater()
            start_collection.thaw()  # to be collected (start_collection.py)
        self.built.clear()
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(row)
        self.nav.blockSignals(False)
        self._show_screen(row)
        # What is overdue or due soon, where the user looks first.
        self.statusBar().showMessage(services.milestones.warning_line())
        self.file_check = FileCheckRun.start(self, services)  # then backup, shared folder

    def show_skipped_records(self) -> None:
        skipped = self.services.ctx.skipped_records()
        if skipped:
            self.statusBar().showMessage(" ".join(skipped))
            self.statusBar().setToolTip("\n".join(skipped))

    def open_file(self, path: Path, *, create: bool = False) -> bool:
        """Switch to another file; on failure one sentence (and the file's backups when
        it is damaged), and the current one stays."""
        if self.opener is None:
            return False
        if path.exists() and self.path.exists() and path.samefile(self.path):
            self.refresh_all()
            return True
        user = (self.settings.user_name or None) if self.settings is not None else None
        services = open_database_file(self.opener, path, self.prompts, user=user,
                                      create=create)
        if services is None:
            return False
        old = self.services
        self.set_database(services, path)
        self.opener.close(old)
        return True

    def new_database(self) -> None:
        path = self.prompts.save_file(self.tr("New database"), database_filter(),
                                      "overleg.db")
        if path is None:
            return
        if not path.suffix:
            path = path.with_suffix(".db")
        if path.exists() and path.stat().st_size > 0:
            self.prompts.error(self.tr("'{name}' already exists; choose another name, or "
                                       "use Open database to open it.").format(name=path.name))
            return
        self.open_file(path, create=True)

    def ask_open(self) -> None:
        path = self.prompts.open_file(self.tr("Open database"), database_filter())
        if path is not None:
            self.open_file(path)

    def open_recent(self, path: Path) -> None:
        if not path.exists():
            if self.settings is not None:
                self.settings.remove_recent(path)
            self.prompts.info(self.tr("'{path}' no longer exists; it has been removed from "
                                      "the recent files.").format(path=path))
            return
        self.open_file(path)

    # -- navigation -----------------------------------------------------------------------

    def screen_at(self, row: int) -> Screen:
        """The screen in this navigation row, built if it was not yet (empty: it reads
        the database when shown, or when asked to show a record)."""
        screen = self.built.get(row)
        if screen is None:
            screen = self.entries[row].load()(self.services, self.prompts, self, bus=self.bus)
            screen.navigate.connect(self.open_record)
            self._place(row, screen).deleteLater()  # the placeholder
            self.built[row] = screen
        return screen

    def row_of(self, class_name: str) -> int:
        return next(n for n, e in enumerate(self.entries) if e.class_name == class_name)

    def _place(self, row: int, widget: QWidget) -> QWidget:
        """Put a widget in a row of the stack; returns the one it replaces."""
        current = self.stack.currentIndex()
        old = self.stack.widget(row)
        if old is None:  # every row holds a screen or its placeholder from the start
            raise IndexError(f"no screen in row {row}")
        self.stack.insertWidget(row, widget)
        self.stack.removeWidget(old)
        self.stack.setCurrentIndex(current)
        return old

    def open_record(self, kind: str, record_id: int) -> None:
        """Show a record on the first screen that takes its kind, building it if need be."""
        for row, entry in enumerate(self.entries):
            if kind in entry.kinds and self.screen_at(row).show_record(kind, record_id):
                self.nav.setCurrentRow(row)
                return

    def summon(self, row: int) -> None:
        self.nav.setCurrentRow(row)
        self.screen_at(row).summon()

    def _show_screen(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        screen = self.screen_at(row)
        self.stack.setCurrentIndex(row)
        screen.refresh()

    def _changes_made(self, changes) -> None:
        for screen in self.built.values():
            screen.changes_made(changes)

    def refresh_all(self) -> None:
        """Re-read everything from the file (someone else may share it); screens not
        built yet read it when they are."""
        for screen in self.built.values():
            screen.refresh()
        self.statusBar().showMessage(self.tr("Refreshed from {name}.").format(
            name=self.path.name), 4000)
        exchange_actions.sync_shared(self)

    # -- menus ----------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut=None, icon_name: str | None = None
                ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if icon_name:
            action.setIcon(icon(icon_name))
            self._icons.append((action, icon_name))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&File"))
        self.new_action = self._action(self.tr("&New database…"), self.new_database,
                                       QKeySequence.StandardKey.New, "document-new")
        self.open_action = self._action(self.tr("&Open database…"), self.ask_open,
                                        QKeySequence.StandardKey.Open, "document-open")
        self.recent_menu = RecentFilesMenu(self.tr("Recent &files"), self, self.settings)
        self.recent_menu.chosen.connect(self.open_recent)
        self.refresh_action = self._action(self.tr("&Refresh"), self.refresh_all, "F5",
                                           "refresh")
        # Quit and Preferences have no standard key on Windows: the same keys everywhere
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")
        self.file_menu.addActions([self.new_action, self.open_action])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addSeparator()
        self.backups_action = self._action(self.tr("&Backups…"), self.show_backups)
        self.file_menu.addAction(self.backups_action)
        self.export_archive_action = self._action(
            self.tr("&Export archive…"),
            lambda: archive_actions.export_archive(self, self.services, self.prompts))
        self.import_archive_action = self._action(
            self.tr("&Import archive…"), lambda: archive_actions.import_archive(
                self, self.services, self.prompts, self.refresh_all))
        self.file_menu.addActions([self.export_archive_action, self.import_archive_action])
        self.exchange_actions = exchange_actions.add_to_menu(self, self)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.refresh_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.edit_menu.addActions([self.bus.undo_action, self.bus.redo_action])
        self.view_menu = bar.addMenu(self.tr("&View"))
        self.tools_menu = bar.addMenu(self.tr("&Tools"))
        self.settings_action = self._action(self.tr("&Settings…"), self.show_settings,
                                            "Ctrl+,", "settings")
        self.tools_menu.addAction(self.settings_action)
        self.help_menu = bar.addMenu(self.tr("&Help"))
        self.guide_action = self._action(self.tr("&User guide"), self.show_guide,
                                         "F1", "help")
        self.about_action = self._action(self.tr("&About Overleg"), self.show_about,
                                         icon_name="about")
        self.shortcuts_action = self._action(self.tr("&Keyboard shortcuts"),
                                             self.show_shortcuts)
        self.help_menu.addActions([self.guide_action, self.shortcuts_action,
                                   self.about_action])

    def _fill_view_menu(self) -> None:
        """One entry per screen, Ctrl+1 … Ctrl+9, so every screen is a key away."""
        self.view_menu.clear()
        for row, entry in enumerate(self.entries):
            keys = [QKeySequence(f"Ctrl+{row + 1}")] if row < 9 else []
            if entry.key is not None:  # e.g. Ctrl+F, search from anywhere
                keys += QKeySequence.keyBindings(entry.key)
            action = self._action(entry.title(), lambda _=False, r=row: self.summon(r))
            action.setShortcuts(keys)
            self.view_menu.addAction(action)

    # -- dialogs --------------------------------------------------------------------------

    def show_settings(self) -> None:
        from overleg.ui.dialogs.settings_dialog import SettingsDialog

        if self.settings is None:
            return
        dialog = SettingsDialog(self.settings, self.services, self.prompts, self)
        if dialog.exec():
            self.apply_settings()

    def apply_settings(self) -> None:
        """What takes effect at once: who is working and how lists show dates."""
        if self.settings is None:
            return
        self.services.ctx.user = self.settings.audit_name()
        self.services.ctx.sender = self.settings.sender()
        set_list_date_style(self.settings.date_style)
        self.refresh_all()

    def show_backups(self) -> None:
        from overleg.ui.backup.restore_dialog import RestoreDialog

        dialog = RestoreDialog.for_services(self.services, self.prompts, self)
        dialog.restored.connect(lambda _path: self.refresh_all())
        dialog.exec()

    def show_about(self) -> None:
        from overleg.ui.dialogs.about_dialog import AboutDialog

        AboutDialog(self.path, self.data_dir(), self).exec()

    def show_guide(self) -> None:
        from overleg.ui.dialogs.guide_dialog import GuideDialog, guide_path

        path = guide_path()
        if path is None:
            self.prompts.error(self.tr("The user guide is missing from this installation."))
            return
        GuideDialog(path, self).exec()

    def show_shortcuts(self) -> None:
        from overleg.ui.dialogs.guide_dialog import GuideDialog, shortcuts_card_path

        path = shortcuts_card_path()
        if path is None:
            self.prompts.error(self.tr("The card of keyboard shortcuts is missing from this "
                                       "installation."))
            return
        GuideDialog(path, self, title=self.tr("Keyboard shortcuts")).exec()

    def data_dir(self) -> Path:
        return self.opener.data_dir if self.opener is not None else self.path.parent

    # -- layout ---------------------------------------------------------------------------

    def restore_layout(self) -> None:
        if self.settings is not None:
            restore_layout(self, self.splitter, self.settings)

    def save_layout(self) -> None:
        if self.settings is not None:
            save_layout(self, self.splitter, self.settings)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt naming)
        if self.opener is not None and dropped_file(event.mimeData()) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt naming)
        path = dropped_file(event.mimeData())
        if path is not None:
            event.acceptProposedAction()
            self.open_file(path)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        # A switch to or from a dark theme while running: redraw the icons in the new
        # text colour.
        if event.type() == QEvent.Type.PaletteChange:
            for action, name in self._icons:
                action.setIcon(icon(name))
        # Back in the window: what a colleague changed meanwhile shows at once.
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.bus.look_elsewhere()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt naming)
        self.file_check.stop()  # a check still running ends; nothing is recorded
        self.save_layout()
        super().closeEvent(event)

