"""Organisations, people and bodies of the example (names of staff are invented; the
regional portfolio holder signs the Drechtsteden letter)."""

from overleg.domain.bodies import Body
from overleg.domain.enums import BodyKind, MemberRole, OrganisationKind
from overleg.domain.organisations import Organisation, Person
from overleg.domain.records import id_of
from overleg.services.container import Services

Kind = OrganisationKind

ORGANISATIONS = [
    ("Gemeente Lelystad", Kind.MUNICIPALITY, "Lelystad"),
    ("Gemeente Dordrecht", Kind.MUNICIPALITY, "Dordrecht"),
    ("Gemeente Zwijndrecht", Kind.MUNICIPALITY, "Zwijndrecht"),
    ("Gemeente Papendrecht", Kind.MUNICIPALITY, "Papendrecht"),
    ("Gemeente Sliedrecht", Kind.MUNICIPALITY, "Sliedrecht"),
    ("Gemeente Dronten", Kind.MUNICIPALITY, "Dronten"),
    ("Samenwerkingsverband Passend Primair Onderwijs Lelystad", Kind.SWV_PO, "SWV PO Lelystad"),
    ("Samenwerkingsverband VO Lelystad", Kind.SWV_VO, "SWV VO Lelystad"),
    ("Samenwerkingsverband PO Drechtsteden", Kind.SWV_PO, "SWV PO Drechtsteden"),
    ("Samenwerkingsverband VO Drechtsteden", Kind.SWV_VO, "SWV VO Drechtsteden"),
    ("Stichting Openbaar Onderwijs Lelystad", Kind.SCHOOL_BOARD, "SOOL"),
    ("Centrum voor Jeugd en Gezin Lelystad", Kind.CARE_PARTNER, "CJG"),
    ("Bureau Jeugdzorg Flevoland", Kind.CARE_PARTNER, "BJZ"),
]

# name, function, organisation short name, e-mail
PEOPLE = [
    ("G.B. van der Vlies", "regionaal portefeuillehouder Jeugd", "Dordrecht", ""),
    ("Marieke de Boer", "wethouder Onderwijs en Jeugd", "Lelystad",
     "m.deboer@lelystad.example"),
    ("Henk Visser", "wethouder Zorg en Welzijn", "Lelystad", "h.visser@lelystad.example"),
    ("Anouk Jansen", "beleidsadviseur onderwijs", "Lelystad", "a.jansen@lelystad.example"),
    ("Ruud Smits", "beleidsadviseur jeugd", "Lelystad", "r.smits@lelystad.example"),
    ("Fatima El Amrani", "secretaris stuurgroepen", "Lelystad",
     "f.elamrani@lelystad.example"),
    ("Peter Kok", "directeur", "SWV PO Lelystad", "p.kok@swvpo-lelystad.example"),
    ("Ingrid Bos", "directeur", "SWV VO Lelystad", "i.bos@swvvo-lelystad.example"),
    ("Jan de Vries", "bestuurder", "SOOL", "j.devries@sool.example"),
    ("Sandra Mulder", "manager", "CJG", "s.mulder@cjg-lelystad.example"),
    ("Kees Hoekstra", "regiomanager", "BJZ", "k.hoekstra@bjz.example"),
    ("Linda Dekker", "wethouder Jeugd", "Zwijndrecht", "l.dekker@zwijndrecht.example"),
    ("Erik Willems", "wethouder Onderwijs", "Papendrecht", "e.willems@papendrecht.example"),
    ("Yvonne Bakker", "wethouder Sociaal Domein", "Sliedrecht", "y.bakker@sliedrecht.example"),
    ("Tom Verbeek", "directeur", "SWV PO Drechtsteden", "t.verbeek@swvpo-dr.example"),
    ("Els van Dam", "directeur", "SWV VO Drechtsteden", "e.vandam@swvvo-dr.example"),
    ("Bas Koster", "secretaris PFO Sociaal", "Dordrecht", "b.koster@drechtsteden.example"),
]

# name, code, kind, description, [(person, role)]
BODIES = [
    ("PFO Sociaal Drechtsteden", "PFO", BodyKind.PORTFOLIO_HOLDERS,
     "Portefeuillehoudersoverleg Sociaal van de Drechtsteden.",
     [("G.B. van der Vlies", MemberRole.CHAIR), ("Bas Koster", MemberRole.SECRETARY),
      ("Linda Dekker", MemberRole.MEMBER), ("Erik Willems", MemberRole.MEMBER),
      ("Yvonne Bakker", MemberRole.MEMBER)]),
    ("Stuurgroep Welzijn en Zorg", "SWZ", BodyKind.STEERING_COMMITTEE,
     "Stuurgroep van gemeente Lelystad en zorgpartners.",
     [("Henk Visser", MemberRole.CHAIR), ("Fatima El Amrani", MemberRole.SECRETARY),
      ("Ruud Smits", MemberRole.MEMBER), ("Sandra Mulder", MemberRole.MEMBER),
      ("Kees Hoekstra", MemberRole.MEMBER)]),
    ("Stuurgroep Talentontwikkeling", "STT", BodyKind.STEERING_COMMITTEE,
     "Stuurgroep van gemeente Lelystad en onderwijspartners (LEA).",
     [("Marieke de Boer", MemberRole.CHAIR), ("Fatima El Amrani", MemberRole.SECRETARY),
      ("Anouk Jansen", MemberRole.MEMBER), ("Peter Kok", MemberRole.MEMBER),
      ("Ingrid Bos", MemberRole.MEMBER), ("Jan de Vries", MemberRole.MEMBER)]),
    ("Bestuurlijk Overleg Passend Onderwijs", "BOPO", BodyKind.OOGO,
     "Op overeenstemming gericht overleg over de ondersteuningsplannen PO en VO.",
     [("Marieke de Boer", MemberRole.CHAIR), ("Anouk Jansen", MemberRole.SECRETARY),
      ("Peter Kok", MemberRole.MEMBER), ("Ingrid Bos", MemberRole.MEMBER)]),
    ("Bestuurlijk overleg onderwijs, zorg en gemeente", "BOZG", BodyKind.ADMINISTRATIVE,
     "Eenmalig bestuurlijk overleg over thema 1 van de werkagenda.",
     [("Marieke de Boer", MemberRole.CHAIR), ("Fatima El Amrani", MemberRole.SECRETARY),
      ("Henk Visser", MemberRole.MEMBER), ("Peter Kok", MemberRole.MEMBER),
      ("Ingrid Bos", MemberRole.MEMBER), ("Sandra Mulder", MemberRole.MEMBER),
      ("Kees Hoekstra", MemberRole.MEMBER)]),
]


def add_cast(s: Services) -> tuple[dict[str, int], dict[str, int], dict[str, int]]:
    """Returns ids by organisation short name, person name and body code."""
    orgs = {short: id_of(s.bodies.add_organisation(Organisation(name, kind, short)))
            for name, kind, short in ORGANISATIONS}
    people = {name: id_of(s.bodies.add_person(Person(name, function, orgs[org], email)))
              for name, function, org, email in PEOPLE}
    bodies: dict[str, int] = {}
    for name, code, kind, description, members in BODIES:
        body = s.bodies.add_body(Body(name, code, kind, description))
        bodies[code] = id_of(body)
        for person, role in members:
            s.bodies.add_member(id_of(body), people[person], role)
    return orgs, people, bodies
