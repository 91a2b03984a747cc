"""How much of an outside file Overleg will read: zip packages (archives, workbooks,
templates), JSON and cells. Each limit, when hit, is one sentence that names it; nothing
is decompressed or parsed beyond it. Limits are generous for real files (a ten-year
archive, an action list of 20,000 rows) and small enough that a crafted file cannot
exhaust memory."""

import json
from dataclasses import dataclass
from typing import IO, TYPE_CHECKING, Any

from overleg.domain.errors import ValidationError

if TYPE_CHECKING:  # zipfile itself only when a package is opened: not on every start
    import zipfile

MB = 1024 * 1024
MAX_JSON_DEPTH = 32  # an archive row is two levels deep; a mapping file one
MAX_CELL_CHARS = 32767  # Excel's own limit for one cell
DTD_SCAN_BYTES = 64 * 1024  # a DTD stands before the first element


class InputLimitError(ValidationError):
    """An outside file beyond one of Overleg's reading limits."""


@dataclass(frozen=True)
class ZipLimits:
    """How large a zip file from someone else may be, member by member and in all."""
    what: str  # "het archief", "de Excel-werkmap", "het sjabloon"
    max_members: int
    max_member_bytes: int
    max_total_bytes: int
    max_central_bytes: int = 16 * MB
    # Members under this folder are not read into memory (streamed, each within its
    # own limit): they do not count towards max_total_bytes.
    exempt: str = ""


ARCHIVE = ZipLimits("het archief", 200_000, 512 * MB, 2048 * MB, 64 * MB, "stukken/")
WORKBOOK = ZipLimits("de Excel-werkmap", 1_000, 64 * MB, 256 * MB)
TEMPLATE = ZipLimits("het sjabloon", 2_000, 64 * MB, 256 * MB)


def central_directory_size(fh: IO[bytes]) -> int | None:
    """The size the end record declares for a zip's central directory (which ZipFile
    reads whole), without reading it; None when there is no end record."""
    fh.seek(0, 2)
    size = fh.tell()
    fh.seek(max(0, size - 65557))
    tail = fh.read()
    at = tail.rfind(b"PK\x05\x06")
    if at < 0 or len(tail) < at + 22:
        return None
    return int.from_bytes(tail[at + 12:at + 16], "little")


def open_zip(fh: IO[bytes], name: str, limits: ZipLimits) -> "zipfile.ZipFile":
    """A ZipFile whose member count and declared sizes are within `limits`."""
    import zipfile

    central = central_directory_size(fh)
    if central is not None and central > limits.max_central_bytes:
        raise _too_many(name, limits)
    fh.seek(0)
    z = zipfile.ZipFile(fh)
    infos = z.infolist()
    if len(infos) > limits.max_members:
        z.close()
        raise _too_many(name, limits)
    if any(i.file_size > limits.max_member_bytes for i in infos):
        z.close()
        raise InputLimitError(f"'{name}' bevat een onderdeel dat uitgepakt groter is dan "
                              f"{limits.max_member_bytes // MB} MB, de grens voor "
                              f"{limits.what}.")
    if sum(i.file_size for i in infos if not (limits.exempt and i.filename.startswith(
            limits.exempt))) > limits.max_total_bytes:
        z.close()
        raise InputLimitError(f"'{name}' is uitgepakt groter dan "
                              f"{limits.max_total_bytes // MB} MB, de grens voor "
                              f"{limits.what}.")
    return z


def _too_many(name: str, limits: ZipLimits) -> InputLimitError:
    return InputLimitError(f"'{name}' bevat meer dan {limits.max_members} onderdelen, de "
                           f"grens voor {limits.what}.")


def read_member(z: "zipfile.ZipFile", member: str, name: str, limits: ZipLimits) -> bytes:
    """A member's bytes, read in chunks and stopped at the limit whatever its header
    declares."""
    chunks, total = [], 0
    with z.open(member) as src:
        while chunk := src.read(MB):
            total += len(chunk)
            if total > limits.max_member_bytes:
                raise InputLimitError(f"'{name}' bevat een onderdeel dat uitgepakt groter "
                                      f"is dan {limits.max_member_bytes // MB} MB, de grens "
                                      f"voor {limits.what}.")
            chunks.append(chunk)
    return b"".join(chunks)


def has_dtd(z: "zipfile.ZipFile") -> bool:
    """True when an XML part declares a DTD (entities that expand are how an XML bomb
    works; Office never writes one)."""
    for info in z.infolist():
        if info.filename.endswith((".xml", ".rels", ".vml")):
            with z.open(info) as src:
                head = src.read(DTD_SCAN_BYTES)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                return True
    return False


def loads_json(data: bytes | str, name: str, max_depth: int | None = MAX_JSON_DEPTH
               ) -> Any:
    """JSON nested at most `max_depth` deep (None: only as deep as the parser can go);
    raises ValueError when it is not JSON at all."""
    try:
        value = json.loads(data)
    except RecursionError:  # the C parser stops at Python's recursion limit
        raise _too_deep(name, max_depth or MAX_JSON_DEPTH) from None
    if max_depth is not None and deeper_than(value, max_depth):
        raise _too_deep(name, max_depth)
    return value


def _too_deep(name: str, depth: int) -> InputLimitError:
    return InputLimitError(f"'{name}' is dieper genest dan {depth} niveaus, de grens voor "
                           "JSON-bestanden.")


def deeper_than(value: Any, max_depth: int) -> bool:
    if not isinstance(value, (dict, list)):
        return False
    stack = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if depth > max_depth:
            return True
        nested = [c for c in (item.values() if isinstance(item, dict) else item)
                  if isinstance(c, (dict, list))]
        if nested:  # a row of plain values (most of an archive) ends here
            if depth == max_depth:
                return True
            stack.extend((c, depth + 1) for c in nested)
    return False


def check_cell(value: Any, line: int, name: str) -> None:
    if isinstance(value, str) and len(value) > MAX_CELL_CHARS:
        raise InputLimitError(f"Regel {line} van '{name}' heeft een cel van meer dan "
                              f"{MAX_CELL_CHARS} tekens, de grens van Excel voor één cel.")
