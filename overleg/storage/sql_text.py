"""Reading a statement's first keyword and naming a result's columns, as sqlite-utils 4
does (sqlite_utils.db._first_keyword, sqlite_utils.utils.dedupe_keys, Apache-2.0): copied
so that reading (connection.py) behaves the same without importing sqlite-utils."""

from collections.abc import Iterable

# Statements that begin or end a transaction: execute() leaves them as they are.
TRANSACTION_CONTROL = frozenset({"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"})
# Statements that never return rows: query() refuses them without running them.
NOT_QUERIES = TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}


def first_keyword(sql: str) -> str:
    """The statement's first keyword, upper case, after what the sqlite3 driver skips
    (white space, comments, empty statements, a byte order mark); "" when there is none."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def unique_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique (a repeated name gets _2, _3, ... skipping names that
    are taken), so that no value of a row overwrites another in its dict."""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result
