"""Loading the interface translations. Each area of the interface has its own
`<area>_<lang>.qm` in resources/translations (so parallel work never edits one file);
all of a language's files are installed together. English is the source language."""

from PySide6.QtCore import QCoreApplication, QTranslator

from overleg.resource_paths import resource

DEFAULT_LANGUAGE = "nl"


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE
                         ) -> list[QTranslator]:
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = resource("translations")
    for qm in sorted(folder.glob(f"*_{language}.qm")):
        translator = QTranslator(app)  # parented: lives as long as the app
        if translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
