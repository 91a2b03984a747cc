"""Personal data under the AVG (GDPR): where a person's name is stored, and replacing it.

Anonymising a person replaces every occurrence of their name (and e-mail address) in the
stored text by a pseudonym, case-insensitively; the person record itself loses name,
e-mail and function. What is replaced is listed first for review (`Place`), with each
spot's surroundings, so the user sees what changes before it does. A lone first name or
surname ("Anouk", "Jansen") is not replaced (it may be someone else's): it is listed as a
possible mention for the user to look at.
"""

import re
from dataclasses import dataclass, field
from datetime import datetime

NOTES_PSEUDONYM = "[naam verwijderd]"  # for a name that is no person record


def person_pseudonym(person_id: int) -> str:
    """What a person record is called after anonymising (unique, says nothing)."""
    return f"Geanonimiseerd persoon {person_id}"


def needles(name: str, email: str = "") -> list[str]:
    """The texts replaced: the name and the e-mail address (longest first, so an address
    that contains the name is replaced whole)."""
    found = [t for t in (name.strip(), email.strip()) if t]
    return sorted(dict.fromkeys(found), key=len, reverse=True)


def name_parts(name: str) -> list[str]:
    """The words of a name long enough to be worth a look on their own (no 'de', 'van')."""
    words = re.findall(r"\w+", name)
    return [w for w in words if len(w) >= 4] if len(words) > 1 else []


def replace_all(text: str, found: list[str], pseudonym: str) -> str:
    for needle in found:
        text = re.sub(re.escape(needle), pseudonym, text, flags=re.IGNORECASE)
    return text


def contains(text: object, found: list[str]) -> bool:
    low = str(text or "").casefold()
    return any(n.casefold() in low for n in found)


def excerpt(text: str, needle: str, width: int = 40) -> str:
    """The spot where `needle` occurs, with some words around it, on one line."""
    flat = " ".join(str(text).split())
    at = flat.casefold().find(needle.casefold())
    if at < 0:
        return flat[:2 * width]
    start, end = max(0, at - width), min(len(flat), at + len(needle) + width)
    return ("…" if start else "") + flat[start:end] + ("…" if end < len(flat) else "")


@dataclass(frozen=True)
class Place:
    """One stored text that names the person: table (as the user knows it), record,
    field, and the spot itself."""

    table: str
    record: str  # uuid, or the row number for records without one
    column: str
    excerpt: str
    certain: bool = True  # False: only part of the name (a possible mention, not replaced)

    def line(self) -> str:
        mark = "" if self.certain else " (mogelijk; wordt niet vervangen)"
        return f"{TABLE_LABELS.get(self.table, self.table)} {self.record}, {self.column}: " \
               f"{self.excerpt}{mark}"


@dataclass(frozen=True)
class KeptCopy:
    """A copy made before the erasure that still holds the old data."""

    path: str
    made_at: datetime
    kind: str  # 'reservekopie', 'kopie voor migratie', 'archief'


@dataclass
class ErasurePlan:
    """What anonymising `name` would change, for review (the dry run)."""

    name: str
    pseudonym: str
    person_uuid: str | None
    places: list[Place] = field(default_factory=list)
    audit_rows: int = 0
    references: int = 0  # memberships, attendance, follow-ups owned
    kept_copies: list[KeptCopy] = field(default_factory=list)

    @property
    def replaced(self) -> list[Place]:
        return [p for p in self.places if p.certain]

    @property
    def possible(self) -> list[Place]:
        return [p for p in self.places if not p.certain]

    @property
    def empty(self) -> bool:
        return self.person_uuid is None and not self.replaced and not self.audit_rows


@dataclass
class ErasureResult:
    """What erasing a person did: the plan carried out, its audit row, and the compaction."""
    plan: ErasurePlan
    audit_row: int  # the chained erasure event
    compacted: bool  # free pages, old FTS segments and the WAL rewritten away
    compaction_note: str = ""


TABLE_LABELS = {
    "people": "persoon", "organisations": "organisatie", "bodies": "overlegorgaan",
    "meetings": "vergadering", "attendance": "aanwezigheid", "agenda_items": "agendapunt",
    "decisions": "besluit", "followups": "actiepunt", "item_criteria": "criterium",
    "milestones": "mijlpaal", "procedures": "procedure", "item_positions": "standpunt",
    "audit_log": "audittrail", "body_members": "lidmaatschap",
}
