"""Search reads rich notes as words: a word inside **bold**, *italic*, a list item or a
link's text is found; the markup itself is not a word."""

from overleg.services.container import build_services
from overleg.storage.database import open_memory
from tests.conftest import NOW
from tests.helpers import body_with_members, meeting

NOTES = ("Over **aanbesteding** en *vervoerskosten*:\n- thuiszitters\n  1. casusoverleg\n"
         "Zie [kadernota](https://oogo.nl/kader) en 3 \\* 4 C:\\\\pad")


def test_words_inside_markup_are_found(tmp_path):
    s = build_services(open_memory(), now=lambda: NOW, user="secretaris")
    mid = meeting(s, body_with_members(s, "STT", n=1), (2013, 11, 28))
    item = s.agenda.add_item(mid, "Leerlingenvervoer")
    s.agenda.update_item(item.id, notes=NOTES)
    for word in ("aanbesteding", "vervoerskosten", "thuiszitters", "casusoverleg",
                 "kadernota", "pad"):
        assert [(h.kind, h.record_id) for h in s.search.search(word)] == \
            [("item", item.id)], word
    assert s.search.search("**") == []
    assert s.search.search("\\") == []
