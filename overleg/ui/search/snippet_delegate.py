"""Draws a search snippet with the matched words (between FTS5's [ and ]) in bold.

Painting is what the user waits for after the search itself, so each snippet is laid
out once as a QStaticText (kept for repaints while hovering, selecting and scrolling)
rather than as a QTextDocument per cell per paint."""

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QPainter, QPalette, QStaticText, QTextDocument, QTextOption
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem


def snippet_html(snippet: str) -> str:
    return html.escape(snippet).replace("[", "<b>").replace("]", "</b>")


_KEPT = 500  # laid-out snippets kept for repaints: a screenful of hits many times over


class SnippetDelegate(QStyledItemDelegate):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._laid_out: dict[tuple[str, int, str], QStaticText] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget)
        static = self._static_text(text, rect.width(), opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.setClipRect(rect)  # wraps within the row's two lines
        top = rect.top() + max(0.0, (rect.height() - static.size().height()) / 2)
        painter.drawStaticText(QPointF(rect.left() + 2, top), static)
        painter.restore()

    def _static_text(self, text: str, width: int, opt: QStyleOptionViewItem) -> QStaticText:
        key = (text, width, opt.font.key())
        static = self._laid_out.get(key)
        if static is None:
            if len(self._laid_out) >= _KEPT:
                self._laid_out.clear()
            static = QStaticText(snippet_html(text))
            static.setTextFormat(Qt.TextFormat.RichText)
            static.setTextWidth(max(1, width - 4))
            static.setTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
            static.prepare(font=opt.font)
            self._laid_out[key] = static
        return static

    def sizeHint(self, option: QStyleOptionViewItem,  # noqa: N802
                 index: QModelIndex | QPersistentModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        doc = self._document(opt.text, opt)
        return QSize(int(doc.idealWidth()), int(doc.size().height()))

    @staticmethod
    def _document(text: str, opt: QStyleOptionViewItem) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(opt.font)
        doc.setDocumentMargin(2)
        doc.setHtml(snippet_html(text))
        return doc
