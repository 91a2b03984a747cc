"""The Dutch sentences and labels the documents share."""

from datetime import date

from overleg.domain.agenda import CriterionCheck
from overleg.domain.dutch_dates import long_date, medium_date, short_date, time_range
from overleg.domain.enums import DecisionStatus, FollowUpStatus, Outcome
from overleg.domain.followups import FollowUp
from overleg.domain.meetings import Meeting
from overleg.domain.vocabulary import nl
from overleg.exports.word.inputs import Scope
from overleg.exports.word.text import one_line

CLOSED_SESSION = "Dit agendapunt is in beslotenheid behandeld."
CLOSED_TITLE = "Besloten agendapunt"
PUBLIC = "Openbare versie"
HAS_CLOSED = "Bevat besloten informatie"
DRAFT = "CONCEPT"


def meeting_time(m: Meeting) -> str:
    assert m.ends_at is not None
    return time_range(m.starts_at, m.ends_at)


def outcome_sentence(outcome: Outcome | None, postponed_to: str = "") -> str:
    if outcome is None:
        return ""
    if outcome is Outcome.POSTPONED and one_line(postponed_to):
        return f"Uitkomst: aangehouden tot {one_line(postponed_to)}."
    return f"Uitkomst: {nl(outcome)}."


def adopted_sentence(phrase: str) -> str:
    """'Het verslag van de vergadering van 19 september 2013 is vastgesteld.'"""
    return f"Het verslag van {one_line(phrase)} is vastgesteld."


def criterion_line(check: CriterionCheck) -> str:
    """'C1 Eigen kracht: afgevinkt – toelichting' (or 'niet afgevinkt')."""
    verdict = "afgevinkt" if check.checked else "niet afgevinkt"
    remark = f" – {one_line(check.remark)}" if one_line(check.remark) else ""
    return f"{one_line(check.code)} {one_line(check.title)}: {verdict}{remark}"


def unchecked_line(checks) -> str:
    """'Niet afgevinkt: C2, C4, C7.'"""
    return "Niet afgevinkt: " + ", ".join(one_line(c.code) for c in checks) + "."


def decision_label(number: str) -> str:
    return f"Besluit {one_line(number)}:" if one_line(number) else "Besluit:"


def decision_status(status: DecisionStatus) -> str:
    return "" if status is DecisionStatus.TAKEN else f"({nl(status)})"


def target_phrase(f: FollowUp) -> str:
    """'uiterlijk 3 oktober 2013' or 'terug in Stuurgroep Talentontwikkeling 28-11-2013'."""
    t = f.target
    if t.meeting_id is not None:
        label = one_line(t.meeting_label) or (short_date(t.meeting_day) if t.meeting_day
                                              else "een volgende vergadering")
        return f"terug in {label}"
    if t.due_date is not None:
        return f"uiterlijk {medium_date(t.due_date)}"
    return "geen termijn"


def owner(f: FollowUp) -> str:
    return one_line(f.owner_label) or "(nog niet toegewezen)"


def followup_status(f: FollowUp, as_of: date) -> str:
    if f.is_overdue(as_of):
        return "TE LAAT"
    if f.status is FollowUpStatus.DONE and f.done_on is not None:
        return f"afgerond {short_date(f.done_on)}"
    return nl(f.status)


def returned_result(f: FollowUp) -> tuple[str, str]:
    """How the minutes show a follow-up that came back on an item: (label, text)."""
    if f.status is FollowUpStatus.DONE and f.done_on is not None:
        return f"Actiepunt afgerond op {medium_date(f.done_on)}:", f.result or "zonder toelichting"
    if f.status is FollowUpStatus.CANCELLED:
        return "Actiepunt vervallen:", f.result or "zonder reden"
    return "Actiepunt staat nog open:", f"{owner(f)}; {target_phrase(f)}"


def scope_line(scope: Scope) -> str:
    who = one_line(scope.body_name) or "Alle overlegorganen"
    if scope.meeting_starts is not None:
        return f"{who}, vergadering van {long_date(scope.meeting_starts.date())}"
    if scope.start and scope.end:
        return f"{who}, {medium_date(scope.start)} tot en met {medium_date(scope.end)}"
    if scope.start:
        return f"{who}, vanaf {medium_date(scope.start)}"
    if scope.end:
        return f"{who}, tot en met {medium_date(scope.end)}"
    return who


def as_of_line(as_of: date) -> str:
    return f"Stand per {medium_date(as_of)}"
