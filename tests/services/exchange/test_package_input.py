"""Exchange packages: the public version holds no confidential text (by the audience rule,
the same check as the state machine's), and a package that is damaged, hostile, from a
newer Overleg or with records the domain refuses is refused with one sentence per
problem, changing nothing."""

import hashlib
import io
import json
import zipfile

import pytest

from overleg.cli.main import main
from overleg.services.container import build_services
from overleg.services.demo import build_demo
from overleg.services.exchange.package import FORMAT_VERSION
from overleg.services.intake.report import IntakeRefused
from overleg.storage.database import open_database
from tests.conftest import NOW
from tests.services.public_outputs import confidential_texts, markers

DRAFT = 8


@pytest.fixture
def s(tmp_path):
    services = build_services(open_database(tmp_path / "overleg.db"), now=lambda: NOW,
                              user="tester")
    services.schemas.ensure_builtin()
    build_demo(services)
    yield services
    services.db.close()


def _text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return " ".join(z.read(n).decode("utf-8") for n in z.namelist())


def test_a_public_package_contains_no_confidential_text(s, tmp_path):
    closed = s.agenda.add_item(DRAFT, "Besloten G0001G", description="Onderhandeling G0002G",
                               confidential=True)
    s.agenda.update_item(closed.id, notes="Bod van de wethouder G0003G")
    s.minutes.take_decision(DRAFT, "Besluit G0004G", item_id=closed.id)
    s.minutes.add_followup(DRAFT, "Actie G0005G", item_id=closed.id)
    s.agenda.add_item(DRAFT, "Open punt G0006G")
    secret, open_ = confidential_texts(s.db)
    forbidden = markers(secret) - markers(open_)
    assert forbidden == {f"G000{n}G" for n in range(1, 6)}
    members, public = tmp_path / "leden.overleg", tmp_path / "openbaar.overleg"
    s.exchange.export(s.exchange.scope(meeting=DRAFT), members)
    code = s.db.execute("SELECT b.code FROM bodies b JOIN meetings m ON m.body_id = b.id "
                        "WHERE m.id = ?", [DRAFT]).fetchone()[0]
    package = s.exchange.export(s.exchange.scope(body=code), public, public=True)
    assert forbidden <= markers({_text(members)})  # the members' version has them all
    assert markers({_text(public)}) & forbidden == set()
    assert "G0006G" in _text(public) and package.manifest["left_out"] >= 3
    assert package.manifest["audience"] == "public"


@pytest.fixture
def package(s, tmp_path):
    out = tmp_path / "pakket.overleg"
    s.exchange.export(s.exchange.scope(meeting=DRAFT), out)
    return out


def _rewrite(path, *, manifest=None, records=None, keep_sums=False, extra=0):
    with zipfile.ZipFile(path) as z:
        members = {n: z.read(n) for n in z.namelist()}
    m = json.loads(members["manifest.json"])
    if records is not None:
        members["records.json"] = json.dumps(records(json.loads(members["records.json"])),
                                             ensure_ascii=False).encode()
        if not keep_sums:
            m["sha256"]["records.json"] = hashlib.sha256(members["records.json"]).hexdigest()
    if manifest is not None:
        manifest(m)
    members["manifest.json"] = json.dumps(m).encode()
    for n in range(extra):
        members[f"extra{n}.txt"] = b"x"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        for name, data in members.items():
            z.writestr(name, data)
    path.write_bytes(buffer.getvalue())


def _state(s):
    return [list(s.db.execute(f"SELECT * FROM {t} ORDER BY id"))
            for t in ("agenda_items", "decisions", "followups", "meetings", "audit_log")]


def _newer(m):
    m["format_version"] = FORMAT_VERSION + 1


def _longer_notes(r):
    r["agenda_items"][0]["notes"] = "x" * 2_000_001
    return r


@pytest.mark.parametrize(("change", "sentence"), [
    (dict(manifest=_newer), "is gemaakt met een nieuwere versie van Overleg; werk Overleg bij"),
    (dict(records=_longer_notes, keep_sums=True), "is beschadigd (een onderdeel klopt niet"),
    (dict(extra=20), "bevat meer dan 16 onderdelen, de grens voor het uitwisselingspakket"),
])
def test_a_bad_package_is_refused_with_one_sentence_and_nothing_changes(
        s, package, tmp_path, capsys, change, sentence):
    _rewrite(package, **change)
    before = _state(s)
    assert main(["exchange", "import", "--db", str(tmp_path / "overleg.db"), str(package),
                 "--accept-all"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and sentence in err[0] and "Traceback" not in err[0]
    assert _state(s) == before


def test_not_a_zip_is_refused(s, tmp_path, capsys):
    bad = tmp_path / "kapot.overleg"
    bad.write_bytes(b"PK\x03\x04 dit is geen zip")
    assert main(["exchange", "import", "--db", str(tmp_path / "overleg.db"), str(bad)]) == 1
    assert "geen (volledig) uitwisselingspakket" in capsys.readouterr().err


def test_records_the_domain_refuses_are_each_named_and_nothing_is_applied(
        s, package, tmp_path, capsys):
    def spoil(r):
        r["agenda_items"][0]["notes"] = "x" * 2_000_001
        r["followups"][0]["uuid"] = "GEEN-UUID"
        r["strangers"] = [{"uuid": "x"}]
        return r

    _rewrite(package, records=spoil)
    before = _state(s)
    with pytest.raises(IntakeRefused) as refused:
        s.exchange.preview(package)
    lines = refused.value.lines()
    assert len(lines) == 3
    assert any("te lang" in line for line in lines)
    assert any("geen geldige UUID" in line for line in lines)
    assert any("hoort niet in een uitwisselingspakket" in line for line in lines)
    assert main(["exchange", "import", "--db", str(tmp_path / "overleg.db"), str(package),
                 "--accept-all"]) == 1
    err = capsys.readouterr().err
    assert err.count("geweigerd:") == 3 and "er is niets veranderd" in err
    assert _state(s) == before
