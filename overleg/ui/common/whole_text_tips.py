"""A cell too narrow for its text shows it elided ("Bestuurlijk overleg onder…"); hovering
it shows the whole text as a tooltip, as a file manager does. Models that give a tooltip
of their own keep it."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyledItemDelegate, QToolTip

if TYPE_CHECKING:  # only Qt hands these in, on a tooltip: PySide makes a type when it is
    # first imported (QStyleOptionViewItem with its enums: 2 ms of every start)
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QStyleOptionViewItem


class WholeTextTips(QStyledItemDelegate):
    def whole_text(self, option: "QStyleOptionViewItem",
                   index: QModelIndex | QPersistentModelIndex) -> str:
        """The tooltip a cell shows: the model's own, else the whole text if it is cut."""
        own = index.data(Qt.ItemDataRole.ToolTipRole)
        if own:
            return str(own)
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        need = self.sizeHint(option, index)
        cut = need.width() > option.rect.width() or need.height() > option.rect.height()
        return text if text and cut else ""

    def helpEvent(self, event: "QHelpEvent", view: QAbstractItemView,  # noqa: N802 (Qt)
                  option: "QStyleOptionViewItem",
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() != QEvent.Type.ToolTip:
            return super().helpEvent(event, view, option, index)
        tip = self.whole_text(option, index)
        if tip:
            QToolTip.showText(event.globalPos(), tip, view)
        else:
            QToolTip.hideText()
        return True


def show_whole_text_on_hover(view: QAbstractItemView) -> None:
    """For a view that draws its cells with the standard delegate."""
    view.setItemDelegate(WholeTextTips(view))
