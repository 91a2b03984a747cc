"""Which stretches of a text are words to spell-check, and which words never are.

Not words: Markdown markers (**, *, -, 1.), web addresses, e-mail addresses, dotted
abbreviations (o.a., t.z.t., overleg.nl) and file types (.docx). Never flagged: single
letters, words with a digit (2e, B3), and ALL-CAPS abbreviations (OOGO, SWV, PO)."""

import re
from collections.abc import Iterable, Iterator

# Stretches of a text that hold no words to check: they are blanked out first.
_NOT_PROSE = re.compile(
    r"(?:[a-z][a-z0-9+.-]*://|www\.)\S+"  # web addresses, also inside a Markdown link
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"  # e-mail addresses
    r"|\w+(?:\.\w+)+\.?"  # o.a., t.z.t., overleg.nl
    r"|(?<!\w)\.\w{2,5}\b",  # file types: .docx, .ics
    re.IGNORECASE)
# A word: letters, with apostrophes and hyphens inside ("auto's", "OOGO-overleg") and a
# leading apostrophe ("'s middags"); digits are matched too, so that "2e" is one token
# (and skipped) rather than the word "e".
_WORD = re.compile(r"(?:['’](?=\w))?\w+(?:['’-]\w+)*")


def words(text: str) -> Iterator[tuple[int, str]]:
    """(offset, word) of each word in `text` that could be misspelt."""
    prose = _NOT_PROSE.sub(lambda m: " " * len(m.group()), text)
    for match in _WORD.finditer(prose):
        word = match.group()
        if checkable(word):
            yield match.start(), word


def checkable(word: str) -> bool:
    bare = word.lstrip("'’")
    if len(bare) < 2 or any(c.isdigit() or c == "_" for c in bare):
        return False
    return not bare.replace("-", "").isupper()  # OOGO, SWV, PO, OOGO-SWV


def name_words(names: Iterable[str]) -> set[str]:
    """The words of people's, organisations' and bodies' names, folded for comparison:
    'Ingrid Bos' gives 'ingrid' and 'bos', 'IJssel-Vecht' also its two halves."""
    known: set[str] = set()
    for name in names:
        for match in _WORD.finditer(name):
            word = match.group().casefold()
            known.add(word)
            known.update(part for part in word.split("-") if part)
    return known
