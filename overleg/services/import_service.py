"""Moving an existing action list (Excel or CSV) into Overleg: read, map the columns,
preview every row, and import what can be read in one transaction.

Owners: a name is matched to a person (case and spacing ignored), else to an
organisation (name or abbreviation); an unknown name becomes a new person, so the owner
stays visible, filterable and can be given an e-mail address later. The preview lists
those new people before anything is written.

Targets: a meeting column wins over a date column (the return to a meeting is the more
precise agreement); the meeting is found by its date, and by the body's name or code
when several bodies meet that day. A moved meeting is followed to its new date."""

from collections.abc import Callable
from copy import copy
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path

from overleg.domain.enums import FollowUpStatus, MeetingStatus
from overleg.domain.errors import OverlegError
from overleg.domain.followups import (
    FollowUp,
    Target,
    check_target,
)
from overleg.domain.meetings import Meeting
from overleg.domain.organisations import Person
from overleg.domain.records import id_of
from overleg.imports.action_rows import (
    Mapping,
    ParsedRow,
    RowProblem,
    guess_mapping,
    mapping_from_file,
    normalise,
    parse_rows,
)
from overleg.imports.table_reader import CsvEncodingError as CsvEncodingError  # for screens
from overleg.imports.table_reader import Row, read_table
from overleg.services.action_changes import FieldChange, Wanted, apply_changes, differences
from overleg.services.context import Context
from overleg.services.intake.pipeline import check_records
from overleg.services.intake.report import IntakeRefused
from overleg.storage.followup_repo import FollowUpRepo
from overleg.storage.meeting_repo import MeetingRepo
from overleg.storage.people_repo import PeopleRepo


@dataclass(frozen=True)
class PlannedAction:
    """One row as it will be imported."""

    line: int
    text: str
    owner: str = ""
    owner_person_id: int | None = None
    owner_organisation_id: int | None = None
    new_owner: bool = False  # a person to create with this name
    target: Target = field(default_factory=Target)
    target_label: str = ""
    status: FollowUpStatus = FollowUpStatus.OPEN
    uuid: str = ""  # the 'Kenmerk' of Overleg's own export
    existing_id: int | None = None  # that follow-up, when it is here: a change, not a new one
    changes: tuple[FieldChange, ...] = ()

    @property
    def wanted(self) -> Wanted:
        return Wanted(self.text, self.owner, self.owner_person_id, self.owner_organisation_id,
                      self.target, self.status)


@dataclass
class ImportPreview:
    """What an action-list import would do, before it is confirmed."""
    actions: list[PlannedAction] = field(default_factory=list)  # new ones and changes
    problems: list[RowProblem] = field(default_factory=list)
    unchanged: int = 0  # rows of an exported list that match their follow-up exactly

    @property
    def changed(self) -> list[PlannedAction]:
        return [a for a in self.actions if a.existing_id is not None]

    @property
    def new_people(self) -> list[str]:
        return sorted({a.owner for a in self.actions if a.new_owner})


class ImportService:
    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.followups = FollowUpRepo(ctx.db)
        self.meetings = MeetingRepo(ctx.db)
        self.people = PeopleRepo(ctx.db)

    def read(self, path: Path, encoding: str | None = None) -> list[Row]:
        """The rows of the file; a CSV that is not UTF-8 raises CsvEncodingError unless
        its `encoding` is given (the caller shows the rows and asks)."""
        return read_table(path, encoding)

    def guess_mapping(self, table: list[Row]) -> Mapping:
        return guess_mapping(table)

    def mapping_from_file(self, path: Path, table: list[Row]) -> Mapping:
        return mapping_from_file(path, table)

    def preview(self, table: list[Row], mapping: Mapping) -> ImportPreview:
        parsed = parse_rows(table, mapping)
        preview = ImportPreview(problems=list(parsed.problems))
        people = {normalise(p.name): p for p in self.people.people()}
        orgs = {}
        for o in self.people.organisations():
            orgs[normalise(o.name)] = o
            if o.short_name:
                orgs.setdefault(normalise(o.short_name), o)
        known = self.followups.ids_by_uuid([r.uuid for r in parsed.rows if r.uuid])
        existing = self.followups.get_many(known.values())  # read once, not per row
        # A list names the same meetings on many rows: each is looked up once.
        meetings: dict[tuple[date, str], tuple[Target, str] | str] = {}
        for row in parsed.rows:
            planned = self._plan(row, people, orgs, meetings)
            if isinstance(planned, RowProblem):
                preview.problems.append(planned)
            elif row.uuid in known:  # a row of an exported list: compared, never doubled
                f = self._found(existing, known[row.uuid])
                changes = differences(f, planned.wanted, planned.new_owner)
                if changes:
                    preview.actions.append(replace(planned, existing_id=f.id,
                                                   changes=changes))
                else:
                    preview.unchanged += 1
            else:
                preview.actions.append(planned)
        preview.problems.sort(key=lambda p: p.line)
        return preview

    def import_actions(self, preview: ImportPreview, source: str = "",
                       origin_meeting_id: int | None = None) -> int:
        """Everything in the preview, or nothing: one transaction. With an origin meeting
        the actions count as agreed there (so they belong to its body in the action
        list); without one they belong to no body."""
        if not preview.actions:
            if preview.unchanged:
                return 0  # an exported list read back unchanged: nothing to do
            raise ImportEmptyError("Er is geen enkele regel die kan worden ingelezen.")
        today = self.ctx.today()
        meeting = cache(self.meetings.get)  # a list names the same meetings often
        changed_ids = [a.existing_id for a in preview.actions if a.existing_id is not None]
        # Agreed at the origin meeting: each term must pass the target rule. Adding to
        # adopted minutes stays possible here (README: an old action list is read in
        # against the meeting where it was agreed), unlike the minutes screen.
        origin = meeting(origin_meeting_id) if origin_meeting_id is not None else None
        name = source or "de lijst"
        with self.ctx.db.atomic():
            # The changed follow-ups read once, as the transaction sees them: checked as
            # copies, then changed.
            current = self.followups.get_many(changed_ids)
            # check: every row as the domain's records, before anything is written (a
            # refusal leaves the transaction empty)
            refusals = check_records(
                build for a in preview.actions for build in (
                    _builders(a, today, origin, meeting) if a.existing_id is None
                    else self._change_builders(a, current, today, name, meeting)))
            if refusals:
                raise IntakeRefused(source or "de lijst", refusals)
            audit = self.ctx.auditor()  # nothing else writes the trail in this import
            created_on = today
            if origin_meeting_id is not None:
                created_on = min(today, meeting(origin_meeting_id).day)
            created: dict[str, int] = {}  # the people a list names anew, made in row order
            owners = [self._owner_id(a, created) for a in preview.actions]
            new = {i: _new_followup(a, owners[i], created_on, origin_meeting_id, today)
                   for i, a in enumerate(preview.actions) if a.existing_id is None}
            self.followups.add_many(list(new.values()))  # one prepared statement for all
            for i, a in enumerate(preview.actions):  # the trail in the list's order
                if a.existing_id is not None:
                    self._change(replace(a, owner_person_id=owners[i]),
                                 self._found(current, id_of_planned(a)), today, name, audit,
                                 meeting)
                else:
                    audit("followups", new[i].uuid, "imported",
                          reason=f"{source} regel {a.line}".strip())
        return len(preview.actions)

    def _found(self, read: dict[int, FollowUp], followup_id: int) -> FollowUp:
        """A follow-up read for this import; one removed meanwhile is asked of the store
        once more, which names it as it names any missing follow-up."""
        f = read.get(followup_id)
        return f if f is not None else self.followups.get(followup_id)

    def _owner_id(self, a: PlannedAction, created: dict[str, int]) -> int | None:
        """The owner's person: a name the list brings is made once, on its first row."""
        if not a.new_owner:
            return a.owner_person_id
        key = normalise(a.owner)
        if key not in created:
            created[key] = id_of(self.people.add_person(Person(a.owner)))
        return created[key]

    def _change_builders(self, a: PlannedAction, before: dict[int, FollowUp], today: date,
                         source: str, meeting: Callable[[int], Meeting]):
        """The check step of a changed row: the change tried on a copy."""
        def changed() -> FollowUp:
            f = copy(self._found(before, id_of_planned(a)))
            return apply_changes(f, a.wanted, a.changes, origin=_origin(f, meeting),
                                 meeting=meeting, today=today, source=source)

        yield "followups", f"regel {a.line}", changed

    def _change(self, a: PlannedAction, f: FollowUp, today: date, source: str,
                audit: Callable[..., None], meeting: Callable[[int], Meeting]) -> None:
        apply_changes(f, a.wanted, a.changes, origin=_origin(f, meeting),
                      meeting=meeting, today=today, source=source)
        self.followups.update(f)
        for c in a.changes:
            audit("followups", f.uuid, "imported", field=c.field, old=c.old, new=c.new,
                  reason=f"{source} regel {a.line}")

    def import_file(self, path: Path, mapping_file: Path | None = None,
                    origin_meeting_id: int | None = None, encoding: str | None = None
                    ) -> tuple[int, ImportPreview]:
        """The command line's import: read, map by file or by recognised names, import."""
        table = self.read(path, encoding)
        mapping = (self.mapping_from_file(mapping_file, table) if mapping_file
                   else self.guess_mapping(table))
        preview = self.preview(table, mapping)
        count = self.import_actions(preview, Path(path).name, origin_meeting_id)
        return count, preview

    def _plan(self, row: ParsedRow, people: dict, orgs: dict,
              meetings: dict[tuple[date, str], tuple[Target, str] | str]
              ) -> PlannedAction | RowProblem:
        target, label = Target(due_date=row.due), ""
        if row.meeting_day is not None:
            key = (row.meeting_day, row.meeting_text)
            found = meetings.get(key)
            if found is None:
                found = meetings[key] = self._meeting(*key)
            if isinstance(found, str):
                return RowProblem(row.line, found)
            target, label = found
        elif row.due is not None:
            label = f"{row.due:%d-%m-%Y}"
        owner = row.owner
        person, org = people.get(normalise(owner)), orgs.get(normalise(owner))
        return PlannedAction(
            line=row.line, text=row.text, uuid=row.uuid, owner=person.name if person else
            org.name if org else owner,
            owner_person_id=person.id if person else None,
            owner_organisation_id=org.id if org and not person else None,
            new_owner=bool(owner) and person is None and org is None,
            target=target, target_label=label, status=row.status)

    def _meeting(self, day: date, text: str) -> tuple[Target, str] | str:
        candidates = [x for x in self.meetings.listings(start=day, end=day)
                      if x.meeting.status is not MeetingStatus.CANCELLED]
        if len(candidates) > 1:
            words = normalise(text)
            named = [x for x in candidates if normalise(x.body_code) in words.split()
                     or normalise(x.body_name) in words]
            candidates = named or candidates
        if not candidates:
            return f"Er is geen vergadering op {day:%d-%m-%Y}."
        if len(candidates) > 1:
            return (f"Op {day:%d-%m-%Y} zijn meerdere vergaderingen; noem het "
                    "overlegorgaan erbij (bijvoorbeeld 'STT 19-09-2013').")
        m = candidates[0].meeting
        while m.status is MeetingStatus.MOVED and m.moved_to_id is not None:
            m = self.meetings.get(m.moved_to_id)
        listing = self.meetings.listing(id_of(m))
        return Target(meeting_id=m.id, meeting_day=m.day), listing.label


def _builders(a: PlannedAction, today: date, origin: Meeting | None = None,
              meeting: Callable[[int], Meeting] | None = None):
    """The records one row becomes (for the check step), named by its row number; with
    an origin meeting its term must pass the target rule (domain.followups.check_target)."""
    name = f"regel {a.line}"

    def followup() -> FollowUp:
        if origin is not None and meeting is not None:
            check_target(origin, on=a.target.due_date, meeting=None if
                         a.target.meeting_id is None else meeting(a.target.meeting_id))
        return FollowUp(text=a.text, status=a.status,
                        done_on=today if a.status is FollowUpStatus.DONE else None)

    yield "followups", name, followup
    if a.new_owner:
        yield "people", name, lambda: Person(a.owner)


def _new_followup(a: PlannedAction, person_id: int | None, created_on: date,
                  origin_meeting_id: int | None, today: date) -> FollowUp:
    f = FollowUp(text=a.text, owner_person_id=person_id,
                 owner_organisation_id=a.owner_organisation_id, target=a.target,
                 status=a.status, created_on=created_on, meeting_id=origin_meeting_id,
                 done_on=today if a.status is FollowUpStatus.DONE else None)
    if a.uuid:  # a row of another Overleg's list keeps its identity
        f.uuid = a.uuid
    return f


def _origin(f: FollowUp, meeting: Callable[[int], Meeting]) -> Meeting | None:
    return None if f.meeting_id is None else meeting(f.meeting_id)


def id_of_planned(a: PlannedAction) -> int:
    assert a.existing_id is not None, "only a changed row names a follow-up"
    return a.existing_id


class ImportEmptyError(OverlegError):
    """Nothing in the file could be imported."""
