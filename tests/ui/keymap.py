"""The keyboard map of a window as Qt would dispatch it: every mnemonic (the & in a
button, label with buddy, group box, tab or menu-bar title) and every shortcut of a
QAction or QShortcut, with where it is active. Two bindings clash when they are the same
key and can be active at the same moment: neither lives on another page of a stack (tab,
stacked widget) than the other, and their shortcut contexts can hold the same focus."""

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QStackedWidget,
    QTabBar,
    QWidget,
)

Context = Qt.ShortcutContext


@dataclass(frozen=True)
class Binding:
    key: str  # portable text, e.g. 'Alt+T', 'Ctrl+PgDown'
    what: str  # for the failure message
    anchor: QWidget  # the widget whose focus or window makes it active
    context: Context
    pages: tuple[tuple[int, int], ...]  # (id of a QStackedWidget, page index) on the way

    def coexists_with(self, other: "Binding") -> bool:
        mine = dict(self.pages)
        if any(mine.get(stack, page) != page for stack, page in other.pages):
            return False  # on different pages of one stack: never shown together
        return _focus_overlaps(self, other)


def _inside(widget: QWidget, ancestor: QWidget) -> bool:
    return widget is ancestor or ancestor.isAncestorOf(widget)


def _focus_overlaps(a: Binding, b: Binding) -> bool:
    """Is there a focus widget for which both are active?"""
    if a.context in (Context.WindowShortcut, Context.ApplicationShortcut) or \
            b.context in (Context.WindowShortcut, Context.ApplicationShortcut):
        return True
    if a.context == Context.WidgetShortcut and b.context == Context.WidgetShortcut:
        return a.anchor is b.anchor
    if a.context == Context.WidgetShortcut:
        return _inside(a.anchor, b.anchor)
    if b.context == Context.WidgetShortcut:
        return _inside(b.anchor, a.anchor)
    return _inside(a.anchor, b.anchor) or _inside(b.anchor, a.anchor)


def _pages(widget: QWidget, root: QWidget) -> tuple[tuple[int, int], ...]:
    pages = []
    child, parent = widget, widget.parentWidget()
    while parent is not None and child is not root:
        if isinstance(parent, QStackedWidget):
            pages.append((id(parent), parent.indexOf(child)))
        child, parent = parent, parent.parentWidget()
    return tuple(pages)


def _name(w: QWidget) -> str:
    return w.objectName() or type(w).__name__


def _mnemonic(text: str) -> str:
    return QKeySequence.mnemonic(text).toString(QKeySequence.SequenceFormat.PortableText)


def in_window(w: QWidget, root: QWidget) -> bool:
    """Part of the root window itself, not of a popup or another window below it."""
    while w is not None and w is not root:
        if w.isWindow():
            return False
        w = w.parentWidget()
    return w is root


def bindings(root: QWidget) -> list[Binding]:
    found: list[Binding] = []
    seen_actions: set[int] = set()

    def add(key: str, what: str, anchor: QWidget, context: Context) -> None:
        if key:
            found.append(Binding(key, what, anchor, context, _pages(anchor, root)))

    def add_actions(widget: QWidget, actions) -> None:
        for action in actions:
            if id(action) in seen_actions:
                continue
            seen_actions.add(id(action))
            for seq in action.shortcuts():
                add(seq.toString(QKeySequence.SequenceFormat.PortableText),
                    f"action {action.text()!r}", widget, action.shortcutContext())

    widgets = [root, *(w for w in root.findChildren(QWidget) if in_window(w, root))]
    for w in widgets:
        if isinstance(w, QAbstractButton):
            add(_mnemonic(w.text()), f"{type(w).__name__} {w.text()!r}", w,
                Context.WindowShortcut)
        elif isinstance(w, QLabel) and w.buddy() is not None:
            add(_mnemonic(w.text()), f"label {w.text()!r} of {_name(w.buddy())}", w,
                Context.WindowShortcut)
        elif isinstance(w, QGroupBox):
            add(_mnemonic(w.title()), f"group {w.title()!r}", w, Context.WindowShortcut)
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                add(_mnemonic(w.tabText(i)), f"tab {w.tabText(i)!r}", w,
                    Context.WindowShortcut)
        elif isinstance(w, QMenuBar):
            for action in w.actions():
                add(_mnemonic(action.text()), f"menu {action.text()!r}", w,
                    Context.WindowShortcut)
        add_actions(w, w.actions())
    for menu in root.findChildren(QMenu):  # menus' shortcuts act on their owner's window
        owner = menu.parentWidget()
        while owner is not None and (isinstance(owner, QMenu) or not in_window(owner, root)):
            owner = owner.parentWidget()
        add_actions(owner or root, menu.actions())
    for shortcut in root.findChildren(QShortcut):
        parent = shortcut.parent()
        if isinstance(parent, QWidget) and in_window(parent, root):
            for seq in shortcut.keys():
                add(seq.toString(QKeySequence.SequenceFormat.PortableText),
                    f"shortcut {shortcut.objectName() or seq.toString()}", parent,
                    shortcut.context())
    return found


def clashes(root: QWidget) -> list[str]:
    by_key: dict[str, list[Binding]] = {}
    for b in bindings(root):
        by_key.setdefault(b.key, []).append(b)
    result = []
    for key, group in sorted(by_key.items()):
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a.coexists_with(b):
                    result.append(f"{key}: {a.what} and {b.what}")
    return result


def menu_clashes(root: QWidget) -> list[str]:
    """Within one open menu, each letter leads to one entry."""
    result = []
    for menu in root.findChildren(QMenu):
        letters: dict[str, str] = {}
        for action in menu.actions():
            key = _mnemonic(action.text())
            if not key:
                continue
            if key in letters:
                result.append(f"menu {menu.title()!r}: {key} for {letters[key]!r} and "
                              f"{action.text()!r}")
            letters[key] = action.text()
    return result
