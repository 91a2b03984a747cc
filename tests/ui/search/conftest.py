from tests.ui.followup.conftest import dutch  # noqa: F401 (the Dutch interface fixture)
