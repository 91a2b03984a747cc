"""Search results shown in a public context leave out every closed record."""

from overleg.domain.audience import Audience


def test_a_public_search_finds_no_closed_record(demo):
    s = demo
    members = s.search.find("thuiszitters")
    assert any("Casusoverleg" in h.title + h.snippet for h in members.hits)
    public = s.search.find("thuiszitters", audience=Audience.PUBLIC)
    assert not any("Casusoverleg" in h.title + h.snippet for h in public.hits)
    assert public.total < members.total
    assert all("Casusoverleg" not in h.title + h.snippet
               for h in s.search.search("casusoverleg", audience=Audience.PUBLIC))


def test_a_members_search_does_not_look_up_which_hits_are_closed(demo, monkeypatch):
    # Members see closed records: which hits are closed is not read for them.
    asked = []
    original = type(demo.search)._closed
    monkeypatch.setattr(type(demo.search), "_closed",
                        lambda self, hits: asked.append(len(hits)) or original(self, hits))
    assert demo.search.find("thuiszitters").hits
    assert asked == []
    demo.search.find("thuiszitters", audience=Audience.PUBLIC)
    assert len(asked) == 1  # once per search, not once per hit
