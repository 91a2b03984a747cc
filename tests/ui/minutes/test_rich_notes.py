"""Rich notes in the editor: the document the secretary sees, the Markdown stored and the
Word minutes agree (one dialect, overleg.domain.rich_text); typed by keyboard with the
usual keys; stored HTML or script is shown as text."""

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from overleg.domain.rich_text import Block, Kind, Run, parse, to_markdown
from overleg.ui.minutes import rich_document
from tests.exports.rich_reader import blocks_of, seen
from tests.ui.minutes.test_keyboard_minutes import CTRL, SHIFT, active

ITEM = "Consequenties van passend onderwijs voor het leerlingenvervoer"
_text = hs.text(alphabet=hs.sampled_from("ab *\\[]()-1.<>é"), max_size=10)
_run = hs.builds(Run, _text, hs.booleans(), hs.booleans(),
                 hs.sampled_from(["", "", "https://oogo.nl/x", "mailto:a@b.nl"]))
_block = hs.builds(Block, hs.sampled_from(list(Kind)), hs.sampled_from([0, 1]),
                   hs.lists(_run, max_size=4).map(tuple)).map(
    lambda b: Block(b.kind, 0, b.runs) if b.kind is Kind.PARAGRAPH else b)


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hs.lists(_block, min_size=1, max_size=6))
def test_the_editor_document_keeps_what_the_markdown_says(qapp, blocks):
    stored = to_markdown(blocks)
    doc = QTextDocument()
    rich_document.load(doc, stored)
    again = rich_document.markdown(doc)
    assert seen(parse(again)) == seen(parse(stored))
    assert rich_document.markdown(doc) == again  # stable: loading saves nothing new


def test_stored_html_and_script_are_shown_as_text(qapp):
    stored = '<img src="http://x/y.png"><script>alert(1)</script> [a](javascript:alert(1))'
    doc = QTextDocument()
    rich_document.load(doc, stored)
    assert doc.toPlainText() == stored
    assert "<img" not in doc.toHtml().replace("&lt;img", "")
    assert all(not r.link for b in rich_document.blocks(doc) for r in b.runs)


def test_typed_rich_notes_are_stored_and_printed_as_typed(qtbot, minutes, tmp_path):
    m = minutes
    active(qtbot, m.view)
    item_id = m.go_to(ITEM)
    notes = m.view.page.notes
    notes.setFocus()
    notes.selectAll()
    qtbot.keyClick(notes, Qt.Key.Key_Delete)
    qtbot.keyClicks(notes, "Besproken met ")
    qtbot.keyClick(notes, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(notes, "de besturen")
    qtbot.keyClick(notes, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(notes, " en ")
    qtbot.keyClick(notes, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(notes, "het CJG")
    qtbot.keyClick(notes, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(notes, ":")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "- vervoer")  # '- ' on an empty line starts a bullet list
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Tab)  # a level in
    qtbot.keyClicks(notes, "tweede tranche")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Backtab)  # a level out
    qtbot.keyClicks(notes, "huisvesting")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Return)  # an empty item ends the list
    qtbot.keyClicks(notes, "1. eerst")  # '1. ' starts a numbered list
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "dan")
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    qtbot.keyClicks(notes, "Zie plan")
    m.prompts.answer("https://oogo.nl/plan")
    qtbot.keyClick(notes, Qt.Key.Key_K, CTRL)  # a link: the address is inserted
    qtbot.keyClicks(notes, " 3 * 4")
    m.view.page.flush()
    stored = m.services.agenda.item(item_id).notes
    assert stored == ("Besproken met **de besturen** en *het CJG*:\n"
                      "- vervoer\n  - tweede tranche\n- huisvesting\n"
                      "1. eerst\n1. dan\n"
                      "Zie plan[https://oogo.nl/plan](https://oogo.nl/plan) 3 \\* 4")

    notes.selectAll()  # Ctrl+Shift+O: every chosen line a numbered item, and off again
    qtbot.keyClick(notes, Qt.Key.Key_O, CTRL | SHIFT)
    assert all(b.kind is Kind.NUMBER for b in parse(notes.markdown()))
    qtbot.keyClick(notes, Qt.Key.Key_O, CTRL | SHIFT)
    assert all(b.kind is Kind.PARAGRAPH for b in parse(notes.markdown()))
    notes.show_item(item_id, stored)  # shown again as stored, nothing saved
    assert notes.markdown() == stored

    out = tmp_path / "verslag.docx"
    m.services.agenda.update_item(item_id, notes=stored)
    m.services.documents.minutes(m.meeting_id, out)
    doc = docx.Document(str(out))
    assert seen(blocks_of(doc, "Besproken met", "Zie plan")) == seen(parse(stored))
    styles = [p.style.name for p in doc.paragraphs]
    assert "List Bullet 2" in styles and "List Number" in styles
