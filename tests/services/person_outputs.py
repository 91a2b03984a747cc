"""Every document Overleg writes from the example data, as plain text: Word agenda and
minutes of every meeting, the decision and action lists (per meeting and all bodies, as
Word and .xlsx), every calendar, the invitation and minutes mails of every audience, and
the reminders to every owner. For checks that a name is in none of them."""

import tempfile
from pathlib import Path

from overleg.domain.errors import OverlegError
from overleg.exports.calendar.ics import DeadlineStyle
from tests.services.public_outputs import mail_text, zip_text


def every_output(s) -> dict[str, str]:
    out: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="overleg-test-") as folder:
        f = Path(folder)
        for m in s.meetings.listings():
            mid = m.meeting.id
            for kind in ("agenda", "minutes"):
                path = getattr(s.documents, kind)(mid, f / f"{kind}-{mid}.docx")
                out[f"{kind} {mid}"] = zip_text(Path(path).read_bytes())
            for kind in ("decisions", "actions"):
                path = getattr(s.documents, kind)(f / f"{kind}-{mid}.docx", meeting_id=mid)
                out[f"{kind} {mid}"] = zip_text(Path(path).read_bytes())
            for kind in ("invitation", "draft_minutes"):
                try:
                    drafts = getattr(s.mail, kind)(mid, f / f"{kind}-{mid}.eml")
                except OverlegError:  # no invitation for adopted minutes, ...
                    continue
                for d in drafts:
                    out[f"{kind} {mid} {d.audience}"] = mail_text(d.path.read_bytes())
            try:
                out[f"ics {mid}"] = s.calendar.meeting_ics(mid).decode().replace("\r\n ", "")
            except OverlegError:
                pass
        for kind in ("decisions", "actions"):
            path = getattr(s.documents, kind)(f / f"{kind}-all.docx")
            out[f"{kind} all"] = zip_text(Path(path).read_bytes())
        (f / "herinneringen").mkdir()
        for i, d in enumerate(s.reminders.reminders(f / "herinneringen")):
            out[f"reminder {i}"] = mail_text(d.path.read_bytes())
    out["actions.xlsx"] = zip_text(s.spreadsheets.action_list_xlsx())
    out["decisions.xlsx"] = zip_text(s.spreadsheets.decision_register_xlsx())
    years = {(x.meeting.body_id, x.meeting.day.year) for x in s.meetings.listings()}
    for body_id, year in sorted(years):
        ics = s.calendar.year_ics(body_id, year, DeadlineStyle.ALL_DAY)
        out[f"ics {body_id} {year}"] = ics.decode().replace("\r\n ", "")
    return out


def naming(outputs: dict[str, str], *texts: str) -> list[str]:
    """The outputs in which one of `texts` occurs (case-insensitive)."""
    return sorted(k for k, v in outputs.items()
                  if any(t.casefold() in v.casefold() for t in texts))
