"""Many rows into one table at once (imports, generated archives).

sqlite-utils' `Table.insert` inspects the table on every call; for tens of thousands of
records one prepared statement on a cursor is two orders of magnitude faster. Table and
column names come from the repositories, never from user input.
"""

import sqlite3

from overleg.storage.connection import Database


def insert_rows(db: Database, table: str, rows: list[dict]) -> list[int]:
    """Insert rows (all with the same keys) and return their new ids, in order."""
    if not rows:
        return []
    columns = list(rows[0])
    sql = (f"INSERT INTO {table} ({', '.join(columns)}) "
           f"VALUES ({', '.join('?' * len(columns))})")
    cursor = db.conn.cursor()
    ids: list[int] = []
    for row in rows:
        cursor.execute(sql, [row[c] for c in columns])
        if cursor.lastrowid is None:  # sqlite3 sets it on every INSERT
            raise sqlite3.DatabaseError(f"INSERT INTO {table} gave no row id")
        ids.append(cursor.lastrowid)
    return ids
