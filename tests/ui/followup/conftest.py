"""Fixtures for the follow-up screens: the Dutch interface, and a screen ready to use."""

import pytest
from PySide6.QtCore import QCoreApplication

from overleg.ui.translations import install_translations


@pytest.fixture
def dutch(qapp):
    """The app's Dutch translations, as a user sees them; removed afterwards."""
    installed = install_translations(QCoreApplication.instance())
    yield
    for t in installed:
        QCoreApplication.instance().removeTranslator(t)
