"""The PDF page of the house style: A4, the body name and markers (CONCEPT, Openbare
versie) in the header, 'pagina X van Y' in the footer, Liberation Sans embedded, and the
PDF/A-2b identification: XMP metadata (pdfaid part 2, conformance B, title, author,
creation date), the sRGB OutputIntent and the document language nl-NL.

fpdf2 writes the XMP from the title, subject, author and creation date set here. It does
not tag text (no structure tree for paragraphs and tables, only for images and links), so
the documents are PDF/A-2b, not 2a or PDF/UA; the outline gives the headings instead.
"""

from datetime import datetime

from fpdf import FPDF
from fpdf.enums import OutputIntentSubType, XPos, YPos
from fpdf.output import PDFICCProfile

from overleg.exports.pdf import line_width
from overleg.exports.pdf import style as s
from overleg.exports.word.text import core_property, one_line

line_width.install()  # fpdf2's line breaking, without its quadratic cost

PDFA = "PDF/A-2B"
LANGUAGE = "nl-NL"
PRODUCER = "Overleg"


class HousePdf(FPDF):
    """An FPDF page in the house style, with PDF/A-2b switched on or off (the pack's
    cover and overlays are plain PDF: they are merged with other PDFs)."""

    def __init__(self, *, pdfa: bool = True) -> None:
        super().__init__(format="A4", unit="mm",
                         enforce_compliance=PDFA if pdfa else None)
        self.header_left = ""
        self.header_right = ""
        self.numbered = True  # 'pagina X van Y' in the footer (not on the pack's cover)
        for style, parts in s.FONT_FILES.items():
            self.add_font(s.FONT, style, s.resource_path(parts))
        self.set_margins(s.MARGIN, s.MARGIN, s.MARGIN)
        self.set_auto_page_break(True, margin=s.MARGIN)
        self.set_lang(LANGUAGE)
        self.set_creator(PRODUCER)
        self.set_producer(PRODUCER)
        self.set_draw_color(*s.RULE)
        if pdfa:
            self.add_output_intent(
                OutputIntentSubType.PDFA, output_condition_identifier="sRGB",
                output_condition="IEC 61966-2-1:1999", registry_name="http://www.color.org",
                dest_output_profile=PDFICCProfile(
                    contents=_icc_bytes(), n=3, alternate="DeviceRGB"),
                info="sRGB IEC61966-2.1")

    def describe(self, title: str, subject: str, author: str, now: datetime) -> None:
        """Title, subject, author and creation date, in the XMP metadata."""
        self.set_title(core_property(title))
        self.set_subject(core_property(subject))
        self.set_author(one_line(author) or PRODUCER)
        self.set_creation_date(now.astimezone() if now.tzinfo is None else now)

    def use(self, spec: tuple, *, bold: bool | None = None) -> None:
        """Font and colour of one of the style's paragraph kinds (size, bold, colour, …)."""
        size, is_bold, colour = spec[0], spec[1], spec[2]
        self.set_font(s.FONT, "B" if (is_bold if bold is None else bold) else "", size)
        self.set_text_color(*colour)

    def header(self) -> None:
        self.set_y(s.HEADER_Y)
        self.use(s.HEADER)
        line = s.HEADER[0] * s.PT * s.LINE_SPACING
        self.cell(self.epw, line, one_line(self.header_left))
        if one_line(self.header_right):
            right = one_line(self.header_right)
            self.use(s.HEADER, bold=True)
            fits = self.get_string_width(one_line(self.header_left) + "  " + right) \
                <= self.epw
            if not fits:  # too long for one line: the marker on its own line, as in Word
                self.set_xy(self.l_margin, self.get_y() + line)
            self.set_x(self.l_margin)
            self.cell(self.epw, line, right, align="R")
        self.set_xy(self.l_margin, self.t_margin)

    def footer(self) -> None:
        if not self.numbered:
            return
        self.set_y(-s.HEADER_Y - s.HEADER[0] * s.PT * s.LINE_SPACING)
        self.use(s.HEADER)
        self.cell(self.epw, s.HEADER[0] * s.PT * s.LINE_SPACING,
                  f"pagina {self.page_no()} van {{nb}}", align="R",
                  new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    def bytes(self) -> bytes:
        return bytes(self.output())


def _icc_bytes() -> bytes:
    with open(s.resource_path(s.ICC_PROFILE), "rb") as f:
        return f.read()
