"""The Dutch subject and text of the reminder an owner gets about their open follow-ups."""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from overleg.domain.dutch_dates import long_date
from overleg.exports.mail.texts import _closing


@dataclass(frozen=True)
class ReminderLine:
    """One follow-up in a reminder mail: what, from which meeting, by when."""
    text: str
    origin: str  # 'Stuurgroep Talentontwikkeling, donderdag 19 september 2013', or ''
    target: str  # '28-11-2013' or the target meeting's label, or ''
    due: date | None


def days_overdue(due: date | None, as_of: date) -> int:
    """Whole days past the due day (0 when not overdue or without a term)."""
    return max(0, (as_of - due).days) if due is not None else 0


def reminder_subject(as_of: date) -> str:
    return f"Herinnering: uw openstaande actiepunten ({long_date(as_of)})"


def reminder_text(owner_name: str, lines: Sequence[ReminderLine], as_of: date,
                  left_out_note: str = "", signature: str = "") -> str:
    overdue = sum(1 for x in lines if days_overdue(x.due, as_of))
    out = [f"Beste {owner_name},", "",
           f"Volgens de actielijst staan op {long_date(as_of)} de volgende actiepunten "
           "nog open op uw naam" + (f", waarvan {overdue} over de termijn." if overdue
                                    else "."), ""]
    for n, x in enumerate(lines, 1):
        out.append(f"{n}. {x.text.strip()}")
        if x.origin:
            out.append(f"   Afgesproken in: {x.origin}")
        out.append(f"   Termijn: {x.target or 'geen termijn afgesproken'}")
        late = days_overdue(x.due, as_of)
        if late:
            out.append(f"   Over de termijn: {late} {'dag' if late == 1 else 'dagen'}")
        out.append("")
    if left_out_note:
        out += [left_out_note, ""]
    out += ["Wilt u mij laten weten hoe het ermee staat?", "",
            *_closing(signature)]
    return "\n".join(out)
