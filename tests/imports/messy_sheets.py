"""Action lists as secretaries really keep them, written for tests: a title merged over
the columns, a header merged over sub-headers, Dutch dates as text and as real dates,
empty rows between blocks, rows that cannot be read."""

from datetime import datetime
from pathlib import Path

from openpyxl import Workbook


def messy_xlsx(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.title = "Acties"
    ws.append(["Actielijst Stuurgroep Talentontwikkeling 2013"])
    ws.merge_cells("A1:F1")
    ws.append([])
    ws.append(["Nr", "Actiepunt", "Trekker", "Termijn", None, "Stand van zaken"])
    ws.merge_cells("D3:E3")
    ws.append([None, None, None, "datum", "vergadering", None])
    ws.append([1, "Notitie thuiszitters opstellen", "Peter Kok", "19-9-2013", None, "open"])
    ws.append([2, "Leerlingenvervoer tweede tranche uitwerken", "gemeente lelystad",
               datetime(2013, 10, 1), None, "lopend"])
    ws.append([])
    ws.append([3, "Casusoverleg inrichten", "Karin de Wit", None, "STT 28 november 2013",
               "afgerond"])
    ws.append([4, "Huisvesting inventariseren", "Jan de Vries", "binnenkort", None, "open"])
    ws.append([5, None, "Peter Kok", "1-12-2013", None, "open"])
    ws.append([6, "Evaluatie warme overdracht", "Sandra Mulder", "3 oktober 2013", None,
               "misschien"])
    ws.append([])
    ws.append([])
    wb.save(path)
    return path


def dutch_csv(path: Path) -> Path:
    """What Dutch Excel writes for 'CSV (gescheiden door lijstscheidingsteken)'."""
    text = ("Omschrijving;Eigenaar;Datum;Status\r\n"
            "Notitie thuiszitters opstellen;Peter Kok;19-9-2013;open\r\n"
            ";;;\r\n"
            "Overleg met zorgaanbieders over één loket;Nieuwe Collega;19 september 2013;\r\n"
            "Bekostiging time-out;Ingrid Bos;31-2-2014;open\r\n")
    path.write_bytes(text.encode("cp1252"))
    return path
