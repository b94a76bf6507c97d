"""Two risk-assessment exercises for the demo: a shared frame for violence and threats
in the municipality's kindergartens, adjusted for one of them, and truck traffic in the
private company's warehouse."""

from .risk_models import RiskExercise, RiskHazardKey

KINDERGARTEN = {
    "slug": "vold-og-trusler-barnehage",
    "title": "Vold og trusler i barnehagene – felles ramme, tilpasset Solsikken",
    "company": "fjordvik-kommune",
    "intro": (
        "Kommunen har seks barnehager. I stedet for seks separate risikovurderinger for "
        "vold og trusler lager oppvekst én felles ramme: de fleste risikoforholdene er "
        "like overalt. Hver barnehage justerer så vurderingen for sine egne forhold.\n\n"
        "Kartlegg hva som kan føre til at ansatte blir utsatt for vold eller trusler, "
        "vurder risikoen og lag en handlingsplan."
    ),
    "local_conditions": (
        "Solsikken barnehage har en avdeling med to barn som utagerer kraftig, og "
        "henting foregår ofte med én ansatt alene på ettermiddagen. En forelder har "
        "tidligere truet en ansatt i garderoben."
    ),
    "legal_basis": "Forskrift om utførelse av arbeid kap. 23A; arbeidsmiljøloven § 4-3 (4)",
    "matrix_size": 5,
    "acceptance_limit": 6,
    "hazards": [
        (
            "Barn som utagerer slår, biter eller sparker ansatte",
            "barn utagerer\nbarn slår\nbarn biter\nbarn sparker\nutagering\nchild hits",
            4,
            3,
            "to voksne\nalltid to\ntiltaksplan for barnet\nopplæring i håndtering\nbemanning",
        ),
        (
            "Forelder eller besøkende truer ansatte ved henting",
            "forelder truer\nforeldre truer\ntrusler henting\npårørende truer\nparent threatens",
            2,
            4,
            "ikke alene\nto ansatte ved henting\nalarm\nrutine for trusler\nvarsle leder",
        ),
        (
            "Ansatt alene med barn eller foreldre uten å kunne tilkalle hjelp",
            "alene på jobb\nalene ansatt\nalenearbeid\nansatt alene\nworking alone",
            3,
            4,
            "alarm\nmobil alarm\nto ansatte\nturnus\nbemanning",
        ),
    ],
}
WAREHOUSE = {
    "slug": "truck-trafikk-lager",
    "title": "Trucktrafikk og gående i varemottaket",
    "company": "nordlager",
    "intro": (
        "I varemottaket hos Nordlager går truck, varebiler og folk om hverandre. Det har "
        "vært to nestenulykker det siste året der en truck rygget mot en gående. "
        "Kartlegg farene, plasser dem i risikomatrisen og lag en handlingsplan."
    ),
    "local_conditions": "",
    "legal_basis": "Forskrift om utførelse av arbeid kap. 10 og 12; arbeidsmiljøloven § 4-4",
    "matrix_size": 5,
    "acceptance_limit": 6,
    "hazards": [
        (
            "Truck rygger på gående i felles kjøre- og gangsone",
            "truck rygger\ntruck påkjørsel\npåkjørt av truck\ntruck gående\nforklift pedestrian",
            3,
            5,
            "skille gangsone\nfysisk skille\nmerket gangsone\nrekkverk\nadskilte soner",
        ),
        (
            "Varebiler som rygger inn til rampen uten dirigent",
            "varebil rygger\nbil rygger\nlastebil rygger\nrygging rampe\nvan reversing",
            3,
            4,
            "dirigent\nrampe\nryggekamera\nkjørerutine",
        ),
        (
            "Dårlig sikt i hjørner og ved porter",
            "dårlig sikt\nblindsone\nhjørne\nsikt port\npoor visibility",
            3,
            3,
            "speil\nblått lys\nvarsellys\nbelysning",
        ),
    ],
}


def seed_risk_exercises(companies: dict) -> list[RiskExercise]:
    result = []
    for spec in (KINDERGARTEN, WAREHOUSE):
        exercise, created = RiskExercise.objects.get_or_create(
            slug=spec["slug"],
            defaults={
                "title": spec["title"],
                "company": companies.get(spec["company"]),
                "intro": spec["intro"],
                "local_conditions": spec["local_conditions"],
                "legal_basis": spec["legal_basis"],
                "matrix_size": spec["matrix_size"],
                "acceptance_limit": spec["acceptance_limit"],
                "live": True,
            },
        )
        if created:
            for order, (hazard, wordings, p, c, measures) in enumerate(spec["hazards"]):
                RiskHazardKey.objects.create(
                    exercise=exercise,
                    sort_order=order,
                    hazard=hazard,
                    wordings=wordings,
                    probability=p,
                    consequence=c,
                    measure_wordings=measures,
                )
        result.append(exercise)
    return result
