"""iCalendar (.ics) files written from meetings and follow-ups."""
