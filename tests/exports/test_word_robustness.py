"""Anything a user can type exports. The records are filled *after* construction, so the
export functions are tested on their own, without the domain's input cleaning."""

import time
from dataclasses import replace
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from overleg.exports.word import (
    ActionEntry,
    Scope,
    render_action_list,
    render_agenda,
    render_decision_list,
    render_minutes,
)
from overleg.exports.word.text import one_line, paragraphs
from overleg.resource_paths import resource
from tests.exports.word_records import (
    body_text,
    decision_entries,
    header_text,
    record,
    reread,
    styled,
)

# The committed house style: opening it is faster than building it, and keeps the many
# hypothesis examples within a few seconds.
TEMPLATE = resource("templates", "overleg-standaard.docx")

NASTY = ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\x7f", "\x85", "\x9f", "\ud800",
         "\udfff", "\ufffe", "\uffff", "\r", "\r\n", "\t", "\n", "\u202e", "\u200f",
         "😀", "👩🏽‍⚕️", "مرحبا بالعالم", "שלום", "<w:t>&amp;", "]]>", "\u2028", " "]

# Arbitrary code points (surrogates included) mixed with the characters known to trouble
# XML, python-docx or Word.
raw_text = st.lists(st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                   categories=None), max_size=30),
    st.sampled_from(NASTY)), max_size=8).map("".join)


def _fill(r, text: str):
    """Every free-text field of the record set to `text`, bypassing the domain's checks."""
    r.body.name = text
    r.meeting.location = text
    r.meeting.title = text
    r.adopted_in = text
    r.people = type(r.people)(chair=text, secretary=text, invited=(text,), present=(text,),
                              apologies=(text,), guests=(text,))
    for item in r.items:
        for field in ("title", "description", "presenter", "documents", "notes"):
            setattr(item, field, text)
    for d in r.decisions:
        d.text, d.number = text, text
    for f in r.followups:
        f.text, f.owner_label, f.result = text, text, text
        f.target = replace(f.target, meeting_label=text)
    r.postponed_to = {i.id: text for i in r.items}
    return r


def _check_meeting_document(render, text):
    r = _fill(record(), text)
    for public in (False, True):
        doc = reread(render(r, public=public, template=TEMPLATE))
        if one_line(text) and not public:
            assert styled(doc, "Heading 1")[0] == f"1\t{one_line(text)}"
        assert one_line(text) in header_text(doc)


@settings(max_examples=15)
@given(raw_text)
def test_minutes_export_any_text(text):
    _check_meeting_document(render_minutes, text)


@settings(max_examples=15)
@given(raw_text)
def test_agenda_exports_any_text(text):
    _check_meeting_document(render_agenda, text)


@settings(max_examples=20)
@given(raw_text)
def test_lists_export_any_text(text):
    r = _fill(record(), text)
    entries = decision_entries(r)
    doc = reread(render_decision_list(entries, Scope(body_name=text, start=date(2013, 1, 1)),
                                      template=TEMPLATE))
    for line in paragraphs(text):
        assert line.strip() in body_text(doc)
    actions = [ActionEntry(f, text, date(2013, 9, 19)) for f in r.followups]
    reread(render_action_list(actions, Scope(body_name=text), date(2014, 1, 1),
                              template=TEMPLATE))


def test_a_one_megabyte_note_exports_whole():
    r = record()
    note = ("Een lange aantekening met emoji 😀 en عربى. " * 24_000)[:1_000_000]
    r.items[0].notes = note
    doc = reread(render_minutes(r))
    assert note.rstrip() in body_text(doc)


def test_three_hundred_items_export_in_reasonable_time():
    r = record(n_items=300)
    started = time.perf_counter()
    doc = reread(render_agenda(r, template=TEMPLATE))
    agenda_seconds = time.perf_counter() - started
    assert len(styled(doc, "Heading 1")) == 300
    assert styled(doc, "Heading 1")[-1] == "300\tOnderwerp 300"
    doc = render_minutes(r, template=TEMPLATE)
    assert len(styled(doc, "Heading 1")) == 302  # plus the two lists
    assert agenda_seconds < 10


def test_a_title_longer_than_word_allows_in_properties_is_shortened_there_only():
    r = record()
    r.body.name = "B" * 600
    doc = reread(render_minutes(r))
    assert len(doc.core_properties.title) == 255
    assert styled(doc, "Subtitle") == ["B" * 600]
