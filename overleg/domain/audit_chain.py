"""The audit trail as a hash chain, and how it is verified.

Design
------
Every row of the trail carries `prev_hash` (the hash of the row before it, GENESIS for the
first) and `hash` = SHA-256 over the chain version, `prev_hash`, the row's number and the
*digest* of each of its values (`value_digest`), never over the values themselves. The
latest (row number, hash) is also kept outside the file, as an anchor: beside every backup,
in an archive's schema.json and in the app's record of verified files. A row edited,
inserted or deleted by another program breaks the chain at that row; a chain recomputed
after the edit still disagrees with an anchor taken before it.

Erasure (the AVG): because only digests enter the hash, a personal value (user, machine,
old or new value, reason) can later be replaced by a pseudonym while the digest of the
original is kept in the row's `erased` field ({"old_value": "<digest>", ...}); the row's
hash then still verifies. Marking values as erased is itself a chained event: a later row
with action ERASURE_ACTION whose new value lists the rows and fields it erased
(`erasure_note`); an `erased` marker that no erasure event covers counts as an edit. The
kept digest reveals nothing of the value, though someone who already knows it can confirm it.

A restore puts an older trail back: it is followed by a chained RESTORE_ACTION event, and an
anchor taken before that event (from the trail that was replaced) beyond the restored point
is then no longer a break; the replaced trail stays in the copy taken before the restore.
"""

import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

CHAIN_VERSION = "overleg-audit-1"
GENESIS = "0" * 64
# The values of a row that enter its hash, in this order.
CHAINED_FIELDS = ("at", "user", "host", "table_name", "record_uuid", "action", "field",
                  "old_value", "new_value", "reason", "source", "imported_at")
# Values that may hold personal data and may be replaced by a recorded erasure.
ERASABLE_FIELDS = ("user", "host", "old_value", "new_value", "reason")
# Events about the file as a whole, not one record.
DATABASE_TABLE = "database"
RESTORE_ACTION = "restored"
IMPORT_ACTION = "archive_imported"
ERASURE_ACTION = "erased"


_new_sha256: Callable[[bytes], Any] | None = None


def _sha256(text: str) -> str:
    # hashlib loads OpenSSL (~5 ms): loaded when a row is first chained or checked, not
    # at every start of the app, which writes no audit row. (Not imported here on each
    # call: a check of the whole trail hashes millions of values.)
    global _new_sha256
    if _new_sha256 is None:
        from hashlib import sha256

        _new_sha256 = sha256
    return _new_sha256(text.encode("utf-8")).hexdigest()


def value_digest(value: object) -> str:
    """The digest of one stored value; None ('no value') differs from ''."""
    if value is None:
        return "-"
    return _sha256(str(value))


def erased_digests(erased: object) -> dict[str, str]:
    """The `erased` field of a row read back: {field: digest of the original value}."""
    if not erased:
        return {}
    if not isinstance(erased, str | bytes):
        return {"?": "?"}  # not JSON text: unreadable as well
    try:
        found = json.loads(erased)
    except ValueError:
        return {"?": "?"}  # unreadable: no erasure event can cover it
    if not isinstance(found, dict):
        return {"?": "?"}
    return {str(k): str(v) for k, v in found.items()}


def stored_id(value: object) -> int:
    """A row's id as read back (an archive holds what another program wrote): TypeError
    or ValueError for anything int() cannot take as one."""
    if not isinstance(value, int | str | float):
        raise TypeError(f"{value!r} is no row id")
    return int(value)


def row_hash(prev_hash: str, row_id: int, row: Mapping[str, object]) -> str:
    """The hash a row must carry after `prev_hash`; `row` maps CHAINED_FIELDS (and
    'erased') to stored values."""
    erased = erased_digests(row.get("erased"))
    parts = [CHAIN_VERSION, prev_hash, str(row_id)]
    parts += [erased[f] if f in erased and f in ERASABLE_FIELDS else value_digest(row.get(f))
              for f in CHAINED_FIELDS]
    return _sha256("\x1f".join(parts))


def erasure_note(erased: Mapping[int, Iterable[str]]) -> str:
    """The new value of an erasure event: which rows and fields it pseudonymised (no
    values)."""
    return json.dumps({"rows": {str(k): sorted(v) for k, v in sorted(erased.items())}},
                      sort_keys=True)


@dataclass(frozen=True)
class Anchor:
    """The last row and its hash as recorded outside the file; `head_at` is that row's
    time, `where` names the place in a Dutch phrase ('reservekopie X')."""

    row_id: int
    hash: str
    where: str
    head_at: str = ""


@dataclass(frozen=True)
class ChainBreak:
    """The first audit row whose link in the chain does not hold, and why."""
    row_id: int
    message: str  # one Dutch sentence


@dataclass
class ChainVerifier:
    """Feed the rows in order of their number, then `finish()`: the breaks found, each
    with the row number it concerns. Keeps only what later rows need (no whole table)."""

    anchors: list[Anchor] = field(default_factory=list)
    breaks: list[ChainBreak] = field(default_factory=list)
    rows: int = 0
    last_id: int = 0
    last_hash: str = GENESIS
    restores: list[tuple[int, str, int]] = field(default_factory=list)  # id, at, restored to
    _before_last: str = GENESIS
    _before_last_id: int = 0
    _at_anchor: dict[int, str] = field(default_factory=dict)
    _erased: dict[int, set[str]] = field(default_factory=dict)
    _covered: dict[int, set[str]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._anchor_ids = {a.row_id for a in self.anchors}

    def feed(self, row: Mapping[str, object]) -> None:
        row_id = stored_id(row["id"])
        stored, prev = row.get("hash"), row.get("prev_hash")
        self.rows += 1
        if row_id in self._anchor_ids:
            self._at_anchor[row_id] = str(stored)
        if not stored:
            self._break(row_id, f"Rij {row_id} van het audittrail is niet door Overleg "
                                "geschreven (buiten Overleg ingevoegd).")
            return
        if row_hash(str(prev), row_id, row) != stored:
            self._break(row_id, f"Rij {row_id} van het audittrail is buiten Overleg gewijzigd.")
        elif prev != self.last_hash:
            if prev == self._before_last and self.last_id:
                self._break(self.last_id, f"Rij {self.last_id} van het audittrail is buiten "
                                          "Overleg ingevoegd.")
            elif self.last_id and row_id == self.last_id + 1:
                self._break(self.last_id, f"Rij {self.last_id} van het audittrail is buiten "
                                          "Overleg gewijzigd (en de hash herberekend).")
            elif self.last_id:
                self._break(row_id, f"Tussen rij {self.last_id} en rij {row_id} van het "
                                    "audittrail ontbreekt een rij.")
            else:
                self._break(row_id, f"Vóór rij {row_id} van het audittrail ontbreekt een rij.")
        erased = erased_digests(row.get("erased"))
        if erased:
            self._erased[row_id] = set(erased)
        if row.get("table_name") == DATABASE_TABLE:
            self._note_event(row_id, row)
        self._before_last, self._before_last_id = self.last_hash, self.last_id
        self.last_id, self.last_hash = row_id, str(stored)

    def finish(self) -> list[ChainBreak]:
        for row_id, fields in sorted(self._erased.items()):
            if not fields <= self._covered.get(row_id, set()):
                self._break(row_id, f"Rij {row_id} van het audittrail is buiten Overleg "
                                    "gewijzigd (als gewist gemarkeerd zonder registratie).")
        self._check_anchors()
        return sorted(self.breaks, key=lambda b: b.row_id)

    def _note_event(self, row_id: int, row: Mapping[str, object]) -> None:
        if row.get("action") == RESTORE_ACTION:
            self.restores.append((row_id, str(row.get("at")), self.last_id))
        elif row.get("action") == ERASURE_ACTION:
            try:
                listed = json.loads(str(row.get("new_value")))["rows"]
                for k, fields in listed.items():
                    self._covered.setdefault(int(k), set()).update(map(str, fields))
            except (ValueError, KeyError, TypeError, AttributeError):
                pass  # an unreadable note covers nothing

    def _check_anchors(self) -> None:
        for b in anchor_breaks(self.anchors, self._at_anchor, self.last_id, self.restores):
            self._break(b.row_id, b.message)

    def _break(self, row_id: int, message: str) -> None:
        if not any(b.message == message for b in self.breaks):
            self.breaks.append(ChainBreak(row_id, message))


def anchor_breaks(anchors: Iterable[Anchor], at_anchor: Mapping[int, str], last_id: int,
                  restores: Iterable[tuple[int, str, int]] = ()) -> list[ChainBreak]:
    """The anchors a trail disagrees with. `at_anchor` holds the stored hash of each
    anchored row that exists, `last_id` the trail's last row, `restores` each recorded
    restore as (row, time, last row restored). An anchor of a trail that a later recorded
    restore replaced is no break."""
    restores = list(restores)
    found: list[ChainBreak] = []
    good = 0  # the highest row an anchor confirms: an edit lies after it
    for a in sorted(anchors, key=lambda a: a.row_id):
        if any(a.row_id > restored_to and a.head_at <= at for _, at, restored_to in restores):
            continue
        if a.row_id > last_id:
            found.append(ChainBreak(a.row_id, (
                f"Het audittrail eindigt bij rij {last_id}, maar {a.where} legde rij "
                f"{a.row_id} vast: rijen zijn verwijderd of het bestand is ongemerkt "
                "teruggezet.")))
        elif a.row_id not in at_anchor:
            found.append(ChainBreak(a.row_id, f"Rij {a.row_id} van het audittrail, "
                                              f"vastgelegd in {a.where}, ontbreekt."))
        elif at_anchor[a.row_id] != a.hash:
            after = f"na rij {good} en " if good else ""
            found.append(ChainBreak(a.row_id, (
                f"Rij {a.row_id} van het audittrail wijkt af van {a.where}: een rij {after}"
                f"tot en met rij {a.row_id} is veranderd en de keten herberekend.")))
        else:
            good = max(good, a.row_id)
    return found


def verify(rows: Iterable[Mapping[str, object]], anchors: Iterable[Anchor] = ()
           ) -> list[ChainBreak]:
    """Every break in a trail (rows in order of their number) and against the anchors."""
    v = ChainVerifier(list(anchors))
    for row in rows:
        v.feed(row)
    return v.finish()
