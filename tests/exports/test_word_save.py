"""Saving never leaves half a file: a failure keeps the previous file and no temp file."""

import docx
import pytest

from overleg.exports.word import SaveError, render_agenda, save_document
from tests.exports.word_records import record


def test_save_writes_a_readable_file_and_nothing_else(tmp_path):
    target = save_document(render_agenda(record()), tmp_path / "agenda.docx")
    assert docx.Document(str(target)).paragraphs[0].text == "Agenda"
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.docx"]


def test_a_failing_save_keeps_the_old_file_and_leaves_no_temp_file(tmp_path):
    target = tmp_path / "verslag.docx"
    target.write_bytes(b"vorige versie")
    doc = render_agenda(record())

    def broken_save(stream):
        stream.write(b"half")
        raise RuntimeError("schijf vol")

    doc.save = broken_save
    with pytest.raises(RuntimeError):
        save_document(doc, target)
    assert target.read_bytes() == b"vorige versie"
    assert [p.name for p in tmp_path.iterdir()] == ["verslag.docx"]


def test_a_missing_folder_is_one_sentence(tmp_path):
    with pytest.raises(SaveError, match="bestaat niet"):
        save_document(render_agenda(record()), tmp_path / "nergens" / "agenda.docx")


def test_a_target_that_cannot_be_replaced_is_one_sentence(tmp_path):
    (tmp_path / "agenda.docx").mkdir()  # as good as a file locked by Word
    with pytest.raises(SaveError) as exc:
        save_document(render_agenda(record()), tmp_path / "agenda.docx")
    assert "agenda.docx" in str(exc.value)
    assert [p.name for p in tmp_path.iterdir()] == ["agenda.docx"]
