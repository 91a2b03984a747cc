"""The access export of the AVG (inzage): everything stored about a person, readable.

A ZIP with `overzicht.md` (Markdown, readable as plain text: one section per kind of
record) and, per section, the same records as JSON and as CSV (semicolon-separated with
a BOM, as Dutch Excel opens it)."""

import csv
import io
import json
import zipfile
from collections.abc import Mapping, Sequence
from typing import BinaryIO

README = """# Inzage persoonsgegevens

Dit archief bevat alles wat in het Overleg-bestand over {name} is opgeslagen, op {day}.

- overzicht.md: leesbaar overzicht (dit bestand)
- per onderdeel een .json- en een .csv-bestand met dezelfde gegevens
"""


# Column names as a reader knows them (the JSON and CSV keep the stored names).
LABELS = {"name": "naam", "function": "functie", "email": "e-mail", "archived": "gearchiveerd",
          "organisation": "organisatie", "body": "overlegorgaan", "role": "rol",
          "starts_at": "datum", "note": "opmerking", "text": "tekst",
          "target_date": "termijn", "done_on": "afgehandeld op", "result": "resultaat",
          "created_on": "aangemaakt op", "at": "tijdstip", "user": "gebruiker",
          "host": "computer", "table_name": "tabel", "action": "handeling", "field": "veld",
          "old_value": "oude waarde", "new_value": "nieuwe waarde", "reason": "reden",
          "veld": "veld", "tekst": "tekst"}


def _cell(value: object) -> str:
    return "" if value is None else " ".join(str(value).split())


def markdown(name: str, day: str, sections: Mapping[str, Sequence[Mapping[str, object]]]
             ) -> str:
    lines = [README.format(name=name, day=day)]
    for title, rows in sections.items():
        lines.append(f"## {title} ({len(rows)})\n")
        if not rows:
            lines.append("Niets opgeslagen.\n")
            continue
        for row in rows:
            lines.append("- " + "; ".join(f"{LABELS.get(k, k)}: {_cell(v)}"
                                          for k, v in row.items()
                                          if v not in (None, "")))
        lines.append("")
    return "\n".join(lines)


def csv_text(rows: Sequence[Mapping[str, object]]) -> str:
    out = io.StringIO()
    out.write("\ufeff")
    if rows:
        writer = csv.DictWriter(out, fieldnames=list(rows[0]), delimiter=";",
                                lineterminator="\r\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return out.getvalue()


def write_zip(fh: BinaryIO, name: str, day: str,
              sections: Mapping[str, Sequence[Mapping[str, object]]],
              files: Mapping[str, str]) -> None:
    """`files` maps each section title to its file name (without extension)."""
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("overzicht.md", markdown(name, day, sections))
        for title, rows in sections.items():
            z.writestr(f"{files[title]}.json",
                       json.dumps(list(rows), ensure_ascii=False, indent=1, default=str))
            z.writestr(f"{files[title]}.csv", csv_text(rows))
