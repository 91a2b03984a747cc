"""How the search hits are painted: each cell's text straight from the model's row texts,
laid out once as a QStaticText and kept for repaints (hover, selection, scrolling).

Qt's own delegate asks the model for nine roles per cell through initStyleOption; with a
Python model that was four in ten of the time to paint a screenful of hits. Here a cell
costs one call: the style draws its panel and focus frame only where there is one to
draw (selection, hover, focus), the text is drawn from the layout kept for that cell.
The snippet column shows the matched words (between FTS5's [ and ]) in bold, the other
columns plain text cut off with an ellipsis."""

import html
from collections.abc import Callable
from typing import cast

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QStaticText, QTextDocument, QTextOption
from PySide6.QtWidgets import (
    QApplication,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

_KEPT = 2000  # laid-out texts kept for repaints: a screenful of hits many times over
_PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
_FOCUS = QStyle.PrimitiveElement.PE_FrameFocusRect
# The state bits as plain ints: the cells test them as often as they paint.
_SELECTED, _HAS_FOCUS = (QStyle.StateFlag.State_Selected.value,
                         QStyle.StateFlag.State_HasFocus.value)
_ENABLED, _ACTIVE = QStyle.StateFlag.State_Enabled.value, QStyle.StateFlag.State_Active.value
_HOVERED = QStyle.StateFlag.State_MouseOver.value
_HIGHLIGHTED_TEXT, _TEXT = QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Text
_NORMAL, _INACTIVE, _DISABLED = (QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive,
                                 QPalette.ColorGroup.Disabled)
_ELIDE = Qt.TextElideMode.ElideRight
_MARGIN = 4  # between the cell's edge and its text, as Qt's own delegate leaves it
_Index = QModelIndex | QPersistentModelIndex


def snippet_html(snippet: str) -> str:
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


class HitDelegate(QStyledItemDelegate):
    """`text_at(row, column)` gives a cell's text; `rich`: the snippet column (bold
    matches, wrapped over the row's lines) instead of one plain line."""

    def __init__(self, text_at: Callable[[int, int], str], *, rich: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text_at, self.rich = text_at, rich
        self._laid_out: dict[tuple[str, int, str], QStaticText] = {}
        self._cells: dict[tuple[int, int, int], tuple[str, QFont, QStaticText, float]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        state = option.state.value  # one look: each operation on a Qt flag costs a call
        rect, font = option.rect, option.font
        # one call instead of four (PySide's stubs do not know the tuple's type)
        left, top, width, row_height = cast(tuple[int, int, int, int], rect.getRect())
        style = widget = None
        if state & (_SELECTED | _HOVERED | _HAS_FOCUS):
            widget = option.widget
            style = widget.style() if widget is not None else QApplication.style()
            # The cell's panel: the view has painted its row (alternate colour); the style
            # adds only the selection and, in some styles, the hover.
            if state & (_SELECTED | _HOVERED):
                style.drawPrimitive(_PANEL, option, painter, widget)
        static, height = self._cell(index.row(), index.column(), width, font, option)
        # The text's colour group as Qt's own styles pick it: greyed when disabled, the
        # inactive selection colours when the window is not the active one. The painter
        # is shared by the cells: setting the pen it has already is a no-op in Qt, and
        # cheaper than reading it back to compare.
        group = (_DISABLED if not state & _ENABLED else
                 _NORMAL if state & _ACTIVE else _INACTIVE)
        painter.setPen(option.palette.color(
            group, _HIGHLIGHTED_TEXT if state & _SELECTED else _TEXT))
        painter.setFont(font)
        free = row_height - height
        at = QPointF(left + _MARGIN, top + free / 2 if free > 0 else top)
        if free < 0:  # a snippet wrapped over more lines than the row has
            painter.save()
            painter.setClipRect(rect)
            painter.drawStaticText(at, static)
            painter.restore()
        else:
            painter.drawStaticText(at, static)
        if style is not None and state & _HAS_FOCUS:  # the keyboard's place, as Qt shows it
            style.drawPrimitive(_FOCUS, option, painter, widget)

    def _cell(self, row: int, column: int, width: int, font: QFont,
              option: QStyleOptionViewItem) -> tuple[QStaticText, float]:
        """The laid-out text of a cell and its height, kept per cell as long as its text,
        width and font stay: a repaint (hover, selection, scrolling) looks up a screenful
        of cells without laying out or measuring anything."""
        text, key = self.text_at(row, column), (row, column, width)
        kept = self._cells.get(key)
        if kept is None or kept[0] != text or kept[1] != font:
            if len(self._cells) >= _KEPT:
                self._cells.clear()
            static = self._static_text(text, width - 2 * _MARGIN, option)
            # A copy of the font: the option's own is gone after this paint.
            kept = self._cells[key] = (text, QFont(font), static, static.size().height())
        return kept[2], kept[3]

    def _static_text(self, text: str, width: int, option: QStyleOptionViewItem
                     ) -> QStaticText:
        font = option.font
        key = (text, width, font.key())
        static = self._laid_out.get(key)
        if static is None:
            if len(self._laid_out) >= _KEPT:
                self._laid_out.clear()
            if self.rich:
                static = QStaticText(snippet_html(text))
                static.setTextFormat(Qt.TextFormat.RichText)
                static.setTextWidth(max(1, width))
                static.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
            else:
                line = " ".join(text.split())
                static = QStaticText(option.fontMetrics.elidedText(line, _ELIDE, max(1, width)))
                static.setTextFormat(Qt.TextFormat.PlainText)
            static.prepare(font=font)
            self._laid_out[key] = static
        return static

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        text = self.text_at(index.row(), index.column())
        if not self.rich:
            metrics = option.fontMetrics
            return QSize(metrics.horizontalAdvance(text) + 2 * _MARGIN, metrics.height())
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(2)
        doc.setHtml(snippet_html(text))
        return QSize(int(doc.idealWidth()), int(doc.size().height()))
