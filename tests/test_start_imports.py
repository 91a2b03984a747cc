"""What starting the app imports: the window should not wait for modules that only an
export, an import or another command uses. Each check runs in a fresh interpreter, as
the app does, and names what a change brought back on the start path."""

import json
import os
import sqlite3
import subprocess
import sys

# Loaded when a document, a calendar file, a mail draft or a spreadsheet is written, or
# an action list is read; each costs the start of the app 10 to 100 ms.
HEAVY = ("docx", "openpyxl", "icalendar", "lxml", "email", "overleg.exports.word",
         "overleg.exports.spreadsheet", "overleg.exports.mail", "overleg.imports",
         "overleg.services.archive_service", "overleg.services.mail_service",
         "overleg.services.import_service")


def printed_by(script: str):
    """What `script`, run in a fresh interpreter, printed as JSON on its last line."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env=env, check=True, timeout=120).stdout
    return json.loads(out.splitlines()[-1])


def imported_by(code: str) -> set[str]:
    """The modules in sys.modules after `code` ran in a fresh interpreter."""
    return set(printed_by(f"import json, sys\n{code}\nprint(json.dumps(sorted(sys.modules)))"))


def loaded(modules: set[str], names) -> list[str]:
    return sorted(m for m in modules if any(m == n or m.startswith(n + ".") for n in names))


def start_path(path) -> str:
    """What `overleg` imports before the window (the command line, the composition root,
    the Qt application), then the database at `path` opened the way the app opens it."""
    return ("from pathlib import Path\n"
            "import overleg.cli.main, overleg.app, overleg.ui.application\n"
            "import overleg.ui.main_window\n"
            f"env = overleg.app.Environment(default_path=Path({str(path)!r}))\n"
            "services = env.open(env.default_path)\n"
            "services.bodies.all(); services.meetings.listings(); env.close(services)")


def test_the_start_path_leaves_exports_and_imports_unloaded(tmp_path):
    path = tmp_path / "overleg.db"
    modules = imported_by(start_path(path))
    assert path.exists()  # the check itself ran: the file was made and opened
    assert loaded(modules, HEAVY) == []
    # Spelling reads its dictionary when a checked field is first used, not at start.
    assert "overleg.services.spelling" in modules and "hunspell" not in modules


def test_opening_a_file_as_overleg_left_it_makes_no_hash(tmp_path):
    # Hashes (OpenSSL, ~5 ms) are made when an audit row or a document is written or
    # checked, media types guessed when a document is added: not at a start that writes
    # nothing (a new file's first opening writes its built-in schemas, chained).
    from overleg.app import Environment

    path = tmp_path / "overleg.db"
    env = Environment(default_path=path)
    env.close(env.open(path))
    modules = imported_by(start_path(path))
    assert "overleg.domain.audit_chain" in modules and "overleg.storage.blob_store" in modules
    assert loaded(modules, ("hashlib", "_hashlib", "mimetypes")) == []


# Loaded by Overleg's own modules on the start path only when used: a UUID is made with a
# new record, XML is read for a refusal's translation or an attached Word document, and
# `platform` (which uuid loads) names the machine only where os.uname is missing. Together
# some 15 ms of every start. (sqlite_utils still loads uuid: checked without it here.)
WHEN_USED = ("uuid", "platform", "xml")


def test_the_start_path_loads_uuid_platform_and_xml_only_when_used():
    modules = imported_by("import overleg.domain.records, overleg.storage.presence\n"
                          "import overleg.imports.attachment_text\n"
                          "import overleg.ui.common.message_text\n"
                          "from overleg.storage.presence import host_name\n"
                          "assert host_name()")
    assert "overleg.ui.common.message_text" in modules
    assert loaded(modules, WHEN_USED) == []


def test_the_command_line_parser_leaves_the_database_layers_unloaded():
    modules = imported_by("from overleg.cli.main import build_parser\n"
                          "build_parser().parse_args(['--db', 'x.db'])")
    assert "argparse" in modules
    assert loaded(modules, ("sqlite_utils", "overleg.services", "overleg.storage.database",
                            *HEAVY)) == []



# sqlite-utils and what it brings along (about 115 ms): needed to write and to migrate,
# not to open a current file and show the first screen (storage/connection.py).
WRITING_LIBRARIES = ("sqlite_utils", "click", "pluggy", "dateutil")


def test_a_current_file_opens_without_sqlite_utils_and_writes_through_it(tmp_path):
    from overleg.app import close_services, open_services

    path, seen = tmp_path / "overleg.db", tmp_path / "before-writing.json"
    close_services(open_services(path))  # made (and migrated) here, current from now on
    modules = imported_by(
        "from pathlib import Path\n"
        "import overleg.cli.main, overleg.app, overleg.ui.application\n"
        "import overleg.ui.main_window\n"
        "from overleg.domain.bodies import Body\n"
        f"env = overleg.app.Environment(default_path=Path({str(path)!r}))\n"
        "services = env.open(env.default_path)\n"
        "services.bodies.all(); services.meetings.listings()\n"
        f"Path({str(seen)!r}).write_text(json.dumps(sorted(sys.modules)))\n"
        "services.bodies.add_body(Body(name='Bestuurlijk overleg', code='BO'))\n"
        "try:\n"
        "    with services.ctx.db.atomic():\n"
        "        services.bodies.add_body(Body(name='Teruggedraaid', code='TD'))\n"
        "        raise KeyError('undone')\n"
        "except KeyError:\n"
        "    pass\n"
        "env.close(services)")
    assert "overleg.ui.main_window" in modules
    assert loaded(set(json.loads(seen.read_text())), WRITING_LIBRARIES) == []
    assert "sqlite_utils" in modules  # the write went through sqlite-utils' atomic()
    conn = sqlite3.connect(path)
    try:
        names = [r[0] for r in conn.execute("SELECT name FROM bodies")]
        logged = conn.execute("SELECT count(*) FROM change_log WHERE tbl = 'bodies'"
                              ).fetchone()[0]
    finally:
        conn.close()
    assert names == ["Bestuurlijk overleg"]  # committed; the rolled back one is not there
    assert logged == 1  # by the file's triggers, in the same transaction

# What only a command (not the window) needs: its module and the parsers it registers.
COMMANDS = ("overleg.cli.db_cmds", "overleg.cli.list_cmds", "overleg.cli.export_cmd",
            "overleg.cli.import_cmd", "overleg.cli.backup_cmds", "overleg.cli.milestone_cmds",
            "overleg.cli.oogo_cmds")


def test_starting_the_window_builds_no_command_parsers():
    modules = imported_by("from overleg.cli.main import build_parser, starts_window\n"
                          "assert starts_window(['--db', 'x.db'])\n"
                          "build_parser(commands=False).parse_args(['--db', 'x.db'])")
    assert "overleg.cli.main" in modules
    assert loaded(modules, COMMANDS) == []


def test_only_the_plain_start_skips_the_commands():
    from overleg.cli.main import build_parser, starts_window

    assert starts_window([]) and starts_window(["--db", "a.db"])
    assert starts_window(["--db=a.db"])
    for argv in (["demo"], ["--help"], ["--version"], ["--db", "a.db", "demo"],
                 ["demo", "--db", "a.db"], ["--db", "--help"]):
        assert not starts_window(argv), argv
    args = build_parser(commands=False).parse_args(["--db", "a.db"])
    assert str(args.db) == "a.db" and args.run.__name__ == "run_gui"


def test_an_export_still_finds_what_it_needs(tmp_path):
    """The lazily built services are there when asked for, built once."""
    modules = imported_by(
        "from overleg.services.container import build_services\n"
        "from overleg.storage.database import open_memory\n"
        "s = build_services(open_memory())\n"
        "assert s.mail is s.mail and s.mail.ctx is s.ctx\n"
        "s.imports, s.calendar, s.documents, s.spreadsheets")
    assert {"overleg.services.mail_service", "overleg.services.import_service"} <= modules


# Not needed to open a file whose schema is current, nor by the first screen (tomllib: the
# shipped schemas already in the file are known without parsing them).
NOT_AT_START = ("overleg.storage.migrations", "tomllib",
                "overleg.services.search_service", "overleg.services.audit_service",
                "overleg.services.procedure_service", "overleg.services.position_service",
                "overleg.services.followup_service", "overleg.services.demo",
                "overleg.services.audit_history")


def test_opening_a_current_file_replays_no_migrations(tmp_path):
    from overleg.app import close_services, open_services

    path = tmp_path / "overleg.db"
    close_services(open_services(path))  # made (and migrated) here, current from now on
    modules = imported_by(
        "from pathlib import Path\n"
        "import overleg.app\n"
        f"services = overleg.app.open_services(Path({str(path)!r}))\n"
        "services.bodies.all(); services.meetings.listings()\n"
        "overleg.app.close_services(services)")
    assert "overleg.storage.database" in modules  # the file was opened
    assert loaded(modules, NOT_AT_START) == []


def test_the_lazy_services_are_built_when_asked_for():
    from overleg.services.container import build_services
    from overleg.storage.database import open_memory

    services = build_services(open_memory())
    for name in ("search", "audit", "procedures", "positions", "followups"):
        service = getattr(services, name)
        assert service is getattr(services, name), name  # built once
        assert name in vars(services)  # and kept


def test_the_empty_item_form_of_the_first_screen_makes_no_uuid():
    # The agenda editor starts with no item shown: its blank fields come from a record
    # that needs no UUID of its own (making one loads uuid and platform).
    modules = imported_by("from PySide6.QtWidgets import QApplication\n"
                          "app = QApplication([])\n"
                          "from overleg.ui.agenda.item_form import ItemForm\n"
                          "form = ItemForm()\n"
                          "form.set_item(None, read_only=True)\n"
                          "assert form.minutes.value() == 0 and form.title.text() == ''")
    assert "overleg.ui.agenda.item_form" in modules
    assert loaded(modules, ("uuid", "platform")) == []


def test_pyside_is_not_made_to_read_overlegs_sources():
    # PySide reads each module imported after it to learn whether it uses PySide; for
    # Overleg's modules the ui package answers without reading (ui/source_scan.py).
    script = (
        "import sys, linecache, json\n"
        "import overleg.ui.main_window\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "read = sorted(f for f in linecache.cache if '/overleg/' in f)\n"
        "marks = {k: v for k, v in feature.pyside_feature_dict.items()\n"
        "         if k.startswith('overleg.')}\n"
        "print(json.dumps([read, marks]))")
    read, marks = printed_by(script)
    assert read == []  # inspect.getsource caches every file it read in linecache
    ui = {k: v for k, v in marks.items() if k.startswith("overleg.ui.")}
    assert len(ui) >= 10 and set(ui.values()) == {0}  # "uses PySide, no feature"
    assert all(v == -1 for k, v in marks.items() if not k.startswith("overleg.ui"))


def test_pyside_is_not_made_to_read_the_standard_library():
    # A ui module's `from typing import ...` makes PySide ask about typing, imported
    # before it; once the ui package answers for PySide the standard library is answered
    # without reading, as PySide would answer.
    script = (
        "import sys, json, inspect\n"
        "read, getsource = [], inspect.getsource\n"
        "def spy(obj):  # once the ui package answers for PySide (ui/source_scan.py)\n"
        "    hook = getattr(sys.modules.get('shibokensupport.feature'), '_mod_uses_pyside', 0)\n"
        "    if getattr(hook, 'overleg_shortcut', False):\n"
        "        read.append(getattr(obj, '__name__', '?'))\n"
        "    return getsource(obj)\n"
        "inspect.getsource = spy\n"
        "import overleg.cli.main, overleg.app\n"
        "import overleg.ui.main_window\n"
        "feature = sys.modules['shibokensupport.feature']\n"
        "std = lambda k: k.partition('.')[0] in sys.stdlib_module_names\n"
        "marks = {k: v for k, v in feature.pyside_feature_dict.items() if std(k)}\n"
        "print(json.dumps([[m for m in read if std(m)], marks]))")
    read, marks = printed_by(script)
    assert read == []
    assert {"typing", "dataclasses", "pathlib"} <= set(marks)
    assert set(marks.values()) == {-1}  # "does not use PySide": what reading would say
    import importlib
    import inspect

    for name in marks:  # ... as reading their sources here confirms
        try:
            source = inspect.getsource(importlib.import_module(name))
        except (OSError, TypeError, ImportError):
            continue  # built in, or no source: PySide answers "does not use it" too
        assert "PySide6" not in source, name
