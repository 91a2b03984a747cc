"""Fuzz profiles: a short one in `make test`, a long one in `make fuzz`
(OVERLEG_FUZZ=long: at least 10,000 generated inputs over all parsers, checked at the end
of the session)."""

import os

from hypothesis import HealthCheck, settings

from tests.fuzz import counter

LONG = os.environ.get("OVERLEG_FUZZ") == "long"
MINIMUM_LONG = 10_000

common = dict(deadline=None, database=None, print_blob=True,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                     HealthCheck.filter_too_much,
                                     HealthCheck.function_scoped_fixture])
# make test is a gate: the same inputs at every run, so a submission cannot fail on the
# luck of the draw. make fuzz draws new inputs every time; what it finds becomes a test.
settings.register_profile("short", max_examples=25, derandomize=True, **common)
settings.register_profile("long", max_examples=900, derandomize=False, **common)
settings.load_profile("long" if LONG else "short")


def pytest_terminal_summary(terminalreporter):
    if counter.total:
        terminalreporter.write_line(
            f"fuzz: {counter.total} generated inputs ({'long' if LONG else 'short'} profile): "
            + ", ".join(f"{k} {v}" for k, v in sorted(counter.per_parser.items())))


def pytest_sessionfinish(session, exitstatus):
    """The long profile over all fuzz tests (no -k) must reach the promised count."""
    if LONG and not session.config.option.keyword and counter.total < MINIMUM_LONG:
        print(f"\nfuzz: only {counter.total} generated inputs; make fuzz promises "
              f"{MINIMUM_LONG}")
        session.exitstatus = 1
