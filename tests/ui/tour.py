"""A tour of the whole interface for the tests that check every window at once (the
keyboard map, the accessible names): the main window on the example data with every
screen, tab and the minutes built, and every dialog, each built as a user would see it."""

from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from overleg.services.container import Services
from overleg.ui.common.app_settings import AppSettings
from overleg.ui.main_window import MainWindow
from tests.ui.fakes import FakePrompts


def install_language(language: str) -> list:
    """The interface in `language` ('nl' or 'en'); returns what to remove afterwards."""
    from overleg.ui.translations import install_translations

    return install_translations(QApplication.instance(), language)


def remove_language(installed: list) -> None:
    for translator in installed:
        QCoreApplication.removeTranslator(translator)


def stt_november(s: Services) -> int:
    """The example's meeting whose minutes are being taken (28 November 2013)."""
    return next(x.meeting.id for x in s.meetings.listings()
                if x.body_code == "STT" and x.meeting.day.month == 11)


def full_window(qtbot, services: Services, prompts: FakePrompts) -> MainWindow:
    """The main window with every screen built and shown once, the 28 November meeting
    chosen and its minutes tab built, back on the meetings screen."""
    window = MainWindow(services, Path("voorbeeld.db"), prompts=prompts)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    window.nav.setCurrentRow(0)
    meetings = window.screen_at(0)
    meetings.select_meeting(stt_november(services))
    meetings.detail.tabs.setCurrentIndex(1)  # builds the minutes
    meetings.detail.minutes.show_row(1)  # an item, not the attendance
    meetings.detail.tabs.setCurrentIndex(0)
    return window


def window_states(window: MainWindow, services: Services) -> Iterator[str]:
    """Put the window through what changes its controls' texts and visibility: every
    screen, and the minutes of a meeting in each status at each of its items (the
    28 November meeting at every item: adoption, returning follow-ups, closed session).
    Yields a description of each state."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        yield window.entries[row].class_name
        screen = window.screen_at(row)
        for tabs in (t for t in screen.findChildren(QTabWidget) if row and
                     t.isVisibleTo(window)):  # the meetings' tabs come below
            for index in range(1, tabs.count()):
                tabs.setCurrentIndex(index)
                yield f"{window.entries[row].class_name}, tab {tabs.tabText(index)!r}"
            tabs.setCurrentIndex(0)
    window.nav.setCurrentRow(0)
    meetings = window.screen_at(0)
    chosen, statuses = [stt_november(services)], set()
    for listing in services.meetings.listings():
        if listing.meeting.status not in statuses:
            statuses.add(listing.meeting.status)
            chosen.append(listing.meeting.id)
    for meeting_id in chosen:
        meetings.select_meeting(meeting_id)
        meetings.detail.tabs.setCurrentIndex(0)
        yield f"agenda of meeting {meeting_id}"
        meetings.detail.tabs.setCurrentIndex(1)
        minutes = meetings.detail.minutes
        rows = minutes.walk_model.rowCount()
        for row in range(rows if meeting_id == chosen[0] else min(rows, 2)):
            minutes.show_row(row)
            yield f"minutes of meeting {meeting_id}, row {row}"
    meetings.detail.tabs.setCurrentIndex(0)


def reconcile_dialog() -> QWidget:
    """The reconcile view over a new record and a field both sides changed."""
    from overleg.domain.versions import Stamp
    from overleg.services.exchange.compare import FieldDifference, RecordDifference
    from overleg.services.exchange.package import Package
    from overleg.services.exchange.service import Preview
    from overleg.ui.exchange.reconcile_dialog import ReconcileDialog

    field = FieldDifference("notes", "hier", "daar", Stamp("2013-11-21T10:00", "anna"),
                            Stamp("2013-11-22T10:00", "bert"))
    return ReconcileDialog(Preview("pakket.overleg", Package({"user": "bert"}), [
        RecordDifference("agenda_items", "u1", "changed", "Rondvraag", (field,)),
        RecordDifference("decisions", "u2", "new", "Besluit")]))


def dialogs(services: Services, prompts: FakePrompts, tmp_path: Path
            ) -> Iterator[tuple[str, Callable[[], QWidget]]]:
    """(name, factory) for every dialog; each factory builds the dialog, not shown."""
    from overleg.ui.agenda.theme_picker import ThemePicker
    from overleg.ui.audit.audit_dialog import AuditDialog
    from overleg.ui.backup.restore_dialog import RestoreDialog
    from overleg.ui.bodies.body_dialog import BodyDialog
    from overleg.ui.bodies.organisation_dialog import OrganisationDialog
    from overleg.ui.bodies.person_data_dialog import PersonDataDialog
    from overleg.ui.bodies.person_dialog import PersonDialog
    from overleg.ui.dialogs.about_dialog import AboutDialog
    from overleg.ui.dialogs.guide_dialog import GuideDialog, guide_path, shortcuts_card_path
    from overleg.ui.dialogs.settings_dialog import SettingsDialog
    from overleg.ui.dialogs.welcome_dialog import WelcomeDialog
    from overleg.ui.imports.import_dialog import ImportDialog
    from overleg.ui.meetings.move_meeting_dialog import MoveMeetingDialog
    from overleg.ui.meetings.plan_meeting_dialog import PlanMeetingDialog
    from overleg.ui.prompts import input_dialog
    from overleg.ui.startup import welcome_options
    from tests.imports.messy_sheets import messy_xlsx

    s = services
    meeting = s.meetings.get(stt_november(s))
    body = s.bodies.get(meeting.body_id)
    person = s.bodies.all_people()[0]
    org = s.bodies.organisations()[0]
    settings = AppSettings(QSettings(str(tmp_path / "tour.ini"), QSettings.Format.IniFormat))

    def import_dialog():
        prompts.answer(messy_xlsx(tmp_path / "Actielijst STT.xlsx"))
        return ImportDialog.ask(s, prompts)

    yield "ThemePicker", lambda: ThemePicker(s.schemas.all())
    yield "ReconcileDialog", reconcile_dialog
    yield "AuditDialog", lambda: AuditDialog(s, prompts, "meeting", meeting.id)
    yield "RestoreDialog", lambda: RestoreDialog.for_services(s, prompts)
    yield "BodyDialog (new)", lambda: BodyDialog(prompts, lambda f: True)
    yield "BodyDialog (edit)", lambda: BodyDialog(prompts, lambda f: True, body=body)
    yield "OrganisationDialog", lambda: OrganisationDialog(lambda f: True, org=org)
    yield "PersonDialog", lambda: PersonDialog(s.bodies.organisations(), lambda f: True,
                                               person=person)
    yield "PersonDataDialog", lambda: PersonDataDialog(s, prompts, "Anouk Jansen",
                                                       encryption_note=lambda: "Let op.")
    yield "AboutDialog", lambda: AboutDialog(Path("voorbeeld.db"), tmp_path)
    yield "GuideDialog", lambda: GuideDialog(guide_path())
    yield "GuideDialog (shortcuts)", lambda: GuideDialog(shortcuts_card_path(),
                                                         title="Sneltoetsen")
    yield "SettingsDialog", lambda: SettingsDialog(settings, s, prompts)
    yield "WelcomeDialog", lambda: WelcomeDialog(welcome_options())
    yield "ImportDialog", import_dialog
    yield "MoveMeetingDialog", lambda: MoveMeetingDialog(meeting, lambda a, b: True)
    yield "PlanMeetingDialog", lambda: PlanMeetingDialog(s, lambda r: True,
                                                         body_id=body.id)
    yield "QtPrompts.ask_text (Nieuw agendapunt)", lambda: input_dialog(
        None, QCoreApplication.translate("AgendaEditor", "New agenda item"),
        QCoreApplication.translate("AgendaEditor", "Title of the item:"))
