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

install() runs when the overleg package is imported; save() is called by the app once its
window is shown and when it quits, and by the command line after a command. Without save()
(tests, use as a library) nothing is written.
"""

import builtins
import dataclasses
import marshal
import os
import sys
from importlib.util import MAGIC_NUMBER
from pathlib import Path
from types import CodeType

_compiled: dict[str, CodeType] | None = None  # None: the file is not read yet
_unsaved = False
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
    global _compiled, _unsaved
    if _compiled is None:
        _compiled = _read(cache_file())
    code = _compiled.get(text)
    if code is None:
        code = _compiled[text] = compile(text, "<string>", "exec", dont_inherit=True)
        _unsaved = True
    return code


def cache_file() -> Path:
    folder = _folder
    if folder is None:
        from platformdirs import user_cache_dir

        folder = Path(user_cache_dir("overleg", appauthor=False))
    tag = sys.implementation.cache_tag or "python"
    return folder / f"dataclass-methods.{tag}-{MAGIC_NUMBER.hex()}.bin"


def _read(path: Path) -> dict[str, CodeType]:
    try:  # read whole: marshal.load() from a file reads it in small pieces, 10x slower
        found = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    if not isinstance(found, dict):
        return {}
    return {k: v for k, v in found.items() if isinstance(k, str) and isinstance(v, CodeType)}


def save() -> None:
    """Write what was compiled since the file was read (nothing when nothing was); a
    folder that cannot be written only costs the next start the compiling."""
    global _unsaved
    if not _unsaved or _compiled is None:
        return
    path = cache_file()
    part = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        part.write_bytes(marshal.dumps(_compiled))
        os.replace(part, path)  # whole or not at all, also with two instances saving
        _unsaved = False
    except OSError:
        try:
            part.unlink(missing_ok=True)
        except OSError:
            pass
