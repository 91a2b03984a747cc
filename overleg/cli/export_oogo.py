"""`overleg export statement|matrix|dispute-notice|milestones`: the OOGO documents and the
milestones as a calendar.

    overleg export statement --procedure ID --out verklaring.docx [--public]
    overleg export matrix --swv NAAM --out status.docx|status.xlsx [--public]
    overleg export dispute-notice --dispute ID --out kennisgeving.docx
    overleg export milestones --out termijnen.ics [--all]
"""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from overleg.cli.options import add_db, services_for_reading

if TYPE_CHECKING:  # the services load when a command runs, not with the parser
    from overleg.services.container import Services


def register(kinds: argparse._SubParsersAction) -> None:
    p = kinds.add_parser("statement", help="OOGO-verklaring van een procedure (Word)",
                         description="Schrijft de verklaring van een OOGO-procedure: "
                         "overleggen, aanwezige partijen, besproken versies, uitkomst per "
                         "punt en open geschillen.")
    add_db(p)
    p.add_argument("--procedure", type=int, required=True, metavar="ID",
                   help="de procedure (id uit 'overleg procedures')")
    _word_options(p)
    p.set_defaults(run=run_statement, parser=p)

    m = kinds.add_parser("matrix", help="OOGO-statusoverzicht van een samenwerkingsverband "
                         "(Word of Excel)",
                         description="Per procedure: gemeente x stap, met datum, besproken "
                         "conceptversie, uitkomst en open geschillen. Een .xlsx-bestand "
                         "wordt een werkmap, een .docx-bestand een Word-document.")
    add_db(m)
    m.add_argument("--swv", required=True, metavar="NAAM",
                   help="het samenwerkingsverband dat de procedures voert (naam of afkorting)")
    m.add_argument("--out", type=Path, required=True, metavar="BESTAND.docx|.xlsx")
    m.add_argument("--template", type=Path, metavar="BESTAND",
                   help="huisstijlsjabloon voor het Word-document")
    m.add_argument("--public", action="store_true",
                   help="openbare versie: besloten punten en hun geschillen weggelaten")
    m.set_defaults(run=run_matrix, parser=m)

    d = kinds.add_parser("dispute-notice", help="kennisgeving van een geschil (Word)",
                         description="Schrijft de kennisgeving van een geschil aan de andere "
                         "partij: het punt, de standpunten en de termijnen.")
    add_db(d)
    d.add_argument("--dispute", type=int, required=True, metavar="ID",
                   help="het geschil (id uit 'overleg disputes')")
    d.add_argument("--out", type=Path, required=True, metavar="BESTAND.docx")
    d.add_argument("--template", type=Path, metavar="BESTAND")
    d.set_defaults(run=run_notice, parser=d)

    c = kinds.add_parser("milestones", help="mijlpalen en termijnen als agenda (.ics)",
                         description="Schrijft de open mijlpalen (met --all ook de afgeronde) "
                         "als hele-dag-afspraken op de datum zoals de wet die noemt. Een "
                         "nieuwe export werkt bestaande afspraken bij.")
    add_db(c)
    c.add_argument("--out", type=Path, required=True, metavar="BESTAND.ics")
    c.add_argument("--all", action="store_true", help="ook afgeronde mijlpalen")
    c.set_defaults(run=run_milestones, parser=c)


def _word_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, required=True, metavar="BESTAND.docx")
    p.add_argument("--template", type=Path, metavar="BESTAND",
                   help="huisstijlsjabloon (.docx of .dotx)")
    p.add_argument("--public", action="store_true",
                   help="openbare versie: besloten punten en hun geschillen weggelaten")


def _suffix(args: argparse.Namespace, *allowed: str) -> None:
    if args.out.suffix.lower() not in allowed:
        args.parser.error(f"--out moet een {' of '.join(allowed)}-bestand zijn")


def _write(args: argparse.Namespace, suffixes: tuple[str, ...],
           write: Callable[["Services"], Path], said: str = "geschreven") -> int:
    """Check the file type, write with the file's services, say where it went."""
    _suffix(args, *suffixes)
    s = services_for_reading(args)
    try:
        path = write(s)
    finally:
        s.db.close()
    print(f"{said}: {path}")
    return 0


def run_statement(args: argparse.Namespace) -> int:
    return _write(args, (".docx",), lambda s: s.oogo.write_statement(
        args.procedure, args.out, public=args.public, template=args.template))


def run_matrix(args: argparse.Namespace) -> int:
    return _write(args, (".docx", ".xlsx"), lambda s: s.oogo.write_matrix(
        s.oogo.lead_named(args.swv), args.out, public=args.public, template=args.template))


def run_notice(args: argparse.Namespace) -> int:
    return _write(args, (".docx",), lambda s: s.oogo.write_dispute_notice(
        args.dispute, args.out, template=args.template))


def run_milestones(args: argparse.Namespace) -> int:
    return _write(args, (".ics",), lambda s: s.milestones.export_ics(
        args.out, include_done=args.all), said="Agendabestand geschreven")
