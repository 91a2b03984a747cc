"""Reminder mails per owner of open follow-ups: where agreed, the term, days overdue; a
closed follow-up only to an owner who is a member of its body (issue 21)."""

from datetime import date
from email import message_from_bytes
from email.policy import default

import pytest

from overleg.domain.audience import Audience
from overleg.domain.errors import OverlegError
from overleg.domain.followups import Target
from overleg.domain.organisations import Organisation
from tests.services.public_outputs import mail_text

STT2 = 8  # Stuurgroep Talentontwikkeling, 28 November 2013, draft minutes
SECRET = "Vertrouwelijke casus bespreken met de leerplichtambtenaar"


def _person(s, name):
    return next(p for p in s.bodies.all_people() if p.name == name)


@pytest.fixture
def closed_followups(demo):
    """A closed item of 28 November with a follow-up for a member (Anouk Jansen) and one
    for someone outside the body (Tom Verbeek)."""
    item = demo.agenda.add_item(STT2, "Casus", confidential=True)
    for name in ("Anouk Jansen", "Tom Verbeek"):
        demo.minutes.add_followup(STT2, SECRET, item_id=item.id,
                                  owner_person_id=_person(demo, name).id,
                                  target=Target(due_date=date(2013, 12, 10)))
    return demo


def test_a_reminder_lists_the_owners_open_follow_ups_with_days_overdue(demo, tmp_path):
    tom = _person(demo, "Tom Verbeek")
    draft = demo.reminders.reminder("person", tom.id, tmp_path, as_of=date(2014, 3, 1),
                                    signature="M. Visser")
    assert draft.path == tmp_path / "Herinnering actiepunten Tom Verbeek.eml"
    msg = message_from_bytes(draft.path.read_bytes(), policy=default)
    assert [a.addr_spec for a in msg["To"].addresses] == [tom.email]
    assert msg["X-Unsent"] == "1"
    assert msg["Subject"] == "Herinnering: uw openstaande actiepunten (zaterdag 1 maart 2014)"
    text = msg.get_body(("plain",)).get_content()
    assert "1. Concept-ondersteuningsplannen PO en VO Drechtsteden toezenden" in text
    assert "Afgesproken in: PFO Sociaal Drechtsteden, dinsdag 3 september 2013" in text
    assert "Termijn: 15-01-2014" in text
    assert "Over de termijn: 45 dagen" in text  # 15 January to 1 March
    assert text.rstrip().endswith("M. Visser")
    not_yet = demo.reminders.reminder("person", tom.id, tmp_path / "b.eml",
                                      as_of=date(2014, 1, 14))
    assert "Over de termijn" not in mail_text(not_yet.path.read_bytes())


def test_a_closed_follow_up_only_reaches_an_owner_who_is_a_member(closed_followups,
                                                                  tmp_path):
    s = closed_followups
    member = s.reminders.reminder("person", _person(s, "Anouk Jansen").id, tmp_path)
    outsider = s.reminders.reminder("person", _person(s, "Tom Verbeek").id, tmp_path)
    assert SECRET in mail_text(member.path.read_bytes())
    assert member.audience is Audience.MEMBERS
    text = mail_text(outsider.path.read_bytes())
    assert SECRET not in text and "Eén besloten punt is niet opgenomen." in text
    assert "Concept-ondersteuningsplannen PO en VO" in text  # the public one stays
    assert outsider.audience is Audience.GUESTS


def test_reminders_to_all_owners_one_draft_each(closed_followups, tmp_path):
    s = closed_followups
    org = s.bodies.add_organisation(Organisation("Leerplicht Lelystad"))
    s.minutes.add_followup(STT2, "Verzuimcijfers aanleveren", owner_organisation_id=org.id,
                           target=Target(due_date=date(2013, 12, 20)))
    drafts = s.reminders.reminders(tmp_path)
    owners = {x.followup.owner_label for x in s.followups.all(s.followups.filter(
        status="open")) if x.followup.owner_label}
    assert {n for d in drafts for n in d.recipients + d.without_email} == owners
    assert len(drafts) == len(owners) == len(list(tmp_path.iterdir()))
    [to_org] = [d for d in drafts if d.without_email == ["Leerplicht Lelystad"]]
    assert to_org.recipients == [] and to_org.audience is Audience.GUESTS
    assert SECRET not in mail_text(to_org.path.read_bytes())


def test_no_reminder_for_an_owner_without_open_follow_ups(demo, tmp_path):
    nobody = _person(demo, "Marieke de Boer")
    with pytest.raises(OverlegError, match="geen openstaande actiepunten"):
        demo.reminders.reminder("person", nobody.id, tmp_path)
    assert list(tmp_path.iterdir()) == []
