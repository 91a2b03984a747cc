"""`make run` installs the runtime dependencies only; `make test` adds the dev extras.

Checked with a dry run (`make -n`) in a copy of the Makefile next to an empty folder, so
nothing is installed and the recipe make would run is what we read.
"""

import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytestmark = pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")


def dry_run(target: str, tmp_path: Path) -> str:
    shutil.copy(ROOT / "Makefile", tmp_path / "Makefile")
    (tmp_path / "pyproject.toml").write_text("")
    done = subprocess.run(["make", "-n", target], cwd=tmp_path, capture_output=True,
                          text=True, check=True)
    return done.stdout


def installs(recipe: str) -> list[str]:
    return [line.split("install --quiet", 1)[1].strip() for line in recipe.splitlines()
            if "pip install --quiet" in line and "--upgrade pip" not in line]


def test_run_installs_runtime_dependencies_only(tmp_path):
    assert installs(dry_run("run", tmp_path)) == ["-e ."]


def test_test_adds_the_development_extras(tmp_path):
    assert installs(dry_run("test", tmp_path)) == ["-e .", '-e ".[dev]"']
