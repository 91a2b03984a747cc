"""Dutch minutes text composed from the vocabulary of the domain (OOGO, inclusive
education, youth care), so full-text search meets the word frequencies of a real
archive: a few very common terms, many medium ones, some rare ones."""

import random

TOPICS = [
    "passend onderwijs", "jeugdhulp", "thuiszitters", "leerlingenvervoer",
    "onderwijshuisvesting", "voortijdig schoolverlaten", "het ondersteuningsplan",
    "het jeugdplan", "de zorgplicht", "het aantal toelaatbaarheidsverklaringen",
    "het integraal huisvestingsplan", "vroeg- en voorschoolse educatie",
    "de aansluiting tussen onderwijs en arbeidsmarkt", "het aanbod van onderwijszorgarrangementen",
    "de inzet van het wijkteam op school", "de leerplichtfunctie",
    "schoolmaatschappelijk werk", "de bovenschoolse voorziening", "de plusvoorziening",
    "de overgang van primair naar voortgezet onderwijs", "de jeugd-GGZ",
    "de doorlopende zorglijn", "het speciaal basisonderwijs", "het voortgezet speciaal onderwijs",
    "de verwijsindex", "het dyslexiezorgtraject", "de aanpak van onderwijsachterstanden",
    "de lokale educatieve agenda", "de kadernota jeugdzorg", "het centrum voor jeugd en gezin",
    "de terugplaatsing uit het speciaal onderwijs", "de ondersteuningsstructuur",
    "de inzet van de zorgadviesteams", "het beleid voor vrijstellingen van de leerplicht",
    "het aanbod voor nieuwkomers",
]

ACTORS = [
    "het samenwerkingsverband", "de wethouder", "de gemeente", "het bestuur van de schoolstichting",
    "de directeur van het samenwerkingsverband", "het CJG", "de leerplichtambtenaar",
    "de GGD", "de jeugdarts", "de intern begeleider", "de ondersteuningsplanraad",
    "de zorgaanbieder", "de regio", "de beleidsadviseur onderwijs",
    "de beleidsadviseur jeugd", "het wijkteam", "de coördinator thuiszitters",
    "de voorzitter", "de secretaris", "het college", "de inspectie",
]

GROUPS = ["thuiszitters", "leerlingen met een toelaatbaarheidsverklaring",
          "kinderen met een vrijstelling", "voortijdig schoolverlaters",
          "leerlingen in het leerlingenvervoer", "jeugdigen met een jeugdhulptraject",
          "leerlingen in de plusvoorziening", "nieuwkomers"]

DOCUMENTS = ["een notitie", "een voorstel", "de monitor", "een evaluatie", "een plan van aanpak",
             "de jaarrapportage", "een kwartaalrapportage", "het concept",
             "een factsheet", "een startnotitie", "de managementletter"]

PLANS = ["het ondersteuningsplan", "de kadernota LEA", "het jeugdplan", "het IHP",
         "de verordening leerlingenvervoer", "het uitvoeringsprogramma",
         "de begroting van volgend jaar", "het regionale thuiszittersprotocol"]

PRINCIPLES = [
    "eerst de eigen kracht van ouders en kind wordt benut in plaats van het over te nemen",
    "ondersteuning naar het kind toe komt in plaats van het kind weg te verwijzen",
    "één kind, één gezin, één plan het uitgangspunt blijft",
    "preventie voorgaat op zware en dure zorg",
    "een integraal arrangement beter werkt dan losse specialistische hulp",
    "de school de vindplaats is en het wijkteam aansluit",
    "ouders vanaf het begin als partner worden betrokken",
    "ontschotting van budgetten nodig is om maatwerk te bieden",
]

PROBLEMS = ["achterblijft bij de verwachtingen", "meer tijd vraagt dan gepland",
            "onder druk staat door de krappe arbeidsmarkt", "financieel niet sluitend is",
            "goed op schema ligt", "een wachtlijst kent", "versnipperd is georganiseerd",
            "beter verloopt dan vorig jaar", "nog onvoldoende zicht geeft op resultaten"]

CHANGES = ["gestegen", "gedaald", "gelijk gebleven", "licht toegenomen", "sterk afgenomen"]

MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december"]

# Rare words: they land in about one note in a hundred (selective searches).
RARE = ["geschillencommissie", "bindend advies", "arbitrage", "doorzettingsmacht",
        "maatwerkvoorziening", "vervoersvoorziening per taxi", "kindpakket",
        "noodlokalen", "bekostigingsplafond", "tussenvoorziening"]

PLACES = ["Lelystad", "Dordrecht", "Zwijndrecht", "Papendrecht", "Sliedrecht", "Almere",
          "Dronten", "Zeewolde", "Gorinchem", "Hendrik-Ido-Ambacht", "Alblasserdam",
          "Urk", "Noordoostpolder", "Molenlanden", "Hardinxveld-Giessendam"]

_SENTENCES = [
    "{Actor} licht toe dat {topic} {problem}.",
    "Volgens {actor} is het aantal {group} in {place} {change} ten opzichte van vorig jaar.",
    "{Actor} vraagt aandacht voor {topic}, met name in {place}.",
    "Afgesproken wordt dat {actor} vóór {month} {document} over {topic} opstelt.",
    "Er is overeenstemming over {topic}; {actor} werkt dit uit in {plan}.",
    "De leden constateren dat {topic} {problem}.",
    "{Actor} benadrukt dat {principle}.",
    "Het budget voor {topic} bedraagt € {amount}.000, waarvan {pct} procent is besteed.",
    "Over {topic} is nog geen overeenstemming; het punt komt terug in de volgende vergadering.",
    "{Actor} merkt op dat de samenhang met {topic} in {plan} beter beschreven moet worden.",
    "Naar aanleiding van {document} over {topic} wordt gevraagd hoe {actor} de ouders "
    "informeert.",
    "{Actor} meldt dat {topic} in {place} als pilot wordt uitgevoerd.",
    "De vergadering neemt kennis van {document} over {topic}.",
    "Bij de bespreking van {topic} komt ook {rare} aan de orde.",
]


class Composer:
    """Sentences, paragraphs, notes and titles drawn from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def _fill(self, template: str) -> str:
        r = self.rng
        actor = r.choice(ACTORS)
        text = template.format(
            Actor=actor[0].upper() + actor[1:], actor=actor, topic=r.choice(TOPICS),
            group=r.choice(GROUPS), place=r.choice(PLACES), change=r.choice(CHANGES),
            month=r.choice(MONTHS), document=r.choice(DOCUMENTS), plan=r.choice(PLANS),
            principle=r.choice(PRINCIPLES), problem=r.choice(PROBLEMS),
            amount=r.randint(12, 2400), pct=r.randint(20, 99), rare=r.choice(RARE))
        return text

    def sentence(self) -> str:
        # The rare-word template is drawn seldom, so its words stay selective.
        if self.rng.random() < 0.01:
            return self._fill(_SENTENCES[-1])
        return self._fill(self.rng.choice(_SENTENCES[:-1]))

    def paragraph(self, low: int = 3, high: int = 5) -> str:
        return " ".join(self.sentence() for _ in range(self.rng.randint(low, high)))

    def notes(self, low: int = 2, high: int = 4) -> str:
        return "\n\n".join(self.paragraph() for _ in range(self.rng.randint(low, high)))

    def item_title(self, year: int) -> str:
        r = self.rng
        topic = r.choice(TOPICS)
        topic = topic[0].upper() + topic[1:]
        forms = [f"{topic}: stand van zaken", f"{topic} {year}", f"{topic} in {r.choice(PLACES)}",
                 f"Evaluatie {r.choice(TOPICS)}", f"{topic} (OOGO)",
                 f"Concept {r.choice(PLANS)}"]
        return r.choice(forms)

    def decision(self, body_word: str) -> str:
        r = self.rng
        forms = [f"{body_word} stemt in met {r.choice(DOCUMENTS)} over {r.choice(TOPICS)}.",
                 f"{body_word} stelt {r.choice(PLANS)} vast, met de wijzigingen uit de "
                 "bespreking.",
                 f"{body_word} besluit {r.choice(TOPICS)} op te nemen in {r.choice(PLANS)}.",
                 f"{body_word} verzoekt {r.choice(ACTORS)} {r.choice(DOCUMENTS)} over "
                 f"{r.choice(TOPICS)} uit te werken."]
        return r.choice(forms)

    def followup(self) -> str:
        r = self.rng
        forms = [f"{r.choice(DOCUMENTS).capitalize()} over {r.choice(TOPICS)} opstellen en "
                 "rondsturen.",
                 f"Afstemmen met {r.choice(ACTORS)} over {r.choice(TOPICS)}.",
                 f"Cijfers over {r.choice(GROUPS)} in {r.choice(PLACES)} aanleveren.",
                 f"{r.choice(TOPICS).capitalize()} agenderen in het overleg met "
                 f"{r.choice(ACTORS)}.",
                 f"Voorstel voor {r.choice(PLANS)} voorbereiden."]
        return r.choice(forms)

    def result(self) -> str:
        return self.rng.choice(["Afgerond en besproken.", "Verzonden aan de leden.",
                                "Opgenomen in het verslag van de volgende vergadering.",
                                "Besproken met de betrokken partners.",
                                "Niet meer nodig na het besluit van het college."])
