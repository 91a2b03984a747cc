"""File dialogs start in the folder last used for that kind of file, else the user's
Documents, else home; never the working directory (issue 21). The choice is a pure
function, tested here with Windows facts on any machine."""

from pathlib import PureWindowsPath

from overleg.ui.common.file_folders import FolderFacts, file_kind, start_folder
from overleg.ui.prompts import QtPrompts

W = PureWindowsPath
DOCS = W(r"C:\Users\marieke\OneDrive - Gemeente Lelystad\Documenten")
HOME = W(r"C:\Users\marieke")
SHARE = W(r"\\fs01\beleid\OOGO\2014")


def test_the_folder_last_used_for_the_kind_comes_first():
    facts = FolderFacts(SHARE, DOCS, HOME, is_dir=lambda p: True)
    assert start_folder(facts) == SHARE


def test_a_remembered_share_that_is_gone_falls_back_to_documents():
    facts = FolderFacts(SHARE, DOCS, HOME, is_dir=lambda p: p != SHARE)
    assert start_folder(facts) == DOCS


def test_nothing_remembered_starts_in_documents_not_the_program_folder():
    facts = FolderFacts(None, DOCS, HOME, is_dir=lambda p: True)
    assert start_folder(facts) == DOCS
    assert "Program Files" not in str(start_folder(facts))


def test_without_documents_the_home_folder():
    assert start_folder(FolderFacts(None, DOCS, HOME, is_dir=lambda p: False)) == HOME
    assert start_folder(FolderFacts(None, None, HOME, is_dir=lambda p: True)) == HOME


def test_the_kind_of_file_is_the_filters_first_extension():
    assert file_kind("Word document (*.docx)") == "docx"
    assert file_kind("Overleg database (*.db *.sqlite);;All files (*)") == "db"
    assert file_kind("Excel / CSV (*.xlsx *.csv)") == "xlsx"
    assert file_kind("All files (*)") == "file"


class FakeFileDialogs:
    """Records where each dialog started and answers with a scripted file."""

    def __init__(self, answers):
        self.answers, self.started = list(answers), []

    def getSaveFileName(self, parent, title, start, filters):  # noqa: N802 (Qt's name)
        self.started.append(start)
        return self.answers.pop(0), filters

    def getOpenFileName(self, parent, title, start, filters):  # noqa: N802
        self.started.append(start)
        return self.answers.pop(0), filters


def test_the_real_prompts_remember_the_folder_per_kind(qapp, app_settings, tmp_path,
                                                        monkeypatch):
    monkeypatch.chdir(tmp_path)  # the working directory must play no part
    docs = tmp_path / "Documenten"
    docs.mkdir()
    monkeypatch.setattr("overleg.ui.prompts.documents_folder", lambda: docs)
    stukken = tmp_path / "stukken"
    stukken.mkdir()
    prompts = QtPrompts(None, app_settings)
    prompts.file_dialogs = FakeFileDialogs([str(stukken / "agenda.docx"), "",
                                            str(stukken / "acties.xlsx")])
    word = "Word document (*.docx)"
    assert prompts.save_file("Opslaan", word, "Agenda STT.docx") == stukken / "agenda.docx"
    assert prompts.file_dialogs.started[0] == str(docs / "Agenda STT.docx")
    assert prompts.save_file("Opslaan", word, "Verslag.docx") is None  # cancelled
    assert prompts.file_dialogs.started[1] == str(stukken / "Verslag.docx")
    prompts.open_file("Importeren", "Excel / CSV (*.xlsx *.csv)")
    assert prompts.file_dialogs.started[2] == str(docs)  # another kind: Documents
    assert app_settings.last_folder("docx") == stukken
    assert app_settings.last_folder("xlsx") == stukken
