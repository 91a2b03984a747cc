"""Migration 0012: stored plain notes become Markdown that shows exactly the same, with
the lines typed as bullets as real list items; the other text stays as it was."""

import shutil
import sqlite3
from pathlib import Path

from overleg.domain.rich_text import Kind, parse, plain_text
from overleg.storage.database import open_database, schema_version
from overleg.storage.migrations import SCHEMA_VERSION

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "schema_v8.db"
PLAIN = ("Besproken **niet vet**, 3 * 4 en [geen](link) met C:\\pad.\n"
         "1. geen genummerde lijst\n"
         "- eerste punt\n"
         "* tweede punt\n"
         "  - een dieper punt *met ster*\n"
         "<script>alert(1)</script>")


def test_plain_notes_look_the_same_and_bullets_become_list_items(tmp_path):
    path = tmp_path / "overleg.db"
    shutil.copy(FIXTURE, path)
    conn = sqlite3.connect(path)
    with conn:
        item_id, title = conn.execute(
            "SELECT id, title FROM agenda_items ORDER BY id LIMIT 1").fetchone()
        conn.execute("UPDATE agenda_items SET notes = ? WHERE id = ?", [PLAIN, item_id])
        untouched = dict(conn.execute(
            "SELECT id, notes FROM agenda_items WHERE notes != '' AND id != ? "
            "AND notes NOT GLOB '*[*[\\]*' AND notes NOT GLOB '*[0-9]. *'", [item_id]))
    conn.close()

    db = open_database(path)
    assert schema_version(db) == SCHEMA_VERSION
    notes = db.execute("SELECT notes FROM agenda_items WHERE id = ?", [item_id]).fetchone()[0]
    blocks = parse(notes)
    assert [(b.kind, b.level, b.text) for b in blocks] == [
        (Kind.PARAGRAPH, 0, "Besproken **niet vet**, 3 * 4 en [geen](link) met C:\\pad."),
        (Kind.PARAGRAPH, 0, "1. geen genummerde lijst"),
        (Kind.BULLET, 0, "eerste punt"),
        (Kind.BULLET, 0, "tweede punt"),
        (Kind.BULLET, 1, "een dieper punt *met ster*"),
        (Kind.PARAGRAPH, 0, "<script>alert(1)</script>")]
    assert all(not r.bold and not r.italic and not r.link for b in blocks for r in b.runs)
    assert plain_text(notes).splitlines()[3] == "- tweede punt"
    # notes without anything that reads as markup are left exactly as they were
    for other_id, text in untouched.items():
        assert db.execute("SELECT notes FROM agenda_items WHERE id = ?",
                          [other_id]).fetchone()[0] == text
    assert untouched, "the example has notes to leave alone"
    # the other fields stay plain text
    assert db.execute("SELECT title FROM agenda_items WHERE id = ?",
                      [item_id]).fetchone()[0] == title
    # search reads the escaped notes as words
    hits = db.execute("SELECT rowid FROM agenda_items_fts WHERE agenda_items_fts "
                      "MATCH '\"tweede\" \"punt\"'").fetchall()
    assert (item_id,) in hits
