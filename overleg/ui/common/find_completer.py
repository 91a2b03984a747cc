"""Pick a person or organisation from a long list by typing any part of the name: the
combo box becomes editable, its completer matches on contains, without accents or case
(the domain's search_key), and leaving the field with a text that fits one entry chooses
it; a text that fits none gives the field back its chosen entry."""

from PySide6.QtCore import QIdentityProxyModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from overleg.domain.text import search_key

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 77


class FoldedNames(QIdentityProxyModel):
    """The combo's own entries, each also in its folded form."""

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole):
        if role == FOLDED_ROLE:
            return search_key(str(super().data(index, Qt.ItemDataRole.DisplayRole) or ""))
        return super().data(index, role)


class FoldedCompleter(QCompleter):
    def splitPath(self, path: str) -> list[str]:  # noqa: N802 (Qt naming)
        return [search_key(path)]


def matching_rows(combo: QComboBox, text: str) -> list[int]:
    """The entries whose name contains the text (separators and empty names never)."""
    key = search_key(text)
    return [row for row in range(combo.count())
            if combo.itemText(row) and key in search_key(combo.itemText(row))]


def find_by_any_part(combo: QComboBox) -> QComboBox:
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    names = FoldedNames(combo)
    names.setSourceModel(combo.model())
    completer = FoldedCompleter(names, combo)
    completer.setCompletionRole(FOLDED_ROLE)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    combo.setCompleter(completer)
    editor = combo.lineEdit()
    if editor is not None:  # an editable combo always has one
        editor.editingFinished.connect(lambda: _settle(combo))
    return combo


def _settle(combo: QComboBox) -> None:
    editor = combo.lineEdit()
    text = editor.text() if editor is not None else combo.currentText()
    current = combo.currentIndex()
    if current >= 0 and text == combo.itemText(current):
        return
    rows = matching_rows(combo, text) if text.strip() else []
    exact = [r for r in rows if search_key(combo.itemText(r)) == search_key(text)]
    chosen = exact or rows
    if len(chosen) == 1:
        combo.setCurrentIndex(chosen[0])
    combo.setEditText(combo.itemText(combo.currentIndex()))  # what is chosen, in full
