"""Issue 11, 'done when': for each rule, the same bad input through every path that can
carry it gives the same refusal sentence (and changes nothing). The sentence each rule
gives is written once here; every path must give exactly that one.

Paths: the service methods a screen calls (the screens only call these), the archive
import and the spreadsheet import where the record can come in through them."""

import json
import zipfile
from datetime import date

import pytest

from overleg.domain.bodies import Body
from overleg.domain.dutch_dates import parse_date
from overleg.domain.errors import OverlegError
from overleg.domain.followups import Target
from overleg.domain.organisations import Person
from overleg.services.archive_service import export_archive, import_archive
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.services.intake.report import IntakeRefused
from overleg.storage.database import open_database
from tests.conftest import NOW

DRAFT, ADOPTED = 8, 5  # meetings of the example: minutes a draft, minutes adopted
LONG = "x" * 2_000_001
TOO_LONG = "Het veld 'actiepunt' is te lang (2.000.001 tekens, maximaal 2.000.000)."
BEFORE = ("De termijn van een actiepunt kan niet vóór de vergadering liggen waarin het is "
          "afgesproken.")
ADOPTED_SENTENCE = ("Het verslag van deze vergadering is vastgesteld; heropen het eerst (met "
                    "een reden) om het te wijzigen.")
BAD_EMAIL = "Ingrid Bos <i.bos@lelystad.example>"
EMAIL_SENTENCE = (f"'{BAD_EMAIL}' is geen geldig e-mailadres; schrijf alleen het adres, "
                  "zoals i.bos@gemeente.nl.")
NOT_A_DATE = "'{}' is geen geldige datum; schrijf bijvoorbeeld 2013-09-19."
CODE_SENTENCE = "De code 'PO/VO' mag geen / \\ : * ? \" < > | of stuurtekens bevatten."


@pytest.fixture
def s(tmp_path):
    services = build_services(open_database(tmp_path / "overleg.db"), now=lambda: NOW,
                              user="tester")
    services.schemas.ensure_builtin()
    build_demo(services)
    yield services
    services.db.close()


def _draft_followup(s) -> int:
    return s.minutes.followups_of(DRAFT)[0].id


def _adopted_followup(s) -> int:
    return s.minutes.followups_of(ADOPTED)[0].id


def _snapshot(s) -> list:
    return [list(s.db.execute(f"SELECT * FROM {t} ORDER BY id")) for t in
            ("followups", "bodies", "people", "decisions", "agenda_items")]


def _archive_with(s, tmp_path, table: str, column: str, value) -> object:
    """The database's own archive with one record of `table` given a bad value; importing
    it into the same database (that record then differs, or is new) must refuse it."""
    out, bad = tmp_path / "archief.zip", tmp_path / "vijandig.zip"
    export_archive(s.db, out)
    with zipfile.ZipFile(out) as src, zipfile.ZipFile(bad, "w") as dst:
        for name in src.namelist():
            data = src.read(name)
            if name == f"tabellen/{table}.json":
                rows = json.loads(data)
                rows[-1][column] = value
                rows[-1]["uuid"] = "0b1e4c2e-1111-4a4a-9a9a-0123456789ab"  # a new record
                data = json.dumps(rows).encode()
            dst.writestr(name, data)
    return lambda: import_archive(s.ctx, bad)


def _sheet_with(s, tmp_path, header: str, value: str, meeting: int | None = None):
    sheet = tmp_path / "acties.csv"
    sheet.write_text(f"Actiepunt;{header}\nNotitie opstellen;{value}\n", encoding="utf-8")
    return lambda: s.imports.import_file(sheet, origin_meeting_id=meeting)


def _sheet_row_refused(s, tmp_path, header: str, value: str):
    """The sentence the import shows for the one row it skips (the preview the import
    dialog and `overleg import actions` show): raised here so it reads like a refusal."""
    sheet = tmp_path / "acties.csv"
    sheet.write_text(f"Actiepunt;{header}\nNotitie opstellen;{value}\n", encoding="utf-8")

    def preview():
        table = s.imports.read(sheet)
        [problem] = s.imports.preview(table, s.imports.guess_mapping(table)).problems
        raise OverlegError(problem.reason)
    return preview


def _refusal(action) -> str:
    """The one sentence a path refuses with (an import's per-record refusal)."""
    with pytest.raises(OverlegError) as refused:
        action()
    if isinstance(refused.value, IntakeRefused):
        sentences = [r.sentence for r in refused.value.refusals]
        assert len(sentences) == 1, sentences
        return sentences[0]
    return str(refused.value)


PATHS = {
    "field limit (over-long follow-up text)": (TOO_LONG, {
        "minutes.add_followup": lambda s, _t: lambda: s.minutes.add_followup(DRAFT, LONG),
        "minutes.edit_followup": lambda s, _t: lambda: s.minutes.edit_followup(
            _draft_followup(s), LONG),
        "followups.edit_text": lambda s, _t: lambda: s.followups.edit_text(
            _draft_followup(s), LONG),
        "archive import": lambda s, t: _archive_with(s, t, "followups", "text", LONG),
    }),
    "target before origin": (BEFORE, {
        "minutes.add_followup": lambda s, _t: lambda: s.minutes.add_followup(
            DRAFT, "Notitie", target=Target(due_date=date(2013, 1, 1))),
        "minutes.edit_followup": lambda s, _t: lambda: s.minutes.edit_followup(
            _draft_followup(s), "Notitie", target=Target(due_date=date(2013, 1, 1))),
        "followups.retarget": lambda s, _t: lambda: s.followups.retarget(
            _draft_followup(s), Target(due_date=date(2013, 1, 1))),
        "spreadsheet import": lambda s, t: _sheet_with(s, t, "Termijn", "1-1-2013", DRAFT),
    }),
    "edit of adopted minutes": (ADOPTED_SENTENCE, {
        "minutes.add_followup": lambda s, _t: lambda: s.minutes.add_followup(
            ADOPTED, "Nieuw"),
        "minutes.edit_followup": lambda s, _t: lambda: s.minutes.edit_followup(
            _adopted_followup(s), "Nieuw"),
        "followups.edit_text": lambda s, _t: lambda: s.followups.edit_text(
            _adopted_followup(s), "Nieuw"),
        "minutes.take_decision": lambda s, _t: lambda: s.minutes.take_decision(
            ADOPTED, "Nieuw besluit"),
        # not the spreadsheet import: it reads an old action list in against adopted
        # minutes on purpose (README, 'Importing an action list')
    }),
    "invalid e-mail": (EMAIL_SENTENCE, {
        "bodies.add_person": lambda s, _t: lambda: s.bodies.add_person(
            Person("Ingrid Bos", email=BAD_EMAIL)),
        "archive import": lambda s, t: _archive_with(s, t, "people", "email", BAD_EMAIL),
    }),
    "impossible date, typed (31 February)": (NOT_A_DATE.format("31-2-2014"), {
        "command line and date fields (parse_date)": lambda s, _t: lambda: parse_date(
            "31-2-2014"),
        "spreadsheet import": lambda s, t: _sheet_row_refused(s, t, "Termijn", "31-2-2014"),
    }),
    "impossible date, stored (31 February)": (NOT_A_DATE.format("2014-02-31"), {
        "command line and date fields (parse_date)": lambda s, _t: lambda: parse_date(
            "2014-02-31"),
        "spreadsheet import": lambda s, t: _sheet_row_refused(s, t, "Termijn", "2014-02-31"),
        "archive import": lambda s, t: _archive_with(s, t, "followups", "target_date",
                                                     "2014-02-31"),
    }),
    "path-like code": (CODE_SENTENCE, {
        "bodies.add_body": lambda s, _t: lambda: s.bodies.add_body(Body("Nieuw", "PO/VO")),
        "archive import": lambda s, t: _archive_with(s, t, "bodies", "code", "PO/VO"),
    }),
}
CASES = [(rule, path) for rule, (_sentence, paths) in PATHS.items() for path in paths]


@pytest.mark.parametrize(("rule", "path"), CASES, ids=[f"{r}: {p}" for r, p in CASES])
def test_every_path_gives_the_rules_one_refusal_and_changes_nothing(s, tmp_path, rule,
                                                                    path):
    sentence, paths = PATHS[rule]
    action = paths[path](s, tmp_path)
    before = _snapshot(s)
    assert _refusal(action) == sentence
    assert _snapshot(s) == before


def test_an_invalid_status_transition_is_refused_alike_on_every_path(s):
    done = _draft_followup(s)
    s.followups.mark_done(done, "klaar")
    before = _snapshot(s)
    assert _refusal(lambda: s.followups.mark_done(done, "nog eens")) == \
        "Alleen een open actiepunt kan worden afgerond."
    assert _refusal(lambda: s.followups.cancel(done, "weg")) == \
        "Alleen een open actiepunt kan vervallen."
    assert _snapshot(s) == before


def test_a_stored_path_like_code_is_refused_by_name_on_every_read(s):
    """A code written by another program: the body itself cannot be read (named)."""
    s.db.execute("UPDATE bodies SET code = 'PO/VO' WHERE id = 1")  # as sqlite3 would
    with pytest.raises(OverlegError, match="PO/VO"):
        s.bodies.get(1)
