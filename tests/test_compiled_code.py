"""The dataclass methods' code cache (overleg/compiled_code.py): classes made through it
behave as without it, what it compiled survives a save and a fresh read (the first
screen's methods in the file read first, the rest read only when needed), and a bad or
unwritable cache costs only the compiling."""

import dataclasses
import marshal
import os
import sys

import pytest

from overleg import compiled_code


@pytest.fixture
def cache(tmp_path, monkeypatch):
    """A cache of its own in tmp_path, not read yet (as at the start of a process)."""
    monkeypatch.setattr(compiled_code, "_folder", tmp_path)
    next_process(monkeypatch)
    return tmp_path


def next_process(monkeypatch=None) -> None:
    """The cache's state as a new process starts with it."""
    for name, value in (("_compiled", None), ("_first", set()), ("_more_read", False),
                        ("_used", set()), ("_new", set())):
        if monkeypatch is None:
            setattr(compiled_code, name, value)
        else:
            monkeypatch.setattr(compiled_code, name, value)


def make_other():
    @dataclasses.dataclass
    class Other:
        name: str
        size: int = 1

    return Other


def make_point():
    @dataclasses.dataclass(frozen=True)
    class Point:
        x: int
        y: int = 0
        label: str = dataclasses.field(default="", compare=False)

    return Point


def test_installed_when_overleg_is_imported():
    assert dataclasses.exec is compiled_code._exec  # type: ignore[attr-defined]


def test_a_dataclass_made_through_the_cache_behaves_as_without_it(cache):
    point = make_point()
    a, b = point(1, 2, "a"), point(1, 2, "b")
    assert a == b and hash(a) == hash(b)  # label is left out of eq and hash
    assert repr(a).endswith("Point(x=1, y=2, label='a')")
    with pytest.raises(dataclasses.FrozenInstanceError):
        a.x = 3  # type: ignore[misc]
    assert point(5).y == 0
    # each method came from the cache, compiled from exactly its text
    texts = [t for t in compiled_code._compiled if "_type_label" in t]  # its __init__
    assert texts
    assert all(compiled_code._compiled[t].co_consts == compile(
        t, "<string>", "exec", dont_inherit=True).co_consts for t in texts)


def test_what_was_compiled_is_read_back_by_the_next_process(cache):
    make_point()
    compiled_code.save(first_screen=True)
    saved = dict(compiled_code._compiled)
    assert compiled_code.cache_file().exists() and saved

    next_process()
    make_point()
    assert compiled_code._compiled.keys() == saved.keys()
    assert compiled_code._new == set()  # nothing new to write
    assert compiled_code._more_read is False  # all the first screen needs was read first
    before = compiled_code.cache_file().stat().st_mtime_ns
    compiled_code.save(first_screen=True)
    compiled_code.save()
    assert compiled_code.cache_file().stat().st_mtime_ns == before
    assert not compiled_code.more_file().exists()  # nothing else was ever made


def test_what_the_first_screen_did_not_use_is_read_only_when_needed(cache):
    make_point()
    compiled_code.save(first_screen=True)
    make_other()  # a dialog opened later
    compiled_code.save()
    first = marshal.loads(compiled_code.cache_file().read_bytes())
    more = marshal.loads(compiled_code.more_file().read_bytes())
    assert any("size" in t for t in more) and not any("size" in t for t in first)
    assert not set(first) & set(more)

    next_process()
    make_point()
    assert compiled_code._more_read is False
    make_other()
    assert compiled_code._more_read is True and compiled_code._new == set()  # found
    compiled_code.save(first_screen=True)  # the first screen now used both
    assert any("size" in t for t in marshal.loads(compiled_code.cache_file().read_bytes()))

    next_process()
    make_point()
    compiled_code.save(first_screen=True)  # ... and then only the point again
    first = marshal.loads(compiled_code.cache_file().read_bytes())
    more = marshal.loads(compiled_code.more_file().read_bytes())
    assert not any("size" in t for t in first)
    assert any("size" in t for t in more)  # moved back, not lost


def test_a_command_leaves_the_first_screens_file_as_it_is(cache):
    make_point()
    compiled_code.save(first_screen=True)
    before = compiled_code.cache_file().read_bytes()

    next_process()
    make_other()  # what a command makes
    compiled_code.save()
    assert compiled_code.cache_file().read_bytes() == before
    assert any("size" in t for t in marshal.loads(compiled_code.more_file().read_bytes()))


def test_the_file_is_named_after_this_python():
    name = compiled_code.cache_file().name
    assert sys.implementation.cache_tag in name


@pytest.mark.parametrize("content", [b"", b"not marshal data \x00\xff",
                                     marshal.dumps(["a", "list"]),
                                     marshal.dumps({"text": "not code"})])
def test_an_unreadable_cache_is_ignored_and_replaced(cache, content):
    compiled_code.cache_file().write_bytes(content)
    point = make_point()
    assert point(1) == point(1)
    compiled_code.save(first_screen=True)
    found = marshal.loads(compiled_code.cache_file().read_bytes())
    assert isinstance(found, dict) and found
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0,
                    reason="needs a folder this user cannot write (root writes anywhere)")
def test_a_folder_that_cannot_be_written_only_costs_the_compiling(cache):
    cache.chmod(0o500)
    try:
        make_point()
        compiled_code.save(first_screen=True)  # no exception
        assert not compiled_code.cache_file().exists()
    finally:
        cache.chmod(0o700)


def test_a_missing_folder_is_made(tmp_path, monkeypatch):
    monkeypatch.setattr(compiled_code, "_folder", tmp_path / "nieuw" / "cache")
    next_process(monkeypatch)
    make_point()
    compiled_code.save(first_screen=True)
    assert compiled_code.cache_file().exists()


def test_a_cache_that_cannot_be_replaced_only_costs_the_compiling(cache):
    compiled_code.cache_file().mkdir()  # a folder where the file should go
    make_point()
    compiled_code.save(first_screen=True)  # no exception, and no part file left
    assert compiled_code.cache_file().is_dir()
    assert not [p for p in cache.iterdir() if p.name.endswith(".tmp")]


def test_every_dataclass_says_what_it_is():
    """A dataclass without a docstring gets one made from its signature (inspect.signature),
    at every start: for the ~50 classes of the first screen that was 1% of a start."""
    import dataclasses
    import importlib
    import inspect
    import pkgutil

    import overleg

    missing = []
    for info in pkgutil.walk_packages(overleg.__path__, "overleg."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if (isinstance(value, type) and dataclasses.is_dataclass(value)
                    and value.__module__ == module.__name__):
                made = value.__name__ + str(inspect.signature(value)).replace(" -> None", "")
                if value.__doc__ in (None, "", made):  # none, or the one dataclasses made
                    missing.append(f"{module.__name__}.{name}")
    assert missing == []
