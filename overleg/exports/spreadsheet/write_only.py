"""Saving a write-only workbook so that a failure (a full disk) or a cancel midway leaves
nothing behind: openpyxl streams each sheet into a temporary file and leaves those, and
its half-written zip, to the garbage collector, which then prints tracebacks at exit."""

import datetime
from contextlib import suppress
from typing import BinaryIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.worksheet._writer import ALL_TEMP_FILES
from openpyxl.writer.excel import ExcelWriter


def save(wb: Workbook, out: BinaryIO) -> None:
    """openpyxl's save_workbook, keeping hold of the zip to drop it on failure."""
    archive = ZipFile(out, "w", ZIP_DEFLATED, allowZip64=True)
    wb.properties.modified = datetime.datetime.now(datetime.UTC).replace(tzinfo=None)
    try:
        ExcelWriter(wb, archive).save()
    except BaseException:
        archive.fp = None  # abandoned: never finish the zip when it is collected
        raise


def abandon(wb: Workbook) -> None:
    """Close every sheet's stream and remove its temporary file."""
    for ws in wb.worksheets:
        with suppress(Exception):
            if not ws.closed:
                ws.close()
        writer = getattr(ws, "_writer", None)
        if writer is not None and writer.out in ALL_TEMP_FILES:
            with suppress(OSError, ValueError):
                writer.cleanup()
