"""The words the minute-taking view shows for the domain's vocabularies, translated by Qt
(the documents use overleg.domain.vocabulary instead)."""

from PySide6.QtCore import QCoreApplication

from overleg.domain.dutch_dates import long_date
from overleg.domain.enums import AttendanceStatus, ItemKind, MeetingStatus, Outcome
from overleg.domain.listings import MeetingListing

S = MeetingStatus


def outcome_label(outcome: Outcome | None) -> str:
    return {
        None: QCoreApplication.translate("MinutesLabels", "no outcome yet"),
        Outcome.CONSENSUS: QCoreApplication.translate("MinutesLabels", "consensus reached"),
        Outcome.NO_CONSENSUS: QCoreApplication.translate("MinutesLabels", "no consensus"),
        Outcome.POSTPONED: QCoreApplication.translate("MinutesLabels", "postponed"),
        Outcome.DISPUTE: QCoreApplication.translate("MinutesLabels", "dispute"),
    }[outcome]


def status_label(status: MeetingStatus) -> str:
    return {
        S.PLANNED: QCoreApplication.translate("MinutesLabels", "planned"),
        S.AGENDA_SENT: QCoreApplication.translate("MinutesLabels", "agenda sent"),
        S.HELD: QCoreApplication.translate("MinutesLabels", "held"),
        S.MINUTES_DRAFT: QCoreApplication.translate("MinutesLabels", "draft minutes"),
        S.MINUTES_ADOPTED: QCoreApplication.translate("MinutesLabels", "minutes adopted"),
        S.CANCELLED: QCoreApplication.translate("MinutesLabels", "cancelled"),
        S.MOVED: QCoreApplication.translate("MinutesLabels", "moved"),
    }[status]


def attendance_label(status: AttendanceStatus) -> str:
    return {
        AttendanceStatus.INVITED: QCoreApplication.translate("MinutesLabels", "invited"),
        AttendanceStatus.PRESENT: QCoreApplication.translate("MinutesLabels", "present"),
        AttendanceStatus.APOLOGIES: QCoreApplication.translate("MinutesLabels", "apologies"),
        AttendanceStatus.GUEST: QCoreApplication.translate("MinutesLabels", "guest"),
    }[status]


def meeting_label(listing: MeetingListing) -> str:
    """'Bestuurlijk Overleg Passend Onderwijs, donderdag 13 februari 2014'."""
    return f"{listing.body_name}, {long_date(listing.meeting.day)}"


def kind_label(kind: ItemKind) -> str:
    return {
        ItemKind.DECISION: QCoreApplication.translate("MinutesLabels", "for decision"),
        ItemKind.DISCUSSION: QCoreApplication.translate("MinutesLabels", "for discussion"),
        ItemKind.INFORMATION: QCoreApplication.translate("MinutesLabels", "for information"),
    }[kind]
