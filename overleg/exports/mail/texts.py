"""The Dutch subject and text of the invitation and of the draft minutes."""

from collections.abc import Sequence
from datetime import date, datetime

from overleg.domain.audience import Audience, sees_closed
from overleg.domain.dutch_dates import long_date, time_range


def greeting(audience: Audience = Audience.MEMBERS) -> str:
    """The members are greeted as members; a guest is not one, and the guests' draft
    may go to several people whose form of address is unknown."""
    return "Geachte leden," if sees_closed(audience) else "Geachte heer, mevrouw,"


def invitation_subject(body_name: str, starts_at: datetime) -> str:
    """'Uitnodiging Stuurgroep Talentontwikkeling, donderdag 19 september 2013'."""
    return f"Uitnodiging {body_name}, {long_date(starts_at.date())}"


def invitation_text(body_name: str, starts_at: datetime, ends_at: datetime, location: str,
                    agenda: Sequence[str], attachment_names: Sequence[str],
                    signature: str = "", audience: Audience = Audience.MEMBERS,
                    left_out: Sequence[str] = ()) -> str:
    where = f", in {location}" if location else ""
    lines = [greeting(audience), "",
             f"Hierbij nodig ik u uit voor de vergadering van {body_name} op "
             f"{long_date(starts_at.date())}, {time_range(starts_at, ends_at)}{where}.", ""]
    if attachment_names:
        lines += ["In de bijlage vindt u:", *[f"- {n}" for n in attachment_names], ""]
        if any(n.lower().endswith(".ics") for n in attachment_names):
            lines += ["Met het agendabestand (.ics) zet u de vergadering in uw agenda.", ""]
    if left_out:  # documents the mail does not carry, and why
        lines += [*left_out, ""]
    if agenda:
        lines += ["Agenda", *agenda, ""]
    lines += ["Bent u verhinderd, laat het mij dan weten.", "", *_closing(signature)]
    return "\n".join(lines)


def minutes_kind(adopted: bool) -> str:
    """What the minutes are called: once adopted they are no longer a draft."""
    return "Vastgesteld verslag" if adopted else "Conceptverslag"


def minutes_subject(body_name: str, starts_at: datetime, adopted: bool = False) -> str:
    return f"{minutes_kind(adopted)} {body_name}, {long_date(starts_at.date())}"


def minutes_text(body_name: str, starts_at: datetime, next_meeting: date | None,
                 attachment_names: Sequence[str], signature: str = "",
                 audience: Audience = Audience.MEMBERS, adopted_on: date | None = None
                 ) -> str:
    if adopted_on is not None:
        lines = [greeting(audience), "",
                 f"In de bijlage vindt u het verslag van de vergadering van {body_name} op "
                 f"{long_date(starts_at.date())}, zoals het op {long_date(adopted_on)} is "
                 "vastgesteld.", ""]
        if attachment_names:
            lines += ["Bijlagen:", *[f"- {n}" for n in attachment_names], ""]
        return "\n".join(lines + _closing(signature))
    lines = [greeting(audience), "",
             f"In de bijlage vindt u het conceptverslag van de vergadering van {body_name} "
             f"op {long_date(starts_at.date())}."]
    if next_meeting is not None:
        lines.append(f"Het verslag wordt vastgesteld in de vergadering van "
                     f"{long_date(next_meeting)}; uw opmerkingen ontvang ik graag vóór die "
                     "datum.")
    else:
        lines.append("Uw opmerkingen ontvang ik graag; het verslag wordt vastgesteld in de "
                     "volgende vergadering.")
    lines.append("")
    if attachment_names:
        lines += ["Bijlagen:", *[f"- {n}" for n in attachment_names], ""]
    lines += _closing(signature)
    return "\n".join(lines)


def _closing(signature: str) -> list[str]:
    return ["Met vriendelijke groet,", "", signature.strip() or "Het secretariaat"]
