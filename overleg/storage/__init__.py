"""SQLite storage through sqlite-utils: every table name and every SQL statement lives here.

Repositories take a `sqlite_utils.Database` and hand back domain records.
"""
