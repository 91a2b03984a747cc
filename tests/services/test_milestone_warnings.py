"""The deadline warning in the status bar: read at every start, so it reads only what the
line says (how many steps are late or due soon), not the names the lists show."""

from datetime import date

from overleg.domain.deadline_warnings import summary_line
from overleg.domain.milestones import Milestone


def test_the_warning_line_counts_the_warnings_without_reading_their_names(services):
    services.milestones.add(Milestone("Kadernota", date(2027, 1, 10), kind="statutory"))
    services.milestones.add(Milestone("Begroting", date(2027, 1, 25), kind="statutory"))
    day = date(2027, 1, 20)
    listed = services.milestones.warnings(day)
    statements: list[str] = []
    services.db.conn.set_trace_callback(statements.append)
    try:
        line = services.milestones.warning_line(day)
    finally:
        services.db.conn.set_trace_callback(None)
    assert line == summary_line([x.status for x in listed])
    assert "1 te laat" in line
    read = " ".join(statements).lower()
    assert "milestones" in read
    assert not [t for t in ("organisations", "procedures", "from bodies") if t in read]
