"""What every fuzz test asserts: the parser returns, or refuses with the app's own error
in one sentence; any other exception is a defect."""

from collections.abc import Callable
from typing import Any

from hypothesis import strategies as st

from overleg.domain.errors import OverlegError
from tests.fuzz.counter import count


def app_errors_only(parser: str, fn: Callable[..., Any], *args, **kwargs) -> Any:
    count(parser)
    try:
        return fn(*args, **kwargs)
    except OverlegError as exc:
        text = str(exc)
        assert text and "\n" not in text and text.rstrip().endswith((".", ")", "?")), text
        return None


# JSON values of every shape, nested a little.
json_scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | \
    st.text(max_size=40)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner,
                                                                max_size=5),
    max_leaves=20)
