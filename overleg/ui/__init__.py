"""The Qt Widgets interface. The only package that imports PySide6."""
