"""SQLite storage through sqlite-utils: every table name and every SQL statement lives here.

Repositories take a `connection.Database` and hand back domain records.
"""
