"""The meeting pack of a 40-item meeting with 80 small PDF documents (two per item, one
or three pages each), against merging the same 80 PDFs and the agenda with bare pypdf.
The documents are made once, untimed, with bare fpdf2 in the bench's work folder. The
pack does more than the merge: its PDF/A agenda, the cover, a bookmark per item and per
document, and a page number stamped on every page. Run at scale 1 only (see run.py):
the pack depends on the meeting, not on the archive's size."""

import io
from pathlib import Path

from benchmarks.bench import Bench
from benchmarks.harness import Result, Target, timed

DOCUMENTS_PER_ITEM = 2


def _documents(folder: Path, items: int) -> list[list[Path]]:
    from fpdf import FPDF

    made = []
    for n in range(1, items + 1):
        paths = []
        for k in range(DOCUMENTS_PER_ITEM):
            pdf = FPDF()
            pdf.set_font("helvetica", size=11)
            for page in range(1 + 2 * k):  # one page, then three
                pdf.add_page()
                pdf.multi_cell(0, 6, f"Agendapunt {n}, stuk {k + 1}, pagina {page + 1}. "
                                     + "Passend onderwijs en jeugdhulp. " * 40)
            path = folder / f"punt{n:02d}-stuk{k + 1}.pdf"
            path.write_bytes(bytes(pdf.output()))
            paths.append(path)
        made.append(paths)
    return made


def pack_40_items(bench: Bench) -> Result:
    from pypdf import PdfReader, PdfWriter

    from overleg.exports.pdf.pack_inputs import PackFile, PackItem
    from overleg.services.pack_service import PackService

    mid = bench.meeting_id
    agenda_items = sorted(bench.services.agenda.agenda(mid), key=lambda i: i.position)
    folder = bench.workdir / "stukken"
    folder.mkdir(exist_ok=True)
    documents = _documents(folder, len(agenda_items))
    items = [PackItem(i.number, i.title, i.confidential,
                      tuple(PackFile(f"Stuk {k + 1} bij {i.title}", p)
                            for k, p in enumerate(paths)))
             for i, paths in zip(agenda_items, documents, strict=True)]
    service = PackService(bench.services.pdf_documents, inputs=lambda _m, _p: items)
    out, bare_out = bench.workdir / "stukken.pdf", bench.workdir / "kaal.pdf"
    agenda = bench.services.pdf_documents.agenda_bytes(mid)
    flat = [p for paths in documents for p in paths]

    def bare() -> None:
        writer = PdfWriter()
        for source in [io.BytesIO(agenda), *flat]:
            for page in PdfReader(source).pages:
                writer.add_page(page)
        with open(bare_out, "wb") as fh:
            writer.write(fh)

    _path, report = service.pack(mid, out)
    return timed("meeting pack: 40 items, 80 PDFs", Target(at_most=5000), lambda: service.pack(
        mid, out), max(3, bench.repeat // 3), baseline=bare,
        note=f"PackService.pack ({report.pages} pages: PDF/A agenda rendered, cover, "
             f"{report.documents} documents merged, bookmarks, every page stamped) vs the "
             "agenda and the same 80 PDFs appended with bare pypdf")
