from pathlib import Path
from unittest.mock import patch

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from overleg.domain.listings import SearchOrder
from overleg.storage import search_newest
from overleg.ui.main_window import MainWindow
from overleg.ui.search.hit_delegates import snippet_html
from overleg.ui.search.search_model import HIT_ROLE
from overleg.ui.search.search_screen import SearchScreen
from tests.ui.fakes import FakePrompts


def open_screen(qtbot, services) -> SearchScreen:
    screen = SearchScreen(services, FakePrompts())
    qtbot.addWidget(screen)
    screen.resize(1000, 500)
    screen.show()
    return screen


def cells(model, column: int) -> list[str]:
    return [model.data(model.index(r, column)) for r in range(model.rowCount())]


def test_typing_thuiszitters_finds_items_and_follow_ups_with_where_they_live(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "thuiszitters")
    qtbot.waitUntil(lambda: screen.model.rowCount() > 0)
    m = screen.model
    assert set(cells(m, 0)) == {"Agenda item", "Follow-up"}
    assert "19-09-2013 Stuurgroep Talentontwikkeling" in cells(m, 1)
    assert "Aanpak thuiszitters" in cells(m, 2)
    assert all("[" in s and "]" in s for s in cells(m, 3))  # the matched words
    assert screen.summary.text() == f"{m.rowCount()} hits"


def test_enter_opens_the_hit(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "thuiszitters")
    qtbot.keyClick(screen.field, Qt.Key.Key_Return)  # search now, go to the first hit
    assert screen.table.currentIndex().row() == 0
    hit = screen.model.data(screen.model.index(0, 0), HIT_ROLE)
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.keyClick(screen.table, Qt.Key.Key_Return)
    assert signal.args == [hit.kind, hit.record_id]
    if hit.kind == "item":
        item = demo.agenda.item(hit.record_id)
        assert "thuiszitter" in (item.title + item.notes + item.description).lower()


def test_double_clicking_an_agenda_item_hit_navigates_to_the_item(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "aanpak thuisz")  # the last word as a prefix
    screen.run_search()
    row = cells(screen.model, 2).index("Aanpak thuiszitters")
    hit = screen.model.data(screen.model.index(row, 0), HIT_ROLE)
    rect = screen.table.visualRect(screen.model.index(row, 2))
    # A double click is a press and release, then the double click (as Qt sees a user's).
    qtbot.mouseClick(screen.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    with qtbot.waitSignal(screen.navigate) as signal:
        qtbot.mouseDClick(screen.table.viewport(), Qt.MouseButton.LeftButton,
                          pos=rect.center())
    assert signal.args == ["item", hit.record_id]
    assert demo.agenda.item(hit.record_id).title == "Aanpak thuiszitters"


def hits(model) -> list:
    return [model.data(model.index(r, 0), HIT_ROLE) for r in range(model.rowCount())]


def test_the_newest_meetings_hits_come_first_and_best_match_reorders_them(qtbot, demo):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "leerlingenvervoer")
    screen.run_search()
    days = [h.day for h in hits(screen.model) if h.day is not None]
    assert len(days) > 2 and days == sorted(days, reverse=True)
    assert screen.order.currentText() == "Newest first"
    screen.order.setCurrentIndex(screen.order.findText("Best match"))  # searches again
    best = demo.search.search("leerlingenvervoer", order=SearchOrder.BEST)
    assert [h.uuid for h in hits(screen.model)] == [h.uuid for h in best]
    assert [h.day for h in best] != sorted((h.day for h in best), reverse=True)


def test_the_summary_counts_every_hit_when_only_the_newest_are_shown(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    screen.hits_shown = 2
    qtbot.keyClicks(screen.field, "thuiszitters")
    screen.run_search()
    total = demo.search.find("thuiszitters").total
    assert screen.model.rowCount() == 2 and total > 2
    assert screen.summary.text() == f"{total} resultaten; de nieuwste 2 staan hieronder"
    screen.order.setCurrentIndex(1)
    assert screen.summary.text() == f"{total} resultaten; de 2 best passende staan hieronder"


def test_nothing_found_says_so(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "zwembad")
    screen.run_search()
    assert screen.model.rowCount() == 0
    assert screen.summary.text() == "Niets gevonden voor ‘zwembad’"


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture], max_examples=30)
@given(text=st.text(max_size=25))
def test_any_typed_text_searches_without_an_error(qtbot, demo, text):
    prompts = FakePrompts()
    screen = SearchScreen(demo, prompts)
    qtbot.addWidget(screen)
    screen.field.setText(text)
    screen.run_search()
    assert prompts.errors == []
    assert screen.model.rowCount() <= 200


def test_ctrl_f_brings_the_search_field_forward_from_another_screen(qtbot, demo):
    window = MainWindow(demo, Path("voorbeeld.db"), prompts=FakePrompts())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # shortcuts only reach the active window
    window.nav.setCurrentRow(1)
    assert not isinstance(window.stack.currentWidget(), SearchScreen)
    qtbot.keyClick(window.stack.currentWidget(), Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.stack.currentWidget(), SearchScreen))
    search = window.stack.currentWidget()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is search.field)


def test_the_results_model_passes_the_model_tester(qtbot, qtmodeltester, demo):
    screen = open_screen(qtbot, demo)
    screen.field.setText("kadernotitie")
    screen.run_search()
    assert screen.model.rowCount() > 1
    qtmodeltester.check(screen.model)


def test_snippets_show_the_matched_words_in_bold_and_escape_the_rest():
    assert snippet_html("a <b> & [thuiszitters] c") == \
        "a &lt;b&gt; &amp; <b>thuiszitters</b> c"


def test_public_only_leaves_out_closed_records_and_back(qtbot, demo):
    """Issue 11: search shown in a public context asks the audience rule."""
    screen = open_screen(qtbot, demo)
    qtbot.keyClicks(screen.field, "thuiszitters")
    screen.run_search()
    full = cells(screen.model, 2) + cells(screen.model, 3)
    assert any("Casusoverleg" in t for t in full)
    screen.public_only.setChecked(True)  # searches again at once
    public = cells(screen.model, 2) + cells(screen.model, 3)
    assert public and not any("Casusoverleg" in t or "Aanpak thuiszitters" in t
                              for t in public), public
    assert screen.model.rowCount() < len(full) // 2
    screen.public_only.setChecked(False)
    assert cells(screen.model, 2) + cells(screen.model, 3) == full


def test_scrolling_to_the_end_of_the_hits_brings_the_next_page(qtbot, demo, dutch):
    screen = open_screen(qtbot, demo)
    screen.hits_shown = 2
    qtbot.keyClicks(screen.field, "onderwijs")
    screen.run_search()
    total = demo.search.find("onderwijs").total
    assert total > 4  # 16
    screen.load_more()  # what scrolling to the end does
    assert [h.uuid for h in hits(screen.model)] == [
        h.uuid for h in demo.search.find("onderwijs", limit=4).hits]
    assert screen.summary.text() == f"{total} resultaten; de nieuwste 4 staan hieronder"
    while screen.model.rowCount() < total:
        screen.load_more()
    assert screen.model.rowCount() == total
    assert screen.summary.text() == f"{total} resultaten"


def test_the_next_page_comes_when_the_scroll_bar_reaches_its_end(qtbot, demo):
    screen = open_screen(qtbot, demo)
    screen.resize(1000, 200)
    screen.hits_shown = 6
    qtbot.keyClicks(screen.field, "onderwijs")
    screen.run_search()
    bar = screen.table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out: six rows in a low window
    assert screen.model.rowCount() == 6
    bar.setValue(bar.maximum() - 1)
    assert screen.model.rowCount() == 6
    bar.setValue(bar.maximum())
    assert screen.model.rowCount() > 6


def test_above_the_cap_the_summary_says_more_than_and_scrolling_goes_on(qtbot, demo, dutch):
    """The total is counted up to a cap (1,000; 3 here); beyond it the summary says "more
    than", in the language's thousands, and the next pages still come."""
    screen = open_screen(qtbot, demo)
    screen.hits_shown = 2
    qtbot.keyClicks(screen.field, "onderwijs")
    with patch.object(search_newest, "COUNT_CAP", 3):
        screen.run_search()
        assert screen.summary.text() == "Meer dan 3 resultaten; de nieuwste 2 staan hieronder"
        screen.load_more()
        screen.load_more()
    assert screen.model.rowCount() == 6
    assert screen._thousands(1000) == "1.000"


def test_the_hits_are_painted_from_the_row_texts_cut_off_where_too_long(qtbot, demo):
    screen = open_screen(qtbot, demo)
    screen.field.setText("thuiszitters")
    screen.run_search()
    screen.table.horizontalHeader().resizeSection(2, 60)  # the title column: too narrow
    screen.table.selectRow(0)
    image = screen.table.viewport().grab().toImage()  # paints every cell in view
    assert image.pixelColor(5, 5) != image.pixelColor(5, image.height() - 5)  # selected
    plain, rich = screen.table.itemDelegate(), screen.table.itemDelegateForColumn(3)
    shown = {static.text() for static in plain._laid_out.values()}
    texts = {screen.model.text_at(r, c) for r in range(screen.model.rowCount())
             for c in range(3)}
    assert shown and all(t in texts or any(x.startswith(t[:-1]) for x in texts)
                         for t in shown)
    titles = {screen.model.text_at(r, 2) for r in range(screen.model.rowCount())}
    assert any(t.endswith("…") and t not in titles for t in shown)  # elided, not clipped
    snippets = {static.text() for static in rich._laid_out.values()}
    assert snippet_html(screen.model.text_at(0, 3)) in snippets  # the matches in bold


def test_a_cell_kept_for_repaints_follows_its_text_and_font(qtbot, demo):
    screen = open_screen(qtbot, demo)
    plain = screen.table.itemDelegate()

    def painted_titles() -> dict[int, str]:
        screen.table.viewport().grab()  # paints every cell in view
        return {row: text for (row, column, _), (text, *_) in plain._cells.items()
                if column == 2}

    screen.field.setText("thuiszitters")
    screen.run_search()
    first = painted_titles()
    screen.field.setText("vervoer")
    screen.run_search()
    second = painted_titles()
    titles = [screen.model.text_at(r, 2) for r in range(screen.model.rowCount())]
    assert titles and first != second
    # every row of the new search is painted with its own title, none of the old search's
    assert all(second[row] == titles[row] for row in range(len(titles)))
    bigger = screen.table.font()
    bigger.setPointSize(bigger.pointSize() + 6)
    screen.table.setFont(bigger)
    painted_titles()
    width = screen.table.visualRect(screen.model.index(0, 2)).width()
    assert plain._cells[(0, 2, width)][1].pointSize() == bigger.pointSize()
