"""The action list as a Qt table model over SQL, fetched 200 rows at a time.

The model keeps the ids its filter lets through in list order (one SQL query, sorted by
the repository's order keys); the text filter intersects those with the ids whose text
matches. Typing so costs one scan and no sort, and only the rows in view become objects.
In due order without text (how the list opens) the ids come a page at a time from the
order's index instead (paged_ids): opening does not grow with the archive; the ids are
all read at the first keystroke.

A keystroke that leaves the rows in view as they were (typing on in a word narrows the
matches further down the list) changes only the total: no reset, no repaint of the
table. Listings read once are kept until the next reload, so the first page after a
narrowing keystroke, made of rows already read, costs no query.
"""

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyle

from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import FollowUpStatus
from overleg.domain.listings import ActionFilter, ActionListing
from overleg.domain.records import id_of
from overleg.services.followup_service import FollowUpService, TextMatch
from overleg.ui.common.dates import list_date
from overleg.ui.followup.paged_ids import PagedIds

PAGE = 200
# A reset (each keystroke in the filter) reads only a screenful; scrolling fetches pages.
FIRST_PAGE = 40
# Listings kept between reloads; past this the ones out of view are dropped.
KEPT = 2000
# The repository order key behind each column, in column order.
ORDER_KEYS = ("due", "owner", "text", "body", "status", "done")
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
OVERDUE_ROLE = int(Qt.ItemDataRole.UserRole) + 2
_DISPLAY, _TOOLTIP, _BACKGROUND, _FONT, _DECORATION = (int(r) for r in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
    Qt.ItemDataRole.DecorationRole))
_ROLES = frozenset((_DISPLAY, _TOOLTIP, _BACKGROUND, _FONT, _DECORATION, ID_ROLE,
                    OVERDUE_ROLE))
_Index = QModelIndex | QPersistentModelIndex


def overdue_background(palette: QPalette) -> QColor:
    """A red tint over the palette's own base colour: light on light themes, dark on
    dark ones, so the row text keeps its contrast."""
    base = QColor(palette.color(QPalette.ColorRole.Base))
    red, share = (220, 50, 47), 0.22
    return QColor(*(round(b * (1 - share) + r * share) for b, r in
                    zip((base.red(), base.green(), base.blue()), red, strict=True)))


class ActionTableModel(QAbstractTableModel):
    # The total changed while the rows stayed (a keystroke that only narrowed the rest).
    totalChanged = Signal()  # noqa: N815 (Qt naming)

    def __init__(self, followups: FollowUpService, parent=None) -> None:
        super().__init__(parent)
        self.service = followups
        self.filter = followups.filter()
        self.text = ""
        self.order, self.descending = "due", False
        # ids through the filter, in list order; None: not read (due order pages them)
        self._ordered: list[int] | None = []
        self._position: dict[int, int] | None = None  # id -> place in _ordered, on demand
        self._visible: list[int] | PagedIds = []  # of those, the ones matching the text
        self._needle = ""  # the text _visible was matched with
        self._match: TextMatch | None = None  # what _needle finds (service.text_match)
        self._consumed = 0  # how many of _visible were fetched
        self._rows: list[ActionListing] = []
        self._shown: dict[int, tuple[str, ...]] = {}  # row -> its texts, filled on paint
        self._kept: dict[int, ActionListing] = {}  # id -> listing read since the reload
        self._texts_kept: dict[int, tuple[str, ...]] = {}  # id -> its shown texts
        self._loaded = False  # nothing is read before the screen is first shown
        self._unreadable: set[int] = set()  # ids whose stored record could not be read
        # Held here: Qt paints from these while the view lives.
        self._overdue_brush = QBrush(overdue_background(QGuiApplication.palette()))
        self._bold = QFont()
        self._bold.setBold(True)
        self._warning = QApplication.style().standardIcon(
            QStyle.StandardPixmap.SP_MessageBoxWarning)

    # -- what the screen sets -------------------------------------------------------------

    def set_filter(self, flt: ActionFilter) -> None:
        self.filter = replace(flt, text="")
        self.reload()

    def set_text(self, text: str) -> None:
        self.text = text
        self._rematch(keep_rows=True)

    def reload(self) -> None:
        """Read the filter's ids again (after a filter, sort or data change)."""
        self._loaded = True
        self._overdue_brush = QBrush(overdue_background(QGuiApplication.palette()))
        self._unreadable = set()  # read again: another program may have fixed it
        self._forget()
        self._ordered = (None if self.order == "due" else
                         self.service.ordered_ids(self.filter, self.order, self.descending))
        self._position = None
        self._needle, self._match = "", None  # nothing matched yet in these ids
        self._rematch()

    def _all_ordered(self) -> list[int]:
        """The ids through the filter in list order, all of them (read once per reload:
        typing in the filter and finding one follow-up's row need them)."""
        if self._ordered is None:
            self._ordered = self.service.ordered_ids(self.filter, self.order, self.descending)
            if not isinstance(self._visible, list):
                self._visible = self._ordered
        return self._ordered

    def _unpaged(self) -> list[int]:
        if not isinstance(self._visible, list):
            self._visible = self._all_ordered()
        return self._visible

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < len(ORDER_KEYS):
            self.order = ORDER_KEYS[column]
            self.descending = order == Qt.SortOrder.DescendingOrder
            if self._loaded:
                self.reload()

    def _forget(self) -> None:
        self._kept.clear()
        self._texts_kept.clear()

    def _rematch(self, keep_rows: bool = False) -> None:
        """Match the text again; `keep_rows`: the rows read are still current (only the
        text changed), so when they stay in view the model is not reset."""
        needle = self.text.strip()
        # Typing on narrows: a longer text matches a subset of what the shorter one did
        # (the same words, the last one longer or followed by more; an owner name holding
        # the longer text holds the shorter), so only the ids shown now are filtered.
        shown = self._visible
        among = (shown if self._needle and needle.startswith(self._needle)
                 and isinstance(shown, list) else None)
        match = self.service.text_match(needle) if needle else None
        # A text that finds what the last one found (typing on in a word whose spelled-out
        # words stay the same) keeps the matches: no look-up, no pass over the ids.
        unchanged = match is not None and match == self._match and isinstance(shown, list)
        self._needle, self._match = needle, match
        visible: list[int] | PagedIds
        if unchanged:
            visible = shown
        elif match is not None:
            visible = self._in_order(self.service.ids_of_match(match), among)
        elif self._ordered is None:
            visible = PagedIds(self.service, self.filter, self.descending)
        else:
            visible = self._ordered
        if keep_rows and self._unchanged_in_view(visible):
            self._visible = visible
            self.totalChanged.emit()
            return
        self.beginResetModel()
        self._visible = visible
        self._consumed = 0
        self._shown.clear()
        self._rows = self._load_page(FIRST_PAGE)
        self.endResetModel()

    def _unchanged_in_view(self, visible: "list[int] | PagedIds") -> bool:
        """True when the rows loaded now are the first of `visible` and a reset would
        load no others: a full first page, or every row there is."""
        shown = self._rows
        n = len(shown)
        if len(visible) < n or (n < FIRST_PAGE and len(visible) != n):
            return False
        return all(x.followup.id == i for x, i in zip(shown, visible[:n], strict=True))

    def _in_order(self, matching: set[int], among: list[int] | None = None) -> list[int]:
        """The matching ids in list order: a few are sorted by their place, many are
        picked out of the ordered ids (or of `among`, which holds them all) in one pass."""
        ordered = self._all_ordered() if among is None else among
        if len(matching) * 8 > len(ordered):
            return [i for i in ordered if i in matching]
        if self._position is None:
            self._position = {i: n for n, i in enumerate(self._all_ordered())}
        place = self._position
        return sorted((i for i in matching if i in place), key=place.__getitem__)

    def _load_page(self, size: int = PAGE) -> list[ActionListing]:
        ids = self._visible[self._consumed:self._consumed + size]
        kept = self._kept
        if len(kept) + len(ids) > KEPT:
            self._forget()
        missing = [i for i in ids if i not in kept]
        if missing:
            kept.update((id_of(x.followup), x)
                        for x in self.service.listings(missing, self.filter.as_of))
        rows = [kept[i] for i in ids if i in kept]
        if len(rows) < len(ids):  # stored records the domain refuses: left out, so the
            self._unreadable |= {i for i in ids if i not in kept}  # count agrees
            self._visible = [i for i in self._unpaged() if i not in self._unreadable]
            self._ordered = [i for i in self._all_ordered() if i not in self._unreadable]
            self._position = None
        self._consumed += len(rows)
        return rows

    # -- reading --------------------------------------------------------------------------

    def total(self) -> int:
        """How many follow-ups the filters let through (loaded or not); an unreadable
        one stops counting once its page is read (the first page at every reset)."""
        return len(self._visible)

    def listing(self, row: int) -> ActionListing:
        return self._rows[row]

    def row_of(self, followup_id: int) -> int | None:
        """The row showing this follow-up, fetching pages until it is loaded."""
        loaded = next((r for r, x in enumerate(self._rows) if x.followup.id == followup_id),
                      None)
        if loaded is not None:  # in view as read, even if it no longer passes the filter
            return loaded
        try:
            position = self._unpaged().index(followup_id)
        except ValueError:
            return None
        while self._consumed <= position and self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())
        return next((r for r, x in enumerate(self._rows) if x.followup.id == followup_id),
                    None)

    def cells(self, column: int, first: int, count: int) -> list[tuple[str, QFont | None, int]]:
        """The differing cells of a column in `count` rows from `first` (text, own font,
        row), one row of each: what a column's width is measured on."""
        found: dict[tuple[str, bool], int] = {}
        for row in range(first, min(len(self._rows), first + count)):
            found.setdefault((self._texts(row)[column], self._rows[row].overdue), row)
        return [(text, self._bold if overdue else None, row)
                for (text, overdue), row in found.items()]

    def update_row(self, followup_id: int) -> None:
        """Show a follow-up's new state in place (it keeps its row until the next reload)."""
        for row, old in enumerate(self._rows):
            if old.followup.id == followup_id:
                fresh = self.service.listings([followup_id], self.filter.as_of)
                if fresh:
                    self._rows[row] = self._kept[followup_id] = fresh[0]
                    self._shown.pop(row, None)
                    self._texts_kept.pop(followup_id, None)
                    self.dataChanged.emit(self.index(row, 0),
                                          self.index(row, len(ORDER_KEYS) - 1))
                return

    # -- Qt -------------------------------------------------------------------------------

    def rowCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(ORDER_KEYS)

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._consumed < len(self._visible)

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        rows = self._load_page()
        if rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if not 0 <= section < len(ORDER_KEYS):
            return None
        return (self.tr("Due"), self.tr("Owner"), self.tr("Follow-up"), self.tr("Body"),
                self.tr("Status"), self.tr("Done on / result"))[section]

    # data() runs for every role of every visible cell on each paint: plain ints and a
    # per-row cache of the shown texts keep it cheap.
    def data(self, index: _Index, role: int = _DISPLAY):
        if role not in _ROLES or not index.isValid():
            return None
        row, col = index.row(), index.column()
        if not 0 <= row < len(self._rows):
            return None
        if role == _DISPLAY:
            return self._texts(row)[col]
        x = self._rows[row]
        if role == _TOOLTIP:
            return self._tooltip(x, col)
        if role == ID_ROLE:
            return x.followup.id
        if role == OVERDUE_ROLE:
            return x.overdue
        if x.overdue:
            if role == _BACKGROUND:
                return self._overdue_brush
            if role == _FONT:
                return self._bold
            if role == _DECORATION and col == 4:
                return self._warning
        return None

    def _texts(self, row: int) -> tuple[str, ...]:
        texts = self._shown.get(row)
        if texts is None:
            x = self._rows[row]
            key = id_of(x.followup)
            texts = self._texts_kept.get(key)
            if texts is None:
                texts = self._texts_kept[key] = tuple(
                    self._display(x, c) for c in range(len(ORDER_KEYS)))
            self._shown[row] = texts
        return texts

    def _display(self, x: ActionListing, col: int) -> str:
        f = x.followup
        if col == 0:  # the date first, so it stays readable in a narrow column
            t = f.target
            if t.meeting_id is not None and t.meeting_day is not None:
                body = t.meeting_label.rsplit(" ", 1)[0]
                return f"{list_date(t.meeting_day)} — {body}"
            return list_date(t.due_date) if t.due_date is not None else ""
        if col == 1:
            return f.owner_label
        if col == 2:
            return " ".join(f.text.split())
        if col == 3:
            return x.body_name
        if col == 4:
            return self.status_text(x)
        if f.status is FollowUpStatus.DONE and f.done_on is not None:
            return " — ".join(p for p in (list_date(f.done_on), " ".join(f.result.split()))
                              if p)
        return " ".join(f.result.split())

    def _tooltip(self, x: ActionListing, col: int) -> str | None:
        f = x.followup
        if col == 4 and x.overdue and f.target.due is not None:
            return self.tr("Overdue: due on %1").replace("%1", short_date(f.target.due))
        if col in (2, 5):
            return f.text if col == 2 else (f.result or None)
        return self._display(x, col) or None

    def status_text(self, x: ActionListing) -> str:
        if x.overdue:
            return self.tr("Overdue")
        return {FollowUpStatus.OPEN: self.tr("Open"), FollowUpStatus.DONE: self.tr("Done"),
                FollowUpStatus.CANCELLED: self.tr("Cancelled")}[x.followup.status]
