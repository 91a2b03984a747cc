"""What an OOGO statement (verklaring) and the OOGO status matrix of a samenwerkingsverband
show: plain records gathered by the services, read by the Word and spreadsheet exports.

The matrix has a row per municipality (party) and a column per procedure step; a cell
holds the step's date (done, or due), the version of the concept discussed with that
party, the outcome of its talking points and its open disputes."""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from overleg.domain.dutch_dates import short_date
from overleg.domain.enums import Outcome
from overleg.domain.vocabulary import nl


@dataclass(frozen=True)
class PartyPosition:
    """A party's position on a talking point as the documents show it."""

    party: str
    stance: str  # in Dutch: 'akkoord', 'akkoord met voorbehoud', 'niet akkoord'
    text: str = ""
    document_version: str = ""


@dataclass(frozen=True)
class StepLine:
    """One step of a procedure in the OOGO status: when it is due, when it was done, on
    what basis."""
    title: str
    due: date
    done_on: date | None = None
    due_mark: str = ""  # 'zaterdag', 'Hemelvaartsdag'
    legal_basis: str = ""


@dataclass(frozen=True)
class DisputeLine:
    """An open or closed dispute in the OOGO status, with its next step."""
    title: str
    parties: str
    opened_on: date | None
    next_step: str = ""  # the first open step of the track, '' when closed
    next_due: date | None = None
    result: str = ""
    closed_on: date | None = None

    @property
    def open(self) -> bool:
        return self.closed_on is None


@dataclass(frozen=True)
class DisputeNotice:
    """The notice of a dispute to the other party: the point, what each party brought in,
    and the steps with their deadlines from the agreed procedure."""

    title: str
    procedure: str  # the procedure it holds up, '' when none
    lead: str
    parties: tuple[str, ...]
    point: str
    body: str
    meeting_day: date
    notes: str
    positions: tuple[PartyPosition, ...]
    steps: tuple[StepLine, ...]
    as_of: date


@dataclass(frozen=True)
class StatementPoint:
    """A point of the OOGO statement: its outcome and the parties' positions."""
    number: str
    title: str
    outcome: str  # Dutch, '' when none recorded
    positions: tuple[PartyPosition, ...] = ()


@dataclass(frozen=True)
class StatementMeeting:
    """A meeting in the OOGO statement: who was there and the points discussed."""
    day: date
    body: str
    title: str
    parties_present: tuple[str, ...]
    points: tuple[StatementPoint, ...]
    left_out: int = 0  # closed points a public version leaves out


@dataclass(frozen=True)
class Statement:
    """The OOGO statement of one procedure: meetings, parties present, versions discussed,
    outcome per point and disputes."""

    title: str
    template_title: str
    lead: str
    parties: tuple[str, ...]
    steps: tuple[StepLine, ...]
    meetings: tuple[StatementMeeting, ...]
    disputes: tuple[DisputeLine, ...]
    as_of: date
    public: bool = False

    def versions(self) -> dict[str, list[str]]:
        """Party -> the versions of the document it held OOGO on, in meeting order."""
        found: dict[str, list[str]] = {p: [] for p in self.parties}
        for m in self.meetings:
            for point in m.points:
                for pos in point.positions:
                    if pos.document_version and \
                            pos.document_version not in found.setdefault(pos.party, []):
                        found[pos.party].append(pos.document_version)
        return found

    @property
    def left_out(self) -> int:
        return sum(m.left_out for m in self.meetings)


@dataclass(frozen=True)
class MatrixCell:
    """One party's state of one step in the status matrix."""
    due: date | None = None  # None: the step is not with this party
    done_on: date | None = None
    versions: tuple[str, ...] = ()
    outcome: str = ""
    open_disputes: int = 0

    def lines(self, as_of: date) -> list[str]:
        """The cell as short Dutch lines: date and state, version, outcome, disputes."""
        if self.due is None:
            return ["—"]
        if self.done_on is not None:
            out = [f"afgerond {short_date(self.done_on)}"]
        elif self.due < as_of:
            out = [f"te laat (uiterlijk {short_date(self.due)})"]
        else:
            out = [f"uiterlijk {short_date(self.due)}"]
        if self.versions:
            out.append("versie: " + ", ".join(self.versions))
        if self.outcome:
            out.append(f"uitkomst: {self.outcome}")
        if self.open_disputes:
            out.append("open geschil" if self.open_disputes == 1
                       else f"{self.open_disputes} open geschillen")
        return out


@dataclass(frozen=True)
class MatrixBlock:
    """One procedure: its steps as columns, a row per party."""

    procedure: str
    steps: tuple[str, ...]
    rows: tuple[tuple[str, tuple[MatrixCell, ...]], ...]  # party, a cell per step


@dataclass(frozen=True)
class StatusMatrix:
    """The status matrix of a samenwerkingsverband's procedures: steps against parties."""
    swv: str
    blocks: tuple[MatrixBlock, ...]
    as_of: date
    public: bool = False
    left_out: int = 0  # closed points (and their disputes) not counted in a public version
    open_disputes: tuple[DisputeLine, ...] = field(default_factory=tuple)


def combined_outcome(outcomes: Iterable[Outcome | None]) -> str:
    """The outcome of a party's talking points in one step, in Dutch: a dispute on any
    point is the step's outcome; else not (yet) reached when any point was postponed or
    had no consensus; else consensus; '' when nothing was recorded."""
    found = [o for o in outcomes if o is not None]
    if not found:
        return ""
    for worst in (Outcome.DISPUTE, Outcome.POSTPONED, Outcome.NO_CONSENSUS):
        if worst in found:
            return nl(worst)
    return nl(found[0]) if len(set(found)) == 1 else ", ".join(sorted({nl(o) for o in found}))
