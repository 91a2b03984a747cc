"""An exception nobody caught reaches the user as one sentence, and the log keeps the
traceback."""

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from overleg.domain.errors import ValidationError
from overleg.ui.crash import CrashReporter


def test_an_exception_in_a_slot_becomes_one_sentence_and_a_logged_traceback(
        qtbot, prompts, tmp_path):
    log = tmp_path / "gegevens" / "overleg.log"
    reporter = CrashReporter(prompts, log)
    button = QPushButton("Rekenen")
    qtbot.addWidget(button)
    button.clicked.connect(lambda: 1 / 0)
    reporter.install()
    try:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    finally:
        reporter.uninstall()
    assert sys.excepthook is not reporter
    assert len(prompts.errors) == 1
    sentence = prompts.errors[0]
    assert "\n" not in sentence and sentence.endswith(".")
    assert "ZeroDivisionError" in sentence and str(log) in sentence
    logged = log.read_text(encoding="utf-8")
    assert "Traceback" in logged and "1 / 0" in logged


def test_a_refusal_that_escaped_its_guard_is_shown_as_it_is(prompts, tmp_path):
    reporter = CrashReporter(prompts, tmp_path / "overleg.log")
    try:
        raise ValidationError("De titel mag niet leeg zijn.")
    except ValidationError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    assert prompts.errors == ["De titel mag niet leeg zijn."]


def test_without_a_writable_log_the_sentence_still_comes(prompts, tmp_path):
    blocker = tmp_path / "bestand"
    blocker.write_text("")
    reporter = CrashReporter(prompts, blocker / "overleg.log")  # a file is no folder
    try:
        raise KeyError("x")
    except KeyError as exc:
        reporter(type(exc), exc, exc.__traceback__)
    assert len(prompts.errors) == 1 and "KeyError" in prompts.errors[0]
