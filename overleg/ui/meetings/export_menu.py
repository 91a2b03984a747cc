"""The documents of one meeting: agenda, minutes, its decision and action lists (Word or
PDF/A, full or public), the meeting pack (PDF), its calendar entry, and the mail drafts
that send the invitation, the draft minutes or the cancellation. Each result opens in
the system's default program."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QMenu, QWidget

from overleg.domain.enums import MeetingStatus
from overleg.domain.fields import safe_file_name
from overleg.services.container import Services
from overleg.ui.common.command_bus import command
from overleg.ui.common.guard import guarded
from overleg.ui.common.save_and_open import Opener, open_with_system, save_and_open
from overleg.ui.prompts import Prompts


class MeetingExportMenu(QMenu):
    def __init__(self, services: Services, prompts: Prompts,
                 current_meeting: Callable[[], int | None], parent: QWidget | None = None,
                 opener: Opener = open_with_system) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.current_meeting, self.opener = current_meeting, opener
        self.setTitle(self.tr("E&xport"))
        entries = [
            (self.tr("Agenda…"), self.tr("Agenda"), "agenda", False),
            (self.tr("Agenda, public version…"), self.tr("Agenda (public)"), "agenda", True),
            (self.tr("Minutes…"), self.tr("Minutes"), "minutes", False),
            (self.tr("Minutes, public version…"), self.tr("Minutes (public)"), "minutes",
             True),
            (self.tr("Decision list of this meeting…"), self.tr("Decisions"), "decisions",
             False),
            (self.tr("Action list of this meeting…"), self.tr("Actions"), "actions", False),
        ]
        for n, (label, name, kind, public) in enumerate(entries):
            if n and kind != entries[n - 1][2] and kind != "actions":
                self.addSeparator()  # groups: agenda, minutes, the meeting's lists
            action = self.addAction(label)
            action.triggered.connect(
                lambda _=False, n=name, k=kind, p=public: self.export(k, n, public=p))
        self.addSeparator()
        pdf_entries = [
            (self.tr("Agenda as PDF/A…"), "agenda", False),
            (self.tr("Agenda, public version, as PDF/A…"), "agenda", True),
            (self.tr("Minutes as PDF/A…"), "minutes", False),
            (self.tr("Minutes, public version, as PDF/A…"), "minutes", True),
            (self.tr("Decision list of this meeting as PDF/A…"), "decisions", False),
            (self.tr("Action list of this meeting as PDF/A…"), "actions", False),
        ]
        names = {label: name for label, name, _k, _p in entries}
        for (label, kind, public), name in zip(pdf_entries, names.values(), strict=True):
            self.addAction(label).triggered.connect(
                lambda _=False, n=name, k=kind, p=public: self.export_pdf(k, n, public=p))
        self.addAction(self.tr("Meeting pack (PDF)…")).triggered.connect(
            lambda: self.export_pack(public=False))
        self.addAction(self.tr("Meeting pack, public version (PDF)…")).triggered.connect(
            lambda: self.export_pack(public=True))
        self.addSeparator()
        self.addAction(self.tr("Calendar entry (.ics)…")).triggered.connect(self.export_ics)
        self.addSeparator()  # the mail drafts
        self.addAction(self.tr("Send invitation…")).triggered.connect(
            lambda: self.send("invitation"))
        self.addAction(self.tr("Send draft minutes…")).triggered.connect(
            lambda: self.send("minutes"))
        self.cancellation_action = self.addAction(self.tr("Send cancellation…"))
        self.cancellation_action.triggered.connect(lambda: self.send("cancellation"))
        self.aboutToShow.connect(self._enable_entries)

    def _enable_entries(self) -> None:
        """A cancellation only for a cancelled meeting."""
        meeting_id = self.current_meeting()
        status = self.services.meetings.get(meeting_id).status if meeting_id else None
        self.cancellation_action.setEnabled(status is MeetingStatus.CANCELLED)

    def export(self, kind: str, name: str, *, public: bool = False) -> Path | None:
        return self._document(kind, name, public, self.services.documents, ".docx",
                              self.tr("Save Word document"), self.tr("Word document (*.docx)"))

    def export_pdf(self, kind: str, name: str, *, public: bool = False) -> Path | None:
        """The PDF/A version of a document, in the default house style."""
        return self._document(kind, name, public, self.services.pdf_documents, ".pdf",
                              self.tr("Save PDF/A document"), self.tr("PDF document (*.pdf)"))

    def _document(self, kind: str, name: str, public: bool, docs, suffix: str, title: str,
                  filters: str) -> Path | None:
        """One of the meeting's four documents, written by `docs` (the Word or the PDF/A
        service: both take the same calls)."""
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return None
        listing = self.services.meetings.listing(meeting_id)
        suggested = safe_file_name(
            f"{name} {listing.body_code} {listing.meeting.day.isoformat()}") + suffix
        write = {
            "agenda": lambda p: docs.agenda(meeting_id, p, public=public),
            "minutes": lambda p: docs.minutes(meeting_id, p, public=public),
            "decisions": lambda p: docs.decisions(p, meeting_id=meeting_id, public=public),
            "actions": lambda p: docs.actions(p, meeting_id=meeting_id, public=public),
        }[kind]
        return save_and_open(self.prompts, title, filters, suggested, write, self.opener)

    def export_pack(self, *, public: bool = False) -> Path | None:
        """The meeting pack: cover, agenda and the items' documents in one PDF."""
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return None
        listing = self.services.meetings.listing(meeting_id)
        name = self.tr("Meeting pack (public)") if public else self.tr("Meeting pack")
        suggested = safe_file_name(
            f"{name} {listing.body_code} {listing.meeting.day.isoformat()}") + ".pdf"
        return save_and_open(
            self.prompts, self.tr("Save meeting pack"), self.tr("PDF document (*.pdf)"),
            suggested, lambda p: self.services.pack.pack(meeting_id, p, public=public)[0],
            self.opener)

    def export_ics(self) -> Path | None:
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return None
        listing = self.services.meetings.listing(meeting_id)
        day = listing.meeting.day.isoformat()
        suggested = safe_file_name(f"{listing.body_code} {day}") + ".ics"
        return save_and_open(
            self.prompts, self.tr("Save calendar entry"), self.tr("Calendar (*.ics)"),
            suggested, lambda p: self.services.calendar.export_meeting(meeting_id, p),
            self.opener)

    def _draft_name(self, meeting_id: int, kind: str) -> str:
        mail = self.services.mail
        if kind == "invitation":
            return mail.suggested_name(meeting_id)
        if kind == "minutes":
            return mail.suggested_name(meeting_id, mail.minutes_kind(meeting_id))
        # the mail modules load when a draft is written, not with the meetings screen
        from overleg.services.cancellation_mail import KIND as CANCELLATION_KIND

        return mail.suggested_name(meeting_id, CANCELLATION_KIND)

    def send(self, kind: str) -> Path | None:
        """A mail draft (.eml) with the documents attached, opened in the mail program."""
        meeting_id = self.current_meeting()
        if meeting_id is None:
            return None
        mail = self.services.mail
        make = {"invitation": mail.invitation, "minutes": mail.draft_minutes,
                "cancellation": self.services.cancellation_mail.cancellation}[kind]
        # Saved where the user says (the last mail folder, else Documents), so the draft
        # can be found again when no mail program opens it.
        path = self.prompts.save_file(self.tr("Save mail draft"), self.tr("E-mail (*.eml)"),
                                      self._draft_name(meeting_id, kind))
        if path is None:
            return None
        path = path if path.suffix.lower() == ".eml" else path.with_name(path.name + ".eml")
        drafts = guarded(self.prompts, lambda: make(meeting_id, path))
        if not drafts:
            return None
        unopened = [d.path for d in drafts  # one per audience: members, and guests
                    if self.opener(d.path) is False]
        if unopened:
            self.prompts.info(self.tr("No mail program opened the draft. It is saved as: "
                                      "%1. Open it with your mail program, or attach it to "
                                      "a new mail.").replace(
                "%1", "; ".join(str(p) for p in unopened)))
        without_email = [name for d in drafts for name in d.without_email]
        if without_email:
            self.prompts.info(self.tr("No e-mail address is known for: %s. Add their "
                                      "addresses on the Bodies screen, or add them in the "
                                      "mail program.") % ", ".join(without_email))
        meeting = self.services.meetings.get(meeting_id)
        if kind == "invitation" and meeting.status is MeetingStatus.PLANNED and \
                self.prompts.confirm(self.tr("Mark the agenda of this meeting as sent?")):
            command(self.parentWidget() or self, self.prompts, self.tr("Agenda sent"),
                    lambda: self.services.meetings.set_status(meeting_id,
                                                              MeetingStatus.AGENDA_SENT))
        return drafts[0].path
