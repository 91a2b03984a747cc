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


def test_the_line_reads_only_the_milestones_that_can_warn_and_says_the_same(services):
    """The start reads the open milestones due up to latest_due_that_warns(); the line is
    the one all open milestones give, on every day around the Christmas days too."""
    from datetime import timedelta

    from overleg.domain.deadline_warnings import warnings

    for n, due in enumerate([date(2027, 1, 4), date(2027, 2, 1), date(2027, 2, 3),
                             date(2027, 2, 20), date(2027, 12, 27), date(2028, 1, 3),
                             date(2029, 6, 1)]):
        services.milestones.add(Milestone(f"Stap {n}", due, kind="statutory"))
    done = services.milestones.add(Milestone("Klaar", date(2027, 1, 5), kind="statutory"))
    services.milestones.complete(done.id, date(2027, 1, 1))
    every_open = [m for m in services.milestones.repo.between() if not m.done]
    day = date(2026, 12, 1)
    while day < date(2028, 2, 1):
        expected = summary_line(warnings(every_open, day, {}))  # none has a meeting yet
        assert services.milestones.warning_line(day) == expected, day
        day += timedelta(days=3)
    statements: list[str] = []
    services.db.conn.set_trace_callback(statements.append)
    try:
        services.milestones.warning_line(date(2027, 1, 20))
    finally:
        services.db.conn.set_trace_callback(None)
    read = " ".join(statements)
    assert "done_on IS NULL AND due <= '2027-03-" in read  # not the one of 2029
