"""The house style in PDF: the values of the Word house template
(exports/word/default_template.py) in millimetres and points, with Liberation Sans, the
free font with Arial's metrics, in place of Arial."""

from overleg.resource_paths import resource

FONT = "LiberationSans"
FONT_FILES = {"": ("fonts", "LiberationSans-Regular.ttf"),
              "B": ("fonts", "LiberationSans-Bold.ttf")}
ICC_PROFILE = ("color", "sRGB.icc")

PT = 0.3528  # millimetres in a point
MARGIN = 25.0  # A4 with 2.5 cm margins all round
HEADER_Y = 12.0  # the header and footer 1.2 cm from the edge
INK = (0x1A, 0x1A, 0x1A)
GREY = (0x59, 0x59, 0x59)
RULE = (0x8C, 0x8C, 0x8C)  # thin table rules
BAND = (0xE7, 0xE6, 0xE6)  # the header row of a table

# (size pt, bold, colour, space before pt, space after pt)
TITLE = (20, True, INK, 0, 2)
SUBTITLE = (12, False, GREY, 0, 12)
HEADING_1 = (13, True, INK, 16, 4)
HEADING_2 = (11, True, INK, 10, 2)
NORMAL = (10, False, INK, 0, 6)
REMARK = (9, False, GREY, 0, 4)
FACTS = (10, False, INK, 0, 1)
LIST = (10, False, INK, 0, 2)
HEADER = (8, False, GREY, 0, 0)
LINE_SPACING = 1.15
HEADING_INDENT = 10.0  # the item number, then the title (Word's 1 cm tab)
FACTS_INDENT = 40.0  # 'Datum:' then the value (Word's 4 cm tab)
LIST_INDENT = 10.0  # hanging indent of bullets and numbers


def resource_path(parts: tuple[str, str]) -> str:
    return str(resource(*parts))
