"""The refusals of the domain, storage, services and command line, as a Qt translation file.

Those layers have no Qt and speak Dutch: every error is one Dutch sentence, usually an
f-string. This module finds each such sentence in the source (the first argument of a
call to an OverlegError subclass), turns the f-string's values into Qt's %1..%n, and keeps
them in resources/translations/messages_<lang>.ts (context 'messages') beside the
interface's own files, so translators use the same tool and the same completeness test.
The interface matches a shown sentence against these templates (overleg/ui/common/
message_text.py) and fills the translation with the sentence's own values.
"""

import ast
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LAYERS = ["domain", "storage", "services", "exports", "imports", "cli"]
CONTEXT = "messages"
BASE_ERRORS = {"OverlegError", "ValidationError", "ReadOnlyError", "NotFoundError",
               "TransitionError"}


def sources() -> list[Path]:
    return sorted(p for layer in LAYERS for p in (ROOT / "overleg" / layer).rglob("*.py"))


def error_classes(trees: list[ast.Module]) -> set[str]:
    """Every class that derives (through any chain) from the domain's OverlegError."""
    bases: dict[str, set[str]] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                bases[node.name] = {b.id if isinstance(b, ast.Name) else
                                    getattr(b, "attr", "") for b in node.bases}
    found = set(BASE_ERRORS)
    grown = True
    while grown:
        grown = False
        for name, parents in bases.items():
            if name not in found and parents & found:
                found.add(name)
                grown = True
    return found


def template(node: ast.expr) -> str | None:
    """The sentence with %1..%n for its values, or None when it is not literal text."""
    parts: list[str] = []
    if not _collect(node, parts):
        return None
    text, n = "", 0
    for part in parts:
        if part is _VALUE:
            n += 1
            text += f"%{n}"
        else:
            text += part.replace("%", "%%")
    return text if text.strip() else None


_VALUE = object()


def _collect(node: ast.expr, parts: list) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts.append(node.value)
        return True
    if isinstance(node, ast.JoinedStr):
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(value.value)
            else:
                parts.append(_VALUE)
        return True
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        return _collect(node.left, parts) and _collect(node.right, parts)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr in ("replace", "strip"):  # f"...".replace(",", ".")
        return _collect(node.func.value, parts)
    return False


def extract() -> list[str]:
    """Every distinct refusal template, in source order."""
    files = sources()
    trees = [ast.parse(p.read_text(encoding="utf-8"), str(p)) for p in files]
    errors = error_classes(trees)
    found: dict[str, None] = {}
    for tree in trees:
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and node.args and _called(node) in errors:
                text = template(node.args[0])
                if text:
                    found.setdefault(text, None)
    return list(found)


def _called(node: ast.Call) -> str:
    func = node.func
    return func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")


def write_ts(ts: Path, language: str, templates: list[str]) -> None:
    """(Re)write the .ts with today's templates, keeping every translation already made."""
    done = read_ts(ts) if ts.exists() else {}
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="nl")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for text in sorted(templates):
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = text
        tr = ET.SubElement(message, "translation")
        if done.get(text):
            tr.text = done[text]
        else:
            tr.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def read_ts(ts: Path) -> dict[str, str | None]:
    """source -> translation (None when unfinished)."""
    result: dict[str, str | None] = {}
    for message in ET.parse(ts).getroot().iter("message"):
        tr = message.find("translation")
        finished = tr is not None and tr.get("type") != "unfinished" and bool(tr.text)
        result[message.findtext("source") or ""] = tr.text if finished else None
    return result
