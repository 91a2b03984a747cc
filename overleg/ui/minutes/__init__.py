"""Holding the meeting: attendance, notes, outcomes, decisions and follow-ups in place."""
