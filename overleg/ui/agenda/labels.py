"""Interface words for the agenda's vocabularies (translated through Qt, not vocabulary.py,
so the interface follows the installed language)."""

from PySide6.QtCore import QCoreApplication

from overleg.domain.enums import ItemKind, Responsibility


def kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.DECISION: QCoreApplication.translate("AgendaWords", "for decision"),
        ItemKind.DISCUSSION: QCoreApplication.translate("AgendaWords", "for discussion"),
        ItemKind.INFORMATION: QCoreApplication.translate("AgendaWords", "for information"),
    }


def responsibility_labels() -> dict[Responsibility, str]:
    return {
        Responsibility.SCHOOL_BOARDS: QCoreApplication.translate("AgendaWords",
                                                                 "school boards"),
        Responsibility.SHARED: QCoreApplication.translate("AgendaWords", "shared"),
        Responsibility.MUNICIPALITY: QCoreApplication.translate("AgendaWords",
                                                                "municipality"),
    }


def minutes_text(minutes: int) -> str:
    return QCoreApplication.translate("AgendaWords", "%1 min").replace("%1", str(minutes))
