"""What durability costs a single user action: saving one follow-up's text (one
transaction with its audit record) with every commit synced (synchronous=FULL) against SQLite's
NORMAL, in WAL mode (a local disk) and in rollback-journal mode (a network folder)."""

import shutil
from pathlib import Path

from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, timed
from overleg.services.container import build_services
from overleg.storage.database import open_database


def _services(bench: Bench, name: str, journal: str, synchronous: str):
    path: Path = bench.workdir / name
    shutil.copyfile(bench.archive.path, path)
    s = build_services(open_database(path, create=False), user="bench")
    with s.db.ensure_autocommit_on():
        s.db.execute(f"PRAGMA journal_mode = {journal}")
    s.db.execute(f"PRAGMA synchronous = {synchronous}")
    return s


def _save_one(s, followup_id: int):
    """Editing a follow-up's text: one transaction, the row and its audit record."""
    texts = iter(range(10**9))
    return lambda: s.followups.edit_text(followup_id, f"Notitie leerlingenvervoer {next(texts)}")


def _open_followup(s) -> int:
    """A follow-up whose text may be edited (not in adopted minutes)."""
    from overleg.domain.errors import OverlegError

    # The newest first: those of a body's latest meeting, whose minutes are still a
    # draft (a follow-up in adopted minutes is read-only).
    for x in s.followups.page(s.followups.filter(), limit=500, order="created",
                              descending=True):
        try:
            s.followups.edit_text(x.followup.id, x.followup.text + " ")
            return x.followup.id
        except OverlegError:
            continue
    raise RuntimeError("no editable follow-up in the archive")


def sync_cost(bench: Bench, journal: str) -> Result:
    full = _services(bench, f"vol-{journal}.db", journal, "FULL")
    normal = _services(bench, "normaal-wal.db", "WAL", "NORMAL")
    fid = _open_followup(full)
    try:
        return timed(f"save one follow-up, {journal} + synchronous=FULL", Target(at_most=50),
                     _save_one(full, fid), bench.repeat, baseline=_save_one(normal, fid),
                     note="a follow-up's text edited, with its audit record, one "
                          "transaction; baseline: WAL with synchronous=NORMAL (Overleg "
                          "before this measure)")
    finally:
        full.db.close()
        normal.db.close()
