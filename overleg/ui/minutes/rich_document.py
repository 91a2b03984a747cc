"""The notes editor's document and the domain's rich text (overleg.domain.rich_text),
both ways. The document is built from the domain's blocks with a cursor and read back
block by block, never through Qt's own Markdown or HTML reader: stored text cannot bring
in anything the dialect does not have (HTML, images, remote resources), and what the
editor shows is exactly what the exports print."""

from PySide6.QtGui import (
    QColor,
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextList,
    QTextListFormat,
)

from overleg.domain.rich_text import Block, Kind, Run, parse, safe_url, to_markdown

STYLES = {(Kind.BULLET, 0): QTextListFormat.Style.ListDisc,
          (Kind.BULLET, 1): QTextListFormat.Style.ListCircle,
          (Kind.NUMBER, 0): QTextListFormat.Style.ListDecimal,
          (Kind.NUMBER, 1): QTextListFormat.Style.ListDecimal}
NUMBERED = {QTextListFormat.Style.ListDecimal, QTextListFormat.Style.ListLowerAlpha,
             QTextListFormat.Style.ListUpperAlpha, QTextListFormat.Style.ListLowerRoman,
             QTextListFormat.Style.ListUpperRoman}
LINK_COLOUR = QColor(0x05, 0x63, 0xC1)


def list_format(kind: Kind, level: int) -> QTextListFormat:
    fmt = QTextListFormat()
    fmt.setStyle(STYLES[(kind, level)])
    fmt.setIndent(level + 1)
    return fmt


def char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    fmt.setFontItalic(run.italic)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setFontUnderline(True)
        fmt.setForeground(LINK_COLOUR)
    return fmt


def load(doc: QTextDocument, markdown: str) -> None:
    """The document shows the Markdown text (replacing what it held)."""
    doc.clear()
    cursor = QTextCursor(doc)
    lists: dict[int, QTextList] = {}  # level: the list being continued
    for n, block in enumerate(parse(markdown)):
        if n:  # a fresh block format: in no list, whatever the block before was
            cursor.insertBlock(QTextBlockFormat(), QTextCharFormat())
        if block.kind is Kind.PARAGRAPH:
            lists.clear()
        else:
            if block.level == 0:
                lists.pop(1, None)
            current = lists.get(block.level)
            if current is not None and _same_list(current, block):
                current.add(cursor.block())
            else:
                lists[block.level] = cursor.createList(list_format(block.kind, block.level))
        for run in block.runs:
            cursor.insertText(run.text, char_format(run))
    cursor.setCharFormat(QTextCharFormat())


def _same_list(text_list: QTextList, block: Block) -> bool:
    numbered = text_list.format().style() in NUMBERED
    return numbered == (block.kind is Kind.NUMBER)


def blocks(doc: QTextDocument) -> list[Block]:
    """The document as the domain's blocks."""
    out = []
    block = doc.begin()
    while block.isValid():
        out.extend(_blocks_of(block))
        block = block.next()
    return out


def markdown(doc: QTextDocument) -> str:
    return to_markdown(blocks(doc))


def _blocks_of(block: QTextBlock) -> list[Block]:
    kind, level = Kind.PARAGRAPH, 0
    text_list = block.textList()
    if text_list is not None:
        fmt = text_list.format()
        kind = Kind.NUMBER if fmt.style() in NUMBERED else Kind.BULLET
        level = 1 if fmt.indent() >= 2 else 0
    lines: list[list[Run]] = [[]]
    it = block.begin()
    while not it.atEnd():
        fragment = it.fragment()
        if fragment.isValid():
            char = fragment.charFormat()
            link = char.anchorHref() if char.isAnchor() and safe_url(char.anchorHref()) else ""
            # a line break typed with Shift+Enter (U+2028) starts a paragraph of its own
            pieces = fragment.text().replace("\ufffc", "").split("\u2028")
            for i, piece in enumerate(pieces):
                if i:
                    lines.append([])
                if piece:
                    lines[-1].append(Run(piece, char.fontWeight() >= QFont.Weight.DemiBold,
                                         char.fontItalic(), link))
        it += 1
    return [Block(kind if i == 0 else Kind.PARAGRAPH, level if i == 0 else 0, tuple(runs))
            for i, runs in enumerate(lines)]
