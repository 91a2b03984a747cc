"""`overleg person`: personal data under the AVG (anonymise a person, export what is
stored about them) and `overleg retention` (records past their retention period)."""

import argparse
from pathlib import Path

from overleg.cli.options import add_action_db, add_db, date_arg, services_for_writing
from overleg.domain.dutch_dates import short_date


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("person", help="persoonsgegevens (AVG): anonimiseren, inzage",
                       description="Persoonsgegevens volgens de AVG: een persoon overal "
                       "anonimiseren, of alles wat over een persoon is opgeslagen "
                       "exporteren (inzage).")
    add_db(p)
    p.set_defaults(run=lambda args: _usage(p))
    actions = p.add_subparsers(title="acties", metavar="ACTIE")

    a = actions.add_parser("anonymise", help="een persoon overal vervangen door een pseudoniem",
                           description="Vervangt naam en e-mailadres van de persoon overal "
                           "(persoon, aanwezigheid, eigenaars, vrije tekst, zoekindex, "
                           "audittrail) door een pseudoniem en schoont het bestand op, zodat "
                           "de oude tekst er niet meer in staat. Dit kan niet ongedaan worden "
                           "gemaakt; bekijk eerst met --dry-run wat er verandert.")
    add_action_db(a)
    a.add_argument("--person", required=True, metavar="NAAM",
                   help="de naam zoals opgeslagen (ook een naam die alleen in tekst staat)")
    a.add_argument("--dry-run", action="store_true",
                   help="alleen tonen wat er zou veranderen; niets wijzigen")
    a.set_defaults(run=run_anonymise)

    e = actions.add_parser("export", help="alles over een persoon naar een ZIP (inzage)",
                           description="Schrijft alles wat over de persoon is opgeslagen "
                           "naar een ZIP: leesbaar (overzicht.md) en per soort gegeven als "
                           "JSON en CSV.")
    add_action_db(e)
    e.add_argument("--person", required=True, metavar="NAAM")
    e.add_argument("--out", type=Path, required=True, metavar="BESTAND.zip")
    e.set_defaults(run=run_export)
    _register_retention(sub)



def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def run_anonymise(args: argparse.Namespace) -> int:
    from overleg.cli.options import services_for_reading

    s = services_for_reading(args) if args.dry_run else services_for_writing(args)
    service = s.person_data
    plan = service.plan(args.person)
    if plan.empty:
        from overleg.domain.errors import NotFoundError

        raise NotFoundError(f"Er is niets opgeslagen over '{plan.name}'.")
    print(f"{'Zou vervangen' if args.dry_run else 'Vervangen'}: '{plan.name}' door "
          f"'{plan.pseudonym}'.")
    for place in plan.replaced:
        print(f"  - {place.line()}")
    if plan.references:
        print(f"  - {plan.references} lidmaatschappen, aanwezigheden en actiepunten "
              "houden hun koppeling, onder het pseudoniem")
    if plan.audit_rows:
        print(f"  - {plan.audit_rows} rijen van het audittrail (oude/nieuwe waarde)")
    if plan.possible:
        print("Mogelijk ook over deze persoon (deel van de naam; niet vervangen, "
              "bekijk en pas zo nodig zelf aan):")
        for place in plan.possible:
            print(f"  - {place.line()}")
    if args.dry_run:
        print("Er is niets gewijzigd (--dry-run).")
        _print_copies(plan.kept_copies)
        return 0
    result = service.anonymise(args.person)
    print(f"Vastgelegd in het audittrail (rij {result.audit_row}); dit kan niet ongedaan "
          "worden gemaakt.")
    if result.compacted:
        print("Het bestand is opgeschoond: de oude tekst staat er niet meer in.")
    else:
        print(f"Let op: {result.compaction_note}")
    _print_copies(plan.kept_copies)
    return 0


def run_export(args: argparse.Namespace) -> int:
    from overleg.cli.options import services_for_reading

    s = services_for_reading(args)
    summary = s.person_data.export(args.person, args.out)
    print(f"Geschreven: {args.out} ({summary})")
    return 0


def _print_copies(copies) -> None:
    if not copies:
        return
    print("Eerder gemaakte kopieën bevatten de oude gegevens nog; beslis zelf of u ze "
          "bewaart:")
    for c in copies:
        print(f"  - {short_date(c.made_at.date())} {c.made_at:%H.%M}  {c.kind}  {c.path}")


def _register_retention(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("retention", help="gegevens over hun bewaartermijn (AVG)",
                       description="Toont de gegevens waarvan de bewaartermijn (Instellingen, "
                       "of de standaard) op de peildatum verstreken is; met --apply worden ze "
                       "in één stap geanonimiseerd of verwijderd, vastgelegd in het "
                       "audittrail. Dat kan niet ongedaan worden gemaakt.")
    add_db(p)
    p.add_argument("--as-of", type=date_arg, metavar="JJJJ-MM-DD",
                   help="peildatum (standaard: vandaag)")
    p.add_argument("--apply", action="store_true",
                   help="de getoonde gegevens nu anonimiseren of verwijderen")
    p.set_defaults(run=run_retention)


def run_retention(args: argparse.Namespace) -> int:
    from overleg.domain.retention import choice_label, label

    s = services_for_writing(args)
    for kind, months in s.retention.periods().items():
        print(f"Bewaartermijn {label(kind).lower()}: {choice_label(months)}")
    due = s.retention.due(args.as_of)
    if not due:
        print("Er zijn geen gegevens over hun bewaartermijn.")
        return 0
    for d in due:
        print(f"  - {d.line()}")
    if not args.apply:
        print(f"{len(due)} gegevens over hun bewaartermijn; met --apply worden ze "
              "geanonimiseerd of verwijderd.")
        return 0
    done = s.retention.apply(args.as_of)
    print(f"{done} gegevens geanonimiseerd of verwijderd; vastgelegd in het audittrail "
          "(niet ongedaan te maken).")
    return 0
