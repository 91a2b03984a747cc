"""Loading the interface translations. Each area of the interface has its own
`<area>_<lang>.qm` in resources/translations (so parallel work never edits one file);
all of a language's files are installed together. English is the interface's source
language; the refusals of the layers below are Dutch, translated by messages_en.qm."""

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from overleg.resource_paths import resource

DEFAULT_LANGUAGE = "nl"


def install_translations(app: QCoreApplication, language: str = DEFAULT_LANGUAGE
                         ) -> list[QTranslator]:
    installed: list[QTranslator] = []
    folder = resource("translations")
    # In English only the refusals of the layers below (written in Dutch) need one.
    files = sorted(str(qm) for qm in folder.glob(f"*_{language}.qm"))
    if language != "en":
        # Qt's own strings (OK, Cancel, Close, the file dialogs) come with Qt for Python
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        files.append(f"{qt_folder}/qtbase_{language}.qm")
    for qm in files:
        translator = QTranslator(app)  # parented: lives as long as the app
        if translator.load(qm):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
