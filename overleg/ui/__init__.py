"""The Qt Widgets interface. The only package that imports PySide6."""

from overleg.ui.source_scan import answer_for_overleg

answer_for_overleg()  # before the first screen's modules are imported
