"""Spares every start PySide's reading of Overleg's own source files.

PySide6 looks at each module imported after it to learn whether the module uses PySide
(for its opt-in `__feature__` switches, snake_case and true_property, which Overleg does
not use): it reads the module's whole source with inspect.getsource and searches it for
"PySide6". For the ~120 modules of the first screen that is ~30 ms of every start. For
Overleg's modules the answer is known without reading: only `overleg.ui` imports PySide6
(the import contracts in pyproject.toml hold every other package to that). A ui module
that happens not to name PySide6 is answered "uses it" too: both answers leave a module
without any feature, which is all Overleg needs.

PySide asks the same of a module imported before it when a module imported after it
first imports that one by name (`from typing import ...` in a ui module): ~50 modules of
the standard library at every start, ~7 ms of reading. The standard library never names
PySide6, so they are answered "does not use it", PySide's own answer, without reading.
Other modules (third-party packages, the script being run) are still asked the way
PySide asks them.

When a PySide release no longer has this hook, nothing is changed.
"""

import sys
from types import ModuleType

_HOOK_MODULE = "shibokensupport.feature"
_HOOK = "_mod_uses_pyside"


def answer_for_overleg() -> bool:
    """Installs the shortcut; False when this PySide has no such hook (nothing done)."""
    import shiboken6  # noqa: F401 (its start-up installs the hook module)

    feature = sys.modules.get(_HOOK_MODULE)
    asks = getattr(feature, _HOOK, None)
    if feature is None or asks is None or not callable(asks):
        return False
    if getattr(asks, "overleg_shortcut", False):
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == "overleg" or name.startswith("overleg."):
            return name == "overleg.ui" or name.startswith("overleg.ui.")
        if name.partition(".")[0] in sys.stdlib_module_names:
            return False
        return asks(module)

    uses_pyside.overleg_shortcut = True  # type: ignore[attr-defined]
    setattr(feature, _HOOK, uses_pyside)
    return True
