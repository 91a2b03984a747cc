"""`overleg export KIND ...`: each kind of export registers itself from its own module
(Word documents, calendar, spreadsheets), listed in EXPORT_MODULES."""

import argparse

from overleg.cli import export_calendar, export_excel, export_oogo, export_pack, export_word

# Modules with `register(kinds: argparse._SubParsersAction) -> None`; add new ones here.
EXPORT_MODULES: list = [export_word, export_pack, export_calendar, export_excel, export_oogo]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("export", help="exporteer documenten, agenda's en lijsten",
                       description="Schrijft een document of lijst naar een bestand.")
    kinds = p.add_subparsers(title="soorten", metavar="SOORT", required=True)
    for module in EXPORT_MODULES:
        module.register(kinds)
