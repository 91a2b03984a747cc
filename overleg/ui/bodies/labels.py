"""Interface words for bodies, roles, organisations and schemas (translated through Qt so
the interface follows the installed language)."""

from PySide6.QtCore import QCoreApplication

from overleg.domain.enums import BodyKind, ItemKind, MemberRole, OrganisationKind, Responsibility


def body_kind_labels() -> dict[BodyKind, str]:
    return {
        BodyKind.OOGO: QCoreApplication.translate("BodyWords", "OOGO (statutory consultation)"),
        BodyKind.STEERING_COMMITTEE: QCoreApplication.translate("BodyWords",
                                                                "steering committee"),
        BodyKind.PORTFOLIO_HOLDERS: QCoreApplication.translate(
            "BodyWords", "portfolio holders' meeting"),
        BodyKind.ADMINISTRATIVE: QCoreApplication.translate("BodyWords",
                                                            "administrative meeting"),
        BodyKind.OTHER: QCoreApplication.translate("BodyWords", "other"),
    }


def role_labels() -> dict[MemberRole, str]:
    return {
        MemberRole.CHAIR: QCoreApplication.translate("BodyWords", "chair"),
        MemberRole.SECRETARY: QCoreApplication.translate("BodyWords", "secretary"),
        MemberRole.MEMBER: QCoreApplication.translate("BodyWords", "member"),
    }


def organisation_kind_labels() -> dict[OrganisationKind, str]:
    return {
        OrganisationKind.MUNICIPALITY: QCoreApplication.translate("BodyWords", "municipality"),
        OrganisationKind.SWV_PO: QCoreApplication.translate(
            "BodyWords", "school partnership (primary)"),
        OrganisationKind.SWV_VO: QCoreApplication.translate(
            "BodyWords", "school partnership (secondary)"),
        OrganisationKind.SCHOOL_BOARD: QCoreApplication.translate("BodyWords", "school board"),
        OrganisationKind.CARE_PARTNER: QCoreApplication.translate("BodyWords", "care partner"),
        OrganisationKind.OTHER: QCoreApplication.translate("BodyWords", "other organisation"),
    }


def responsibility_labels() -> dict[Responsibility, str]:
    return {
        Responsibility.SCHOOL_BOARDS: QCoreApplication.translate("BodyWords", "school boards"),
        Responsibility.SHARED: QCoreApplication.translate("BodyWords", "shared"),
        Responsibility.MUNICIPALITY: QCoreApplication.translate("BodyWords", "municipality"),
    }


def item_kind_labels() -> dict[ItemKind, str]:
    return {
        ItemKind.DECISION: QCoreApplication.translate("BodyWords", "for decision"),
        ItemKind.DISCUSSION: QCoreApplication.translate("BodyWords", "for discussion"),
        ItemKind.INFORMATION: QCoreApplication.translate("BodyWords", "for information"),
    }
