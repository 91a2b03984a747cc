"""How the search hits are painted: each cell's text straight from the model's row texts,
laid out once as a QStaticText and kept for repaints (hover, selection, scrolling).

Qt's own delegate asks the model for nine roles per cell through initStyleOption; with a
Python model that was four in ten of the time to paint a screenful of hits. Here a cell
costs one call: the style draws its panel (selection, hover) and focus frame, the text is
drawn from the kept layout. The snippet column shows the matched words (between FTS5's [
and ]) in bold, the other columns plain text cut off with an ellipsis."""

import html
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTextDocument, QTextOption
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
_SELECTED, _HAS_FOCUS = QStyle.StateFlag.State_Selected, QStyle.StateFlag.State_HasFocus
_ENABLED, _ACTIVE = QStyle.StateFlag.State_Enabled, QStyle.StateFlag.State_Active
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

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        widget = option.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawPrimitive(_PANEL, option, painter, widget)
        rect, state = option.rect, option.state
        static = self._static_text(self.text_at(index.row(), index.column()),
                                   rect.width() - 2 * _MARGIN, option)
        # The text's colour group as Qt's own styles pick it: greyed when disabled, the
        # inactive selection colours when the window is not the active one. The painter
        # is shared by the cells and every change of its state costs: set only what
        # differs (the view sets its own pens for the grid; the style its own for panels).
        group = (_DISABLED if not state & _ENABLED else
                 _NORMAL if state & _ACTIVE else _INACTIVE)
        color = option.palette.color(group, _HIGHLIGHTED_TEXT if state & _SELECTED else _TEXT)
        if painter.pen().color() != color:
            painter.setPen(color)
        if painter.font() != option.font:
            painter.setFont(option.font)
        height = static.size().height()
        at = QPointF(rect.left() + _MARGIN, rect.top() + max(0.0, (rect.height() - height) / 2))
        if height > rect.height():  # a snippet wrapped over more lines than the row has
            painter.save()
            painter.setClipRect(rect)
            painter.drawStaticText(at, static)
            painter.restore()
        else:
            painter.drawStaticText(at, static)
        if state & _HAS_FOCUS:  # the keyboard's place, as Qt's own delegate shows it
            style.drawPrimitive(_FOCUS, option, painter, widget)

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
