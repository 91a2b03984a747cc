"""Which journal mode a database file gets, and who may change it.

On a local disk: WAL, so a reader never waits for a writer. On a network folder (or a
synced OneDrive/SharePoint folder): SQLite's rollback journal (DELETE), because WAL needs
shared memory that only processes on one machine share; SQLite's file locks then guard
the file across machines, as far as the network filesystem honours them.

The mode is stored in the file itself, so it belongs to the file: Overleg switches it
only when no one else has the file open (SQLite itself refuses to leave WAL while others
are connected; for the other direction Overleg asks the presence notes). An opener that
finds a mode it would not choose, and may not switch, follows the file and says so.

Every commit is synced to disk (synchronous=FULL): a change the user has seen saved
survives a power cut (see the README's data section and benchmarks: sync_cost).
"""

from collections.abc import Callable
from pathlib import Path

from overleg.storage.connection import Database
from overleg.storage.filesystems import OsFacts, network_kind
from overleg.storage.presence import Presence

SYNCHRONOUS = "FULL"


def wanted_mode(path: Path, facts: OsFacts | None = None) -> tuple[str, str | None]:
    """('wal' or 'delete', and why a network mode: the kind of share or None)."""
    kind = network_kind(path.resolve() if facts is None else path, facts)
    return ("delete" if kind else "wal"), kind


def settle(db: Database, path: Path, *, fresh: bool) -> None:
    """settle_mode for a file just opened; its notice, if any, in `db.notices`."""
    notice = settle_mode(db, path, fresh=fresh,
                         others_present=lambda: bool(Presence(path, "").others()))
    db.notices = [notice] if notice else []  # type: ignore[attr-defined]


def settle_mode(db: Database, path: Path, *, fresh: bool,
                others_present: Callable[[], bool], facts: OsFacts | None = None
                ) -> str | None:
    """Put the file in the mode this machine would choose when allowed; returns a notice
    (one sentence) when the file keeps a mode of its own, else None."""
    wanted, kind = wanted_mode(path, facts)
    current = db.execute("PRAGMA journal_mode").fetchone()[0].lower()
    if current == wanted:
        return None
    if fresh or not others_present():
        if _switch(db, wanted) == wanted:
            return None
    if current == "wal":
        return (f"'{path.name}' staat op een netwerkmap ({kind}) maar een ander heeft het "
                "in WAL-modus open; Overleg volgt het bestand, en werkt pas veilig over het "
                "netwerk als iedereen het bestand opnieuw opent.")
    return (f"'{path.name}' gebruikt het rollback-journaal (zoals op een netwerkmap) "
            "omdat een ander het open heeft; Overleg volgt het bestand.")


def _switch(db: Database, mode: str) -> str:
    """The mode after trying to switch, without waiting for others (SQLite refuses to
    leave WAL while another connection has the file open)."""
    timeout = db.execute("PRAGMA busy_timeout").fetchone()[0]
    db.execute("PRAGMA busy_timeout = 0")
    try:
        with db.ensure_autocommit_on():
            return str(db.execute(f"PRAGMA journal_mode = {mode}").fetchone()[0]).lower()
    except Exception:  # busy: someone else is in the file
        return str(db.execute("PRAGMA journal_mode").fetchone()[0]).lower()
    finally:
        db.execute(f"PRAGMA busy_timeout = {int(timeout)}")
