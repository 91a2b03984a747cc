"""Spacing constants and small layout builders, so every screen breathes the same."""

from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLayout, QVBoxLayout, QWidget

MARGIN = 12
SPACING = 8


def vbox(*children: QWidget | QLayout, margins: int = MARGIN) -> QVBoxLayout:
    return _fill(QVBoxLayout(), children, margins)


def hbox(*children: QWidget | QLayout, margins: int = 0) -> QHBoxLayout:
    return _fill(QHBoxLayout(), children, margins)


def _fill(layout: QBoxLayout, children, margins: int):
    layout.setContentsMargins(margins, margins, margins, margins)
    layout.setSpacing(SPACING)
    for child in children:
        if isinstance(child, QLayout):
            layout.addLayout(child)
        else:
            layout.addWidget(child)
    return layout
