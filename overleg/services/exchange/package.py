"""The exchange package file: one ZIP with JSON, read within limits.

    LEESMIJ.txt        what the package is (Dutch)
    manifest.json      format and version, the exporting installation and user, the time,
                       what it holds (scope, audience) and the SHA-256 of each member
    records.json       {table: [row, ...]}, each row with `_version` (version, last
                       writer, per field the stamp of its last change)
    tombstones.json    [{table, uuid, version, deleted (time|user|installation), meeting, body}]

Written through a temporary file in the target folder, flushed to disk and renamed, so
no one (a colleague reading a shared folder) ever reads half a package."""

import hashlib
import json
import os
import zipfile
from dataclasses import dataclass, field
from io import BytesIO
from pathlib import Path

from overleg.domain import input_limits
from overleg.domain.errors import OverlegError
from overleg.domain.input_limits import MB, ZipLimits
from overleg.services.file_output import write_stream
from overleg.storage.errors import NewerDatabase, NotOverlegDatabase

FORMAT = "overleg-uitwisseling"
FORMAT_VERSION = 1
SUFFIX = ".overleg"
LIMITS = ZipLimits("het uitwisselingspakket", 16, 256 * MB, 512 * MB, 1 * MB)
MEMBERS = ("records.json", "tombstones.json")

README = """Uitwisselingspakket van Overleg
===============================

Dit bestand bevat vergaderingen met hun agenda, verslag, besluiten, actiepunten,
standpunten en mijlpalen, om in te lezen in de Overleg van de andere partij of van een
collega (Bestand > Uitwisselingspakket inlezen, of: overleg exchange import).
Het overschrijft niets zonder te vragen: elk verschil wordt eerst getoond.

- manifest.json: formaat en versie, welke installatie het maakte, wanneer, en de
  SHA-256 van elk onderdeel.
- records.json: de records per tabel (JSON); verwijzingen staan als UUID.
- tombstones.json: records die de afzender heeft verwijderd.
"""


class PackageRefused(OverlegError):
    """A package that cannot be read: damaged, hostile, or not a package at all."""


@dataclass
class Package:
    """An exchange package as read: its manifest, records and deletions."""
    manifest: dict
    records: dict[str, list[dict]] = field(default_factory=dict)
    tombstones: list[dict] = field(default_factory=list)

    @property
    def installation(self) -> str:
        return str(self.manifest.get("installation", ""))

    @property
    def exported_at(self) -> str:
        return str(self.manifest.get("exported_at", ""))


def _bytes(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode("utf-8")


def write_package(package: Package, out: Path) -> Path:
    members = {"records.json": _bytes(package.records),
               "tombstones.json": _bytes(package.tombstones)}
    manifest = {**package.manifest, "format": FORMAT, "format_version": FORMAT_VERSION,
                "sha256": {n: hashlib.sha256(b).hexdigest() for n, b in members.items()}}
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("LEESMIJ.txt", README)
        z.writestr("manifest.json", _bytes(manifest))
        for name, data in members.items():
            z.writestr(name, data)

    def write(fh) -> None:
        fh.write(buffer.getbuffer())
        fh.flush()
        os.fsync(fh.fileno())  # on disk before the rename makes it visible

    return write_stream(out, write)


def read_package(path: Path) -> Package:
    """The package at `path`; one sentence when it is not one, is damaged or hostile
    (beyond the limits), or comes from a newer Overleg."""
    name = path.name
    not_one = PackageRefused(f"'{name}' is geen (volledig) uitwisselingspakket van Overleg; "
                             "er is niets veranderd.")
    try:
        with path.open("rb") as fh, input_limits.open_zip(fh, name, LIMITS) as z:
            manifest = input_limits.loads_json(
                input_limits.read_member(z, "manifest.json", name, LIMITS), name)
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise not_one
            version = manifest.get("format_version")
            if not isinstance(version, int) or version > FORMAT_VERSION:
                raise NewerDatabase(f"'{name}' is gemaakt met een nieuwere versie van "
                                    "Overleg; werk Overleg bij om het in te lezen.")
            sums = manifest.get("sha256")
            raw = {m: input_limits.read_member(z, m, name, LIMITS) for m in MEMBERS}
    except (input_limits.InputLimitError, PackageRefused, NewerDatabase):
        raise
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError,
            NotImplementedError, RuntimeError, NotOverlegDatabase):
        raise not_one from None
    if not isinstance(sums, dict) or any(
            sums.get(m) != hashlib.sha256(b).hexdigest() for m, b in raw.items()):
        raise PackageRefused(f"'{name}' is beschadigd (een onderdeel klopt niet met zijn "
                             "controlegetal); er is niets veranderd.")
    records = input_limits.loads_json(raw["records.json"], name, max_depth=5)
    tombstones = input_limits.loads_json(raw["tombstones.json"], name, max_depth=3)
    if not isinstance(records, dict) or not isinstance(tombstones, list) \
            or not all(isinstance(r, list) and all(isinstance(x, dict) for x in r)
                       for r in records.values()) \
            or not all(isinstance(t, dict) for t in tombstones):
        raise not_one
    return Package(manifest, records, tombstones)
