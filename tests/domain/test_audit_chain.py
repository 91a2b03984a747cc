"""The chain rule alone: which break a verifier names for each kind of tampering."""

from overleg.domain.audit_chain import GENESIS, Anchor, row_hash, verify


def chain(n: int, ids: list[int] | None = None) -> list[dict]:
    rows, prev = [], GENESIS
    for i in ids or range(1, n + 1):
        r = {"id": i, "at": f"2013-09-{i:02d}T10:00:00", "user": "secretaris", "host": "PC",
             "table_name": "decisions", "record_uuid": f"u{i}", "action": "edited",
             "field": "text", "old_value": f"oud {i}", "new_value": f"nieuw {i}",
             "reason": "", "source": "", "imported_at": None, "erased": ""}
        r["prev_hash"], r["hash"] = prev, row_hash(prev, i, r)
        prev = r["hash"]
        rows.append(r)
    return rows


def rehash(rows: list[dict], start: int) -> None:
    prev = rows[start - 1]["hash"] if start else GENESIS
    for r in rows[start:]:
        r["prev_hash"], r["hash"] = prev, row_hash(prev, r["id"], r)
        prev = r["hash"]


def messages(rows, anchors=()):
    return [(b.row_id, b.message) for b in verify(rows, anchors)]


def test_a_sound_chain_has_no_breaks():
    assert verify(chain(5)) == []


def test_a_row_rehashed_alone_after_an_edit_is_named():
    rows = chain(5)
    rows[2]["user"] = "wethouder Jansen"
    rows[2]["hash"] = row_hash(rows[2]["prev_hash"], 3, rows[2])
    assert messages(rows) == [(3, "Rij 3 van het audittrail is buiten Overleg gewijzigd (en "
                                  "de hash herberekend).")]


def test_a_forged_row_with_a_fitting_hash_slipped_into_a_gap_is_named():
    rows = chain(0, ids=[1, 2, 4, 5])  # a number left free (an old trail may have gaps)
    forged = {**rows[1], "id": 3, "user": "wethouder Jansen", "prev_hash": rows[1]["hash"]}
    forged["hash"] = row_hash(forged["prev_hash"], 3, forged)
    assert verify(rows) == []
    assert messages(rows[:2] + [forged] + rows[2:]) == [
        (3, "Rij 3 van het audittrail is buiten Overleg ingevoegd.")]


def test_a_recomputed_chain_is_caught_between_two_anchors():
    rows = chain(10)
    anchors = [Anchor(4, rows[3]["hash"], "de reservekopie 'a.db'"),
               Anchor(10, rows[9]["hash"], "het register")]
    rows[6]["new_value"] = "anders"
    rehash(rows, 6)
    assert messages(rows, anchors) == [(10, (
        "Rij 10 van het audittrail wijkt af van het register: een rij na rij 4 en tot en "
        "met rij 10 is veranderd en de keten herberekend."))]


def test_an_anchor_of_a_trail_replaced_by_a_recorded_restore_is_no_break():
    rows = chain(6)
    replaced = Anchor(6, rows[5]["hash"], "de reservekopie 'voor-herstel.db'",
                      rows[5]["at"])
    kept = rows[:4]
    event = {**rows[0], "id": 5, "at": "2013-10-01T09:00:00", "table_name": "database",
             "record_uuid": "", "action": "restored"}
    event["prev_hash"] = kept[-1]["hash"]
    event["hash"] = row_hash(event["prev_hash"], 5, event)
    assert verify(kept + [event], [replaced]) == []
    assert [b.row_id for b in verify(kept, [replaced])] == [6]  # without the event: a rewind


def test_with_one_anchor_the_recomputed_range_starts_at_the_first_row():
    rows = chain(6)
    anchor = Anchor(6, rows[5]["hash"], "het archief")
    rows[1]["reason"] = "verzonnen"
    rehash(rows, 1)
    assert messages(rows, [anchor]) == [(6, (
        "Rij 6 van het audittrail wijkt af van het archief: een rij tot en met rij 6 is "
        "veranderd en de keten herberekend."))]
