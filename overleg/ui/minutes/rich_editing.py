"""What the formatting keys and buttons of the notes do to the editor's document: bold
and italic, bulleted and numbered lists on two levels, links. Kept to what the domain's
dialect (overleg.domain.rich_text) can store, so nothing shown is lost on saving."""

import re

from PySide6.QtGui import QFont, QTextBlock, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QTextEdit

from overleg.domain.rich_text import Kind
from overleg.ui.minutes.rich_document import LINK_COLOUR, NUMBERED, list_format

# typed at the start of a line and followed by a space, these start a list
AUTO_LIST = re.compile(r"-|\d{1,3}\.")


def toggle_bold(editor: QTextEdit) -> None:
    fmt = QTextCharFormat()
    bold = editor.currentCharFormat().fontWeight() >= QFont.Weight.DemiBold
    fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
    editor.mergeCurrentCharFormat(fmt)


def toggle_italic(editor: QTextEdit) -> None:
    fmt = QTextCharFormat()
    fmt.setFontItalic(not editor.currentCharFormat().fontItalic())
    editor.mergeCurrentCharFormat(fmt)


def set_link(editor: QTextEdit, url: str) -> None:
    """The chosen text becomes a link to url; without a choice the address is inserted."""
    cursor = editor.textCursor()
    fmt = QTextCharFormat()
    fmt.setAnchor(True)
    fmt.setAnchorHref(url)
    fmt.setFontUnderline(True)
    fmt.setForeground(LINK_COLOUR)
    if cursor.hasSelection():
        cursor.mergeCharFormat(fmt)
    else:
        cursor.insertText(url, fmt)
        cursor.setCharFormat(QTextCharFormat())
        editor.setCurrentCharFormat(QTextCharFormat())  # typing on is no link


def item_kind(block: QTextBlock) -> tuple[Kind, int] | None:
    """(kind, level) of a list item, None for a paragraph."""
    text_list = block.textList()
    if text_list is None:
        return None
    fmt = text_list.format()
    return (Kind.NUMBER if fmt.style() in NUMBERED else Kind.BULLET,
            1 if fmt.indent() >= 2 else 0)


def chosen_blocks(editor: QTextEdit) -> list[QTextBlock]:
    cursor = editor.textCursor()
    doc = editor.document()
    first, last = doc.findBlock(cursor.selectionStart()), doc.findBlock(cursor.selectionEnd())
    blocks = [first]
    while blocks[-1] != last and blocks[-1].next().isValid():
        blocks.append(blocks[-1].next())
    return blocks


def toggle_list(editor: QTextEdit, kind: Kind) -> None:
    """The chosen lines become items of a `kind` list, or paragraphs again when all of
    them already are."""
    blocks = chosen_blocks(editor)
    kinds = [item_kind(b) for b in blocks]
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    if all(k is not None and k[0] is kind for k in kinds):
        for block in blocks:
            make_paragraph(block)
    else:
        for block, was in zip(blocks, kinds, strict=True):
            place(block, kind, was[1] if was is not None else 0)
    cursor.endEditBlock()


def change_level(editor: QTextEdit, step: int) -> bool:
    """Tab and Shift+Tab on list items: one level in or out (two levels; out of the first
    level the line becomes a paragraph). False when nothing moved (then Tab moves on to
    the next field, so the keyboard never gets stuck in the notes)."""
    moves = []
    for block in chosen_blocks(editor):
        was = item_kind(block)
        if was is not None and was[1] + step <= 1:
            moves.append((block, was[0], was[1] + step))
    if not moves:
        return False
    cursor = editor.textCursor()
    cursor.beginEditBlock()
    for block, kind, level in moves:
        if level < 0:
            make_paragraph(block)
        else:
            place(block, kind, level)
    cursor.endEditBlock()
    return True


def place(block: QTextBlock, kind: Kind, level: int) -> None:
    """The block an item of the list just before it when that is the same kind and level
    (numbering goes on), else of a new list."""
    if item_kind(block) == (kind, level):
        return
    make_paragraph(block)
    before = block.previous()
    while before.isValid() and item_kind(before) is not None and \
            item_kind(before)[1] > level:  # type: ignore[index]
        before = before.previous()  # past the second level to the first-level list
    if before.isValid() and item_kind(before) == (kind, level):
        before.textList().add(block)
    else:
        QTextCursor(block).createList(list_format(kind, level))


def make_paragraph(block: QTextBlock) -> None:
    text_list = block.textList()
    if text_list is None:
        return
    text_list.remove(block)
    fmt = QTextBlockFormat(block.blockFormat())
    fmt.setIndent(0)
    fmt.setObjectIndex(-1)
    QTextCursor(block).setBlockFormat(fmt)


def auto_list(editor: QTextEdit) -> bool:
    """A space after '-' or '1.' typed on an empty line starts a list; True when it did
    (the space is then not typed). Typed before existing text, they stay text."""
    cursor = editor.textCursor()
    block = cursor.block()
    before = block.text()[:cursor.positionInBlock()]
    if cursor.hasSelection() or item_kind(block) is not None or \
            not AUTO_LIST.fullmatch(before) or block.text()[len(before):].strip():
        return False
    cursor.beginEditBlock()
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock,
                        QTextCursor.MoveMode.KeepAnchor)
    cursor.removeSelectedText()
    place(block, Kind.BULLET if before == "-" else Kind.NUMBER, 0)
    cursor.endEditBlock()
    return True


def end_empty_item(editor: QTextEdit) -> bool:
    """Enter on an empty list item: out one level, out of the list on the first."""
    cursor = editor.textCursor()
    block = cursor.block()
    was = item_kind(block)
    if was is None or block.text() or cursor.hasSelection():
        return False
    if was[1] == 1:
        place(block, was[0], 0)
    else:
        make_paragraph(block)
    return True
