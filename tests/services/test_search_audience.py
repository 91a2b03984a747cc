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
