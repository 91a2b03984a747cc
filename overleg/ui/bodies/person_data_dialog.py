"""Personal data (AVG): anonymise a person after reviewing every place that names them,
export what is stored about them, and the retention periods with what is past them.

Anonymising and applying retention are not steps of the undo history: they cannot be
undone (the history would hold the very text they erase, so it is cleared), and the
confirmation says so."""

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QWidget,
)

from overleg.domain.dutch_dates import short_date
from overleg.domain.errors import OverlegError
from overleg.domain.retention import CHOICES, RetentionKind, label
from overleg.services.container import Services
from overleg.ui.common.command_bus import bus_of, command
from overleg.ui.common.layout import hbox, vbox
from overleg.ui.prompts import Prompts


class PersonDataDialog(QDialog):
    def __init__(self, services: Services, prompts: Prompts, name: str = "",
                 parent: QWidget | None = None,
                 encryption_note: Callable[[], str] | None = None) -> None:
        super().__init__(parent)
        self.services, self.prompts = services, prompts
        self.setWindowTitle(self.tr("Personal data"))
        self.resize(720, 560)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Name of the person"))
        name_label = QLabel(self.tr("&Name:"))
        name_label.setBuddy(self.name)
        self.review_button = QPushButton(self.tr("&Review places"))
        self.anonymise_button = QPushButton(self.tr("&Anonymise…"))
        self.export_button = QPushButton(self.tr("Export for acc&ess…"))
        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Places that name the person"))
        person_box = QGroupBox(self.tr("Person"))
        person_box.setLayout(vbox(
            hbox(name_label, self.name, self.review_button),
            self.places, hbox(self.anonymise_button, self.export_button), margins=6))
        self.periods: dict[RetentionKind, QComboBox] = {}
        form = QFormLayout()
        for kind, months in services.retention.periods().items():
            box = QComboBox()
            for choice in CHOICES:
                box.addItem(self._choice(choice), choice)
            box.setCurrentIndex(CHOICES.index(months))
            box.setAccessibleName(label(kind))
            box.currentIndexChanged.connect(lambda _i, k=kind: self._set_period(k))
            self.periods[kind] = box
            form.addRow(label(kind), box)
        self.due = QListWidget()
        self.due.setAccessibleName(self.tr("Records past their retention period"))
        self.apply_button = QPushButton(self.tr("A&pply retention…"))
        retention_box = QGroupBox(self.tr("Retention"))
        retention_box.setLayout(vbox(form, self.due, hbox(self.apply_button), margins=6))
        self.encryption = QLabel(encryption_note() if encryption_note else "")
        self.encryption.setWordWrap(True)
        self.encryption.setVisible(bool(self.encryption.text()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.setLayout(vbox(person_box, retention_box, self.encryption, buttons))
        self.review_button.clicked.connect(self.review)
        self.anonymise_button.clicked.connect(self.anonymise)
        self.export_button.clicked.connect(self.export)
        self.apply_button.clicked.connect(self.apply_retention)
        self.name.returnPressed.connect(self.review)
        if name:
            self.review()
        self.show_due()

    def _choice(self, months: int) -> str:
        if months == 0:
            return self.tr("never (keep)")
        return self.tr("%n year(s)", "", months // 12)

    # -- one person -------------------------------------------------------------------------

    def review(self) -> bool:
        """Fill the list with what anonymising would change; False when nothing."""
        self.places.clear()
        plan = self.services.person_data.plan(self.name.text())
        if plan.empty:
            self.places.addItem(self.tr("Nothing is stored under this name."))
            return False
        self.places.addItem(self.tr("Replaced by “%1”:").replace("%1", plan.pseudonym))
        self.places.addItems([f"  {p.line()}" for p in plan.replaced])
        if plan.references:
            self.places.addItem(self.tr("  %n membership(s), attendance(s) and follow-up(s) "
                                        "keep their link, under the pseudonym", "",
                                        plan.references))
        if plan.audit_rows:
            self.places.addItem(self.tr("  %n row(s) of the audit trail", "",
                                        plan.audit_rows))
        if plan.possible:
            self.places.addItem(self.tr("Possibly about this person (check yourself):"))
            self.places.addItems([f"  {p.line()}" for p in plan.possible])
        if plan.kept_copies:
            self.places.addItem(self.tr("Earlier copies that still hold the old data:"))
            self.places.addItems([f"  {short_date(c.made_at.date())} {c.made_at:%H.%M} "
                                  f"{c.kind}: {c.path}" for c in plan.kept_copies])
        return True

    def anonymise(self) -> None:
        name = " ".join(self.name.text().split())
        if not self.review():
            return
        if not self.prompts.confirm(self.tr(
                "Replace “%1” everywhere by a pseudonym and remove the old text from the "
                "file? This cannot be undone, also not with Undo; the steps that could be "
                "undone so far are forgotten.").replace("%1", name)):
            return
        result = self._irreversible(self.tr("Anonymise person"),
                                    lambda: self.services.person_data.anonymise(name))
        if result is None:
            return
        self.review()
        self.prompts.info(self.tr("“%1” is anonymised and recorded in the audit trail.")
                          .replace("%1", name) + ("" if result.compacted else
                                                   " " + result.compaction_note))

    def export(self) -> None:
        name = " ".join(self.name.text().split())
        out = self.prompts.save_file(self.tr("Export personal data"),
                                     self.tr("ZIP archive (*.zip)"),
                                     f"Inzage {name}.zip")
        if out is None:
            return
        try:
            summary = self.services.person_data.export(name, out)
        except OverlegError as exc:
            self.prompts.error(str(exc))
            return
        self.prompts.info(self.tr("Written: %1 (%2)").replace("%1", str(out))
                          .replace("%2", summary))

    # -- retention --------------------------------------------------------------------------

    def _set_period(self, kind: RetentionKind) -> None:
        months = self.periods[kind].currentData()
        command(self, self.prompts, self.tr("Change retention period"),
                lambda: self.services.retention.set_period(kind, months))
        self.show_due()

    def show_due(self) -> None:
        self.due.clear()
        due = self.services.retention.due()
        self.due.addItems([d.line() for d in due] or [self.tr("Nothing is past its "
                                                                "retention period.")])
        self.apply_button.setEnabled(bool(due))

    def apply_retention(self) -> None:
        count = len(self.services.retention.due())
        if not count or not self.prompts.confirm(self.tr(
                "Clear the %n record(s) past their retention period? This cannot be "
                "undone, also not with Undo.", "", count)):
            return
        if self._irreversible(self.tr("Apply retention"),
                              lambda: self.services.retention.apply()) is not None:
            self.show_due()

    def _irreversible(self, label: str, action):
        bus = bus_of(self.parentWidget())
        if bus is not None:
            return bus.run_irreversible(label, action)
        try:
            return action()
        except OverlegError as exc:
            self.prompts.error(str(exc))
            return None
