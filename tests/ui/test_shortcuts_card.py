"""Help → Keyboard shortcuts: a printable Dutch card that lists every shortcut the
window and its screens bind (so a new shortcut cannot go undocumented)."""

import re

from overleg.ui.dialogs.guide_dialog import GuideDialog, shortcuts_card_path
from tests.ui.fakes import FakePrompts
from tests.ui.keymap import bindings
from tests.ui.tour import full_window

# how the card writes the keys Qt calls otherwise
ON_THE_CARD = {"PgDown": "PgDn", "Ins": "Insert", "Del": "Delete", "Find": "Ctrl+F"}


def _on_card(key: str) -> str:
    return "+".join(ON_THE_CARD.get(part, part) for part in key.split("+")) \
        if key != "Find" else ON_THE_CARD[key]


def test_the_card_lists_every_shortcut_of_the_window(qtbot, demo):
    window = full_window(qtbot, demo, FakePrompts())
    card = shortcuts_card_path().read_text(encoding="utf-8")
    keys = {b.key for b in bindings(window) if b.what.startswith("action")}
    assert {"Ctrl+PgDown", "Ctrl+Shift+D", "Ctrl+Shift+A", "Ctrl+Shift+U"} <= keys
    missing = [k for k in sorted(keys) if not re.fullmatch(r"Ctrl\+\d", k)
               and _on_card(k) not in card]
    assert missing == []
    assert window.shortcuts_action in window.help_menu.actions()
    window.close()


def test_the_card_opens_in_the_help_viewer(qtbot):
    dialog = GuideDialog(shortcuts_card_path(), title="Sneltoetsen")
    qtbot.addWidget(dialog)
    text = dialog.browser.toPlainText()
    assert "Overleg – sneltoetsen" in text and "Ctrl+Shift+D" in text
    assert "Besluit toevoegen" in text
    assert dialog.print_button.isEnabled()
