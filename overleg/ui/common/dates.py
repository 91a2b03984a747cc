"""Dates in lists, in the style the user chose in the settings (short or long).

The choice is kept as a property of the running application, so any list can format a
date without being handed the settings."""

from datetime import date

from PySide6.QtCore import QCoreApplication

from overleg.domain.dutch_dates import long_date, short_date

DATE_STYLE_PROPERTY = "overlegDateStyle"


def set_list_date_style(style: str) -> None:
    app = QCoreApplication.instance()
    if app is not None:
        app.setProperty(DATE_STYLE_PROPERTY, style)


def list_date(day: date) -> str:
    """'19-09-2013' (short, the default) or 'donderdag 19 september 2013' (long)."""
    app = QCoreApplication.instance()
    style = app.property(DATE_STYLE_PROPERTY) if app is not None else None
    return long_date(day) if style == "long" else short_date(day)
