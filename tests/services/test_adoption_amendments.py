"""Minutes adopted "met wijzigingen": the amendments are recorded with the adoption,
printed in the adopted minutes, and a reopening with its reason stays in the history."""

import zipfile

from overleg.domain.enums import MeetingStatus
from overleg.services.adoption_history import ADOPTED, REOPENED

SWZ_NOVEMBER, SWZ_JANUARY = 7, 9  # the example: January adopts November's draft
AMENDMENTS = "Bij punt 3: de aanbesteding start in 2014, niet in 2013."


def _word_text(path) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def test_amendments_are_recorded_and_printed_in_the_adopted_minutes(demo, tmp_path):
    s = demo
    assert s.meetings.get(SWZ_NOVEMBER).status is MeetingStatus.MINUTES_DRAFT
    s.minutes.adopt_previous(SWZ_JANUARY, AMENDMENTS)

    m = s.meetings.get(SWZ_NOVEMBER)
    assert m.status is MeetingStatus.MINUTES_ADOPTED and m.adopted_in_meeting_id == SWZ_JANUARY
    events = s.minutes.minutes_events(SWZ_NOVEMBER)
    assert [e.action for e in events] == [ADOPTED] and events[0].amendments == AMENDMENTS
    assert s.documents.meeting_record(SWZ_NOVEMBER).amendments == AMENDMENTS
    out = tmp_path / "verslag.docx"
    s.documents.minutes(SWZ_NOVEMBER, out)
    xml = _word_text(out)
    assert "Wijzigingen bij vaststelling" in xml and "de aanbesteding start in 2014" in xml
    assert "met wijzigingen" in xml


def test_adopted_as_they_are_prints_no_amendments_and_a_reopening_is_kept(demo, tmp_path):
    s = demo
    s.minutes.adopt_previous(SWZ_JANUARY, AMENDMENTS)
    s.minutes.reopen(SWZ_NOVEMBER, "Een tikfout in het besluit over het leerlingenvervoer.")
    assert s.documents.meeting_record(SWZ_NOVEMBER).amendments == ""
    s.minutes.adopt_previous(SWZ_JANUARY)
    events = s.minutes.minutes_events(SWZ_NOVEMBER)
    assert [e.action for e in events] == [ADOPTED, REOPENED, ADOPTED]
    assert events[1].reason.startswith("Een tikfout") and events[1].user == "tester"
    assert events[2].amendments == ""
    assert s.documents.meeting_record(SWZ_NOVEMBER).amendments == ""
    out = tmp_path / "verslag.docx"
    s.documents.minutes(SWZ_NOVEMBER, out)
    assert "Wijzigingen bij vaststelling" not in _word_text(out)
