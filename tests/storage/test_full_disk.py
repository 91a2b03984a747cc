"""A full disk is named as such, on write and read paths, with one sentence, no
traceback, and nothing left behind. On a small tmpfs (root can mount one here)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from overleg.cli.main import main
from tests.folder_state import one_sentence, snapshot


@pytest.fixture
def disk(tmp_path):
    """disk(size) mounts a tmpfs of that size (unmounted after the test)."""
    mounted = []

    def mount(size: str) -> Path:
        where = tmp_path / f"schijf-{len(mounted)}"
        where.mkdir()
        done = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs",
                               str(where)], capture_output=True)
        if done.returncode != 0:
            pytest.skip(f"cannot mount a small tmpfs here ({done.stderr.decode().strip()})")
        mounted.append(where)
        return where
    yield mount
    for where in mounted:
        subprocess.run(["umount", str(where)], check=False)


@pytest.fixture
def small_disk(disk):
    """400 KB: too small for the example database (with its WAL)."""
    return disk("400k")


def fill(disk: Path) -> None:
    """Take every free byte."""
    fd = os.open(disk / "vulling", os.O_CREAT | os.O_WRONLY)
    try:
        while True:
            os.write(fd, b"\0" * 4096)
    except OSError:
        pass
    finally:
        os.close(fd)


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("vol") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["export-archive", "--db", str(path),
                 "--out", str(path.with_suffix(".zip"))]) == 0
    return path


def refused(capsys, folder: Path, *argv) -> str:
    before = snapshot(folder)
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 1 and one_sentence(err), err
    assert snapshot(folder) == before
    return err


def test_demo_and_import_archive_on_a_full_disk_leave_no_file(capsys, small_disk,
                                                              demo_file):
    err = refused(capsys, small_disk, "demo", "--db", small_disk / "demo.db")
    assert "vol" in err
    err = refused(capsys, small_disk, "import-archive", "--db", small_disk / "nieuw.db",
                  demo_file.with_suffix(".zip"))
    assert "vol" in err
    assert list(small_disk.iterdir()) == []


def test_read_and_write_commands_at_zero_bytes_free_say_the_disk_is_full(
        capsys, disk, tmp_path):
    # room for an empty database of the current schema (about 450 KB) and its WAL while
    # the archive goes in; then every byte is taken
    small_disk = disk("2m")
    path = small_disk / "klein.db"
    assert main(["import-archive", "--db", str(path), str(empty_archive(tmp_path))]) == 0
    capsys.readouterr()
    fill(small_disk)
    for argv in (["meetings"], ["check"], ["actions"]):
        err = refused(capsys, small_disk, *argv, "--db", path)
        assert "schijf" in err and "vol" in err, err
    csv = tmp_path / "lijst.csv"
    csv.write_text("Actiepunt;Eigenaar\nBellen;Anna\n", encoding="utf-8")
    err = refused(capsys, small_disk, "import", "actions", "--db", path, csv)
    assert "vol" in err


def empty_archive(tmp_path: Path) -> Path:
    empty = tmp_path / "leeg.db"
    from overleg.storage.database import open_database

    open_database(empty).close()
    out = tmp_path / "leeg.zip"
    assert main(["export-archive", "--db", str(empty), "--out", str(out)]) == 0
    return out


@pytest.mark.parametrize("kind", ["minutes", "agenda", "actions", "xlsx"])
def test_an_export_to_a_full_disk_is_one_sentence_without_traceback(small_disk, demo_file,
                                                                    kind):
    fill(small_disk)
    before = snapshot(small_disk)
    out = small_disk / ("uit.xlsx" if kind == "xlsx" else "uit.docx")
    argv = ["export", kind, *(["actions"] if kind == "xlsx" else []),
            "--db", str(demo_file), "--out", str(out)]
    if kind in ("minutes", "agenda"):
        argv += ["--meeting", "1"]
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])}
    done = subprocess.run([sys.executable, "-m", "overleg", *argv], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 1
    assert one_sentence(done.stderr) and "vol" in done.stderr, done.stderr
    assert snapshot(small_disk) == before


def test_dev_full_is_named_too(tmp_path, demo_file):
    """Where no tmpfs can be mounted: /dev/full fails every write with ENOSPC."""
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    from overleg.services.file_output import ExportWriteError, write_file

    link = tmp_path / "uit.xlsx"
    with pytest.raises(ExportWriteError, match="vol"):
        import tempfile
        real = tempfile.mkstemp

        def at_dev_full(*a, **k):
            fd, name = real(*a, **k)
            os.close(fd)
            return os.open("/dev/full", os.O_WRONLY), name
        tempfile.mkstemp = at_dev_full
        try:
            write_file(link, b"x" * 10000)
        finally:
            tempfile.mkstemp = real
    assert not link.exists()
    shutil.rmtree(tmp_path / "nothing", ignore_errors=True)
