"""Zoeken: one field over agenda items, notes, decisions and follow-ups. FTS5 answers
in milliseconds, so the search runs on the UI thread, shortly after typing pauses.

The newest hits come first: over ten years of minutes a common word matches thousands of
records, and what the secretary looks for is mostly what was said or agreed last.
"Best match" ranks by relevance instead. The summary names how many match in all.
"Public only" is for a screen that others see (projected in a meeting, shared): the hits
are then the public audience's, through the same audience rule as the public documents."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from overleg.domain.audience import Audience, audience_for
from overleg.domain.listings import SearchOrder
from overleg.services.container import Services
from overleg.services.search_service import PAGE
from overleg.ui.common.command_bus import CommandBus
from overleg.ui.common.guard import guarded
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.prompts import Prompts
from overleg.ui.screen import Screen
from overleg.ui.search.hit_delegates import HitDelegate
from overleg.ui.search.hit_place import hit_place
from overleg.ui.search.search_model import HIT_ROLE, SNIPPET_COLUMN, SearchResultsModel

TYPING_PAUSE_MS = 120
# A page of hits: what a search shows at once (a screen holds a dozen); scrolling to the
# end of the hits brings the next page. Snippets are made for the hits shown only.
HITS_SHOWN = PAGE


class SearchScreen(Screen):
    shows = frozenset({"agenda_items", "decisions", "followups", "item_positions"})

    def __init__(self, services: Services, prompts: Prompts, parent: QWidget | None = None,
                 bus: CommandBus | None = None) -> None:
        super().__init__(services, prompts, parent, bus)
        self.model = SearchResultsModel(self)
        self.hits_shown = HITS_SHOWN
        self.field = QLineEdit()
        self.field.setAccessibleName(self.tr("Search text"))
        self.field.setPlaceholderText(self.tr("Search agenda items, notes, decisions and "
                                              "follow-ups (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self._typing = QTimer(self, singleShot=True, interval=TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.run_search)
        self.field.textChanged.connect(self._typing.start)
        self.field.returnPressed.connect(self._search_and_go)
        self.field.installEventFilter(self)
        self.order = QComboBox()
        self.order.addItem(self.tr("Newest first"), SearchOrder.NEWEST)
        self.order.addItem(self.tr("Best match"), SearchOrder.BEST)
        self.order.setToolTip(self.tr("Order of the hits"))
        self.order.currentIndexChanged.connect(self.run_search)
        self.public_only = QCheckBox(self.tr("Public only"))
        self.public_only.setToolTip(self.tr("Leave out what was dealt with in closed "
                                            "session, e.g. when others see the screen"))
        self.public_only.toggled.connect(self.run_search)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Search results"))
        self.table.setModel(self.model)
        self.table.setItemDelegate(HitDelegate(self.model.text_at, parent=self.table))
        self.table.setItemDelegateForColumn(SNIPPET_COLUMN, HitDelegate(
            self.model.text_at, rich=True, parent=self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # Two lines per hit, so the found text shows its context around the match.
        lines = self.table.fontMetrics().lineSpacing()
        self.table.verticalHeader().setDefaultSectionSize(2 * lines + 10)
        for column, width in enumerate((95, 220, 200)):
            self.table.horizontalHeader().resizeSection(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(self.open_hit)
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self._shown_search: tuple[str, SearchOrder, Audience] | None = None
        self._total = 0
        self._capped = False
        self.summary = QLabel()
        self.setLayout(vbox(hbox(self.field, self.order, self.public_only), self.table,
                            self.summary))

    def summon(self) -> None:
        """Ctrl+F from any screen (the window's key, see main_window.SCREENS)."""
        self.focus_field()

    def focus_field(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run_search(self) -> None:
        self._typing.stop()
        text = self.field.text()
        order = SearchOrder(self.order.currentData())
        audience = audience_for(self.public_only.isChecked())
        self._shown_search = (text, order, audience)
        results = guarded(self.prompts, lambda: self.services.search.find(
            text, order, self.hits_shown, audience=audience))
        hits = results.hits if results is not None else []
        self._total = results.total if results is not None else 0
        self._capped = results is not None and results.total_capped
        self.model.set_hits(hits)
        self._summarise()

    def load_more(self) -> None:
        """The next page of the search shown, below the hits shown (the same search with a
        larger limit starts with the same hits)."""
        shown = self.model.rowCount()
        if self._shown_search is None or (self._total <= shown and not self._capped):
            return
        text, order, audience = self._shown_search
        results = guarded(self.prompts, lambda: self.services.search.find(
            text, order, shown + self.hits_shown, audience=audience))
        if results is not None:
            self.model.add_hits(results.hits[shown:])
            self._total, self._capped = results.total, results.total_capped
            self._summarise()

    def _scrolled(self, value: int) -> None:
        if value and value == self.table.verticalScrollBar().maximum():
            self.load_more()

    def _summarise(self) -> None:
        text = self._shown_search[0] if self._shown_search else ""
        order = self._shown_search[1] if self._shown_search else SearchOrder.NEWEST
        shown = self.model.rowCount()
        if not text.strip():
            self.summary.clear()
        elif not shown:
            self.summary.setText(self.tr("Nothing found for “%1”").replace("%1", text.strip()))
        elif self._capped:  # counting stopped at the cap
            summary = (self.tr("More than %1 hits; the newest %2 are shown")
                       if order is SearchOrder.NEWEST else
                       self.tr("More than %1 hits; the %2 best matching are shown"))
            self.summary.setText(summary.replace("%1", self._thousands(self._total))
                                 .replace("%2", str(shown)))
        elif self._total > shown:
            summary = (self.tr("%1 hits; the newest %2 are shown")
                       if order is SearchOrder.NEWEST else
                       self.tr("%1 hits; the %2 best matching are shown"))
            self.summary.setText(summary.replace("%1", str(self._total))
                                 .replace("%2", str(shown)))
        else:
            self.summary.setText(self.tr("1 hit") if shown == 1 else
                                 self.tr("%1 hits").replace("%1", str(shown)))

    def _thousands(self, n: int) -> str:
        """`n` with its thousands separated as the language does (1.000, 1,000)."""
        return f"{n:,}".replace(",", self.tr(",", "thousands separator"))

    def _search_and_go(self) -> None:
        self.run_search()
        if self.model.rowCount():
            self.table.setFocus()
            self.table.selectRow(0)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Down: into the results)
        if (watched is self.field and event.type() == event.Type.KeyPress
                and event.key() == Qt.Key.Key_Down and self.model.rowCount()):
            self._search_and_go()
            return True
        return super().eventFilter(watched, event)

    def open_hit(self, index=None) -> None:
        index = index if index is not None else self.table.currentIndex()
        hit = self.model.data(self.model.index(index.row(), 0), HIT_ROLE)
        if hit is None:
            return
        place = guarded(self.prompts, lambda: hit_place(self.services, hit))
        if place is not None:
            self.navigate.emit(*place)
