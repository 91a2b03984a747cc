"""Promise 8, cross-checked over every document kind: whatever was dealt with in closed
session (a confidential item, its notes, its decisions and follow-ups) never appears in a
public Word document, in the body, tables, headers, footers or document properties."""

import re
import zipfile
from datetime import date

import pytest

from overleg.domain.enums import MeetingStatus
from overleg.domain.followups import Target

SECRET = {
    "title": "Geheimhouding casus Zeewolde-Noord",
    "notes": "Vertrouwelijk: leerling K. uit groep 7 zit sinds maart thuis.",
    "decision": "Besluit in beslotenheid over de casus Zeewolde-Noord.",
    "followup": "Geheime actie: gezin K. benaderen via de leerplichtambtenaar.",
    "decision_followup": "Geheime actie bij het besluit: dossier K. overdragen.",
}


def docx_text(path) -> str:
    """Every word in every XML part of the .docx (body, headers, footers, properties)."""
    with zipfile.ZipFile(path) as z:
        parts = [z.read(n).decode("utf-8", "replace") for n in z.namelist()
                 if n.endswith(".xml")]
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", " ".join(parts)))


@pytest.fixture
def with_secret(demo):
    """The example data plus a closed item with a decision and follow-ups, in a meeting
    whose minutes are still a draft."""
    s = demo
    m = next(x.meeting for x in s.meetings.listings()
             if x.meeting.status is MeetingStatus.MINUTES_DRAFT and x.body_code == "STT")
    item = s.agenda.add_item(m.id, SECRET["title"], confidential=True)
    s.agenda.update_item(item.id, notes=SECRET["notes"])
    d = s.minutes.take_decision(m.id, SECRET["decision"], item.id)
    s.minutes.add_followup(m.id, SECRET["followup"], item_id=item.id,
                           target=Target(due_date=date(2014, 2, 1)))
    s.minutes.add_followup(m.id, SECRET["decision_followup"], decision_id=d.id)
    return s, m


def test_no_public_document_of_any_kind_shows_a_closed_item(with_secret, tmp_path):
    s, secret_meeting = with_secret
    docs = s.documents
    written = []
    for x in s.meetings.listings():
        mid = x.meeting.id
        written.append(docs.agenda(mid, tmp_path / f"agenda-{mid}.docx", public=True))
        written.append(docs.minutes(mid, tmp_path / f"verslag-{mid}.docx", public=True))
        written.append(docs.decisions(tmp_path / f"besluiten-{mid}.docx", meeting_id=mid,
                                      public=True))
        written.append(docs.actions(tmp_path / f"acties-{mid}.docx", meeting_id=mid,
                                    public=True))
    for body in s.bodies.all():
        written.append(docs.decisions(tmp_path / f"besluiten-{body.code}.docx",
                                      body_id=body.id, public=True))
        written.append(docs.actions(tmp_path / f"acties-{body.code}.docx",
                                    body_id=body.id, public=True))
    written.append(docs.decisions(tmp_path / "besluiten-alles.docx", public=True))
    written.append(docs.actions(tmp_path / "acties-alles.docx", public=True))

    leaks = [(p.name, key) for p in written for key, text in SECRET.items()
             if text in docx_text(p)]
    assert leaks == []
    # The demo's own closed item stays out too.
    assert all("Aanpak thuiszitters" not in docx_text(p) for p in written
               if p.name.startswith("verslag-"))
    assert len(written) == 4 * len(s.meetings.listings()) + 2 * len(s.bodies.all()) + 2


def test_the_full_versions_do_show_them(with_secret, tmp_path):
    """The check above can fail: the same texts are found where they belong."""
    s, m = with_secret
    full = docx_text(s.documents.minutes(m.id, tmp_path / "verslag.docx"))
    assert SECRET["title"] in full and SECRET["decision"] in full
    actions = docx_text(s.documents.actions(tmp_path / "acties.docx", meeting_id=m.id))
    assert SECRET["followup"] in actions and SECRET["decision_followup"] in actions
