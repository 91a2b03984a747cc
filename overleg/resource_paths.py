"""The one place that knows where resources/ (schemas, templates, icons, translations) is:
in a frozen bundle, inside the installed wheel, or at the top of the source tree."""

import sys
from functools import cache
from pathlib import Path


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return _beside_the_package()


@cache
def _beside_the_package() -> Path:
    """Found once: resolving the package's path costs a system call per folder, and the
    window asks for a resource a dozen times while it starts."""
    package = Path(__file__).resolve().parent
    installed = package / "_resources"
    if installed.is_dir():
        return installed
    return package.parent / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
