"""A workbook loads with Python's cyclic collector held back (openpyxl's dozen objects
per cell are no garbage until it is dropped), and collection is on again afterwards,
whether the file was read or refused."""

import gc

import openpyxl
import pytest

from overleg.imports import table_reader
from overleg.imports.table_reader import TableReadError, read_table


def test_collection_waits_while_a_sheet_loads_and_resumes_after(tmp_path, monkeypatch):
    path = tmp_path / "acties.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Actiepunt", "Wie"])
    wb.active.append(["Notitie opstellen", "Peter Kok"])
    wb.save(path)
    seen = []
    load = openpyxl.load_workbook

    def spying_load(*args, **kwargs):
        seen.append(gc.isenabled())
        return load(*args, **kwargs)

    monkeypatch.setattr(openpyxl, "load_workbook", spying_load)
    assert read_table(path) == [["Actiepunt", "Wie"], ["Notitie opstellen", "Peter Kok"]]
    assert seen == [False] and gc.isenabled()


def test_collection_resumes_after_a_damaged_workbook(tmp_path, monkeypatch):
    path = tmp_path / "kapot.xlsx"
    openpyxl.Workbook().save(path)

    def broken(*args, **kwargs):
        raise KeyError("xl/workbook.xml")  # one of the many things openpyxl raises

    monkeypatch.setattr(openpyxl, "load_workbook", broken)
    with pytest.raises(TableReadError):
        read_table(path)
    assert gc.isenabled()


def test_collection_stays_off_when_someone_else_turned_it_off():
    gc.disable()
    try:
        with table_reader._collection_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # not ours to turn on
    finally:
        gc.enable()
