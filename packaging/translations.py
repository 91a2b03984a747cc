"""Interface translations: one Qt .ts/.qm pair per area of overleg/ui.

    python packaging/translations.py update   # lupdate sources into the .ts, lrelease to .qm
    python packaging/translations.py check    # list source strings without a translation
    python packaging/translations.py set AREA FILE.json   # {"English source": "Nederlands"}
        (a plural source, tr(text, "", n) with %n: a list of forms, ["1 regel", "%n regels"])

An area is overleg/ui's own files plus overleg/ui/common ('shell'), or one subpackage
of overleg/ui ('meetings', 'followup', ...). Translators edit the .ts files (Qt Linguist
or any XML editor); `update` keeps their work and recompiles.
"""

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import message_catalog  # noqa: E402  (a sibling script, not a package)

ROOT = Path(__file__).resolve().parent.parent
UI = ROOT / "overleg" / "ui"
OUT = ROOT / "resources" / "translations"
LANGUAGES = ["nl"]
# English is the source language, but a count needs its forms: '%n criterion(s)' becomes
# '1 criterion' / '2 criteria' through <area>_en.ts, which holds only the plural messages.
PLURAL_LANGUAGES = ["en"]
# The refusals of domain, storage, services and command line are written in Dutch.
MESSAGE_LANGUAGES = ["en"]
MESSAGES = "messages"


def areas() -> dict[str, list[Path]]:
    result = {"shell": sorted(UI.glob("*.py")) + sorted((UI / "common").glob("*.py"))}
    for sub in sorted(p for p in UI.iterdir() if p.is_dir() and p.name not in ("common",)
                      and not p.name.startswith("__")):
        files = sorted(sub.rglob("*.py"))
        if files:
            result[sub.name] = files
    return result


def tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}") or shutil.which(
        f"pyside6-{name}", path=str(Path(sys.executable).parent))
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def lupdate(files: list[Path], ts: Path, language: str) -> None:
    plural_only = ["-pluralonly"] if language in PLURAL_LANGUAGES else []
    subprocess.run([tool("lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *plural_only, "-target-language", language, *map(str, files),
                    "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def messages(ts: Path) -> dict[tuple[str, str], str | None]:
    """(context, source) -> translation, None when missing or unfinished."""
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            done = tr is not None and tr.get("type") not in ("unfinished", "vanished",
                                                             "obsolete") and (tr.text or "")
            if tr is not None and message.get("numerus") == "yes":  # every form filled
                forms = [f.text or "" for f in tr.iter("numerusform")]
                done = tr.get("type") not in ("unfinished", "vanished", "obsolete") \
                    and bool(forms) and all(forms)
                result[(name, message.findtext("source") or "")] = forms[-1] if done else None
                continue
            result[(name, message.findtext("source") or "")] = tr.text if done else None  # type: ignore[union-attr]
    return result


def update() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        for area, files in areas().items():
            ts = OUT / f"{area}_{language}.ts"
            lupdate(files, ts, language)
            lrelease(ts, ts.with_suffix(".qm"))
    for language in PLURAL_LANGUAGES:
        for area, files in areas().items():
            ts = OUT / f"{area}_{language}.ts"
            lupdate(files, ts, language)
            if not messages(ts):  # no counts in this area: no file
                ts.unlink()
                ts.with_suffix(".qm").unlink(missing_ok=True)
                continue
            lrelease(ts, ts.with_suffix(".qm"))
    for language in MESSAGE_LANGUAGES:
        update_messages(language)


def update_messages(language: str) -> Path:
    ts = OUT / f"{MESSAGES}_{language}.ts"
    message_catalog.write_ts(ts, language, message_catalog.extract())
    lrelease(ts, ts.with_suffix(".qm"))
    return ts


def missing() -> list[str]:
    problems = []
    for language in LANGUAGES:
        for area in areas():
            ts = OUT / f"{area}_{language}.ts"
            if not ts.exists():
                problems.append(f"{ts.name} is missing")
                continue
            problems += [f"{ts.name}: [{ctx}] {src!r}"
                         for (ctx, src), tr in messages(ts).items() if tr is None]
    for language in PLURAL_LANGUAGES:
        for area in areas():
            ts = OUT / f"{area}_{language}.ts"
            if ts.exists():
                problems += [f"{ts.name}: [{ctx}] {src!r}"
                             for (ctx, src), tr in messages(ts).items() if tr is None]
    for language in MESSAGE_LANGUAGES:
        ts = OUT / f"{MESSAGES}_{language}.ts"
        if not ts.exists():
            problems.append(f"{ts.name} is missing")
            continue
        done = message_catalog.read_ts(ts)
        problems += [f"{ts.name}: {src!r}" for src in message_catalog.extract()
                     if not done.get(src)]
    return problems


def set_translations(area: str, mapping: dict[str, str], language: str = "nl") -> int:
    """Fill in translations by source text (in every context); returns how many were set."""
    ts = OUT / f"{area}_{language}.ts"
    if area == MESSAGES:
        ts = update_messages(language)
    tree = ET.parse(ts)
    count = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source")
        if source in mapping:
            tr = message.find("translation")
            if tr is None:
                tr = ET.SubElement(message, "translation")
            value = mapping[source]
            if message.get("numerus") == "yes":  # ["1 regel", "%n regels"]: Qt's plurals
                forms = [value] if isinstance(value, str) else list(value)
                for old in tr.findall("numerusform"):
                    tr.remove(old)
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            tr.attrib.pop("type", None)
            count += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    if area == MESSAGES:
        update_messages(language)  # the same canonical form as `update` writes
        return count
    # lupdate rewrites the file in its own canonical form, so diffs stay small.
    lupdate(areas()[area], ts, language)
    lrelease(ts, ts.with_suffix(".qm"))
    return count


if __name__ == "__main__":
    if sys.argv[1:2] == ["set"]:
        import json

        mapping = json.loads(Path(sys.argv[3]).read_text(encoding="utf-8"))
        lang = sys.argv[5] if sys.argv[4:5] == ["--language"] else "nl"
        print(f"{set_translations(sys.argv[2], mapping, lang)} translations set")
        sys.exit(0)
    command = sys.argv[1] if len(sys.argv) > 1 else "update"
    if command == "update":
        update()
    problems = missing()
    print("\n".join(problems) or "all interface strings are translated")
    sys.exit(1 if problems and command == "check" else 0)
