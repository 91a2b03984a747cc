"""The methods dataclasses write, compiled once per Python instead of on every start.

`dataclasses` makes the methods of each dataclass (__init__, __repr__, __eq__, and for a
frozen one __hash__, __setattr__ and __delattr__) as source text and compiles that text
with exec() when the class is defined: on Python 3.11 five or six compilations per class
of about 0.3 ms each. The ~70 dataclasses of the first screen so cost ~80 ms of every
start, more than any other work of Overleg's before its window is shown. Python keeps the
bytecode of modules (.pyc) but not of this generated text, so this module does: it gives
`dataclasses` an exec() that looks the text up among code objects compiled before, and
compiles only text it has not seen.

The text itself is the key, so a code object found is what compiling that text gives.
The file lives in the user's cache folder and is named after the Python's bytecode tag
and magic number: another Python never reads it. A file that cannot be read is ignored
(and replaced by the next save); anyone who can write it can also write the user's .pyc
files, so it asks no more trust than those.

Two files: the methods the window's first screen used (read at every start, ~350 short
texts) and all others (read only when a class is made that the first is missing: a dialog,
an export, a command). One file of everything grew to over 1,000 texts, ~1.2 MB, whose
reading cost every start ~13 ms.

install() runs when the overleg package is imported; save(first_screen=True) is called by
the app once its window is shown (what was used until then is the first file), save() when
it quits and by the command line after a command. Without save() (tests, use as a
library) nothing is written.
"""

import builtins
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

_compiled: dict[str, CodeType] | None = None  # None: the first file is not read yet
_first: set[str] = set()  # the texts read from the first file
_more_read = False  # the second file is read (merged into _compiled)
_used: set[str] | None = set()  # texts used until the first screen was saved (then None)
_new: set[str] = set()  # the texts compiled since the files were read
_folder: Path | None = None  # tests point it elsewhere


def install() -> None:
    """From now on the dataclasses made in this process compile through the cache
    (dataclasses looks exec up in its own module first, then among the builtins)."""
    dataclasses.exec = _exec  # type: ignore[attr-defined]


def _exec(source, globals=None, locals=None, /, **options):  # noqa: A002 (exec's own names)
    if isinstance(source, str):
        source = _code(source)
    if globals is None:  # dataclasses' own namespace, where its exec() would have run
        globals = vars(dataclasses)  # noqa: A001
    return builtins.exec(source, globals, locals, **options)


def _code(text: str) -> CodeType:
    global _compiled, _first
    if _compiled is None:
        _compiled = _read(cache_file())
        _first = set(_compiled)
    used = _used  # read once: the window's save may end the first screen meanwhile
    if used is not None:
        used.add(text)
    code = _compiled.get(text)
    if code is None and not _more_read:
        _read_more()
        code = _compiled.get(text)
    if code is None:
        code = _compiled[text] = compile(text, "<string>", "exec", dont_inherit=True)
        _new.add(text)
    return code


def _read_more() -> None:
    global _more_read
    assert _compiled is not None
    for text, code in _read(more_file()).items():
        _compiled.setdefault(text, code)
    _more_read = True


def cache_file() -> Path:
    """The first file: the methods of the window's first screen."""
    folder = _folder
    if folder is None:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("overleg", appauthor=False))
    tag = sys.implementation.cache_tag or "python"
    return folder / f"dataclass-methods.{tag}-{MAGIC_NUMBER.hex()}.bin"


def more_file() -> Path:
    """The second file: every other method compiled before."""
    path = cache_file()
    return path.with_name(path.name.removesuffix(".bin") + ".more.bin")


def _read(path: Path) -> dict[str, CodeType]:
    try:  # read whole: marshal.load() from a file reads it in small pieces, 10x slower
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, CodeType)}


def save(*, first_screen: bool = False) -> None:
    """Write what is new since the files were read (nothing when nothing is); a folder
    that cannot be written only costs the next start the compiling. `first_screen`: the
    window is shown, and what was used until now is what the next start reads first."""
    global _used, _first, _new
    if _compiled is None:
        if first_screen:
            _used = None
        return
    # Copies made in one step each: a worker thread may make a dataclass meanwhile.
    wanted, new = _first, set(_new)
    if first_screen and _used is not None:
        wanted, _used = set(_used), None
    rest_changed = bool(_first - wanted or new - wanted)
    if wanted == _first and not rest_changed:
        return
    if rest_changed and not _more_read:
        _read_more()  # the second file keeps all the first one does not
    known = dict(_compiled)
    try:
        if wanted != _first:
            _write(cache_file(), {t: known[t] for t in wanted if t in known})
            _first = wanted
        if rest_changed:
            _write(more_file(), {t: c for t, c in known.items() if t not in wanted})
        _new -= new
    except OSError:
        pass


def _write(path: Path, entries: dict[str, CodeType]) -> None:
    part = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(marshal.dumps(entries))
        os.replace(part, path)  # whole or not at all, also with two instances saving
    except OSError:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
        raise
