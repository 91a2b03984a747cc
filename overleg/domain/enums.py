"""The closed vocabularies of the domain. Values are stable English identifiers stored in
the database; Dutch wording lives in vocabulary.py (documents, command line) and in the
Qt translations (interface)."""

from enum import StrEnum


class OrganisationKind(StrEnum):
    MUNICIPALITY = "municipality"
    SWV_PO = "swv_po"
    SWV_VO = "swv_vo"
    SCHOOL_BOARD = "school_board"
    CARE_PARTNER = "care_partner"
    OTHER = "other"


class BodyKind(StrEnum):
    OOGO = "oogo"
    STEERING_COMMITTEE = "steering_committee"
    PORTFOLIO_HOLDERS = "portfolio_holders"
    ADMINISTRATIVE = "administrative"
    OTHER = "other"


class MemberRole(StrEnum):
    CHAIR = "chair"
    SECRETARY = "secretary"
    MEMBER = "member"


class OogoSubject(StrEnum):
    SUPPORT_PLAN_PO = "support_plan_po"
    SUPPORT_PLAN_VO = "support_plan_vo"
    YOUTH_CARE_PLAN = "youth_care_plan"
    SCHOOL_BUILDINGS = "school_buildings"
    OTHER = "other"


class MeetingStatus(StrEnum):
    PLANNED = "planned"
    AGENDA_SENT = "agenda_sent"
    HELD = "held"
    MINUTES_DRAFT = "minutes_draft"
    MINUTES_ADOPTED = "minutes_adopted"
    CANCELLED = "cancelled"
    MOVED = "moved"


class AttendanceStatus(StrEnum):
    INVITED = "invited"
    PRESENT = "present"
    APOLOGIES = "apologies"
    GUEST = "guest"


class ItemKind(StrEnum):
    DECISION = "decision"
    DISCUSSION = "discussion"
    INFORMATION = "information"


class Outcome(StrEnum):
    CONSENSUS = "consensus"
    NO_CONSENSUS = "no_consensus"
    POSTPONED = "postponed"
    DISPUTE = "dispute"


class DecisionStatus(StrEnum):
    TAKEN = "taken"
    REVOKED = "revoked"


class FollowUpStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    CANCELLED = "cancelled"


class Responsibility(StrEnum):
    """The column of the VNG responsibility schema a theme sits in."""

    SCHOOL_BOARDS = "school_boards"
    SHARED = "shared"
    MUNICIPALITY = "municipality"


class MilestoneKind(StrEnum):
    STATUTORY = "statutory"
    POLICY = "policy"


class StandardItem(StrEnum):
    """Fixed items of a body's standard agenda; ADOPT_MINUTES is where minutes get adopted."""

    OPENING = "opening"
    ADOPT_MINUTES = "adopt_minutes"
    ACTION_REVIEW = "action_review"
    ANY_OTHER_BUSINESS = "any_other_business"
    CLOSING = "closing"
