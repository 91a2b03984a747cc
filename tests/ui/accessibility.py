"""What a screen reader hears: the controls of a window that take keyboard focus and
have no accessible name (through Qt's own QAccessible interface, as offscreen)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractItemView, QAbstractScrollArea, QLabel, QWidget

from tests.ui.keymap import in_window


def name_of(w: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(w)
    return iface.text(QAccessible.Text.Name) if iface is not None else ""


def _is_control(w: QWidget) -> bool:
    if w.isHidden():  # hidden by itself (not as a page of a tab): nothing to announce
        return False
    if isinstance(w, QLabel):  # its text is its name; an empty label says nothing
        return False
    if w.focusPolicy() == Qt.FocusPolicy.NoFocus or w.focusProxy() is not None:
        return False  # a spin box's inner line edit: the box itself takes the focus
    # a scroll area holding a form is a frame, not a control; item views are controls
    return isinstance(w, QAbstractItemView) or not isinstance(w, QAbstractScrollArea) \
        or type(w).__name__ in ("QPlainTextEdit", "QTextEdit", "QTextBrowser") \
        or hasattr(w, "toPlainText")


def _attribute(w: QWidget) -> str:
    """Where the control is kept, for the failure message: 'AgendaEditor.title'."""
    owner = w.parentWidget()
    while owner is not None:
        for name, value in vars(owner).items():
            if value is w:
                return f"{type(owner).__name__}.{name}"
        owner = owner.parentWidget()
    return f"in {type(w.parentWidget()).__name__}"


def unnamed_controls(root: QWidget) -> list[str]:
    found = []
    for w in root.findChildren(QWidget):
        if not in_window(w, root) or not _is_control(w):
            continue
        if not name_of(w).strip():
            found.append(f"{type(w).__name__} {_attribute(w)}")
    return found


def unnamed_headers(root: QWidget) -> list[str]:
    """Tables whose columns a screen reader cannot announce."""
    from PySide6.QtWidgets import QTableView

    found = []
    for view in root.findChildren(QTableView):
        model = view.model()
        if model is None or not in_window(view, root):
            continue
        for col in range(model.columnCount()):
            if view.isColumnHidden(col):
                continue
            if not str(model.headerData(col, Qt.Orientation.Horizontal) or "").strip():
                found.append(f"{view.accessibleName() or type(model).__name__} column {col}")
    return found
