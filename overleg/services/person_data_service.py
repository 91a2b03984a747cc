"""Personal data under the AVG: anonymising a person everywhere in the file.

One erasure replaces the name and e-mail address by a pseudonym in every record (the
person, free text of agenda items, minutes, decisions, follow-ups, positions, ...), in the
audit trail's old and new values (through AuditRepo.erase, so the hash chain still
verifies, with one chained erasure event), rebuilds the full-text indexes, and then
compacts the file so the old bytes are gone from it (storage/scrub.py).

An erasure is not a command: it is never undone (the undo stack would hold the very
text that was erased), so it does not go through CommandService.run.
"""

from datetime import datetime
from pathlib import Path

from overleg.domain.audit_chain import ERASABLE_FIELDS
from overleg.domain.errors import NotFoundError
from overleg.domain.person_data import (
    NOTES_PSEUDONYM,
    ErasurePlan,
    ErasureResult,
    KeptCopy,
    Place,
    contains,
    excerpt,
    name_parts,
    needles,
    person_pseudonym,
    replace_all,
)
from overleg.services.context import Context
from overleg.storage import archive_register, scrub
from overleg.storage.audit_repo import AuditEntry, AuditRepo
from overleg.storage.backup import list_backups
from overleg.storage.people_repo import PeopleRepo
from overleg.storage.person_data_repo import PersonDataRepo

_FILES = {"Persoon": "persoon", "Lidmaatschappen": "lidmaatschappen",
          "Aanwezigheid": "aanwezigheid", "Actiepunten als eigenaar": "actiepunten",
          "Vermeldingen in tekst": "vermeldingen",
          "Mogelijke vermeldingen (deel van de naam)": "mogelijke-vermeldingen",
          "Audittrail": "audittrail"}
ERASURE_REASON = "Persoonsgegevens geanonimiseerd (AVG)"


class PersonDataService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.repo = PersonDataRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)

    def plan(self, name: str) -> ErasurePlan:
        """What anonymising `name` changes (nothing is written): the dry run's list."""
        name = " ".join(name.split())
        person = self.people.find_person(name) if name else None
        found = needles(name, person.email if person else "")
        pseudonym = person_pseudonym(person.id or 0) if person else NOTES_PSEUDONYM
        plan = ErasurePlan(name, pseudonym, person.uuid if person else None)
        if not name:
            return plan
        for table, rowid, record, column, value in self.repo.text_hits(found):
            if contains(value, found):
                hit = next(n for n in found if n.casefold() in str(value).casefold())
                plan.places.append(Place(table, record or str(rowid), column,
                                         excerpt(str(value), hit)))
        parts = name_parts(name)
        if parts:
            certain = {(p.table, p.record, p.column) for p in plan.places}
            for table, rowid, record, column, value in self.repo.text_hits(parts):
                key = (table, record or str(rowid), column)
                if key not in certain and contains(value, parts) and table != "people":
                    hit = next(w for w in parts if w.casefold() in str(value).casefold())
                    plan.places.append(Place(*key, excerpt(str(value), hit), certain=False))
        plan.audit_rows = len(self._audit_pseudonyms(found, pseudonym))
        plan.references = self.repo.references(person.id or 0) if person else 0
        plan.kept_copies = self.kept_copies()
        return plan

    def anonymise(self, name: str) -> ErasureResult:
        """Replace the person everywhere, record the erasure, and compact the file.
        Raises NotFoundError (nothing written) when nothing names them."""
        plan = self.plan(name)
        if plan.empty:
            raise NotFoundError(f"Er is niets opgeslagen over '{plan.name}'.")
        person = self.people.find_person(plan.name)
        found = needles(plan.name, person.email if person else "")
        scrub.secure_delete(self.ctx.db)
        with self.ctx.db.atomic():
            for table, rowid, _record, column, value in list(self.repo.text_hits(found)):
                if contains(value, found):
                    self.repo.rewrite(table, rowid, column,
                                      replace_all(str(value), found, plan.pseudonym))
            if person is not None:
                self.repo.blank_person(person.id or 0, plan.pseudonym)
            row = AuditRepo(self.ctx.db).erase(
                self._audit_pseudonyms(found, plan.pseudonym),
                AuditEntry(at=self.ctx.now(), user=self.ctx.user, host=self.ctx.host,
                           table_name="people", record_uuid=plan.person_uuid or "",
                           action="erased", reason=ERASURE_REASON))
            scrub.rebuild_fts(self.ctx.db)
        note = scrub.compact(self.ctx.db)
        scrub.secure_delete(self.ctx.db, False)  # everyday saves need not zero pages
        return ErasureResult(plan, row, compacted=not note, compaction_note=note)

    def export(self, name: str, out: Path) -> str:
        """The access export (inzage): everything stored about `name` in a ZIP, readable
        (overzicht.md) and as JSON and CSV per kind. Returns a short summary."""
        from overleg.exports.person.access_zip import write_zip
        from overleg.services.file_output import write_stream

        plan = self.plan(name)
        if plan.empty and not plan.possible:
            raise NotFoundError(f"Er is niets opgeslagen over '{plan.name}'.")
        sections = self._sections(plan)
        write_stream(Path(out), lambda fh: write_zip(
            fh, plan.name, self.ctx.today().isoformat(), sections, _FILES))
        return ", ".join(f"{len(rows)} {title.lower()}" for title, rows in sections.items()
                         if rows)

    def _sections(self, plan: ErasurePlan) -> dict[str, list[dict]]:
        person = self.people.find_person(plan.name)
        pid = (person.id or 0) if person else 0
        found = needles(plan.name, person.email if person else "")
        mentions: list[dict] = []
        possible: list[dict] = []
        for texts, into in ((found, mentions), (name_parts(plan.name), possible)):
            for table, rowid, record, column, value in self.repo.text_hits(texts) \
                    if texts else ():
                if contains(value, texts) and (into is mentions or not contains(value, found)):
                    into.append({"tabel": table, "id": rowid, "uuid": record,
                                 "veld": column, "tekst": value})
        return {
            "Persoon": [self.repo.person_row(pid)] if person else [],
            "Lidmaatschappen": self.repo.memberships(pid) if person else [],
            "Aanwezigheid": self.repo.attendance(pid) if person else [],
            "Actiepunten als eigenaar": self.repo.followups_owned(pid) if person else [],
            "Vermeldingen in tekst": mentions,
            "Mogelijke vermeldingen (deel van de naam)": possible,
            "Audittrail": self.repo.audit_rows(person.uuid if person else None, found),
        }

    def _audit_pseudonyms(self, found: list[str], pseudonym: str) -> dict[int, dict[str, str]]:
        out: dict[int, dict[str, str]] = {}
        for row in self.repo.audit_hits(found, ERASABLE_FIELDS):
            values = {f: replace_all(str(row[f]), found, pseudonym)
                      for f in ERASABLE_FIELDS if row[f] is not None and contains(row[f], found)}
            if values:
                out[row["id"]] = values
        return out

    def kept_copies(self) -> list[KeptCopy]:
        """Copies of the file made before now that may still hold erased data: the
        backups, the copies taken before a migration and the archives exported on this
        computer (that still exist), newest first."""
        path = _file_of(self.ctx)
        if path is None:
            return []
        copies = [KeptCopy(str(b.path), b.taken_at, "reservekopie")
                  for b in list_backups(path)]
        for bak in path.parent.glob(f"{path.name}.voor-migratie-v*.bak"):
            copies.append(KeptCopy(str(bak), datetime.fromtimestamp(bak.stat().st_mtime),
                                   "kopie voor migratie"))
        copies += [KeptCopy(str(a), at, "archief") for a, at in archive_register.archives(path)]
        return sorted(copies, key=lambda c: c.made_at, reverse=True)


def _file_of(ctx: Context) -> Path | None:
    for row in ctx.db.execute("PRAGMA database_list").fetchall():
        if row[1] == "main":
            return Path(row[2]) if row[2] else None
    return None
