"""Outside files are read within limits, and each limit, when hit, is one sentence that
names it; foreseeable bad input never ends in 'Onverwachte fout'."""

import json
import zipfile
from pathlib import Path

import pytest

from overleg.cli.main import main
from overleg.domain.input_limits import ZipLimits
from overleg.imports import table_reader
from overleg.services import archive_service
from tests.folder_state import one_sentence

GB = 1024 ** 3


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("grenzen") / "demo.db"
    assert main(["demo", "--db", str(path)]) == 0
    assert main(["export-archive", "--db", str(path),
                 "--out", str(path.with_suffix(".zip"))]) == 0
    return path


def refused(capsys, *argv) -> str:
    code = main([str(a) for a in argv])
    err = capsys.readouterr().err
    assert code == 1 and one_sentence(err), err
    return err


def declare_size(path: Path, member: str, size: int) -> None:
    """Make the central directory claim `member` unpacks to `size` bytes."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02" + bytes(data[data.find(b"PK\x01\x02") + 4:][:0]))
    while at >= 0:
        name_len = int.from_bytes(data[at + 28:at + 30], "little")
        if data[at + 46:at + 46 + name_len].decode() == member:
            data[at + 24:at + 28] = size.to_bytes(4, "little")
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))


def test_an_archive_declaring_a_1_gb_member_is_refused_unread(capsys, tmp_path):
    bomb = tmp_path / "bom.zip"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("schema.json", '{"format": "overleg-archief", "tables": {}}')
        z.writestr("tabellen/bodies.json", "[]")
    declare_size(bomb, "tabellen/bodies.json", GB)
    err = refused(capsys, "import-archive", "--db", tmp_path / "nieuw.db", bomb)
    assert "512 MB" in err and "grens voor het archief" in err
    assert not (tmp_path / "nieuw.db").exists()


def test_an_archive_member_is_unpacked_only_up_to_the_limit(capsys, tmp_path, monkeypatch):
    small = ZipLimits("het archief", 100, 1024 * 1024, 10 * 1024 * 1024)
    monkeypatch.setattr(archive_service, "ARCHIVE", small)
    big = tmp_path / "groot.zip"
    with zipfile.ZipFile(big, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("schema.json", json.dumps({"format": "overleg-archief", "tables": {
            "bodies": {"file": "b.json"}}}))
        z.writestr("b.json", "[" + " " * (3 * 1024 * 1024) + "]")
    err = refused(capsys, "import-archive", "--db", tmp_path / "nieuw.db", big)
    assert "1 MB" in err


def test_an_archive_with_too_many_members_is_refused(capsys, tmp_path, monkeypatch):
    monkeypatch.setattr(archive_service, "ARCHIVE",
                        ZipLimits("het archief", 50, 1024 * 1024, 10 * 1024 * 1024))
    many = tmp_path / "veel.zip"
    with zipfile.ZipFile(many, "w") as z:
        for i in range(60):
            z.writestr(f"documenten/{i}.txt", "x")
    err = refused(capsys, "import-archive", "--db", tmp_path / "nieuw.db", many)
    assert "meer dan 50 onderdelen" in err


def nested(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json_in_an_archive_is_one_sentence(capsys, tmp_path):
    for depth in (50, 100_000):
        deep = tmp_path / f"diep-{depth}.zip"
        with zipfile.ZipFile(deep, "w", zipfile.ZIP_DEFLATED) as z:
            z.writestr("schema.json", json.dumps({"format": "overleg-archief", "tables": {
                "bodies": {"file": "b.json"}}}))
            z.writestr("b.json", nested(depth))
        err = refused(capsys, "import-archive", "--db", tmp_path / "nieuw.db", deep)
        assert "genest" in err


def write_csv(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_csv_cell_over_128_kb_is_one_sentence(capsys, demo_file, tmp_path):
    csv = write_csv(tmp_path / "lang.csv", "Actiepunt;Eigenaar\n" + "x" * 140_000 + ";Anna\n")
    err = refused(capsys, "import", "actions", "--db", demo_file, csv)
    assert "Regel 2" in err and "32767 tekens" in err
    csv = write_csv(tmp_path / "lang2.csv", "Actiepunt;Eigenaar\n" + "x" * 40_000 + ";Anna\n")
    assert "32767 tekens" in refused(capsys, "import", "actions", "--db", demo_file, csv)


@pytest.mark.parametrize("koprij", ['"drie"', "0", "-2", "true", "1.5", "[1]"])
def test_koprij_must_be_a_positive_number(capsys, demo_file, tmp_path, koprij):
    csv = write_csv(tmp_path / "l.csv", "Actiepunt;Eigenaar\nBellen;Anna\n")
    mapping = tmp_path / "k.json"
    mapping.write_text('{"actiepunt": "Actiepunt", "koprij": ' + koprij + '}')
    err = refused(capsys, "import", "actions", "--db", demo_file, csv, "--mapping", mapping)
    assert "'koprij'" in err and "positief getal" in err


def test_a_deeply_nested_mapping_file_is_one_sentence(capsys, demo_file, tmp_path):
    csv = write_csv(tmp_path / "l.csv", "Actiepunt;Eigenaar\nBellen;Anna\n")
    mapping = tmp_path / "k.json"
    mapping.write_text('{"actiepunt": ' + nested(20_000) + "}")
    err = refused(capsys, "import", "actions", "--db", demo_file, csv, "--mapping", mapping)
    assert "genest" in err


def test_an_xlsx_with_a_dtd_is_refused(capsys, demo_file, tmp_path):
    from openpyxl import Workbook

    plain = tmp_path / "gewoon.xlsx"
    wb = Workbook()
    wb.active.append(["Actiepunt", "Eigenaar"])
    wb.active.append(["Bellen", "Anna"])
    wb.save(plain)
    dtd = tmp_path / "dtd.xlsx"
    with zipfile.ZipFile(plain) as zin, zipfile.ZipFile(dtd, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = b'<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]>' + data
            zout.writestr(item.filename, data)
    err = refused(capsys, "import", "actions", "--db", demo_file, dtd)
    assert "DTD" in err


def test_a_1_gb_sheet_is_refused_before_it_is_read(capsys, demo_file, tmp_path):
    from openpyxl import Workbook

    book = tmp_path / "groot.xlsx"
    wb = Workbook()
    wb.active.append(["Actiepunt"])
    wb.save(book)
    declare_size(book, "xl/worksheets/sheet1.xml", GB)
    err = refused(capsys, "import", "actions", "--db", demo_file, book)
    assert "64 MB" in err and "Excel-werkmap" in err


def test_a_sheet_is_unpacked_only_up_to_the_limit(tmp_path, monkeypatch):
    from openpyxl import Workbook

    monkeypatch.setattr(table_reader, "WORKBOOK",
                        ZipLimits("de Excel-werkmap", 100, 64 * 1024, 1024 * 1024))
    book = tmp_path / "groot.xlsx"
    wb = Workbook()
    for i in range(3000):
        wb.active.append([f"Actiepunt {i}", "Anna", "1-1-2014"])
    wb.save(book)
    with pytest.raises(table_reader.InputLimitError, match="64 KB|0 MB"):
        table_reader.read_table(book)


def test_csv_is_read_as_utf8_with_or_without_bom(tmp_path):
    text = "Actiepunt;Eigenaar\nNotitie café;José\n"
    for name, data in (("bom.csv", b"\xef\xbb\xbf" + text.encode()), ("kaal.csv",
                                                                       text.encode())):
        (tmp_path / name).write_bytes(data)
        assert table_reader.read_table(tmp_path / name)[1] == ["Notitie café", "José"]


def test_invalid_utf8_is_refused_with_its_line_unless_an_encoding_is_given(
        capsys, demo_file, tmp_path):
    csv = tmp_path / "gemengd.csv"
    csv.write_bytes("Actiepunt;Eigenaar\nNotitie café;Anna\n".encode() +
                    "Overleg één loket;Bas\n".encode("cp1252"))
    err = refused(capsys, "import", "actions", "--db", demo_file, csv)
    assert "geen UTF-8" in err and "regel 3" in err and "--encoding" in err
    csv2 = write_csv(tmp_path / "windows.csv", "Actiepunt;Eigenaar\nOverleg één loket;Bas\n",
                     "cp1252")
    assert main(["import", "actions", "--db", str(demo_file), str(csv2),
                 "--encoding", "cp1252"]) == 0
    assert main(["actions", "--db", str(demo_file), "--json"]) == 0
    assert "Overleg één loket" in capsys.readouterr().out
    err = refused(capsys, "import", "actions", "--db", demo_file, csv2, "--encoding", "klingon")
    assert "onbekend" in err


def test_templates_and_schema_files_have_limits(tmp_path):
    from overleg.domain.errors import OverlegError
    from overleg.exports.word.template import open_template
    from overleg.services.schema_service import read_schema_file

    bomb = tmp_path / "huisstijl.dotx"
    with zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w/>")
    declare_size(bomb, "word/document.xml", GB)
    with pytest.raises(OverlegError, match="grens voor het sjabloon"):
        open_template(bomb)
    deep = tmp_path / "schema.toml"
    deep.write_text("x = " + nested(5000) + "\n")
    with pytest.raises(OverlegError, match="genest"):
        read_schema_file(deep)
    big = tmp_path / "groot.toml"
    big.write_text("# " + "x" * 3_000_000)
    with pytest.raises(OverlegError, match="te groot"):
        read_schema_file(big)
