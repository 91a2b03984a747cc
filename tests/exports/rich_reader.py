"""Reads rich notes back out of a Word document: paragraphs to domain blocks, as a reader
of the document sees them (list style and level, bold/italic runs, hyperlinks)."""

from docx.document import Document
from docx.oxml.ns import qn

from overleg.domain.rich_text import Block, Kind, Run

_KINDS = {"List Bullet": (Kind.BULLET, 0), "List Bullet 2": (Kind.BULLET, 1),
          "List Number": (Kind.NUMBER, 0), "List Number 2": (Kind.NUMBER, 1)}


def blocks_of(doc: Document, first: str, last: str) -> list[Block]:
    """The blocks of the paragraphs from the one starting with `first` up to and with the
    one starting with `last`."""
    paragraphs = doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(first))
    end = next(i for i, p in enumerate(paragraphs) if i >= start and p.text.startswith(last))
    links = {r.rId: r.target_ref for r in doc.part.rels.values() if r.is_external}
    out = []
    for p in paragraphs[start:end + 1]:
        kind, level = _KINDS.get(p.style.name, (Kind.PARAGRAPH, 0))
        if p.paragraph_format.left_indent and kind is not Kind.PARAGRAPH:
            level = 1  # a second level written as the first-level style, indented
        runs = []
        for child in p._p:
            if child.tag == qn("w:r"):
                runs.append(_run(doc, child, ""))
            elif child.tag == qn("w:hyperlink"):
                url = links[child.get(qn("r:id"))]
                runs.extend(_run(doc, r, url) for r in child.findall(qn("w:r")))
        out.append(Block(kind, level, tuple(runs)))
    return out


def _run(doc: Document, r, link: str) -> Run:
    rpr = r.find(qn("w:rPr"))
    style = rpr.find(qn("w:rStyle")) if rpr is not None else None
    style_id = style.get(qn("w:val")) if style is not None else ""
    bold = style_id == "Strong" or (rpr is not None and rpr.find(qn("w:b")) is not None)
    italic = style_id == "Emphasis" or (rpr is not None and rpr.find(qn("w:i")) is not None)
    text = "".join(t.text or "" if t.tag == qn("w:t") else "-"
                   for t in r.iter(qn("w:t"), qn("w:noBreakHyphen")))
    return Run(text, bold, italic, link)


def seen(blocks: list[Block]) -> list[tuple]:
    """What a reader sees: kind, level and each visible character with its formatting;
    empty paragraphs (which the document leaves out) skipped."""
    return [(b.kind, b.level, [(c, r.bold, r.italic, r.link) for r in b.runs
                               for c in r.text if not c.isspace()])
            for b in blocks if b.kind is not Kind.PARAGRAPH or b.text.strip()]


def num_ids(doc: Document, first: str, last: str) -> list[str | None]:
    """The numbering instance of each paragraph in the range (None: the style's own)."""
    paragraphs = doc.paragraphs
    start = next(i for i, p in enumerate(paragraphs) if p.text.startswith(first))
    end = next(i for i, p in enumerate(paragraphs) if i >= start and p.text.startswith(last))
    out = []
    for p in paragraphs[start:end + 1]:
        num = p._p.find(qn("w:pPr") + "/" + qn("w:numPr") + "/" + qn("w:numId"))
        out.append(num.get(qn("w:val")) if num is not None else None)
    return out
