"""Interface words for meetings (translated through Qt so the interface follows the
installed language), and how a meeting's date and time read in a list."""

from PySide6.QtCore import QCoreApplication

from overleg.domain.dutch_dates import WEEKDAYS, short_date
from overleg.domain.enums import MeetingStatus, OogoSubject
from overleg.domain.meetings import Meeting
from overleg.ui.common.dates import list_date as common_list_date


def status_labels() -> dict[MeetingStatus, str]:
    return {
        MeetingStatus.PLANNED: QCoreApplication.translate("MeetingWords", "planned"),
        MeetingStatus.AGENDA_SENT: QCoreApplication.translate("MeetingWords", "agenda sent"),
        MeetingStatus.HELD: QCoreApplication.translate("MeetingWords", "held"),
        MeetingStatus.MINUTES_DRAFT: QCoreApplication.translate("MeetingWords", "draft minutes"),
        MeetingStatus.MINUTES_ADOPTED: QCoreApplication.translate(
            "MeetingWords", "minutes adopted"),
        MeetingStatus.CANCELLED: QCoreApplication.translate("MeetingWords", "cancelled"),
        MeetingStatus.MOVED: QCoreApplication.translate("MeetingWords", "moved"),
    }


def subject_labels() -> dict[OogoSubject, str]:
    return {
        OogoSubject.SUPPORT_PLAN_PO: QCoreApplication.translate(
            "MeetingWords", "support plan (primary)"),
        OogoSubject.SUPPORT_PLAN_VO: QCoreApplication.translate(
            "MeetingWords", "support plan (secondary)"),
        OogoSubject.YOUTH_CARE_PLAN: QCoreApplication.translate("MeetingWords", "youth care plan"),
        OogoSubject.SCHOOL_BUILDINGS: QCoreApplication.translate(
            "MeetingWords", "school buildings"),
        OogoSubject.OTHER: QCoreApplication.translate("MeetingWords", "other"),
    }


def list_date(m: Meeting) -> str:
    """'do 19-09-2013' (the Dutch weekday helps when scanning a list of dates), or the
    long form when the user chose it in the settings."""
    text = common_list_date(m.day)
    if text != short_date(m.day):
        return text
    return f"{WEEKDAYS[m.starts_at.weekday()][:2]} {text}"


def list_time(m: Meeting) -> str:
    return f"{m.starts_at:%H.%M}–{m.ends_at:%H.%M}"
