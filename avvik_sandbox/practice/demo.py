"""Two practice companies for the demo: a municipality and a private company."""

from datetime import date

from .amu_models import StatisticsKeyPoint
from .generator import generate_history
from .models import PracticeCompany, PracticeDepartment
from .risk_demo import seed_risk_exercises

MUNICIPALITY = {
    "name": "Fjordvik kommune",
    "slug": "fjordvik-kommune",
    "kind": "municipality",
    "yearly_volume": 1300,
    "description": (
        "En kommune med om lag 1 900 ansatte fordelt på fem kommunalavdelinger. "
        "Avvik meldes i et elektronisk avvikssystem, behandles av nærmeste leder med "
        "personalansvar og legges fram for arbeidsmiljøutvalget hvert kvartal."
    ),
    "departments": [
        (
            "Helse og omsorg",
            "care",
            506,
            [
                "Fjordvik omsorgssenter",
                "Hjemmetjenesten",
                "Bofellesskapet Lia",
                "Rus og psykisk helse",
                "Avlastningsboligen",
            ],
        ),
        (
            "Oppvekst",
            "school",
            434,
            [
                "Sentrum skole",
                "Lia skole",
                "Fjordvik ungdomsskole",
                "Solsikken barnehage",
                "Tusenfryd barnehage",
                "Kvernhuset barnehage",
            ],
        ),
        (
            "Teknisk",
            "technical",
            30,
            ["Drift og vedlikehold", "Vann og avløp", "Eiendom"],
        ),
        (
            "Kultur og fritid",
            "culture",
            12,
            ["Biblioteket", "Kulturskolen", "Svømmehallen"],
        ),
        (
            "Rådmannens stab",
            "office",
            18,
            [
                "Personal og organisasjon",
                "Økonomi",
                "IKT og dokumentsenter",
            ],
        ),
    ],
}
PRIVATE = {
    "name": "Nordlager AS",
    "slug": "nordlager",
    "kind": "private",
    "yearly_volume": 80,
    "description": (
        "Et lager- og verkstedsselskap med 140 ansatte. Truck og varebiler går tett på "
        "folk i mottaket, og verkstedet bruker løsemidler og slipemaskiner hver dag."
    ),
    "departments": [
        ("Lager", "warehouse", 650, ["Varemottak", "Plukk og pakk", "Utkjøring"]),
        ("Verksted", "workshop", 300, ["Mekanisk verksted", "Lakkering"]),
        ("Administrasjon", "office", 50, ["Kontoret"]),
    ],
}


def seed_practice_companies(*, seed: int = 2025) -> list[PracticeCompany]:
    companies = []
    for spec in (MUNICIPALITY, PRIVATE):
        company, created = PracticeCompany.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "name": spec["name"],
                "kind": spec["kind"],
                "description": spec["description"],
                "yearly_volume": spec["yearly_volume"],
                "live": True,
                "seed": seed,
                "last_year": 2025,
                "simulated_today": date(2026, 1, 20),
            },
        )
        if created:
            for order, (name, profile, share, units) in enumerate(spec["departments"]):
                PracticeDepartment.objects.create(
                    company=company,
                    name=name,
                    profile=profile,
                    share=share,
                    units_text="\n".join(units),
                    sort_order=order,
                )
            generate_history(company=company)
        seed_key(company)
        companies.append(company)
    seed_risk_exercises({c.slug: c for c in companies})
    return companies


# What a leader should read out of the municipality's figures (the statistics exercise).
MUNICIPAL_KEY = [
    {
        "point": "Mange meldinger kan bety en god meldekultur, ikke bare mange farlige "
        "hendelser.",
        "wordings": "meldekultur\nkultur for å melde\nterskel for å melde\nlav terskel\n"
        "melder mye\nreporting culture\nкультура повідомлень",
        "hint": "Hva kan det bety at det meldes så mange avvik? Tenk på meldekulturen, "
        "ikke bare på antallet hendelser.",
        "required": False,
    },
    {
        "point": "Enheter som melder få eller ingen avvik, trenger oppfølging: det kan "
        "være underrapportering.",
        "wordings": "underrapportering\nmelder få\nmelder lite\nmelder ingen\nfå avvik\n"
        "ingen avvik\nfå meldinger\nunder-reporting\nunderreporting\nfew reports\n"
        "мало повідомлень",
        "hint": "Se på enhetene i tabellen over avdelinger og enheter: noen melder nesten "
        "ingenting. Hva kan det bety?",
        "required": False,
    },
    {
        "point": "Vold og trusler er den klart største kategorien og trenger egen "
        "risikovurdering og tiltak (forskrift om utførelse av arbeid kap. 23A).",
        "wordings": "vold risikovurdering\ntrusler risikovurdering\nvold kartlegging\n"
        "vold tiltaksplan\nvold opplæring\nviolence risk assessment\n"
        "насильство оцінка ризиків",
        "hint": "Hvilken kategori er størst, og hva krever regelverket at arbeidsgiveren "
        "gjør med den risikoen?",
        "required": True,
    },
]


def seed_key(company: PracticeCompany) -> None:
    if company.kind != "municipality" or company.key_points.exists():
        return
    for order, point in enumerate(MUNICIPAL_KEY):
        StatisticsKeyPoint.objects.create(company=company, sort_order=order, **point)
