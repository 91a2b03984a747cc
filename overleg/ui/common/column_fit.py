"""Columns as wide as their widest cell in view, measured the moment the rows change.

QHeaderView's ResizeToContents does this after a delay: a reset was laid out and
painted, then the columns took their widths and the table was painted again (QTableView
repaints after a column resize). A list reset per keystroke (the action list's filter)
paid that twice. Fitting in the reset's own slot costs one size hint per kind of cell,
and while the user types the columns only grow, so most keystrokes paint once.
"""

from collections.abc import Callable

from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QHeaderView, QTableView

# (text, font or None, row) of each cell of a column in view; one row per kind of cell
Cells = Callable[[int, int, int], list[tuple[str, QFont | None, int]]]


def fix_columns(table: QTableView, columns: tuple[int, ...]) -> None:
    """The user does not drag these columns (as with ResizeToContents); fit_columns sizes
    them."""
    for column in columns:
        table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Fixed)


def fit_columns(table: QTableView, columns: tuple[int, ...], cells: Cells, *,
                rows: int = 50, shrink: bool = True,
                at_most: dict[int, int] | None = None) -> None:
    """Each column as wide as its title or its widest cell among `rows` rows from the top
    of the view: texts are measured in their font and only the widest asks the delegate
    for its full size hint (margins, icon). `shrink` False: only ever wider. `at_most`:
    a column's widest, in pixels (a long name elided rather than squeeze the rest)."""
    header = table.horizontalHeader()
    first = max(table.rowAt(0), 0)
    plain = table.fontMetrics()
    grid = 1 if table.showGrid() else 0  # as QTableView.sizeHintForColumn counts
    model = table.model()
    for column in columns:
        widest: dict[bool, tuple[int, int]] = {}  # own font? -> (text width, row)
        for text, font, row in cells(column, first, rows):
            width = (QFontMetrics(font) if font is not None else plain).horizontalAdvance(text)
            if width > widest.get(font is not None, (-1, 0))[0]:
                widest[font is not None] = (width, row)
        width = max([header.sectionSizeHint(column)] + [
            table.sizeHintForIndex(model.index(row, column)).width() + grid
            for _width, row in widest.values()])
        width = min(width, (at_most or {}).get(column, width))
        if width > header.sectionSize(column) or (shrink and width < header.sectionSize(column)):
            header.resizeSection(column, width)
