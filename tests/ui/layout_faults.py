"""What a user would see cut off in a shown window: a label, button or tab whose text does
not fit, a table cell whose text is elided although its column could be wider (or with no
tooltip to read it whole), a horizontal scroll bar, a dialog too narrow for its title."""

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QListView,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionViewItem,
    QTabBar,
    QTableView,
    QTreeView,
    QWidget,
)

from overleg.ui.common.whole_text_tips import WholeTextTips
from tests.ui.accessibility import _attribute
from tests.ui.keymap import in_window

# A Windows title bar's icon, three buttons and padding, in logical pixels.
TITLE_BAR_EXTRA = 150
SLACK = 2  # pixels of rounding either way


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _shown(w: QWidget, root: QWidget) -> bool:
    return in_window(w, root) and w.isVisibleTo(root) and w.width() > 0


def _where(w: QWidget) -> str:
    return f"{type(w).__name__} {_attribute(w)}"


def _label_cut(label: QLabel) -> bool:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return False
    room = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + SLACK
    return label.sizeHint().width() > label.width() + SLACK or \
        label.sizeHint().height() > room.height() + label.contentsMargins().top() + \
        label.contentsMargins().bottom() + SLACK


def _button_cut(button: QAbstractButton) -> bool:
    if not button.text():
        return False
    need = button.sizeHint().width()
    if not isinstance(button, (QCheckBox, QRadioButton)):  # styles pad buttons to 80 px
        text = QFontMetrics(button.font()).horizontalAdvance(_plain(button.text()))
        icon = button.iconSize().width() + 4 if not button.icon().isNull() else 0
        need = min(need, text + icon + 12)
    return button.width() + SLACK < need


def _combo_cut(combo: QComboBox) -> bool:
    """The chosen entry does not fit the box (the open list shows each whole)."""
    if combo.isEditable() or not combo.currentText():
        return False
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    return QFontMetrics(combo.font()).horizontalAdvance(combo.currentText()) > \
        field.width() + SLACK


def cut_texts(root: QWidget) -> list[str]:
    """Labels, buttons and tabs whose text is wider (or taller) than the room they got."""
    found = []
    for w in root.findChildren(QWidget):
        if not _shown(w, root):
            continue
        if isinstance(w, QLabel) and _label_cut(w) or \
                isinstance(w, QAbstractButton) and _button_cut(w):
            text = w.text()
            found.append(f"{_where(w)} {_plain(text)!r} cut ({w.width()} px)")
        elif isinstance(w, QComboBox) and _combo_cut(w):
            found.append(f"{_where(w)} {w.currentText()!r} cut ({w.width()} px)")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                if w.tabRect(i).width() + SLACK < w.tabSizeHint(i).width():
                    found.append(f"tab {_plain(w.tabText(i))!r} cut")
    return found


def _columns(view: QAbstractItemView) -> list[int]:
    if isinstance(view, QTableView):
        return [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    if isinstance(view, QTreeView):
        return [c for c in range(view.model().columnCount()) if not view.isColumnHidden(c)]
    return [view.modelColumn()] if isinstance(view, QListView) else [0]


def _header(view: QAbstractItemView) -> QHeaderView | None:
    if isinstance(view, QTableView):
        return view.horizontalHeader()
    return view.header() if isinstance(view, QTreeView) else None


def _rows(view: QAbstractItemView, column: int) -> list:
    """The model indexes of `column` in the rows the viewport shows."""
    header = _header(view)
    x = 1 if header is None else header.sectionViewportPosition(column) + \
        header.sectionSize(column) // 2
    rows, y, height = [], 0, view.viewport().height()
    while y < height:
        index = view.indexAt(QPoint(x, y))
        if not index.isValid():
            break
        rows.append(index)
        y = max(y + 1, view.visualRect(index).bottom() + 1)
    return rows


class _Cell:
    def __init__(self, view: QAbstractItemView, index) -> None:
        self.index, self.rect = index, view.visualRect(index)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        option.rect = QRect(self.rect)
        self.option, self.delegate = option, view.itemDelegateForIndex(index)
        self.hint = self.delegate.sizeHint(option, index)
        self.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")

    @property
    def shortfall(self) -> int:
        """How much wider the cell must be to show its text on the lines it has."""
        wrap = QStyleOptionViewItem.ViewItemFeature.WrapText
        if not self.option.features & wrap:
            return self.hint.width() - self.rect.width()
        flat = QStyleOptionViewItem(self.option)
        flat.features &= ~wrap
        line = self.delegate.sizeHint(flat, self.index)
        lines = max(1, self.rect.height() // max(1, line.height()))
        return -(-line.width() // lines) - self.rect.width()

    @property
    def elided(self) -> bool:
        return bool(self.text.strip()) and (self.hint.width() > self.rect.width() + SLACK or
                                            self.hint.height() > self.rect.height() + SLACK)

    @property
    def tooltip_is_whole(self) -> bool:
        tip = self.delegate.whole_text(self.option, self.index) \
            if isinstance(self.delegate, WholeTextTips) else \
            self.index.data(Qt.ItemDataRole.ToolTipRole)
        tip = " ".join(str(tip or "").split())
        return " ".join(self.text.split()) in tip


def elided_cells(root: QWidget) -> list[str]:
    """Visible cells whose text is elided while another column has room to spare (or the
    viewport has room left), or with no tooltip that gives the whole text."""
    found = []
    for view in root.findChildren(QAbstractItemView):
        if isinstance(view, QHeaderView) or not _shown(view, root) or view.model() is None:
            continue
        name = view.accessibleName() or _where(view)
        columns = _columns(view)
        if not columns:
            continue
        first = _rows(view, columns[0])
        cells = {c: [_Cell(view, i.siblingAtColumn(c)) for i in first] for c in columns}
        header = _header(view)
        spare = {c: max(0, min([x.rect.width() - x.hint.width() for x in cells[c]] +
                               [_header_spare(header, c)])) for c in columns}
        free = 0 if header is None else max(0, view.viewport().width() - header.length())
        for c in columns:
            others = free + sum(s for k, s in spare.items() if k != c)
            for cell in cells[c]:
                if not cell.elided:
                    continue
                if not cell.tooltip_is_whole:
                    found.append(f"{name}: {cell.text[:40]!r} elided, no tooltip with it whole")
                elif 0 < cell.shortfall <= others:
                    found.append(f"{name}: {cell.text[:40]!r} elided while other columns "
                                 f"have {others} px to spare")
    return found


def _header_spare(header: QHeaderView | None, column: int) -> int:
    """A column fitted to its contents (all rows, not only those in view) or fixed on
    purpose has none to give; one the code sized by a guess or stretched may have."""
    if header is None:
        return 0
    if header.sectionResizeMode(column) not in (QHeaderView.ResizeMode.Interactive,
                                                QHeaderView.ResizeMode.Stretch):
        return 0
    return header.sectionSize(column) - header.sectionSizeHint(column)


def horizontal_scroll_bars(root: QWidget) -> list[str]:
    return [f"horizontal scroll bar on {_where(w)}"
            for w in root.findChildren(QAbstractScrollArea)
            if _shown(w, root) and w.horizontalScrollBar().isVisible()]


def title_cut(dialog: QWidget) -> list[str]:
    """A dialog that can be narrower than its title (with the title bar's buttons)."""
    title = dialog.windowTitle()
    need = QFontMetrics(QApplication.font()).horizontalAdvance(title) + TITLE_BAR_EXTRA
    least = max(dialog.minimumWidth(), dialog.minimumSizeHint().width())
    return [f"title {title!r} needs {need} px, the dialog may be {least} px"] \
        if least < need else []
