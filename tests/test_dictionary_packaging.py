"""The Dutch dictionary travels with every form of the app: the source tree, the wheel
(pyproject's force-include of resources/) and the PyInstaller bundle (the spec's datas),
and is found through resource_paths in each."""

import ast
import shutil
import sys
import tomllib
from pathlib import Path

from overleg.services.spelling import SpellChecker, dictionary_folder

ROOT = Path(__file__).resolve().parent.parent
FILES = ("nl.aff", "nl.dic", "LICENSE.txt")


def test_the_source_tree_holds_the_dictionary_and_its_licence():
    folder = ROOT / "resources" / "dictionaries" / "nl"
    assert dictionary_folder() == folder
    for name in FILES:
        assert (folder / name).stat().st_size > 1000, name
    licence = (folder / "LICENSE.txt").read_text(encoding="utf-8")
    assert "OpenTaal" in licence and "BSD" in licence and "Attribution 3.0" in licence


def test_the_wheel_carries_resources_and_the_library():
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    included = project["tool"]["hatch"]["build"]["targets"]["wheel"]["force-include"]
    assert included["resources"] == "overleg/_resources"  # where resources_dir() looks
    assert any(d.startswith("chunspell") for d in project["project"]["dependencies"])


def test_the_bundle_carries_resources():
    spec = ast.parse((ROOT / "packaging" / "overleg.spec").read_text(encoding="utf-8"))
    datas = next(k.value for node in ast.walk(spec) if isinstance(node, ast.Call)
                 for k in node.keywords if k.arg == "datas")
    pairs = [ast.unparse(e) for e in datas.elts if isinstance(e, ast.Tuple)]
    assert "(str(ROOT / 'resources'), 'resources')" in pairs
    hidden = [k.value for node in ast.walk(spec) if isinstance(node, ast.Call)
              for k in node.keywords if k.arg == "hiddenimports"]
    assert len(hidden) == 1  # a repeated keyword would not even compile
    names = [e.value for e in hidden[0].elts if isinstance(e, ast.Constant)]
    assert "hunspell" in names


def test_a_frozen_bundle_finds_and_reads_its_own_copy(tmp_path, monkeypatch):
    copy = tmp_path / "resources" / "dictionaries" / "nl"
    shutil.copytree(ROOT / "resources" / "dictionaries" / "nl", copy)
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert dictionary_folder() == copy
    checker = SpellChecker()
    assert checker.folder == copy and checker.load()
    assert checker.misspelled("vergaderingg") == [(0, 12)]
