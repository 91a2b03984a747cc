"""How a refusal from the layers below reaches the screen, in the interface's language.

The domain, storage and services speak Dutch and know nothing of Qt: a refusal is one
Dutch sentence, its values already filled in. Their sentences are templates in
resources/translations/messages_<lang>.ts (Dutch source with %1..%n for the values; made by
packaging/message_catalog.py). A shown sentence is matched against those templates and the
template's translation, as Qt's installed translators give it, is filled with the
sentence's own values. In Dutch no translator knows the 'messages' context, so the
sentence is shown as it came.
"""

import re
from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from overleg.resource_paths import resource

CONTEXT = "messages"
_PLACEHOLDER = re.compile(r"%(\d+)|%%")


def shown(error: BaseException | str) -> str:
    """The sentence to show for a refusal (or its text), translated where Qt can."""
    text = str(error)
    for template, pattern in _templates():
        match = pattern.fullmatch(text)
        if match is None:
            continue
        translated = QCoreApplication.translate(CONTEXT, template)
        if translated == template:
            return text
        return _filled(translated, match.groups())
    return text


def _filled(translated: str, values: tuple[str, ...]) -> str:
    return _PLACEHOLDER.sub(
        lambda m: "%" if m.group(1) is None else values[int(m.group(1)) - 1], translated)


@lru_cache(maxsize=1)
def _templates() -> list[tuple[str, re.Pattern[str]]]:
    """Every template with its pattern; the longest fixed text first, so that a specific
    sentence wins from a general one that would also match."""
    import xml.etree.ElementTree as ET  # the first refusal shown reads them, not the start

    sources: set[str] = set()
    for ts in resource("translations").glob(f"{CONTEXT}_*.ts"):
        sources.update(m.findtext("source") or "" for m in ET.parse(ts).getroot()
                       .iter("message"))
    result = [(t, _pattern(t)) for t in sources if t]
    result.sort(key=lambda tp: -len(_PLACEHOLDER.sub("", tp[0])))
    return result


def _pattern(template: str) -> re.Pattern[str]:
    parts, at = [], 0
    for m in _PLACEHOLDER.finditer(template):
        parts.append(re.escape(template[at:m.start()]))
        parts.append("(.+?)" if m.group(1) is not None else "%")
        at = m.end()
    parts.append(re.escape(template[at:]))
    return re.compile("".join(parts), re.DOTALL)
