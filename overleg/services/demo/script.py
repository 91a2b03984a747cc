"""What happened in each example meeting, as data: agendas, notes, outcomes, decisions and
follow-ups. Targets name another meeting by key or give a date."""

from datetime import date

from overleg.domain.enums import ItemKind as K
from overleg.domain.enums import OogoSubject
from overleg.domain.enums import Outcome as R

# key, body code, date, start, end, location, subject, title
MEETINGS = [
    ("pfo1", "PFO", date(2013, 4, 2), "14:00", "16:00", "Stadskantoor Dordrecht", None, ""),
    ("pfo2", "PFO", date(2013, 7, 2), "14:00", "16:00", "Stadskantoor Dordrecht", None, ""),
    ("pfo3", "PFO", date(2013, 9, 3), "14:00", "16:00", "Stadskantoor Dordrecht", None, ""),
    ("swz1", "SWZ", date(2013, 9, 9), "13:30", "15:30", "Stadhuis Lelystad, kamer 2.14",
     None, ""),
    ("stt1", "STT", date(2013, 9, 19), "15:00", "17:00", "Stadhuis Lelystad, raadzaal",
     None, ""),
    ("bozg", "BOZG", date(2013, 10, 17), "09:30", "12:00", "Agora Lelystad", None,
     "Extra bestuurlijk overleg"),
    ("swz2", "SWZ", date(2013, 11, 21), "13:30", "15:30", "Stadhuis Lelystad, kamer 2.14",
     None, "Extra vergadering"),
    ("stt2", "STT", date(2013, 11, 28), "15:00", "17:00", "Stadhuis Lelystad, raadzaal",
     None, ""),
    ("swz3", "SWZ", date(2014, 1, 16), "13:30", "15:30", "Stadhuis Lelystad, kamer 2.14",
     None, ""),
    ("bopo", "BOPO", date(2014, 2, 13), "10:00", "12:00", "Stadhuis Lelystad, raadzaal",
     OogoSubject.SUPPORT_PLAN_PO, "OOGO concept-ondersteuningsplannen"),
]

# Minutes adopted: meeting key -> the later meeting that adopted them.
ADOPTED = {"pfo1": "pfo2", "pfo2": "pfo3", "swz1": "swz2", "stt1": "stt2"}
HELD_DRAFT = ["pfo3", "bozg", "swz2", "stt2"]
APOLOGIES = {"stt1": ["Jan de Vries"], "pfo3": ["Yvonne Bakker"], "swz2": ["Kees Hoekstra"]}
GUESTS = {"stt1": ["Ruud Smits"], "bozg": ["Jan de Vries"]}

# Per meeting: items after opening/minutes/action list. Each item:
#   title or ("theme", code), kind, minutes, presenter, notes, outcome,
#   options: confidential, postponed_to, documents, checks (criteria codes ticked),
#   decisions [text], followups [(text, owner, target)]
ITEMS = {
    "pfo1": [
        dict(title="Kadernotitie passend verbinden van onderwijs en zorg voor jeugdigen",
             kind=K.DISCUSSION, minutes=40, presenter="G.B. van der Vlies",
             documents="Presentatie hoofdlijnen kadernotitie",
             notes="De regionaal portefeuillehouder Jeugd presenteert de hoofdlijnen van de "
                   "kadernotitie. De leden herkennen de urgentie om ervoor te zorgen dat geen "
                   "kind buiten de boot valt. Gevraagd wordt de regionale en lokale taken "
                   "helder te onderscheiden; specialistische voorzieningen vragen een groter "
                   "voedingsgebied.",
             outcome=R.CONSENSUS,
             followups=[("Kadernotitie uitwerken met de samenwerkingsverbanden PO en VO en "
                         "voorleggen aan het PFO", "Bas Koster", "pfo2")]),
    ],
    "pfo2": [
        dict(title="Kadernotitie passend verbinden van onderwijs en zorg voor jeugdigen",
             kind=K.DECISION, minutes=30, presenter="G.B. van der Vlies",
             documents="Kadernotitie (versie juni 2013)\nOplegnotitie PFO Sociaal",
             notes="De besturen van de samenwerkingsverbanden PO en VO Drechtsteden hebben de "
                   "kadernotitie reeds bekrachtigd. De wethouders onderschrijven de notitie.",
             outcome=R.CONSENSUS,
             decisions=["Het PFO Sociaal onderschrijft de kadernotitie 'Passend verbinden van "
                        "onderwijs en zorg voor jeugdigen in de Drechtsteden' en biedt deze "
                        "aan de colleges aan ter vaststelling."],
             followups=[("Kadernotitie met aanbiedingsbrief aan de colleges zenden",
                         "G.B. van der Vlies", date(2013, 7, 15)),
                        ("In het PFO van 3 september melden of het college de notitie heeft "
                         "vastgesteld", "Linda Dekker", "pfo3"),
                        ("In het PFO van 3 september melden of het college de notitie heeft "
                         "vastgesteld", "Erik Willems", "pfo3"),
                        ("In het PFO van 3 september melden of het college de notitie heeft "
                         "vastgesteld", "Yvonne Bakker", "pfo3")]),
    ],
    "pfo3": [
        dict(title="Terugmelding lokale vaststelling kadernotitie", kind=K.INFORMATION,
             minutes=20, presenter="Bas Koster",
             notes="Zwijndrecht en Papendrecht melden dat het college de kadernotitie heeft "
                   "vastgesteld. Sliedrecht heeft zich afgemeld; de terugmelding volgt "
                   "schriftelijk.",
             outcome=R.CONSENSUS),
        dict(title="Schema bespreekpunten ondersteuningsplannen", kind=K.DISCUSSION,
             minutes=30, presenter="Tom Verbeek",
             notes="Het schema op pagina 22 van de notitie wordt gebruikt in het lokale "
                   "verplichte overleg. De samenwerkingsverbanden zenden hun concept-"
                   "ondersteuningsplan uiterlijk half januari.",
             outcome=R.CONSENSUS,
             decisions=["Het schema 'Bespreekpunten ondersteuningsplannen vanuit gemeentelijk "
                        "beleid' is de leidraad voor het OOGO in elke gemeente."],
             followups=[("Concept-ondersteuningsplannen PO en VO Drechtsteden toezenden aan de "
                         "gemeenten", "Tom Verbeek", date(2014, 1, 15))]),
    ],
    "swz1": [
        dict(title="Kadernota Jeugdzorg: concept", kind=K.DISCUSSION, minutes=45,
             presenter="Ruud Smits", documents="Concept Kadernota Jeugdzorg (augustus 2013)",
             notes="Voor zover de kadernota de afstemming met het onderwijs betreft, moet zij "
                   "in een op overeenstemming gericht overleg worden besproken, in deze "
                   "stuurgroep én in de Stuurgroep Talentontwikkeling. De stuurgroep vraagt "
                   "om een extra vergadering in november omdat de volgende reguliere "
                   "vergadering pas in januari is.",
             outcome=R.POSTPONED, postponed_to="swz2",
             decisions=["Er wordt een extra vergadering van de stuurgroep gepland in "
                        "november 2013."],
             followups=[("Extra vergadering november plannen en uitnodigen",
                         "Fatima El Amrani", date(2013, 9, 20))]),
        dict(title=("theme", "W2"), kind=K.DISCUSSION, minutes=20, presenter="Sandra Mulder",
             notes="Doorlopende zorglijnen zijn even belangrijk als doorlopende leerlijnen. Het "
                   "CJG werkt een voorstel uit voor de warme overdracht voorschool–po.",
             outcome=R.CONSENSUS, checks=["C1", "C6"],
             followups=[("Voorstel warme overdracht voorschool-po uitwerken", "Sandra Mulder",
                         "swz3")]),
    ],
    "stt1": [
        dict(title="Notitie samenhang passend onderwijs en jeugdzorg", kind=K.DECISION,
             minutes=30, presenter="Anouk Jansen",
             documents="Notitie samenhang passend onderwijs en jeugdzorg (2013)\n"
                       "Bijlage 2 en 3: overzicht interventies",
             notes="De stuurgroep bespreekt de notitie. De acht gedeelde uitgangspunten van "
                   "PO-raad, VO-raad en VNG worden herkend. De samenwerkingsverbanden vragen "
                   "de toetsing van de interventies aan de criteria samen uit te voeren.",
             outcome=R.CONSENSUS, checks=["C1", "C2", "C3", "C7"],
             decisions=["De stuurgroep onderschrijft de notitie en hanteert de acht gedeelde "
                        "uitgangspunten als criteria bij de verdere uitwerking."]),
        dict(title=("theme", "W1"), kind=K.DISCUSSION, minutes=25, presenter="Ruud Smits",
             notes="De huidige gemeentelijke interventies worden getoetst aan de acht "
                   "criteria om hiaten en dubbelingen zichtbaar te maken. De uitkomsten "
                   "worden besproken in het extra bestuurlijk overleg van oktober.",
             outcome=R.CONSENSUS, checks=["C3", "C4", "C7"],
             followups=[("Interventies uit bijlage 2 en 3 toetsen aan de acht criteria",
                         "Ruud Smits", "bozg"),
                        ("Agenda extra bestuurlijk overleg oktober voorbereiden met de "
                         "samenwerkingsverbanden", "Anouk Jansen", date(2013, 10, 3))]),
        dict(title=("theme", "W3"), kind=K.DISCUSSION, minutes=15, presenter="Anouk Jansen",
             notes="De tweede tranche van de verordening leerlingenvervoer vraagt verdergaande "
                   "gesprekken. Het onderwijs wil eerst de concept-ondersteuningsplannen "
                   "afwachten. Het punt wordt aangehouden.",
             outcome=R.POSTPONED, postponed_to="stt2"),
        dict(title=("theme", "W6"), kind=K.DISCUSSION, minutes=20, presenter="Peter Kok",
             confidential=True,
             notes="Besproken zijn drie individuele situaties van langdurig thuiszitten. De "
                   "samenwerkingsverbanden en leerplicht spreken af per kind binnen twee "
                   "weken een plek of arrangement te vinden.",
             outcome=R.CONSENSUS,
             followups=[("Casusoverleg thuiszitters inrichten met leerplicht en het "
                         "samenwerkingsverband", "Anouk Jansen", date(2013, 11, 1))]),
        dict(title="Planning OOGO ondersteuningsplannen", kind=K.DECISION, minutes=15,
             presenter="Marieke de Boer",
             notes="De ondersteuningsplannen moeten vóór 1 maart 2014 in een op "
                   "overeenstemming gericht overleg met de gemeente zijn besproken. Het "
                   "overleg vindt plaats in het Bestuurlijk Overleg Passend Onderwijs.",
             outcome=R.CONSENSUS,
             decisions=["Het OOGO over de concept-ondersteuningsplannen PO en VO vindt plaats "
                        "in het Bestuurlijk Overleg Passend Onderwijs van 13 februari 2014."],
             followups=[("Concept-ondersteuningsplan PO toezenden aan de gemeente", "Peter Kok",
                         date(2014, 1, 15)),
                        ("Concept-ondersteuningsplan VO toezenden aan de gemeente", "Ingrid Bos",
                         date(2014, 1, 15))]),
    ],
    "bozg": [
        dict(title=("theme", "W1"), kind=K.DISCUSSION, minutes=60, presenter="Ruud Smits",
             notes="De toetsing van de interventies laat dubbelingen zien bij de "
                   "schoolmaatschappelijk werkers en het CJG, en een hiaat bij time-out "
                   "voorzieningen. Partners willen één arrangement per kind.",
             outcome=R.NO_CONSENSUS, checks=["C3", "C7", "C8"],
             followups=[("Voorstel één ondersteuningsteam per school uitwerken",
                         "Sandra Mulder", "swz3"),
                        ("Bekostiging time-out voorziening in beeld brengen", "Ingrid Bos",
                         "bopo")]),
    ],
    "swz2": [
        dict(title="Kadernota Jeugdzorg: concept", kind=K.DECISION, minutes=45,
             presenter="Ruud Smits",
             notes="Het concept is aangepast na het extra bestuurlijk overleg. De stuurgroep "
                   "stemt in met verzending naar het college.",
             outcome=R.CONSENSUS,
             decisions=["De stuurgroep stemt in met het concept van de Kadernota Jeugdzorg."]),
    ],
    "stt2": [
        dict(title=("theme", "W3"), kind=K.DISCUSSION, minutes=20, presenter="Anouk Jansen",
             notes="De uitwerking van de tweede tranche volgt de ondersteuningsplannen en krijgt "
                   "een plek in de kadernota 2014.",
             outcome=R.CONSENSUS,
             followups=[("Uitwerking tweede tranche leerlingenvervoer opnemen in kadernota 2014",
                         "Anouk Jansen", date(2014, 3, 31))]),
        dict(title=("theme", "W4"), kind=K.DISCUSSION, minutes=20, presenter="Jan de Vries",
             notes="Aanpassingen aan gebouwen voor leerlingen met een specifieke "
                   "ondersteuningsbehoefte worden geïnventariseerd voor het IHP 2014.",
             outcome=R.CONSENSUS,
             followups=[("Inventarisatie huisvestingsaanpassingen aanleveren voor het IHP 2014",
                         "Jan de Vries", date(2014, 2, 1))]),
    ],
    "swz3": [],
    "bopo": [],
}

# Themes that make up the agenda of a planned meeting (schema code, theme codes).
PLANNED_THEMES = {"bopo": ("wettelijk-minimum-oogo", ["M1", "M2", "M3", "M4"]),
                  "swz3": ("lelystad-werkagenda", ["W1"])}

MILESTONES = [
    ("Samenwerkingsverbanden zijn rechtspersoon", date(2013, 11, 1), "statutory",
     "Wet passend onderwijs", []),
    ("Ondersteuningsplan besproken in OOGO", date(2014, 3, 1), "statutory",
     "WPO art. 18a lid 9, WVO art. 17a lid 9", ["bopo"]),
    ("Ondersteuningsplan naar de inspectie", date(2014, 5, 1), "statutory",
     "WPO art. 18a, WVO art. 17a", []),
    ("Kadernota Jeugdzorg vastgesteld", date(2013, 12, 31), "policy", "", ["swz2"]),
    ("Kadernota LEA aan de raad", date(2014, 10, 1), "policy", "", []),
]
