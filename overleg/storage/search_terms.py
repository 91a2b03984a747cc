"""The FTS5 query of a search per index, with the last word's prefix spelled out as the
words of that index that begin with it.

The last word of a search is a prefix (the user may still be typing). For a prefix
query FTS5 gathers every match of every word that begins with it before it lists the
first, whatever the LIMIT or rowid range, so each pass cost as much as the word has
matches (on four times ten years of minutes 'thuiszitters*' 3 ms a pass in the items
alone, and a search makes several). The same words written out, `("thuiszitters" OR
"thuiszittersprotocol")`, match the same records, and FTS5 reads such a query only as
far as asked: a count that stops at 1,001 or a rowid range reads that much.

The words come from an fts5vocab table ('instance', made per connection in temp): one
lookup per word, each jumping to the next word after the one before (`term >= w || x'01'`;
`term > w` would step through every occurrence of w first). A 'row' vocab table counts
each word's documents, reading every match, which is what had made spelling out the
prefix not pay. A prefix with more than MAX_TERMS words (one or two letters) stays a
prefix query; so does a word whose folding FTS5's tokenizer might do differently from
lower() (anything but ASCII letters and digits). An index with no word that begins
with it cannot match and is left out.
"""

import re
import sqlite3
from collections.abc import Callable

Execute = Callable[..., sqlite3.Cursor]

INDEXES = {"item": "agenda_items_fts", "decision": "decisions_fts",
           "followup": "followups_fts", "position": "item_positions_fts",
           "document": "attachments_fts"}
MAX_TERMS = 16
_PLAIN = re.compile(r"[a-z0-9]+")
_AFTER = "\U0010ffff"  # after every word that begins with the prefix

_CREATE = ("CREATE VIRTUAL TABLE IF NOT EXISTS temp.{fts}_terms "
           "USING fts5vocab(main, {fts}, instance)")
# The words from :lo (inclusive) below :hi, each found by one jump past the one before.
_TERMS = """
    WITH RECURSIVE t(term) AS (
        SELECT (SELECT term FROM temp.{fts}_terms WHERE term >= :lo AND term < :hi LIMIT 1)
        UNION ALL
        SELECT (SELECT term FROM temp.{fts}_terms
                WHERE term >= t.term || char(1) AND term < :hi LIMIT 1)
        FROM t WHERE t.term IS NOT NULL LIMIT :most)
    SELECT term FROM t WHERE term IS NOT NULL"""


def words(text: str) -> list[str]:
    """The user's words: runs of letters and digits."""
    return re.findall(r"\w+", text, flags=re.UNICODE)


def prefix_query(found: list[str]) -> str:
    """Every word must occur, the last one as a prefix. Quoting each word keeps FTS5
    syntax (AND, NEAR, quotes, colons) out of user input."""
    if not found:
        return ""
    quoted = [f'"{w}"' for w in found]
    quoted[-1] += "*"
    return " ".join(quoted)


def expanded(execute: Execute, found: list[str],
             kinds: tuple[str, ...] = tuple(INDEXES)) -> dict[str, str]:
    """Per index kind (item, decision, ...; those of `kinds`), the FTS5 query for `found`
    (words(): not empty); kinds where the last word begins no word are left out."""
    last = found[-1].lower()
    if not _PLAIN.fullmatch(last):
        return dict.fromkeys(kinds, prefix_query(found))
    before = "".join(f'"{w}" AND ' for w in found[:-1])
    chosen = {kind: INDEXES[kind] for kind in kinds}
    try:
        for fts in chosen.values():
            execute(_CREATE.format(fts=fts))
    except sqlite3.OperationalError:
        # A connection that may not write (query_only while a file changed outside
        # Overleg is checked) cannot make the temp vocab tables: the prefix query finds
        # the same, more slowly.
        return dict.fromkeys(kinds, prefix_query(found))
    queries = {}
    for kind, fts in chosen.items():
        terms = [t for (t,) in execute(_TERMS.format(fts=fts), {
            "lo": last, "hi": last + _AFTER, "most": MAX_TERMS + 1}).fetchall()]
        if len(terms) > MAX_TERMS:
            queries[kind] = prefix_query(found)
        elif terms:
            queries[kind] = before + "(" + " OR ".join(f'"{t}"' for t in terms) + ")"
    return queries
