"""Everything a public output of one meeting contains, as plain text, and which records
are confidential by the domain's rule, computed here from the stored records (not from
what the services stored as derived), for the audience checks of the state machine."""

import io
import re
import tempfile
import zipfile
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from overleg.domain.audience import Audience, derived_confidential, record_item
from overleg.domain.errors import OverlegError
from overleg.exports.calendar.ics import DeadlineStyle


def zip_text(data: bytes) -> str:
    """Every XML part of a .docx or .xlsx."""
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return " ".join(z.read(n).decode("utf-8", "replace") for n in z.namelist()
                        if n.endswith(".xml"))


def mail_text(data: bytes) -> str:
    """Every part of a mail, attachments included (Word attachments part by part)."""
    texts = []
    for part in message_from_bytes(data, policy=default).walk():
        if part.is_multipart():
            continue
        content = part.get_payload(decode=True) or b""
        if zipfile.is_zipfile(io.BytesIO(content)):
            texts.append(zip_text(content))
        else:
            texts.append(content.decode("utf-8", "replace").replace("\r\n ", ""))
    return " ".join(texts)


def pdf_text(data: bytes) -> str:
    """The text of every page of a PDF, as pypdf (not the writer) reads it."""
    from pypdf import PdfReader

    return " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)


def public_outputs(s, meeting_id: int, *, pdf: bool = True) -> dict[str, str]:
    """The meeting's public Word agenda, minutes, decision list and action list, the
    PDF/A minutes and the public meeting pack (unless `pdf` is False: the slowest to
    make), the guests' mails, the calendar entry."""
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="overleg-test-") as folder:
        f = Path(folder)
        for kind in ("agenda", "minutes"):
            path = getattr(s.documents, kind)(meeting_id, f / f"{kind}.docx", public=True)
            out[kind] = zip_text(Path(path).read_bytes())
        for kind in ("decisions", "actions"):
            path = getattr(s.documents, kind)(f / f"{kind}.docx", meeting_id=meeting_id,
                                              public=True)
            out[f"{kind}.docx"] = zip_text(Path(path).read_bytes())
        # The PDF/A minutes and the pack (which holds the PDF/A agenda): the PDF lists go
        # through the same document functions as the Word ones, and all four PDFs here
        # tripled the machine's time (fpdf2 reads the fonts for every document).
        if pdf:
            path = s.pdf_documents.minutes(meeting_id, f / "minutes.pdf", public=True)
            out["minutes.pdf"] = pdf_text(Path(path).read_bytes())
            path, _report = s.pack.pack(meeting_id, f / "pack.pdf", public=True)
            out["pack.pdf"] = pdf_text(Path(path).read_bytes())
        for kind in ("invitation", "draft_minutes", "cancellation"):
            mail = s.cancellation_mail if kind == "cancellation" else s.mail
            try:
                drafts = getattr(mail, kind)(meeting_id, f / f"{kind}.eml")
            except OverlegError:  # e.g. no invitation for adopted or cancelled minutes
                continue
            for d in drafts:
                if d.audience is not Audience.MEMBERS:
                    out[f"{kind} ({d.audience})"] = mail_text(d.path.read_bytes())
    try:
        out["ics"] = s.calendar.meeting_ics(meeting_id).decode("utf-8").replace("\r\n ", "")
    except OverlegError:  # a moved meeting: its new date has the entry
        pass
    return out


def public_lists(s) -> dict[str, str]:
    """The lists over every body: public .xlsx and Word decision and action lists, and
    each body's year calendars with the due days of open follow-ups."""
    out = {"actions.xlsx": zip_text(s.spreadsheets.action_list_xlsx(public=True)),
           "decisions.xlsx": zip_text(s.spreadsheets.decision_register_xlsx(public=True))}
    with tempfile.TemporaryDirectory(prefix="overleg-test-") as folder:
        for kind in ("decisions", "actions"):
            path = getattr(s.documents, kind)(Path(folder) / f"{kind}.docx", public=True)
            out[f"{kind}.docx (all bodies)"] = zip_text(Path(path).read_bytes())
    years = {(x.meeting.body_id, x.meeting.day.year) for x in s.meetings.listings()}
    for body_id, year in sorted(years):
        ics = s.calendar.year_ics(body_id, year, DeadlineStyle.ALL_DAY)
        out[f"ics of body {body_id} in {year}"] = ics.decode("utf-8").replace("\r\n ", "")
    return out


def confidential_texts(db) -> tuple[set[str], set[str]]:
    """(texts of confidential records, texts of the other records) by the domain's rule:
    an item is closed when marked or when the follow-up or item it derives from is."""
    items = {r[0]: r for r in db.execute(
        "SELECT id, confidential, source_followup_id, carried_from_item_id, title, "
        "description, notes FROM agenda_items")}
    decision_items = dict(db.execute("SELECT id, item_id FROM decisions").fetchall())
    followups = {r[0]: r for r in db.execute(
        "SELECT id, item_id, decision_id, text, result FROM followups")}
    fu_item = {f: record_item(r[1], r[2], decision_items) for f, r in followups.items()}
    closed: set[int] = set()
    changed = True
    while changed:  # until nothing more derives
        changed = False
        for i, (_id, marked, source, carried, *_t) in items.items():
            source_closed = fu_item.get(source) in closed or carried in closed
            if i not in closed and derived_confidential(bool(marked), source_closed):
                closed.add(i)
                changed = True
    secret, open_ = set(), set()
    for i, r in items.items():
        (secret if i in closed else open_).update(r[4:7])
    for d_item, text in db.execute("SELECT item_id, text FROM decisions"):
        (secret if d_item in closed else open_).add(text)
    for f, r in followups.items():
        (secret if fu_item[f] in closed else open_).update(r[3:5])
    return secret, open_


MARK = re.compile(r"G\d{4}G")  # the unique marker the audience rules write into texts


def markers(texts: set[str]) -> set[str]:
    return {m for t in texts if t for m in MARK.findall(t)}
