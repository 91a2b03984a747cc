"""The documents of an agenda item in the agenda editor: added in a worker (button and
drag and drop), opened from a temporary copy, marked confidential, replaced, removed,
and every step undone with the window's undo; a search hit in a document opens its item."""

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from tests.pdf_samples import pdf_with_pages
from tests.services.attachment_fixtures import service

STT_NOV = 8  # Stuurgroep Talentontwikkeling, 28 November 2013: draft minutes, editable


def _panel(screen, demo, tmp_path):
    service(demo, tmp_path)
    assert screen.show_record("meeting", STT_NOV)
    editor = screen.detail.agenda
    editor.select_item(demo.agenda.agenda(STT_NOV)[1].id)
    return editor, editor.documents


def _pdf(tmp_path, name, text):
    path = tmp_path / name
    path.write_bytes(pdf_with_pages(text))
    return path


def _finish(qtbot, work):
    assert work is not None
    qtbot.waitUntil(lambda: not work.running, timeout=10_000)
    return work.outcome


def test_add_open_confidential_delete_and_undo(qtbot, screen, demo, prompts, tmp_path):
    editor, panel = _panel(screen, demo, tmp_path)
    item_id = panel.item_id
    prompts.answer(_pdf(tmp_path, "notitie.pdf", "Kwartiermaker"))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert _finish(qtbot, panel.work) == "done"
    [doc] = demo.attachments.for_item(item_id)
    assert panel.list.count() == 1 and "notitie.pdf" in panel.list.item(0).text()

    opened = []
    panel.opener = opened.append
    panel.list.setCurrentRow(0)
    copy = panel.open_current()
    assert opened == [copy] and copy.read_bytes() == demo.attachments.path_of(doc).read_bytes()
    assert copy != demo.attachments.path_of(doc)

    qtbot.mouseClick(panel.confidential_button, Qt.MouseButton.LeftButton)
    assert demo.attachments.get(doc.id).confidential
    assert "confidential" in panel.list.item(0).text() or "vertrouwelijk" in \
        panel.list.item(0).text()
    prompts.answer(True)
    panel.list.setCurrentRow(0)
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert demo.attachments.for_item(item_id) == [] and panel.list.count() == 0
    editor.bus.undo_action.trigger()  # the removal
    assert [a.uuid for a in demo.attachments.for_item(item_id)] == [doc.uuid]
    assert panel.list.count() == 1
    editor.bus.undo_action.trigger()  # the marking
    editor.bus.undo_action.trigger()  # the adding
    assert demo.attachments.for_item(item_id) == [] and panel.list.count() == 0
    assert prompts.errors == []


def test_a_dropped_file_is_added_and_a_newer_version_replaces_it(qtbot, screen, demo,
                                                                  prompts, tmp_path):
    _editor, panel = _panel(screen, demo, tmp_path)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(_pdf(tmp_path, "versie1.pdf", "Een")))])
    drop = QDropEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime,
                      Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    panel.dropEvent(drop)
    assert _finish(qtbot, panel.work) == "done"
    [first] = demo.attachments.for_item(panel.item_id)
    panel.list.setCurrentRow(0)
    prompts.answer(_pdf(tmp_path, "versie2.pdf", "Twee"))
    qtbot.mouseClick(panel.replace_button, Qt.MouseButton.LeftButton)
    assert _finish(qtbot, panel.work) == "done"
    [newer] = demo.attachments.for_item(panel.item_id)
    assert newer.file_name == "versie2.pdf"
    assert [a.id for a in demo.attachments.versions(newer.id)] == [newer.id, first.id]


def test_a_refused_file_says_one_sentence_and_adds_nothing(qtbot, screen, demo, prompts,
                                                            tmp_path):
    _editor, panel = _panel(screen, demo, tmp_path)
    bad = tmp_path / "kapot.pdf"
    bad.write_bytes(b"%PDF-1.4 kapot")
    assert _finish(qtbot, panel.add_files([bad])) == "failed"
    assert len(prompts.errors) == 1 and "kapot.pdf" in prompts.errors[0]
    assert demo.attachments.for_item(panel.item_id) == []


def test_a_search_hit_in_a_document_opens_its_item(qtbot, window, demo, tmp_path):
    from overleg.ui.search.hit_place import hit_place

    att = service(demo, tmp_path)
    item = demo.agenda.agenda(STT_NOV)[2]
    att.attach(item.id, _pdf(tmp_path, "n.pdf", "Rivierenwijk"))
    [hit] = demo.search.search("rivierenwijk")
    assert hit_place(demo, hit) == ("item", item.id)
