"""Documents per agenda item: add (streamed into the store, checked, its text read),
replace by a newer version, mark confidential, delete, and what outputs may carry.

Adding is two steps so a window can do the slow one in a worker: `prepare` reads the
file into the store (no database work; progress and cancel), `add` records it (one
transaction, a command like any other, audited). `attach` does both (the command line).
"""

import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from overleg.domain import audience as rule
from overleg.domain.agenda import AgendaItem
from overleg.domain.attachments import (
    MAX_FILE_BYTES,
    MB,
    Attachment,
    check_size,
    default_title,
    media_type_of,
    size_text,
    stored_file_name,
)
from overleg.domain.errors import ValidationError
from overleg.domain.fields import safe_file_name
from overleg.domain.records import id_of
from overleg.services.confidentiality import Confidentiality
from overleg.services.context import Context
from overleg.services.progress import Cancelled, Progress
from overleg.storage.agenda_repo import AgendaRepo
from overleg.storage.attachment_repo import AttachmentRepo
from overleg.storage.blob_store import BlobStore, Stopped, TooLarge


@dataclass(frozen=True)
class Prepared:
    """A file read into the store, not yet recorded."""

    file_name: str  # as stored (safe for Windows)
    size: int
    sha256: str
    media_type: str
    text: str


@dataclass(frozen=True)
class PackDocument:
    """One document of an agenda item as the meeting pack takes it."""
    title: str
    path: Path  # the stored bytes (read only: copy before handing to another program)
    media_type: str
    confidential: bool
    file_name: str = ""


@dataclass(frozen=True)
class PackItem:
    """An agenda item as the meeting pack shows it, with its documents."""
    number: str
    title: str
    closed: bool
    documents: list[PackDocument]


@dataclass(frozen=True)
class MailDocuments:
    """The documents an invitation carries, and one sentence per one it leaves out."""

    files: list[tuple[str, Path, str]]  # (file name in the mail, stored bytes, media type)
    left_out: list[str]


class AttachmentService:
    def __init__(self, ctx: Context, store: BlobStore | None = None) -> None:
        self.ctx = ctx
        self.repo = AttachmentRepo(ctx.db)
        self.items = AgendaRepo(ctx.db)
        self.closed = Confidentiality(ctx.db)
        self.store = store or BlobStore.of(ctx.db)

    # -- reading --------------------------------------------------------------------------

    def for_item(self, item_id: int) -> list[Attachment]:
        return self.repo.for_item(item_id)

    def for_meeting(self, meeting_id: int) -> list[Attachment]:
        return self.repo.for_meeting(meeting_id)

    def get(self, attachment_id: int) -> Attachment:
        return self.repo.get(attachment_id)

    def versions(self, attachment_id: int) -> list[Attachment]:
        return self.repo.versions(attachment_id)

    def path_of(self, attachment: Attachment) -> Path:
        """The stored bytes; one sentence when they are missing (a folder not copied)."""
        path = self.store.path_of(attachment.sha256)
        if not path.is_file():
            raise ValidationError(f"Het bestand van '{attachment.title}' ontbreekt in de map "
                                  f"'{self.store.folder}'.")
        return path

    def is_confidential(self, attachment: Attachment, item_closed: bool | None = None) -> bool:
        """The audience rule for a document: marked, or on a closed item."""
        if item_closed is None:
            item_closed = attachment.item_id in self.closed.closed_items([attachment.item_id])
        return rule.file_confidential(attachment.confidential, item_closed)

    def for_audience(self, attachments: list[Attachment], audience: rule.Audience
                     ) -> rule.Selection[Attachment]:
        closed = self.closed.closed_items({a.item_id for a in attachments})
        return rule.for_audience(attachments, audience, lambda a: rule.file_confidential(
            a.confidential, a.item_id in closed))

    def pack_inputs(self, meeting_id: int, public: bool) -> list[PackItem]:
        """Per agenda item in agenda order: number, title, closed?, and its current
        documents (title, stored bytes, media type, confidential). A public pack gets no
        closed item's documents and no confidential document (the item stays listed,
        so the pack can say where something was left out)."""
        items = self.items.items(meeting_id, with_checklists=False)
        closed = self.closed.closed_items(id_of(i) for i in items)
        files = self.repo.for_items(id_of(i) for i in items)
        result = []
        for item in items:
            is_closed = id_of(item) in closed
            docs = [PackDocument(a.title, self.store.path_of(a.sha256), a.media_type,
                                 rule.file_confidential(a.confidential, is_closed),
                                 a.file_name)
                    for a in files[id_of(item)]]
            if public:
                docs = [d for d in docs if not d.confidential]
            result.append(PackItem(item.number, item.title, is_closed, docs))
        return result

    def mail_documents(self, meeting_id: int, audience: rule.Audience, limit: int
                       ) -> MailDocuments:
        """The items' documents for an invitation to `audience`, in agenda order, up to
        `limit` bytes in all. A document that would pass the limit is named as left out;
        confidential ones are counted, never named, in a mail to guests."""
        files: list[tuple[str, Path, str]] = []
        notes: list[str] = []
        total, too_big = 0, []
        full = self.pack_inputs(meeting_id, public=False)
        shown = self.pack_inputs(meeting_id, public=not rule.sees_closed(audience))
        hidden = sum(len(f.documents) for f in full) - sum(len(s.documents) for s in shown)
        for item in shown:
            for doc in item.documents:
                size = doc.path.stat().st_size if doc.path.is_file() else 0
                name = safe_file_name(f"{item.number} {doc.file_name}", fallback="stuk")
                if not doc.path.is_file():
                    notes.append(f"'{doc.title}' (punt {item.number}) is niet meegestuurd: "
                                 "het bestand ontbreekt.")
                elif total + size > limit:
                    too_big.append(f"'{doc.title}' (punt {item.number}, {size_text(size)})")
                else:
                    files.append((name, doc.path, doc.media_type))
                    total += size
        if too_big:
            notes.append(f"Niet meegestuurd omdat de bijlagen samen groter zouden worden dan "
                         f"{size_text(limit)}: {', '.join(too_big)}.")
        if hidden:
            notes.append("Eén vertrouwelijk stuk is niet meegestuurd." if hidden == 1 else
                         f"{hidden} vertrouwelijke stukken zijn niet meegestuurd.")
        return MailDocuments(files, notes)

    # -- adding ---------------------------------------------------------------------------

    def prepare(self, path: Path, *, progress: Progress | None = None,
                cancel: threading.Event | None = None) -> Prepared:
        """Read `path` into the store (streamed and hashed, at most MAX_FILE_BYTES), check
        it and take its text. Nothing is kept when it is refused or cancelled."""
        path = Path(path)
        name = stored_file_name(path.name)
        try:
            if not path.is_file():
                raise ValidationError(f"'{path.name}' is geen bestand dat gelezen kan worden.")
            check_size(path.stat().st_size, path.name)  # a 2 GB file: refused unread
            total = path.stat().st_size
            texts: list[str] = []
            on_bytes: Callable[[int], None] | None = (
                (lambda done: progress(done, total)) if progress is not None else None)
            from overleg.imports.attachment_text import document_text  # adding a document

            with path.open("rb") as source:
                stored = self.store.put(
                    source, limit=MAX_FILE_BYTES, progress=on_bytes, cancel=cancel,
                    inspect=lambda temp: texts.append(document_text(temp, path.name)))
        except TooLarge:
            raise ValidationError(f"'{path.name}' is groter dan {MAX_FILE_BYTES // MB} MB, "
                                  "de grens voor een stuk.") from None
        except Stopped:
            raise Cancelled from None
        except PermissionError:
            raise ValidationError(f"'{path.name}' kan niet worden gelezen (geen "
                                  "toegang).") from None
        except OSError as exc:
            raise ValidationError(f"'{path.name}' kan niet worden gelezen "
                                  f"({exc.strerror or exc}).") from None
        return Prepared(name, stored.size, stored.sha256, media_type_of(name),
                        texts[0] if texts else "")

    def add(self, item_id: int, prepared: Prepared, *, title: str = "", version: str = "",
            confidential: bool = False) -> Attachment:
        """Record a prepared file as a document of the item (one transaction)."""
        item = self.items.get(item_id)
        attachment = self._record(item, prepared, title, version, confidential)
        with self.ctx.db.atomic():
            self.repo.add(attachment)
            self.ctx.audit("attachments", attachment.uuid, "created",
                           new=f"{attachment.title} ({attachment.file_name})")
        return attachment

    def attach(self, item_id: int, path: Path, *, title: str = "", version: str = "",
               confidential: bool = False) -> Attachment:
        self.items.get(item_id)  # an unknown item is refused before any byte is read
        return self.add(item_id, self.prepare(path), title=title, version=version,
                        confidential=confidential)

    def replace(self, attachment_id: int, prepared: Prepared, *, version: str = ""
                ) -> Attachment:
        """A newer version takes the document's place; the older one is kept."""
        old = self.repo.get(attachment_id)
        if not old.current:
            raise ValidationError("Alleen de nieuwste versie van een stuk kan worden "
                                  "vervangen.")
        item = self.items.get(old.item_id)
        new = self._record(item, prepared, old.title, version, old.confidential)
        new.previous_id = id_of(old)
        with self.ctx.db.atomic():
            self.repo.add(new)
            self.repo.replaced(old, new)
            self.ctx.audit("attachments", new.uuid, "replaced", old=old.uuid,
                           new=f"{new.title} ({new.file_name})")
        return new

    def edit(self, attachment_id: int, *, title: str | None = None,
             version: str | None = None, confidential: bool | None = None) -> Attachment:
        old = self.repo.get(attachment_id)
        new = replace(old, title=old.title if title is None else title,
                      version=old.version if version is None else version,
                      confidential=old.confidential if confidential is None
                      else confidential)
        with self.ctx.db.atomic():
            self.repo.update(new)
            for name in ("title", "version", "confidential"):
                if getattr(old, name) != getattr(new, name):
                    self.ctx.audit("attachments", new.uuid, "updated", field=name,
                                   old=getattr(old, name), new=getattr(new, name))
        return new

    def delete(self, attachment_id: int) -> None:
        """The document with its older versions; the bytes stay in the store, so an
        undo brings it back whole."""
        chain = self.repo.versions(attachment_id)
        with self.ctx.db.atomic():
            self.repo.delete(id_of(a) for a in chain)
            for a in chain:
                self.ctx.audit("attachments", a.uuid, "deleted",
                               old=f"{a.title} ({a.file_name})")

    def discard(self, prepared: list[Prepared]) -> None:
        """Forget prepared files that were not recorded after all (a cancel, a refusal
        of a later file): their bytes go unless a record refers to them."""
        kept = self.repo.hashes()
        for p in prepared:
            if p.sha256 not in kept:
                self.store.path_of(p.sha256).unlink(missing_ok=True)

    def _record(self, item: AgendaItem, prepared: Prepared, title: str, version: str,
                confidential: bool) -> Attachment:
        return Attachment(item_id=id_of(item),
                          title=title or default_title(prepared.file_name),
                          file_name=prepared.file_name, size=prepared.size,
                          sha256=prepared.sha256, media_type=prepared.media_type,
                          version=version, confidential=confidential, text=prepared.text,
                          added_at=self.ctx.now().replace(microsecond=0))
