"""PySide6 6.12.0 drops a reference to None on every void call and aborts the
interpreter after a few ten thousand calls (pyproject.toml excludes that release). This
canary runs such a loop in a child process, so a bad binding fails here, not in the
secretary's hands."""

import os
import subprocess
import sys

LOOP = """
from PySide6.QtWidgets import QApplication, QComboBox
app = QApplication([])
box = QComboBox()
for i in range(60000):
    box.addItem(str(i))
print(box.count())
"""


def test_the_qt_binding_survives_many_void_calls():
    done = subprocess.run([sys.executable, "-c", LOOP], capture_output=True, text=True,
                          timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-500:]
    assert done.stdout.strip() == "60000"
