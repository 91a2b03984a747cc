"""The agenda is tested inside the meetings screen: same window fixtures."""

from tests.ui.meetings.conftest import prompts, screen, window  # noqa: F401 (fixtures)
