"""Rich notes in the Word minutes: real list paragraphs of the template's list styles on
two levels (numbering restarting per list), bold and italic runs, hyperlinks; read back
from the saved file they are the notes that were stored. LibreOffice prints the bullets
and numbers."""

import shutil
import subprocess
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as hs

from overleg.domain.rich_text import parse
from overleg.exports.word import render_minutes, save_document
from tests.exports.rich_reader import blocks_of, num_ids, seen
from tests.exports.word_records import record, reread

TEMPLATES = Path(__file__).resolve().parents[1] / "fixtures" / "templates"
NOTES = ("Besproken met **de wethouder** en *de besturen*, zie [het plan](https://oogo.nl/plan).\n"
         "- vervoer\n"
         "  - *tweede* tranche\n"
         "- huisvesting **IHP 2014**\n"
         "1. eerst\n"
         "  1. daaronder\n"
         "  1. en nog een\n"
         "1. dan\n"
         "\n"
         "Tussendoor.\n"
         "1. opnieuw een")


def _minutes(notes: str, template=None):
    r = record()
    r.items[0].notes = notes
    return reread(render_minutes(r, template=template))


@pytest.mark.parametrize("template", [None, "lo-letter-serif.docx", "word-mac2011-blank.docx",
                                      "hand-list-number-no-numbering.docx",
                                      "hand-no-numbering.dotx", "lo-kop1-dutch-names.docx"])
def test_notes_read_back_from_word_as_stored(template):
    doc = _minutes(NOTES, None if template is None else TEMPLATES / template)
    assert seen(blocks_of(doc, "Besproken", "opnieuw")) == seen(parse(NOTES))
    ids = num_ids(doc, "eerst", "opnieuw")
    first, sub, sub2, then, again = ids[0], ids[1], ids[2], ids[3], ids[5]
    assert first == then and sub == sub2  # one list each
    assert len({first, sub, again}) == 3  # each list starts at 1 on its own
    xml = doc.element.xml
    assert "<w:hyperlink" in xml


def test_the_house_template_uses_its_list_and_character_styles():
    doc = _minutes(NOTES)
    names = [p.style.name for p in doc.paragraphs]
    for style in ("List Bullet", "List Bullet 2", "List Number", "List Number 2"):
        assert style in names
    xml = doc.element.xml
    assert 'w:rStyle w:val="Strong"' in xml and 'w:rStyle w:val="Emphasis"' in xml


def test_markup_typed_as_text_stays_text_and_html_is_inert():
    doc = _minutes("Eerst \\*\\*niet vet\\*\\* <b>ook niet</b> [x](javascript:alert(1))")
    text = "\n".join(p.text for p in doc.paragraphs)
    assert "**niet vet** <b>ook niet</b> [x](javascript:alert(1))" in text
    assert "<w:b/>" not in doc.element.xml and "<w:hyperlink" not in doc.element.xml


_line = hs.text(alphabet=hs.sampled_from("ab *\\[]()-1.<>"), max_size=16)


@settings(max_examples=60, deadline=None)
@given(hs.lists(hs.tuples(hs.sampled_from(["", "- ", "  - ", "1. ", "  1. "]), _line),
                min_size=1, max_size=6))
def test_any_notes_come_back_from_word_as_parsed(lines):
    notes = "START\n" + "\n".join(m + t for m, t in lines) + "\nEINDE"
    doc = _minutes(notes)
    assert seen(blocks_of(doc, "START", "EINDE")) == seen(parse(notes))


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None or shutil.which("pdftotext") is None,
                    reason="LibreOffice (soffice) and pdftotext are needed; .ci/run installs "
                           "LibreOffice")
def test_libreoffice_prints_the_bullets_and_numbers(tmp_path):
    save_document(_minutes(NOTES), tmp_path / "verslag.docx")
    profile = (tmp_path / "profiel").as_uri()
    subprocess.run([SOFFICE, f"-env:UserInstallation={profile}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path), str(tmp_path /
                                                                          "verslag.docx")],
                   capture_output=True, timeout=120, check=True)
    text = subprocess.run(["pdftotext", "-layout", str(tmp_path / "verslag.pdf"), "-"],
                          capture_output=True, text=True, check=True).stdout
    lines = [" ".join(line.split()) for line in text.splitlines()]
    bullets = ("•", "\uf0b7", "◦", "▪", "–", "-")  # the template's Symbol-font bullet is U+F0B7
    for text in ("vervoer", "tweede tranche", "huisvesting IHP 2014"):
        assert any(line.endswith(f"{b} {text}") for b in bullets for line in lines), text
    assert any(line.endswith("1. eerst") for line in lines)
    assert any(line.endswith("2. dan") for line in lines)
    assert any(line.endswith("1. daaronder") for line in lines)
    assert any(line.endswith("2. en nog een") for line in lines)
    assert any(line.endswith("1. opnieuw een") for line in lines)
