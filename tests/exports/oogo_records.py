"""Hand-built OOGO records for the export tests (no database): the support-plan OOGO of
the SWV PO Flevoland with Lelystad and Dronten."""

from datetime import date

from overleg.domain.oogo_status import (
    DisputeLine,
    DisputeNotice,
    MatrixBlock,
    MatrixCell,
    PartyPosition,
    Statement,
    StatementMeeting,
    StatementPoint,
    StatusMatrix,
    StepLine,
)

TOWNS = ("Gemeente Lelystad", "Gemeente Dronten")
STEPS = ("Concept-ondersteuningsplan gereed voor OOGO", "OOGO over het concept-ondersteuningsplan",
         "Vaststelling door het bestuur van het samenwerkingsverband",
         "Ondersteuningsplan naar de inspectie (vóór 1 mei)")
DISPUTE = DisputeLine("Geschil: OOGO met Dronten", "Gemeente Dronten", date(2014, 2, 11),
                      "Kennisgeving van het geschil aan de andere partij", date(2014, 2, 25))


def statement(public: bool = False) -> Statement:
    points = {
        "Gemeente Lelystad": StatementPoint("1", "OOGO met Lelystad", "overeenstemming bereikt", (
            PartyPosition("Gemeente Lelystad", "akkoord", "Vervoer geregeld", "concept 0.3"),)),
        "Gemeente Dronten": StatementPoint("1", "OOGO met Dronten", "geschil", (
            PartyPosition("Gemeente Dronten", "niet akkoord", "Thuiszitters", "concept 0.4"),)),
    }
    meetings = tuple(StatementMeeting(date(2014, 2, 10 + n), "OOGO Ondersteuningsplan 2014",
                                      "", (town, "SWV PO Flevoland"), (points[town],),
                                      left_out=1 if public and n == 1 else 0)
                     for n, town in enumerate(TOWNS))
    steps = tuple(StepLine(f"{s} — {t}" if n == 1 else s, date(2014, 1 + n, 9))
                  for n, s in enumerate(STEPS) for t in (TOWNS if n == 1 else ("",)))
    return Statement("Ondersteuningsplan 2014", "Ondersteuningsplan samenwerkingsverband",
                     "SWV PO Flevoland", TOWNS, steps, meetings, (DISPUTE,), date(2014, 3, 1),
                     public=public)


def matrix() -> StatusMatrix:
    def cells(town: str) -> tuple[MatrixCell, ...]:
        dronten = town == "Gemeente Dronten"
        return (MatrixCell(date(2014, 1, 9), date(2014, 1, 8)),
                MatrixCell(date(2014, 2, 20), None if dronten else date(2014, 2, 10),
                           ("concept 0.4" if dronten else "concept 0.3",),
                           "geschil" if dronten else "overeenstemming bereikt", int(dronten)),
                MatrixCell(date(2014, 4, 3)), MatrixCell(date(2014, 5, 1)))
    block = MatrixBlock("Ondersteuningsplan 2014", STEPS, tuple((t, cells(t)) for t in TOWNS))
    return StatusMatrix("SWV PO Flevoland", (block,), date(2014, 3, 1),
                        open_disputes=(DISPUTE,))


def notice() -> DisputeNotice:
    return DisputeNotice(
        "Geschil: OOGO met Dronten", "Ondersteuningsplan 2014", "SWV PO Flevoland",
        ("Gemeente Dronten",), "OOGO met Dronten", "OOGO Ondersteuningsplan 2014",
        date(2014, 2, 11), "Dronten mist de aanpak van thuiszitters.",
        (PartyPosition("Gemeente Dronten", "niet akkoord", "Thuiszitters", "concept 0.4"),),
        (StepLine("Kennisgeving van het geschil aan de andere partij", date(2014, 2, 25)),
         StepLine("Antwoord van de andere partij (binnen twee weken)", date(2014, 3, 11),
                  legal_basis="Regeling Geschillencommissie OOGO")),
        date(2014, 2, 12))
