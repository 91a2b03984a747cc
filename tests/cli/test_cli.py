import hashlib
import json
import os
import subprocess
import sys

import pytest

from overleg.cli.main import main
from overleg.storage.migrations import SCHEMA_VERSION


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    return path


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_meetings_lists_one_line_per_meeting(capsys, demo_db):
    code, out, _ = run(capsys, "meetings", "--db", demo_db)
    lines = out.splitlines()
    assert code == 0 and len(lines) == 10
    assert "19-09-2013 15.00" in lines[4] and "Stuurgroep Talentontwikkeling" in lines[4]
    assert lines[4].endswith("verslag vastgesteld")


def test_json_output_has_iso_dates_and_uuids(capsys, demo_db):
    code, out, _ = run(capsys, "meetings", "--db", demo_db, "--json", "--body", "STT")
    rows = json.loads(out)
    assert code == 0 and [r["starts_at"] for r in rows] == ["2013-09-19T15:00:00",
                                                            "2013-11-28T15:00:00"]
    assert all(len(r["uuid"]) == 36 for r in rows)


def test_actions_filters_open_overdue_body_and_reference_date(capsys, demo_db):
    _, out, _ = run(capsys, "actions", "--db", demo_db, "--json")
    everything = json.loads(out)
    _, out, _ = run(capsys, "actions", "--db", demo_db, "--json", "--open")
    open_ = json.loads(out)
    _, out, _ = run(capsys, "actions", "--db", demo_db, "--json", "--overdue",
                    "--as-of", "2014-01-20", "--body", "Stuurgroep Talentontwikkeling")
    overdue = json.loads(out)
    assert len(everything) > len(open_) > len(overdue) > 0
    assert all(r["status"] == "open" for r in open_)
    assert {r["owner"] for r in overdue} == {"Peter Kok", "Ingrid Bos"}
    assert all(r["overdue"] and r["due"] < "2014-01-20" for r in overdue)
    _, out, _ = run(capsys, "actions", "--db", demo_db, "--overdue", "--as-of", "2013-01-01")
    assert out == ""


def test_search_shows_where_each_hit_lives(capsys, demo_db):
    code, out, _ = run(capsys, "search", "--db", demo_db, "leerlingenvervoer")
    assert code == 0 and "agendapunt" in out and "Stuurgroep Talentontwikkeling" in out
    _, out, _ = run(capsys, "search", "--db", demo_db, "--json", "STT-20130919")
    assert [h["kind"] for h in json.loads(out)] == ["decision", "decision"]


def test_check_reports_version_and_integrity(capsys, demo_db):
    code, out, _ = run(capsys, "check", "--db", demo_db)
    assert code == 0 and f"Schemaversie: {SCHEMA_VERSION}" in out
    assert "Integriteit: in orde" in out


def test_demo_refuses_to_overwrite_a_file_with_data(capsys, demo_db):
    before = digest(demo_db)
    code, out, err = run(capsys, "demo", "--db", demo_db)
    assert code == 1 and "bestaat al" in err and err.count("\n") == 1
    assert digest(demo_db) == before


@pytest.mark.parametrize("command", ["meetings", "actions", "search x", "check"])
def test_a_wrong_file_gets_one_sentence_exit_1_and_stays_untouched(capsys, tmp_path, command):
    path = tmp_path / "notities.txt"
    path.write_text("Dit is geen database\n" * 50)
    before = digest(path)
    code, out, err = run(capsys, *command.split(), "--db", path)
    assert (code, out) == (1, "")
    assert err.startswith("overleg: ") and err.count("\n") == 1 and "Traceback" not in err
    assert digest(path) == before


def test_a_missing_file_is_not_created_by_a_listing(capsys, tmp_path):
    code, _, err = run(capsys, "meetings", "--db", tmp_path / "nieuw.db")
    assert code == 1 and "bestaat niet" in err
    assert not (tmp_path / "nieuw.db").exists()


@pytest.mark.parametrize("argv", [["actions", "--as-of", "31-02-2014"], ["bestaatniet"],
                                  ["meetings", "--onbekend"]])
def test_wrong_usage_exits_2(capsys, argv, demo_db):
    with pytest.raises(SystemExit) as exc:
        main([*argv, "--db", str(demo_db)])
    assert exc.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_an_unknown_body_is_one_sentence(capsys, demo_db):
    code, _, err = run(capsys, "actions", "--db", demo_db, "--body", "Gemeenteraad")
    assert code == 1 and "Gemeenteraad" in err


def test_every_command_has_help(capsys):
    for command in ["demo", "meetings", "actions", "search", "check"]:
        with pytest.raises(SystemExit) as exc:
            main([command, "--help"])
        assert exc.value.code == 0
        assert "--db" in capsys.readouterr().out


def test_the_installed_entry_point_runs_in_a_fresh_process(demo_db):
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-m", "overleg", "meetings", "--db", str(demo_db)],
                          capture_output=True, text=True, env=env, timeout=60)
    assert done.returncode == 0 and "Stuurgroep Welzijn en Zorg" in done.stdout
