"""Cleaning of free text at the domain boundary.

Pasted text brings control characters (from PDFs, terminals, old Word files) that Word
and XML refuse; they carry no meaning, so they are dropped here once, and every layer
after this can trust the text. Length limits keep a title a title.
"""

import re
import unicodedata

from overleg.domain.errors import ValidationError

TITLE_MAX = 500
TEXT_MAX = 2_000_000  # a 1 MB note must fit; beyond this it is not a note any more

# C0 and C1 controls except tab and newline, plus lone surrogates and the two
# non-characters XML 1.0 forbids.
_UNWANTED = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(value: str | None, *, field: str, max_length: int = TEXT_MAX) -> str:
    """Multi-line text: newlines kept, controls dropped, NFC-normalised."""
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(f"Het veld '{field}' moet tekst zijn.", field=field)
    text = value  # each step only when it has work (an import cleans every row)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _UNWANTED.search(text) is not None:
        text = _UNWANTED.sub("", text)
    if not text.isascii():  # ASCII is NFC already
        text = unicodedata.normalize("NFC", text)
    if len(text) > max_length:
        raise ValidationError(
            f"Het veld '{field}' is te lang ({_thousands(len(text))} tekens, maximaal "
            f"{_thousands(max_length)}).", field=field)
    return text


def clean_line(value: str | None, *, field: str, required: bool = False,
               max_length: int = TITLE_MAX) -> str:
    """Single-line text (titles, names): whitespace runs become one space."""
    text = clean_text(value, field=field, max_length=TEXT_MAX)
    text = " ".join(text.split())
    if required and not text:
        raise ValidationError(f"Het veld '{field}' mag niet leeg zijn.", field=field)
    if len(text) > max_length:
        raise ValidationError(
            f"Het veld '{field}' is te lang ({len(text)} tekens, maximaal {max_length}).",
            field=field)
    return text


def _thousands(n: int) -> str:
    """2.000.000: the Dutch thousands separator."""
    return f"{n:,}".replace(",", ".")


def search_key(text: str) -> str:
    """The form names are compared in when someone types part of one: without accents,
    case or repeated spaces, so "bos" finds "Ingrid Bos" and "ozturk" finds "Öztürk"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())
