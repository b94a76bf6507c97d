"""The words of the generated history (bokmål, as a Norwegian deviation system holds
them): what happened per category, what was done about it, and people's names.

All of it is invented for practice; no sentence comes from a real report.
"""

# What happened, per category and (where work differs) per kind of work; "*" for the rest.
TITLES = {
    "vold": {
        "care": [
            "Bruker slo ansatt i ansiktet under stell",
            "Beboer spyttet på og kløp ansatt",
            "Utagering i gangen, ansatt presset mot veggen",
            "Pårørende kom med trusler på telefon",
        ],
        "school": [
            "Elev sparket og bet assistent i friminuttet",
            "Elev kastet stol mot lærer i klasserommet",
            "Barn bet ansatt under påkledning i garderoben",
            "Forelder truet ansatt ved henting",
        ],
        "*": [
            "Besøkende truet ansatt i skranken",
            "Kunde ble aggressiv og kastet ting mot ansatt",
        ],
    },
    "fall": {
        "*": [
            "Ansatt skled på glatt gårdsplass som ikke var strødd",
            "Snublet i løs ledning på kontoret",
            "Falt i trappen med full vaskebøtte",
            "Skled på vått gulv etter vask uten skilt",
        ],
    },
    "belastning": {
        "care": [
            "Forflytning av bruker alene der to skulle vært med",
            "Takheis ute av drift, bruker løftet manuelt",
        ],
        "school": [
            "Løftet barn opp på stellebord uten trapp",
            "Vondt i ryggen etter lang tid på lave stoler",
        ],
        "*": [
            "Vondt i ryggen etter løft av varer fra gulvnivå",
            "Tunge kasser båret i trapp uten traller",
        ],
    },
    "psykososialt": {
        "*": [
            "Høyt arbeidspress og ingen pauser over flere uker",
            "Uenighet i personalgruppen har utviklet seg til konflikt",
            "Ansatt opplevde nedsettende kommentarer fra kollega",
        ],
    },
    "materiell": {
        "care": [
            "Ødelagt dørlås til medisinrommet",
            "Defekt sengeheis tatt ut av bruk",
        ],
        "*": [
            "Vannlekkasje i taket over garderoben",
            "Knust vindu i personalrommet",
            "Løs rekkverksstolpe i trappen",
        ],
    },
    "stikk": {
        "care": ["Stikkskade ved bruk av insulinpenn", "Stikkskade fra brukt kanyle"],
        "*": [
            "Kuttet seg på knust glass ved rydding",
            "Kuttskade fra kniv under matlaging",
        ],
    },
    "kjemikalier": {
        "*": [
            "Sprut av vaskemiddel i øyet",
            "Mangler sikkerhetsdatablad for nytt rengjøringsmiddel",
            "Sterk lukt etter maling uten utlufting",
        ],
    },
    "brann": {
        "*": [
            "Brannalarm utløst av glemt kokeplate",
            "Overopphetet skjøteledning under pult",
            "Rømningsvei sperret av møbler",
        ],
    },
    "kjoretoy": {
        "*": [
            "Nestenpåkjørsel på gårdsplassen ved varelevering",
            "Truck rygget uten varsellys i gangsonen",
            "Bil rygget inn i ansatt på parkeringsplassen",
        ],
    },
    "annet": {
        "*": [
            "Nytt utstyr tatt i bruk uten opplæring",
            "Nøkkelkort på avveie",
            "Ansatt alene på vakt uten mulighet til å tilkalle hjelp",
        ],
    },
}


def titles(category: str, profile: str) -> list[str]:
    choices = TITLES[category]
    return choices.get(profile) or choices["*"]


IMMEDIATE = {
    "vold": "Ansatt trukket ut av situasjonen, kollega tilkalt",
    "fall": "Området sperret og strødd",
    "belastning": "Forflytning stanset til to ansatte var til stede",
    "psykososialt": "Samtale med de involverte samme dag",
    "materiell": "Utstyret merket og tatt ut av bruk",
    "stikk": "Såret renset, prosedyre for stikkskade fulgt",
    "kjemikalier": "Øyet skylt, produktet satt bort",
    "brann": "Strømmen slått av og rommet luftet",
    "kjoretoy": "Trafikken stanset og området ryddet",
    "annet": "Leder varslet, midlertidig løsning satt i verk",
}

CORRECTIVE = {
    "vold": [
        "Oppdatere risikovurderingen for vold og trusler",
        "Gjennomgå tiltaksplanen for brukeren med personalgruppen",
        "Kurs i forebygging og håndtering av utagering",
    ],
    "fall": [
        "Innføre fast strørutine ved glatt føre",
        "Feste ledninger i kabelkanal",
        "Kjøpe inn brodder til utearbeid",
    ],
    "belastning": [
        "Reparere takheisen og avtale service",
        "Opplæring i forflytningsteknikk",
        "Sette varer i arbeidshøyde ved mottak",
    ],
    "psykososialt": [
        "Gjennomgå bemanning og pauseordning",
        "Medarbeidersamtale og oppfølging med verneombud",
    ],
    "materiell": [
        "Bestille reparasjon hos eiendomsavdelingen",
        "Legge vedlikeholdet inn i fast plan",
    ],
    "stikk": [
        "Bytte til sikkerhetskanyler",
        "Gjennomgå rutinen for stikkskader",
    ],
    "kjemikalier": [
        "Oppdatere stoffkartoteket",
        "Bytte til et mindre farlig produkt",
    ],
    "brann": [
        "Montere komfyrvakt",
        "Rydde rømningsveien og merke den",
    ],
    "kjoretoy": [
        "Merke gangsone og fysisk skille den fra kjøresonen",
        "Ny rutine for varelevering med dirigent",
    ],
    "annet": [
        "Oppdatere opplæringsplanen",
        "Gjennomgå rutinen med personalgruppen",
    ],
}

FIRST_NAMES = [
    "Anne",
    "Kari",
    "Ingrid",
    "Marit",
    "Silje",
    "Hilde",
    "Nina",
    "Ida",
    "Sara",
    "Ola",
    "Per",
    "Lars",
    "Jon",
    "Knut",
    "Eirik",
    "Magnus",
    "Jonas",
    "Ali",
    "Olena",
    "Mykola",
    "Fatima",
    "Tone",
    "Randi",
    "Sindre",
    "Håkon",
    "Astrid",
    "Sigrid",
    "Vegard",
    "Nora",
    "Tor",
]
LAST_NAMES = [
    "Hansen",
    "Johansen",
    "Olsen",
    "Larsen",
    "Andersen",
    "Nilsen",
    "Berg",
    "Haugen",
    "Dahl",
    "Lie",
    "Moen",
    "Bakke",
    "Strand",
    "Solberg",
    "Kvamme",
    "Lunde",
    "Vik",
    "Hauge",
    "Rønning",
    "Kovalenko",
    "Ahmed",
    "Nygård",
    "Tveit",
    "Brekke",
]
