"""The Dutch words for the domain's vocabularies, as written in documents and on the
command line. (The interface translates its own English strings through Qt.)"""

from overleg.domain.enums import (
    AttendanceStatus,
    BodyKind,
    DecisionStatus,
    FollowUpStatus,
    ItemKind,
    MeetingStatus,
    MemberRole,
    MilestoneKind,
    OogoSubject,
    OrganisationKind,
    Outcome,
    Responsibility,
)

NL: dict[object, str] = {
    OrganisationKind.MUNICIPALITY: "gemeente",
    OrganisationKind.SWV_PO: "samenwerkingsverband PO",
    OrganisationKind.SWV_VO: "samenwerkingsverband VO",
    OrganisationKind.SCHOOL_BOARD: "schoolbestuur",
    OrganisationKind.CARE_PARTNER: "zorgpartner",
    OrganisationKind.OTHER: "overig",
    BodyKind.OOGO: "op overeenstemming gericht overleg (OOGO)",
    BodyKind.STEERING_COMMITTEE: "stuurgroep",
    BodyKind.PORTFOLIO_HOLDERS: "portefeuillehoudersoverleg",
    BodyKind.ADMINISTRATIVE: "bestuurlijk overleg",
    BodyKind.OTHER: "overig overleg",
    MemberRole.CHAIR: "voorzitter",
    MemberRole.SECRETARY: "secretaris",
    MemberRole.MEMBER: "lid",
    OogoSubject.SUPPORT_PLAN_PO: "ondersteuningsplan PO",
    OogoSubject.SUPPORT_PLAN_VO: "ondersteuningsplan VO",
    OogoSubject.YOUTH_CARE_PLAN: "jeugdplan",
    OogoSubject.SCHOOL_BUILDINGS: "onderwijshuisvesting",
    OogoSubject.OTHER: "overig",
    MeetingStatus.PLANNED: "gepland",
    MeetingStatus.AGENDA_SENT: "agenda verstuurd",
    MeetingStatus.HELD: "gehouden",
    MeetingStatus.MINUTES_DRAFT: "conceptverslag",
    MeetingStatus.MINUTES_ADOPTED: "verslag vastgesteld",
    MeetingStatus.CANCELLED: "geannuleerd",
    MeetingStatus.MOVED: "verplaatst",
    AttendanceStatus.INVITED: "uitgenodigd",
    AttendanceStatus.PRESENT: "aanwezig",
    AttendanceStatus.APOLOGIES: "afwezig met kennisgeving",
    AttendanceStatus.GUEST: "gast",
    ItemKind.DECISION: "ter besluitvorming",
    ItemKind.DISCUSSION: "ter bespreking",
    ItemKind.INFORMATION: "ter informatie",
    Outcome.CONSENSUS: "overeenstemming bereikt",
    Outcome.NO_CONSENSUS: "geen overeenstemming",
    Outcome.POSTPONED: "aangehouden",
    Outcome.DISPUTE: "geschil",
    DecisionStatus.TAKEN: "genomen",
    DecisionStatus.REVOKED: "ingetrokken",
    FollowUpStatus.OPEN: "open",
    FollowUpStatus.DONE: "afgerond",
    FollowUpStatus.CANCELLED: "vervallen",
    Responsibility.SCHOOL_BOARDS: "schoolbesturen",
    Responsibility.SHARED: "gedeeld",
    Responsibility.MUNICIPALITY: "gemeente",
    MilestoneKind.STATUTORY: "wettelijk",
    MilestoneKind.POLICY: "beleid",
}


def nl(value: object) -> str:
    """The Dutch word for an enum value ('' for None)."""
    if value is None:
        return ""
    return NL[value]
