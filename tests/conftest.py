"""Root fixtures. Qt runs offscreen, set before anything imports Qt."""

import os
from datetime import datetime

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import HealthCheck, settings  # noqa: E402

from overleg import compiled_code  # noqa: E402
from overleg.services.container import Services, build_services  # noqa: E402
from overleg.services.demo import build_demo  # noqa: E402
from overleg.storage.database import open_memory  # noqa: E402

# Derandomized: the gate tests the same cases at every run (make fuzz explores).
settings.register_profile("ci", max_examples=60, deadline=None, derandomize=True,
                          suppress_health_check=[HealthCheck.too_slow])
settings.load_profile("ci")

# A fixed 'now' keeps the overdue rule and dates reproducible.
NOW = datetime(2013, 12, 1, 10, 0)


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path_factory, monkeypatch):
    """No test touches the real user-data folder (nor finds it among its own files), nor
    writes to the user's cache folder."""
    monkeypatch.setenv("OVERLEG_DATA_DIR", str(tmp_path_factory.mktemp("userdata")))
    monkeypatch.setattr(compiled_code, "_folder", tmp_path_factory.getbasetemp() / "cache")


@pytest.fixture
def services() -> Services:
    s = build_services(open_memory(), now=lambda: NOW, user="tester")
    s.schemas.ensure_builtin()
    yield s
    s.db.close()


@pytest.fixture
def demo(services: Services) -> Services:
    build_demo(services)
    return services
