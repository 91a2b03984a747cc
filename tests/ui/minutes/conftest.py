"""The minute-taking view on the example data: the 28 November 2013 meeting of the
Stuurgroep Talentontwikkeling, whose minutes are a draft."""

from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyleOptionViewItem

from overleg.services.container import Services
from overleg.ui.minutes.minutes_view import MinutesView
from tests.ui.fakes import FakePrompts


@dataclass
class Minutes:
    view: MinutesView
    prompts: FakePrompts
    services: Services
    meeting_id: int

    def item_row(self, title_start: str) -> int:
        for row in range(1, self.view.walk_model.rowCount()):
            if self.view.walk_model.item_at(row).title.startswith(title_start):
                return row
        raise AssertionError(f"no item {title_start!r}")

    def go_to(self, title_start: str) -> int:
        """Click the item in the list on the left; returns its id."""
        row = self.item_row(title_start)
        click_row(self.view.walk, self.view.walk_model.index(row))
        return self.view.walk_model.item_at(row).id


def meeting_of(s: Services, code: str, month: int) -> int:
    return next(x.meeting.id for x in s.meetings.listings()
                if x.body_code == code and x.meeting.day.month == month)


def open_view(qtbot, services: Services, meeting_id: int) -> Minutes:
    prompts = FakePrompts()
    view = MinutesView(services, prompts)
    qtbot.addWidget(view)
    view.resize(1100, 760)
    view.set_meeting(meeting_id)
    view.show()
    qtbot.waitExposed(view)
    view.activateWindow()
    return Minutes(view, prompts, services, meeting_id)


@pytest.fixture
def minutes(qtbot, demo) -> Minutes:
    return open_view(qtbot, demo, meeting_of(demo, "STT", 11))


def click_row(view: QAbstractItemView, index: QModelIndex) -> None:
    from pytestqt.qtbot import QtBot
    view.scrollTo(index)
    QtBot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(index).center())


def click_check(view: QAbstractItemView, index: QModelIndex) -> None:
    """Click the check box drawn in a cell, where a user would click."""
    from pytestqt.qtbot import QtBot
    view.scrollTo(index)
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    option.rect = view.visualRect(index)
    view.itemDelegateForIndex(index).initStyleOption(option, index)
    rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator,
                                       option, view)
    QtBot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def point_in(view: QAbstractItemView, index: QModelIndex) -> QPoint:
    return view.visualRect(index).center()
