"""Rich notes in the archive: Markdown goes out and comes back as it is; the plain notes
of an archive written before notes were Markdown are read as migration 0012 reads them."""

import json
import zipfile

from overleg.domain.rich_text import Kind, parse
from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.storage.database import open_memory
from overleg.storage.schema_markdown_notes import NAME
from tests.conftest import NOW
from tests.helpers import body_with_members, meeting

MARKDOWN = "Een **besluit** en *nuance*.\n- punt\n  1. sub\n[OOGO](https://oogo.nl)"


def fresh():
    return build_services(open_memory(), now=lambda: NOW, user="archivaris")


def _with_notes(notes: str):
    s = fresh()
    mid = meeting(s, body_with_members(s, "STT", n=1), (2013, 11, 28))
    item = s.agenda.add_item(mid, "Leerlingenvervoer")
    s.agenda.update_item(item.id, notes=notes)
    return s, item.uuid


def _notes(s, uuid):
    return s.db.execute("SELECT notes FROM agenda_items WHERE uuid = ?", [uuid]).fetchone()[0]


def test_markdown_notes_come_back_unchanged(tmp_path):
    s, uuid = _with_notes(MARKDOWN)
    out = tmp_path / "a.zip"
    export_archive(s.db, out)
    target = fresh()
    import_archive(target.ctx, out)
    assert _notes(target, uuid) == MARKDOWN


def test_plain_notes_of_an_older_archive_are_escaped_on_import(tmp_path):
    plain = "3 * 4 **niet vet**\n- een punt\n1. geen lijst"
    s, uuid = _with_notes(plain)
    out, older = tmp_path / "a.zip", tmp_path / "ouder.zip"
    export_archive(s.db, out)
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(older, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == "schema.json":
                schema = json.loads(data)
                schema["migrations"].remove(NAME)
                data = json.dumps(schema).encode()
            dst.writestr(name, data)
    target = fresh()
    import_archive(target.ctx, older)
    blocks = parse(_notes(target, uuid))
    assert [(b.kind, b.text) for b in blocks] == [
        (Kind.PARAGRAPH, "3 * 4 **niet vet**"), (Kind.BULLET, "een punt"),
        (Kind.PARAGRAPH, "1. geen lijst")]
