"""The PDF/A exports (PdfDocumentService: minutes, decision list, action list), each
against bare fpdf2 writing the same text in the same run.

The baseline's content is what the PDF writer is handed: the same document function
(write_minutes, write_decision_list, write_action_list) is run once, untimed, over the
same records into a recorder that keeps its paragraphs and tables as plain strings. Bare
fpdf2 then writes them competently: one FPDF, the same embedded Liberation Sans (a TTF
subset, as the app; a core font would skip the subsetting and compare unlike with
unlike), a header line and a 'pagina X van Y' footer, a multi_cell per paragraph,
FPDF.table with a repeated bold header row for tables, saved to a file. Not in the
baseline, the app's own extra work: PDF/A-2b (XMP metadata, the sRGB OutputIntent),
the outline (a bookmark per heading), keeping headings with what follows, bullets and
numbers hung in the margin, bold cells. The app's linear line measurement of fpdf2
(exports/pdf/line_width.py) is installed for the whole process, so it serves the
baseline too: bare fpdf2 without it would be slower on long paragraphs.

The lists of one body take seconds each, so they run `bench.archive_repeat` times
without a warm-up round, like the whole-archive measures. The lists of all bodies are
not measured: one run took minutes at 1x (see the report of issue 17)."""

from collections.abc import Callable, Sequence
from pathlib import Path

from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, timed
from benchmarks.measures_exports import LINEAR, a_body

# (size pt, bold) of each kind of paragraph, as the house style (exports/pdf/style.py)
TITLE, SUBTITLE, HEADING_1, HEADING_2 = (20, True), (12, False), (13, True), (11, True)
NORMAL, REMARK = (10, False), (9, False)
LINE, MARGIN = 0.3528 * 1.15, 25.0  # mm per point of font size; the page margin


class Recorder:
    """A DocumentWriter that keeps the text it is given: ('p', (size, bold), text) per
    paragraph and ('t', widths_cm, rows) per table, the header row first."""

    def __init__(self) -> None:
        self.blocks: list[tuple] = []
        self.header = ("", "")

    def _p(self, spec: tuple[int, bool], text: str) -> None:
        if text.strip():
            self.blocks.append(("p", spec, text))

    def properties(self, title: str, subject: str) -> None:
        pass

    def header_footer(self, left: str, right: str) -> None:
        from overleg.exports.word.text import one_line

        self.header = (one_line(left), one_line(right))

    def title(self, text: str, subtitle: str = "") -> None:
        from overleg.exports.word.text import one_line

        self._p(TITLE, one_line(text))
        self._p(SUBTITLE, one_line(subtitle))

    def heading(self, text: str, level: int = 1, number: str = "") -> None:
        from overleg.exports.word.text import one_line

        label = f"{one_line(number)} {one_line(text)}" if number else one_line(text)
        self._p(HEADING_1 if level == 1 else HEADING_2, label)

    def facts(self, rows: Sequence[tuple[str, str]]) -> None:
        from overleg.exports.word.text import one_line

        for label, value in rows:
            if one_line(value):
                self._p(NORMAL, f"{one_line(label)}: {one_line(value)}")

    def text(self, text: str, style: str = "") -> None:
        from overleg.exports.word.text import paragraphs

        for line in paragraphs(text):
            self._p(NORMAL, line)

    def notes(self, markdown: str) -> None:
        from overleg.domain.rich_text import parse
        from overleg.exports.word.text import safe

        for block in parse(safe(markdown)):
            self._p(NORMAL, block.text)

    def remark(self, text: str) -> None:
        from overleg.exports.word.text import one_line

        self._p(REMARK, one_line(text))

    def labelled(self, label: str, text: str, *, after: str = "") -> None:
        from overleg.exports.word.text import one_line, paragraphs

        for line in [f"{one_line(label)} " + "\n".join(paragraphs(text)), one_line(after)]:
            for part in line.split("\n"):
                self._p(NORMAL, part)

    def numbered(self, lines: Sequence[str]) -> None:
        from overleg.exports.word.text import one_line

        for n, line in enumerate(lines, start=1):
            self._p(NORMAL, f"{n}. {one_line(line)}")

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]],
              widths_cm: Sequence[float],
              marked: frozenset[tuple[int, int]] = frozenset()) -> None:
        from overleg.exports.word.text import one_line, paragraphs

        self.blocks.append(("t", tuple(widths_cm),
                            [[one_line(h) for h in header]]
                            + [["\n".join(paragraphs(v)) for v in row] for row in rows]))


def bare_pdf(blocks: list[tuple], header: tuple[str, str], path: Path) -> None:
    """The recorded text with bare fpdf2, used competently (see the module's text)."""
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos
    from fpdf.fonts import FontFace

    from overleg.exports.pdf import style

    left, right = header

    class Document(FPDF):
        def header(self) -> None:
            self.set_y(12)
            self.set_font("Sans", "", 8)
            self.cell(0, 8 * LINE, left)
            if right:
                self.set_x(self.l_margin)
                self.cell(0, 8 * LINE, right, align="R")
            self.set_xy(self.l_margin, self.t_margin)

        def footer(self) -> None:
            self.set_y(-12 - 8 * LINE)
            self.set_font("Sans", "", 8)
            self.cell(0, 8 * LINE, f"pagina {self.page_no()} van {{nb}}", align="R")

    pdf = Document(format="A4")
    pdf.add_font("Sans", "", style.resource_path(style.FONT_FILES[""]))
    pdf.add_font("Sans", "B", style.resource_path(style.FONT_FILES["B"]))
    pdf.set_margins(MARGIN, MARGIN, MARGIN)
    pdf.set_auto_page_break(True, margin=MARGIN)
    pdf.add_page()
    for kind, spec, content in blocks:
        if kind == "p":
            size, bold = spec
            pdf.set_font("Sans", "B" if bold else "", size)
            pdf.multi_cell(0, size * LINE, content, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(2)
        else:
            pdf.set_font("Sans", "", 10)
            with pdf.table(col_widths=spec, width=pdf.epw, text_align="LEFT",
                           line_height=10 * LINE, padding=(1.0, 1.5), repeat_headings=1,
                           headings_style=FontFace(emphasis="BOLD",
                                                   fill_color=(0xE7, 0xE6, 0xE6))) as table:
                for values in content:
                    row = table.row()
                    for value in values:
                        row.cell(value)
            pdf.ln(4)
    pdf.output(str(path))


def _pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(path).pages)


def _measure(bench: Bench, name: str, kind: str, export: Callable[[Path], object],
             record: Callable[[Recorder], None], repeat: int, warmup: bool) -> Result:
    out, bare_out = bench.workdir / f"{kind}.pdf", bench.workdir / "kaal.pdf"
    export(out)
    recorder = Recorder()
    record(recorder)
    bare_pdf(recorder.blocks, recorder.header, bare_out)
    rows = sum(len(b[2]) - 1 for b in recorder.blocks if b[0] == "t")
    paragraphs = sum(1 for b in recorder.blocks if b[0] == "p")
    return timed(name, Target(ratio=LINEAR), lambda: export(out), repeat,
                 baseline=lambda: bare_pdf(recorder.blocks, recorder.header, bare_out),
                 warmup=warmup,
                 note=f"PdfDocumentService.{kind} (records read, PDF/A-2b, outline; "
                      f"{_pages(out)} pages) vs the same {paragraphs} paragraphs and "
                      f"{rows} table rows with bare fpdf2 ({_pages(bare_out)} pages; same "
                      "embedded Liberation Sans, multi_cell per paragraph, FPDF.table, "
                      "header and page-number footer, no PDF/A or outline)")


def minutes(bench: Bench) -> Result:
    from overleg.exports.word.minutes_doc import write_minutes

    service, mid = bench.services.pdf_documents, bench.meeting_id
    documents = bench.services.documents
    return _measure(bench, "PDF minutes of a 40-item meeting", "minutes",
                    lambda out: service.minutes(mid, out),
                    lambda wr: write_minutes(wr, documents.meeting_record(mid)),  # type: ignore[arg-type]
                    bench.repeat, True)


def decisions_body(bench: Bench) -> Result:
    from overleg.exports.word.lists_doc import write_decision_list

    service, body = bench.services.pdf_documents, a_body(bench)

    def record(wr: Recorder) -> None:
        entries, scope, _ = bench.services.documents.decision_entries(None, body, None, None)
        write_decision_list(wr, entries, scope)  # type: ignore[arg-type]

    return _measure(bench, "PDF decision list, one body", "decisions",
                    lambda out: service.decisions(out, body_id=body), record,
                    bench.archive_repeat, False)


def actions_body(bench: Bench) -> Result:
    from overleg.exports.word.lists_doc import write_action_list

    service, body = bench.services.pdf_documents, a_body(bench)
    today = bench.services.documents.ctx.today()

    def record(wr: Recorder) -> None:
        entries, scope, _ = bench.services.documents.action_entries(None, body, None, None,
                                                                    today)
        write_action_list(wr, entries, scope, today)  # type: ignore[arg-type]

    return _measure(bench, "PDF action list, one body", "actions",
                    lambda out: service.actions(out, body_id=body, as_of=today), record,
                    bench.archive_repeat, False)
