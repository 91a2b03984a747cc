"""The OOGO documents: the statement (verklaring) of a procedure, the status matrix of a
samenwerkingsverband, and the notice of a dispute to the other party."""

from docx.document import Document
from docx.enum.section import WD_ORIENT

from overleg.domain.audience import left_out_line
from overleg.domain.dutch_dates import long_date, short_date
from overleg.domain.oogo_status import (
    DisputeLine,
    DisputeNotice,
    PartyPosition,
    Statement,
    StatusMatrix,
    StepLine,
)
from overleg.exports.word import wording as w
from overleg.exports.word.rich_notes import write_rich
from overleg.exports.word.start import new_document
from overleg.exports.word.text import one_line
from overleg.exports.word.writer import Writer

PAGE_CM = 16.0  # the text width of an A4 page in the house style


def render_statement(s: Statement, *, template=None) -> Document:
    """What the inspectorate or the council asks for: with whom OOGO took place, when,
    on which version, with which outcome, and which disputes are open."""
    doc = new_document(template)
    wr = Writer(doc)
    wr.properties(f"Verklaring OOGO {s.title}", "Verklaring OOGO")
    wr.header_footer(s.lead or "OOGO", w.PUBLIC if s.public else "")
    wr.title("Verklaring op overeenstemming gericht overleg", s.title)
    wr.facts([("Procedure", s.template_title), ("Gevoerd door", s.lead),
              ("Partijen", ", ".join(s.parties)), ("Stand per", long_date(s.as_of))])

    wr.heading("Overleggen", level=1)
    if not s.meetings:
        wr.text("Er is nog geen overleg gehouden of gepland voor deze procedure.")
    for m in s.meetings:
        title = f" – {one_line(m.title)}" if one_line(m.title) else ""
        wr.heading(f"{long_date(m.day)}, {one_line(m.body)}{title}", level=2)
        wr.labelled("Aanwezige partijen:", ", ".join(m.parties_present) or "niet vastgelegd")
        for p in m.points:
            wr.labelled(f"{p.number}. {one_line(p.title)}.",
                        f"Uitkomst: {p.outcome}." if p.outcome else "Uitkomst niet vastgelegd.")
            for pos in p.positions:
                wr.text(_position(pos))
        if m.left_out:
            wr.remark(left_out_line(m.left_out))

    wr.heading("Besproken versies per partij", level=1)
    versions = s.versions()
    wr.table(["Partij", "Versie(s) waarover OOGO is gevoerd"],
             [[party, ", ".join(v) or "niet vastgelegd"] for party, v in versions.items()],
             [5.0, 11.0])

    wr.heading("Stappen", level=1)
    wr.table(["Stap", "Uiterlijk", "Afgerond"], [_step_row(x) for x in s.steps],
             [9.0, 3.5, 3.5])

    wr.heading("Geschillen", level=1)
    _disputes(wr, s.disputes)
    if s.left_out:
        wr.remark(left_out_line(s.left_out))
    return doc


def render_status_matrix(m: StatusMatrix, *, template=None) -> Document:
    """Per procedure a table: a row per municipality, a column per step; each cell its
    date, the version discussed, the outcome and open disputes."""
    doc = new_document(template)
    text_cm = _landscape(doc)  # a column per step needs the width
    wr = Writer(doc)
    wr.properties(f"OOGO-statusoverzicht {m.swv}", "OOGO-statusoverzicht")
    wr.header_footer(m.swv, w.PUBLIC if m.public else "")
    wr.title("OOGO-statusoverzicht", m.swv)
    wr.facts([("Stand per", long_date(m.as_of))])
    for block in m.blocks:
        wr.heading(block.procedure, level=1)
        width = (text_cm - 3.5) / max(1, len(block.steps))
        wr.table(["Gemeente", *block.steps],
                 [[party, *("\n".join(c.lines(m.as_of)) for c in cells)]
                  for party, cells in block.rows],
                 [3.5, *[width] * len(block.steps)])
    wr.heading("Open geschillen", level=1)
    _disputes(wr, m.open_disputes)
    if m.left_out:
        wr.remark(left_out_line(m.left_out))
    return doc


def render_dispute_notice(n: DisputeNotice, *, template=None) -> Document:
    doc = new_document(template)
    wr = Writer(doc)
    wr.properties(f"Kennisgeving geschil {n.point}", "Kennisgeving geschil OOGO")
    wr.header_footer(n.lead or n.body, "")
    wr.title("Kennisgeving van een geschil", n.point)
    wr.facts([("Aan", ", ".join(n.parties)), ("Namens", n.lead),
              ("Procedure", n.procedure), ("Overleg", f"{n.body}, {long_date(n.meeting_day)}"),
              ("Datum", long_date(n.as_of))])
    wr.text(f"In het op overeenstemming gericht overleg van {long_date(n.meeting_day)} is "
            f"over het agendapunt '{one_line(n.point)}' geen overeenstemming bereikt. "
            "Partijen stellen vast dat er een geschil is en volgen de geschillenregeling "
            "uit de afgesproken procedure.")
    if n.notes.strip():
        wr.heading("Wat besproken is", level=1)
        write_rich(wr, n.notes)
    wr.heading("Standpunten", level=1)
    if n.positions:
        for pos in n.positions:
            wr.text(_position(pos))
    else:
        wr.text("Er zijn geen standpunten vastgelegd.")
    wr.heading("Vervolg en termijnen", level=1)
    wr.text("De andere partij antwoordt binnen twee weken na deze kennisgeving. Daarna kan "
            "het geschil worden voorgelegd aan de Geschillencommissie OOGO (Stichting "
            "Onderwijsgeschillen) voor advies, bindend advies of arbitrage.")
    wr.table(["Stap", "Uiterlijk", "Afgerond"], [_step_row(x) for x in n.steps],
             [9.0, 3.5, 3.5])
    return doc


def _landscape(doc: Document) -> float:
    """Turn the page; returns the width of the text in cm."""
    section = doc.sections[-1]
    if section.orientation != WD_ORIENT.LANDSCAPE:
        section.orientation = WD_ORIENT.LANDSCAPE
        section.page_width, section.page_height = section.page_height, section.page_width
    width, left, right = section.page_width, section.left_margin, section.right_margin
    if not width or left is None or right is None:
        return PAGE_CM
    return (width - left - right) / 360000


def _position(p: PartyPosition) -> str:
    version = f" (over {one_line(p.document_version)})" if one_line(p.document_version) else ""
    text = f": {one_line(p.text)}" if one_line(p.text) else ""
    return f"- {one_line(p.party)}: {p.stance}{version}{text}"


def _step_row(x: StepLine) -> list[str]:
    due = short_date(x.due) + (f" ({x.due_mark})" if x.due_mark else "")
    return [x.title + (f" [{x.legal_basis}]" if x.legal_basis else ""), due,
            short_date(x.done_on) if x.done_on else "open"]


def _disputes(wr: Writer, disputes: tuple[DisputeLine, ...]) -> None:
    if not disputes:
        wr.text("Er zijn geen geschillen.")
        return
    rows = []
    for d in disputes:
        if d.closed_on is None:  # d.open, spelled out so the else branch has its date
            state = (f"open; volgende stap: {d.next_step}, uiterlijk {short_date(d.next_due)}"
                     if d.next_due else "open")
        else:
            state = f"afgesloten {short_date(d.closed_on)}: {d.result}"
        rows.append([d.title, d.parties, short_date(d.opened_on) if d.opened_on else "",
                     state])
    wr.table(["Geschil", "Partijen", "Ontstaan", "Stand"], rows, [4.5, 3.5, 2.5, 5.5])
