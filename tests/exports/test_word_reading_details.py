"""Details a reader notices: dates and numbers that do not break at a hyphen, owner
columns that do not break words, table header rows marked and repeated, headings as real
heading styles, and no blank last page."""

from dataclasses import replace

from docx.oxml.ns import qn
from docx.shared import Cm

from overleg.exports.word import render_action_list, render_minutes
from overleg.exports.word.page_frame import end_without_blank_page
from tests.exports.word_records import action_entries, meeting_scope, record, reread


def test_dates_and_decision_numbers_in_tables_do_not_break_at_the_hyphen():
    doc = reread(render_minutes(record()))
    decisions, actions = doc.tables[0], doc.tables[1]
    number = decisions.rows[1].cells[0]
    assert number.text == "STT-20130919-01"  # read back as ordinary hyphens
    assert len(number._tc.findall(".//" + qn("w:noBreakHyphen"))) == 2
    due = actions.rows[2].cells[3]
    assert due.text == "01-11-2013"
    assert len(due._tc.findall(".//" + qn("w:noBreakHyphen"))) == 2


def test_the_owner_column_is_wide_enough_for_its_longest_word():
    r = record()
    long_owner = "Samenwerkingsverbandcoördinator"
    r.followups[0] = replace(r.followups[0], owner_label=long_owner)
    doc = reread(render_action_list(action_entries(r), meeting_scope(r), r.meeting.day))
    table = doc.tables[0]
    header = [c.text for c in table.rows[0].cells]
    owner_col = header.index("Eigenaar")
    width = table.columns[owner_col].width
    assert width > Cm(3.2)  # wider than the default for this owner
    total = sum(c.width for c in table.columns)
    assert abs(total - Cm(16)) < Cm(0.1)  # the table still fits the page


def test_table_header_rows_repeat_and_headings_are_heading_styles():
    doc = reread(render_minutes(record()))
    for table in doc.tables:
        tr_pr = table.rows[0]._tr.trPr
        assert tr_pr is not None and tr_pr.find(qn("w:tblHeader")) is not None
    names = {p.style.name for p in doc.paragraphs if p.text in ("Besluitenlijst",
                                                                 "Actielijst")}
    assert names == {"Heading 1"}


def test_the_paragraph_after_a_closing_table_is_one_point_high():
    """Word needs a paragraph after a final table; at full height it can make a blank
    last page (tests/services/test_document_pages.py shows it in LibreOffice)."""
    doc = render_minutes(record())
    end_without_blank_page(doc)
    last = doc.element.body[-2]
    assert last.tag == qn("w:p") and not "".join(last.itertext()).strip()
    assert last.find(".//" + qn("w:spacing")).get(qn("w:line")) == "20"
