"""The Dutch subject and text of the mail that tells the invitees a meeting is cancelled."""

from collections.abc import Sequence
from datetime import date, datetime

from overleg.domain.dutch_dates import long_date, time_range
from overleg.exports.mail.texts import _closing


def cancellation_subject(body_name: str, starts_at: datetime) -> str:
    """'Vergadering vervalt: Stuurgroep Talentontwikkeling, donderdag 19 september 2013'."""
    return f"Vergadering vervalt: {body_name}, {long_date(starts_at.date())}"


def cancellation_text(body_name: str, starts_at: datetime, ends_at: datetime, location: str,
                      reason: str, agenda: Sequence[str], next_meeting: date | None,
                      signature: str = "") -> str:
    """Addressed to everyone invited, members and guests alike: 'genodigden'. `agenda`
    holds only the lines the recipients' audience may read."""
    where = f", in {location}" if location else ""
    lines = ["Geachte genodigden,", "",
             f"De vergadering van {body_name} op {long_date(starts_at.date())}, "
             f"{time_range(starts_at, ends_at)}{where}, gaat niet door."]
    if reason.strip():
        lines.append(f"Reden: {reason.strip().rstrip('.')}.")
    lines.append("")
    if agenda:
        lines += ["De geagendeerde punten komen terug in een volgende vergadering:",
                  *agenda, ""]
    if next_meeting is not None:
        lines += [f"De volgende vergadering is op {long_date(next_meeting)}.", ""]
    lines += ["Met het agendabestand (.ics) in de bijlage verdwijnt de vergadering uit uw "
              "agenda.", "", *_closing(signature)]
    return "\n".join(lines)
