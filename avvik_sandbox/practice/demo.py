"""Two practice companies for the demo: a municipality and a private company."""

from datetime import date

from .generator import generate_history
from .models import PracticeCompany, PracticeDepartment

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
        companies.append(company)
    return companies
