"""Nothing a user needs to read is cut off (issue 21): at 1280×800, at 200 % scaling and
at the first start's 1200×780, with the example data, every screen, tab and minutes
state and every dialog shows its titles, labels, buttons, list boxes and table cells
whole (or elided with the whole text on hover, in a column that cannot be wider), and no main
screen scrolls sideways.

Qt reads QT_SCALE_FACTOR when the application starts, so each scale runs the tour in a
process of its own (tests/ui/layout_tour.py), on a screen of the laptop's size."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QLabel, QPushButton, QTableView, QWidget

from overleg.ui.common.layout import hbox, vbox
from overleg.ui.common.row_table_model import RowTableModel
from overleg.ui.common.whole_text_tips import show_whole_text_on_hover
from overleg.ui.common.window_title import fit_title
from tests.ui.layout_faults import cut_texts, elided_cells, horizontal_scroll_bars, title_cut

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("scale", "width", "height"), [
    (1, 1280, 800), (2, 1280, 800),
    (1, 1200, 780),  # the window's size at its first start
])
def test_nothing_is_cut_off(tmp_path, scale, width, height):
    screen = tmp_path / "screen.json"  # a laptop's screen of 1280×800, in device pixels
    screen.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0,
                                               "width": 1280 * scale, "height": 800 * scale,
                                               "logicalDpi": 96}]}))
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_SCALE_FACTOR": str(scale),
           "QT_QPA_PLATFORM": f"offscreen:configfile={screen}"}
    done = subprocess.run([sys.executable, "-m", "tests.ui.layout_tour", str(width),
                           str(height)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    faults = [line for line in done.stdout.splitlines() if line.strip()]
    assert faults == [], "\n".join(faults)


class Lines(RowTableModel):
    def headers(self) -> list[str]:
        return ["Nr.", "Tekst", "Leeg"]

    def data(self, index, role=0):
        row = self.row_at(index)
        return None if row is None or role != 0 else row[index.column()]


def test_the_checks_find_what_is_cut(qtbot):
    """The checks themselves: a squeezed label, button and list box, a dialog narrower than its
    title, an elided cell without a tooltip, and one while a column has room to spare."""
    window = QWidget()
    qtbot.addWidget(window)
    label, button = QLabel("Een heel lange uitleg die niet past"), QPushButton("Opslaan en sluiten")
    label.setMaximumWidth(60)
    button.setMaximumWidth(50)
    combo = QComboBox()
    combo.addItem("Samenwerkingsverband Passend Primair Onderwijs Lelystad")
    combo.setMaximumWidth(120)
    model = Lines()
    model.load([("1", "Consequenties van passend onderwijs voor het leerlingenvervoer", "")])
    table = QTableView()
    table.setModel(model)
    table.setColumnWidth(1, 120)
    table.setColumnWidth(2, 400)
    window.setLayout(vbox(hbox(label, button, combo), table))
    window.resize(700, 300)
    window.show()
    qtbot.waitExposed(window)
    assert [f.split(" '")[1].split("'")[0] for f in cut_texts(window)] == \
        ["Een heel lange uitleg die niet past", "Opslaan en sluiten",
         "Samenwerkingsverband Passend Primair Onderwijs Lelystad"]
    assert "no tooltip" in " ".join(elided_cells(window))
    show_whole_text_on_hover(table)  # the tooltip now, but the empty column has room
    assert "to spare" in " ".join(elided_cells(window))
    table.setColumnWidth(0, 2000)
    qtbot.waitUntil(table.horizontalScrollBar().isVisible)
    assert horizontal_scroll_bars(window) == ["horizontal scroll bar on QTableView in QWidget"]

    dialog = QDialog(window)
    dialog.setWindowTitle("Bespreekpunten uit een schema toevoegen")
    dialog.setLayout(vbox(QLabel("Kies:")))
    assert title_cut(dialog)
    fit_title(dialog)
    assert title_cut(dialog) == []
