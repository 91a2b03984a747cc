"""Rich notes: the one Markdown dialect the editor, the storage and the exports share.

A small, safe subset, one block per line (so plain text that was typed a line at a
time keeps its lines):

- a line starting with '- ' is a bullet, with '1. ' (any number, followed by a dot and
  a space) a numbered item; indented by two or more spaces (or a tab) it is on the
  second level, deeper indentation stays on the second level;
- any other line is a paragraph, an empty line an empty paragraph;
- inline: **bold**, *italic*, [text](https://…) links (only http, https and mailto;
  any other link stays text), and a backslash before punctuation makes it literal.

Nothing else is markup: HTML tags, headings, code are text. Parsing is linear in the
length of the text (a link is looked for over a bounded stretch), so no input makes it
slow, and nothing in it is ever interpreted as anything but text.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import Enum

# A marker after the indentation: '- ' or '12. ' (a lone '-' or '1.' at the end counts).
_MARKER = re.compile(r"^([ \t]*)(-|\d{1,9}\.)(?: |$)")
# Old notes wrote bullets with any of these; the Word minutes printed them as lists.
_OLD_BULLET = re.compile(r"^([ \t]*)[-*•–][ \t]+")
_LINK = re.compile(r"\[((?:[^\[\]\\\n]|\\.){1,2000}+)\]\(([^\s()<>\"'\\]{1,2000}+)\)")
_SAFE_URL = re.compile(r"^(?:https?://[^\s]+|mailto:[^\s]+)$", re.IGNORECASE)
_PUNCTUATION = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")
_PLAIN = re.compile(r"[^\\*\[]+")
_UNESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_ESCAPED = re.compile(r"([\\*\[\]])")


class Kind(Enum):
    PARAGRAPH = "paragraph"
    BULLET = "bullet"
    NUMBER = "number"


@dataclass(frozen=True)
class Run:
    """A piece of text with one look: bold, italic, or a link."""
    text: str
    bold: bool = False
    italic: bool = False
    link: str = ""  # a safe URL, or empty


@dataclass(frozen=True)
class Block:
    """A paragraph or list entry of notes, made of runs."""
    kind: Kind = Kind.PARAGRAPH
    level: int = 0  # 0 or 1; paragraphs are always 0
    runs: tuple[Run, ...] = field(default_factory=tuple)

    @property
    def text(self) -> str:
        return "".join(r.text for r in self.runs)


def safe_url(url: str) -> bool:
    return bool(_SAFE_URL.match(url)) and len(url) <= 2000 and \
        not any(c in url for c in "()<>\"'\\")


# -- parsing ------------------------------------------------------------------------------

def parse(markdown: str) -> list[Block]:
    """The blocks of a Markdown text, one per line."""
    text = markdown.replace("\r\n", "\n").replace("\r", "\n")
    return [_block(line) for line in text.split("\n")] if text else []


def _block(line: str) -> Block:
    marker = _MARKER.match(line)
    if marker is None:
        return Block(Kind.PARAGRAPH, 0, inline(line))
    indent = marker.group(1).expandtabs(4)
    kind = Kind.BULLET if marker.group(2) == "-" else Kind.NUMBER
    return Block(kind, 1 if len(indent) >= 2 else 0, inline(line[marker.end():]))


def inline(text: str) -> tuple[Run, ...]:
    """The runs of one line: text, delimiters (paired or literal) and links."""
    tokens = _tokens(text)
    _pair(tokens)
    runs: list[Run] = []
    pieces: list[str] = []  # the text of the run being built (joined once: linear time)
    bold = italic = False

    def flush() -> None:
        if pieces:
            _add(runs, Run("".join(pieces), bold, italic))
            pieces.clear()

    for tok in tokens:
        if tok.kind == "link":
            flush()
            _add(runs, Run(tok.text, bold, italic, tok.url))
        elif tok.kind == "text" or not tok.paired:
            pieces.append(tok.text)
        else:
            flush()
            if tok.kind == "**":
                bold = not bold
            else:
                italic = not italic
    flush()
    return tuple(runs)


@dataclass(slots=True)
class _Token:
    """A piece of marked-up text as the parser meets it, before emphasis is paired."""
    kind: str  # "text", "link", "*" or "**"
    text: str
    url: str = ""
    can_open: bool = False
    can_close: bool = False
    paired: bool = False


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    plain: list[str] = []

    def flush() -> None:
        if plain:
            tokens.append(_Token("text", "".join(plain)))
            plain.clear()

    i, n = 0, len(text)
    while i < n:
        c = text[i]
        if c == "\\" and i + 1 < n and text[i + 1] in _PUNCTUATION:
            plain.append(text[i + 1])
            i += 2
        elif c == "*":
            j = i
            while j < n and text[j] == "*":
                j += 1
            before = text[i - 1] if i > 0 else " "
            after = text[j] if j < n else " "
            flush()
            count = j - i
            for size in [2] * (count // 2) + [1] * (count % 2):
                tokens.append(_Token("*" * size, "*" * size, can_open=not after.isspace(),
                                     can_close=not before.isspace()))
            i = j
        elif c == "[" and (link := _LINK.match(text, i)) and safe_url(link.group(2)):
            flush()
            label = _UNESCAPE.sub(r"\1", link.group(1))
            tokens.append(_Token("link", label, url=link.group(2)))
            i = link.end()
        else:
            plain_end = _PLAIN.match(text, i + 1)  # ordinary text in one step
            end = plain_end.end() if plain_end else i + 1
            plain.append(text[i:end])
            i = end
    flush()
    return tokens


def _pair(tokens: Sequence[_Token]) -> None:
    """Pairs each kind of delimiter in order: a closer pairs with the open one before it;
    an opener that is never closed stays literal."""
    pending: dict[str, _Token | None] = {"*": None, "**": None}
    for tok in tokens:
        if tok.kind not in pending:
            continue
        opener = pending[tok.kind]
        if opener is not None and tok.can_close:
            opener.paired = tok.paired = True
            pending[tok.kind] = None
        elif tok.can_open:
            pending[tok.kind] = tok


def _add(runs: list[Run], run: Run) -> None:
    if not run.text:
        return
    last = runs[-1] if runs else None
    if last is not None and (last.bold, last.italic, last.link) == \
            (run.bold, run.italic, run.link) and not run.link:
        runs[-1] = Run(last.text + run.text, run.bold, run.italic)
    else:
        runs.append(run)


# -- writing ------------------------------------------------------------------------------

def to_markdown(blocks: Iterable[Block]) -> str:
    """The Markdown of blocks; parse(to_markdown(b)) shows the same text the same way."""
    lines: list[str] = []
    for block in blocks:
        body = _runs_markdown(block.runs)
        if block.kind is Kind.PARAGRAPH:
            marker = _MARKER.match(body)
            if marker is not None:  # text that would read as a list item
                body = _escape_marker(body, marker)
            lines.append(body)
        else:
            indent = "  " if block.level else ""
            lines.append(indent + ("- " if block.kind is Kind.BULLET else "1. ") + body)
    return "\n".join(lines)


def _runs_markdown(runs: Iterable[Run]) -> str:
    """Delimiters only where the formatting changes, closers right after text and openers
    right before it (whitespace goes between them), so the parser pairs them again."""
    merged: list[Run] = []
    for run in runs:
        text = run.text.replace("\n", " ")
        link = run.link if safe_url(run.link) else ""
        if not text.strip():  # formatting of spaces alone cannot be written, nor seen
            last = merged[-1] if merged else Run("")
            run = Run(text, last.bold, last.italic)
        else:
            run = Run(text, run.bold, run.italic, link)
        _add(merged, run)
    out: list[str] = []
    bold = italic = False
    for run in merged:
        core = run.text.strip()
        lead = run.text[:len(run.text) - len(run.text.lstrip())]
        if not core:
            out.append(_closers(bold, italic) + _escape(run.text))
            bold = italic = False
            continue
        tail = run.text[len(run.text.rstrip()):]
        out.append(_closers(bold and not run.bold, italic and not run.italic))
        out.append(_escape(lead))
        out.append(_closers(run.bold and not bold, run.italic and not italic))
        bold, italic = run.bold, run.italic
        body = _escape(core)
        out.append(f"[{body}]({run.link})" if run.link else body)
        out.append(_closers(bold, italic) if tail else "")
        if tail:
            bold = italic = False
            out.append(_escape(tail))
    out.append(_closers(bold, italic))
    return "".join(out)


def _closers(bold: bool, italic: bool) -> str:
    return ("**" if bold else "") + ("*" if italic else "")


def _escape_marker(line: str, marker: re.Match) -> str:
    """A backslash before the '-' or the '.' of what would read as a list marker."""
    at = marker.end(2) - 1
    return line[:at] + "\\" + line[at:]


def _escape(text: str) -> str:
    return _ESCAPED.sub(r"\\\1", text)


def escape_plain(text: str, *, keep_bullets: bool = False) -> str:
    """Markdown that shows `text` exactly as typed. With keep_bullets, lines typed as
    bullets ('- ', '* ', '• ', '– ') stay bullets: in the old plain-text notes they
    already meant a list (the Word minutes printed them as one)."""
    lines = []
    for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        old = _OLD_BULLET.match(line) if keep_bullets else None
        if old is not None:
            lines.append(old.group(1) + "- " + _escape(line[old.end():]))
            continue
        line = _escape(line)
        marker = _MARKER.match(line)
        if marker is not None:
            line = _escape_marker(line, marker)
        lines.append(line)
    return "\n".join(lines)


def plain_text(markdown: str) -> str:
    """The text without markup, for search, calendars, spreadsheets and mail: lists keep
    a '- ' or '1. ' (counted) before their items, links their address after the text."""
    lines = []
    counters = [0, 0]
    for block in parse(markdown):
        text = "".join(f"{r.text} ({r.link})" if r.link and r.link != r.text else r.text
                       for r in block.runs)
        if block.kind is Kind.PARAGRAPH:
            counters = [0, 0]
            lines.append(text)
            continue
        indent = "  " * block.level
        if block.level == 0:
            counters[1] = 0
        if block.kind is Kind.NUMBER:
            counters[block.level] += 1
            lines.append(f"{indent}{counters[block.level]}. {text}")
        else:
            lines.append(f"{indent}- {text}")
    return "\n".join(lines)
