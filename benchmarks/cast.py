"""The organisations, people and bodies of the synthetic archive: five regions, each with
its municipalities, samenwerkingsverbanden, school boards and care partners, and four
bodies (two OOGO tables, a steering committee and a portfolio holders' meeting)."""

import random
import uuid
from dataclasses import dataclass

from overleg.domain.bodies import Body, Membership
from overleg.domain.enums import BodyKind, MemberRole, OogoSubject, OrganisationKind
from overleg.domain.organisations import Organisation, Person
from overleg.storage.body_repo import BodyRepo
from overleg.storage.people_repo import PeopleRepo

REGIONS = ["Lelystad", "Drechtsteden", "Almere", "Gorinchem", "Noordoostpolder",
           "Dronten", "Zeewolde", "Urk"]
FIRST = ["Anouk", "Bas", "Carla", "Daan", "Els", "Fatima", "Gert", "Hanneke", "Ingrid",
         "Jan", "Kees", "Linda", "Marieke", "Noor", "Omar", "Peter", "Ruud", "Sandra",
         "Tom", "Yvonne", "Wim", "Zeynep", "Bram", "Lotte", "Sven", "Mirjam", "Khalid",
         "Esther", "Joost", "Annemiek"]
LAST = ["de Boer", "Visser", "Jansen", "Smits", "El Amrani", "Kok", "Bos", "de Vries",
        "Mulder", "Hoekstra", "Dekker", "Willems", "Bakker", "Verbeek", "van Dam", "Koster",
        "Meijer", "de Jong", "Bulut", "van Leeuwen", "Brouwer", "Schouten", "Postma",
        "Yilmaz", "van der Linden", "Kramer", "Vermeulen", "Hendriks", "Peters", "Öztürk"]
FUNCTIONS = ["wethouder Onderwijs", "wethouder Jeugd", "beleidsadviseur onderwijs",
             "beleidsadviseur jeugd", "directeur", "bestuurder", "manager", "secretaris",
             "leerplichtambtenaar", "coördinator thuiszitters", "teamleider wijkteam"]


@dataclass
class Cast:
    bodies: list[Body]
    members: dict[int, list[int]]  # body id -> person ids (chair first)
    people: list[Person]
    organisations: list[Organisation]


def make_uuid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def add_cast(db, rng: random.Random, *, n_bodies: int, n_people: int) -> Cast:
    regions = REGIONS[: max(1, (n_bodies + 3) // 4)]
    people_repo, body_repo = PeopleRepo(db), BodyRepo(db)
    orgs = []
    for region in regions:
        for name, kind, short in (
                (f"Gemeente {region}", OrganisationKind.MUNICIPALITY, region),
                (f"Samenwerkingsverband PO {region}", OrganisationKind.SWV_PO, f"SWV PO {region}"),
                (f"Samenwerkingsverband VO {region}", OrganisationKind.SWV_VO, f"SWV VO {region}"),
                (f"Stichting Openbaar Onderwijs {region}", OrganisationKind.SCHOOL_BOARD,
                 f"SOO {region}"),
                (f"Centrum voor Jeugd en Gezin {region}", OrganisationKind.CARE_PARTNER,
                 f"CJG {region}")):
            orgs.append(people_repo.add_organisation(Organisation(
                name, kind, short, uuid=make_uuid(rng))))
    names = [f"{f} {last}" for f in FIRST for last in LAST]
    rng.shuffle(names)
    people = []
    for name in names[:n_people]:
        org = rng.choice(orgs)
        email = f"{name.lower().replace(' ', '.')}@{org.short_name.lower().replace(' ', '')}" \
                ".example"
        people.append(people_repo.add_person(Person(
            name, rng.choice(FUNCTIONS), org.id, email.encode("ascii", "ignore").decode(),
            uuid=make_uuid(rng))))
    kinds = [("OOGO Passend Onderwijs PO", "OPO", BodyKind.OOGO),
             ("OOGO Passend Onderwijs VO", "OVO", BodyKind.OOGO),
             ("Stuurgroep Jeugd en Onderwijs", "STJ", BodyKind.STEERING_COMMITTEE),
             ("PFO Sociaal", "PFO", BodyKind.PORTFOLIO_HOLDERS)]
    bodies, members = [], {}
    for n in range(n_bodies):
        region = regions[n // 4]
        title, code, kind = kinds[n % 4]
        body = body_repo.add(Body(f"{title} {region}", f"{code}-{region[:4]}", kind,
                                  f"{title} in de regio {region}.", uuid=make_uuid(rng)))
        chosen = rng.sample(people, min(len(people), rng.randint(8, 14)))
        for i, person in enumerate(chosen):
            role = MemberRole.CHAIR if i == 0 else (
                MemberRole.SECRETARY if i == 1 else MemberRole.MEMBER)
            body_repo.add_member(Membership(body.id, person.id, role))  # type: ignore[arg-type]
        bodies.append(body)
        members[body.id] = [p.id for p in chosen]
    return Cast(bodies, members, people, orgs)


def oogo_subject(body: Body) -> OogoSubject | None:
    if body.kind is not BodyKind.OOGO:
        return None
    return OogoSubject.SUPPORT_PLAN_PO if body.code.startswith("OPO") \
        else OogoSubject.SUPPORT_PLAN_VO
