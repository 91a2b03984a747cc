"""Small builders shared by tests."""

import sqlite3
from datetime import datetime

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind, MemberRole
from overleg.domain.organisations import Person
from overleg.services.container import Services


def body_with_members(s: Services, code: str = "STT", n: int = 3) -> int:
    body = s.bodies.add_body(Body(f"Stuurgroep {code}", code, BodyKind.STEERING_COMMITTEE))
    for i in range(n):
        p = s.bodies.add_person(Person(f"Lid {code} {i}"))
        s.bodies.add_member(body.id, p.id, MemberRole.CHAIR if i == 0 else MemberRole.MEMBER)
    return body.id  # type: ignore[return-value]


def meeting(s: Services, body_id: int, day: tuple[int, int, int], hour: int = 15) -> int:
    m = s.meetings.plan(body_id, datetime(*day, hour, 0), datetime(*day, hour + 2, 0),
                        location="Stadhuis")
    return m.id  # type: ignore[return-value]


def spoil_an_index(path, index: str = "idx_meetings_starts") -> None:
    """Damage only an index, the kind of damage a quick check would not see: the cells
    of one index page reversed, so size, header and page structure stay as they were."""
    conn = sqlite3.connect(path)
    root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                        [index]).fetchone()[0]
    page = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(path.read_bytes())
    at = (root - 1) * page
    data[at + 8:at + page] = bytes(reversed(data[at + 8:at + page]))
    path.write_bytes(bytes(data))


def editable_followup(s):
    """An open follow-up whose minutes are still a draft (adopted ones are read-only)."""
    return next(x.followup for x in s.followups.all(s.followups.filter())
                if not s.meetings.get(x.followup.meeting_id).minutes_adopted)
