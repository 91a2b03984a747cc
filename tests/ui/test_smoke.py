from pathlib import Path

from overleg.ui.main_window import MainWindow


def test_the_main_window_opens_offscreen_on_the_example(qtbot, demo):
    window = MainWindow(demo, Path("voorbeeld.db"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.windowTitle().startswith("voorbeeld.db")
    assert window.screen_at(0).model.rowCount() == 10
    assert window.grab().width() > 0
