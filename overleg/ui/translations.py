"""Loading the interface translations. Each area of the interface has its own
`<area>_<lang>.qm` in resources/translations (so parallel work never edits one file);
all of a language's files are installed together. English is the source language."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from overleg.resource_paths import resource

DEFAULT_LANGUAGE = "nl"


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE
                         ) -> list[QTranslator]:
    installed: list[QTranslator] = []
    if language == "en":
        return installed
    folder = resource("translations")
    files = sorted(str(qm) for qm in folder.glob(f"*_{language}.qm"))
    # Qt's own strings (OK, Cancel, Close, the file dialogs) come with Qt for Python
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_own = f"{qt_folder}/qtbase_{language}.qm"
    for qm in [*files, qt_own]:
        translator = QTranslator(app)  # parented: lives as long as the app
        if translator.load(qm):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
