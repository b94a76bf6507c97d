"""Learner answers graded by hand against the rubric: 22 to two exercises, 8 held out.

The grades were written down while composing each answer, before the pre-score was run
on it, by reading it as an instructor would (DOMAIN.md's levels: 0 missing, 1 superficial
or wrong level, 2 correct but incomplete, 3 complete and justified). Same person wrote the
key and the engine, so the agreement measured here is an optimistic upper bound.
Used by bench/bench_sandbox_kappa.py.
"""


def F(kind, text="", requirement="", responsible="", mto=""):  # noqa: N802
    return (kind, text, requirement, responsible, mto)


def A(type_, description, fact, level, responsible="", deadline="", effect=""):  # noqa: N802
    return {
        "type": type_,
        "description": description,
        "deviation": fact,
        "control_level": level,
        "responsible": responsible,
        "deadline": deadline,
        "effect_check": effect,
    }


def R(type_="", category="", actual="", potential="", what=""):  # noqa: N802
    return {
        "type": type_,
        "category": category,
        "severity_actual": actual,
        "severity_potential": potential,
        "what": what,
    }


def C(status="", evaluation="", informed=()):  # noqa: N802
    return {
        "status": status,
        "effect_evaluation": evaluation,
        "informed": list(informed),
    }


ORDER = [
    "event",
    "primary",
    "secondary",
    "causes",
    "facts",
    "report",
    "actions",
    "followup",
]


def G(*scores):  # noqa: N802
    return dict(zip(ORDER, scores, strict=True))


D1, D2, D3 = "2026-12-01", "2026-12-15", "2027-01-31"
GOOD_REPORT_S = R(
    "nestenulykke",
    "fallende",
    "lav",
    "hoy",
    "Fastnøkkel falt fra 4. etasje (faktum 4).",
)
GOOD_REPORT_Y = R(
    "hendelse",
    "fall",
    "middels",
    "hoy",
    "Lene falt på isen og brakk håndleddet (faktum 3).",
)

SCAFFOLDING = [
    {
        "id": "S01",
        "note": "Complete and justified.",
        "grades": G(3, 3, 3, 3, 3, 3, 3, 3),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Verktøyet var ikke sikret med sikringswire, og firmaet har ingen rutine for sikring av verktøy i høyden (faktum 3).",
                    "Verktøy skal sikres mot fall ved arbeid i høyden, FUA kap. 17",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet ble ikke satt tilbake og det var ikke nett mellom etasjene (faktum 5 og 6).",
                    "Vern mot fallende gjenstander",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Nøkkelen glapp", "M"),
                    ("Den var ikke festet med wire", "T"),
                    ("Firmaet har ikke kjøpt inn sikringswire", "O"),
                    (
                        "Det finnes ingen rutine eller risikovurdering for arbeid i høyden",
                        "O",
                    ),
                ]
            },
            report=GOOD_REPORT_S,
            actions=[
                A(
                    "immediate",
                    "Sette sparkebrettet tilbake og sperre av under stillaset",
                    6,
                    "collective",
                    "Formann",
                    D1,
                    "Formann sjekker",
                ),
                A(
                    "corrective",
                    "Dele ut sikringswire til alt verktøy",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                    "Stikkprøver",
                ),
                A(
                    "preventive",
                    "Rutine for sikring av verktøy, opplæring og SJA før arbeid i høyden",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Gjennomgås i AMU",
                ),
            ],
            case=C(
                "closed",
                "Ingen fallende gjenstander siste måned",
                ["leader", "verneombud", "amu"],
            ),
        ),
    },
    {
        "id": "S02",
        "note": "Calls the falling spanner the deviation; blames the worker.",
        "grades": G(0, 0, 0, 1, 1, 3, 1, 0),
        "answer": dict(
            event=(),
            facts={
                4: F(
                    "primary",
                    "Nøkkelen falt ned",
                    "Man skal ikke miste verktøy",
                    "worker",
                    "M",
                )
            },
            whys={4: [("Han mistet den", "M")]},
            report=GOOD_REPORT_S,
            actions=[
                A("corrective", "Være mer forsiktig", 4, "organisational", "Piotr")
            ],
            case=C("registered"),
        ),
    },
    {
        "id": "S03",
        "note": "Good, but takes the worker's equipment (distractor) as a deviation; verneombud not informed.",
        "grades": G(3, 3, 2, 3, 2, 3, 3, 2),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Ingen sikringswire og ingen rutine for verktøy i høyden",
                    "Arbeidsgiver skal sikre verktøy mot fall",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet ble ikke satt på plass igjen",
                    "",
                    "manager",
                    "T",
                ),
                9: F(
                    "secondary", "Piotr skulle hatt mer opplæring", "", "employer", "M"
                ),
            },
            whys={
                3: [
                    ("Nøkkelen var ikke festet", "M"),
                    ("Ingen wire", "T"),
                    ("Ikke kjøpt inn", "O"),
                    ("Ingen rutine", "O"),
                ]
            },
            report=GOOD_REPORT_S,
            actions=[
                A(
                    "immediate",
                    "Sperre av området under stillaset",
                    6,
                    "collective",
                    "Formann",
                    D1,
                    "Befaring",
                ),
                A(
                    "corrective",
                    "Kjøpe sikringswire",
                    3,
                    "collective",
                    "Innkjøp",
                    D2,
                    "Sjekk på stillaset",
                ),
                A(
                    "preventive",
                    "Lage rutine og gi opplæring",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Internrevisjon",
                ),
            ],
            case=C("closed", "Fulgt opp etter en måned", ["leader"]),
        ),
    },
    {
        "id": "S04",
        "note": "Primary with synonyms; misses the secondary; wrong report type; no preventive action.",
        "grades": G(3, 3, 0, 2, 3, 2, 2, 2),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Verktøylina manglet, det finnes ingen instruks om å feste verktøyet",
                    "Verktøy i høyden skal sikres",
                    "employer",
                    "O",
                )
            },
            whys={
                3: [
                    ("Nøkkelen glapp", "M"),
                    ("Ingen verktøyline", "T"),
                    ("Ingen instruks fra ledelsen", "O"),
                ]
            },
            report=R("hendelse", "fallende", "lav", "hoy", "Nøkkel falt"),
            actions=[
                A(
                    "immediate",
                    "Stanse arbeidet i høyden",
                    3,
                    "organisational",
                    "Formann",
                    D1,
                    "Formann",
                ),
                A(
                    "corrective",
                    "Kjøpe verktøyliner til alle",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                    "",
                ),
            ],
            case=C("closed", "Sjekket at linene brukes", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "S05",
        "note": "Minimal: finds the primary fact but vague, wrong responsible; no actions.",
        "grades": G(3, 1, 0, 0, 2, 1, 0, 0),
        "answer": dict(
            event=(4,),
            facts={3: F("primary", "Mangler sikring", "", "worker", "")},
            whys={},
            report=R("nestenulykke", "fall", "lav", "lav"),
            actions=[],
            case=C("registered"),
        ),
    },
    {
        "id": "S06",
        "note": "Excellent, inflected forms and synonyms (sikringswirene, fotlisten); PPE only after collective.",
        "grades": G(3, 3, 3, 3, 3, 3, 3, 3),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Sikringswirene var aldri delt ut; arbeidsgiveren har ingen prosedyre for sikring av verktøy (faktum 3).",
                    "FUA kap. 17: verktøy skal sikres ved arbeid i høyden",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Sikkerhetsnettet manglet mellom etasjene, og fotlisten lå på planken (faktum 5, 6).",
                    "Vern mot fallende gjenstander",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Nøkkelen glapp", "M"),
                    ("Den var ikke festet", "T"),
                    ("Det fantes ingen wire", "T"),
                    ("Ingen har bestilt utstyret", "O"),
                    ("Firmaet mangler rutine for arbeid i høyden", "O"),
                ]
            },
            report=GOOD_REPORT_S,
            actions=[
                A(
                    "immediate",
                    "Sperre av gangveien under stillaset og sette fotlisten tilbake",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Befaring samme dag",
                ),
                A(
                    "immediate",
                    "Påby hjelm for alle som går under stillaset",
                    5,
                    "ppe",
                    "Formann",
                    D1,
                    "Kontroll",
                ),
                A(
                    "corrective",
                    "Innkjøp av verktøyliner og krav om bruk",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                    "Ukentlig stikkprøve",
                ),
                A(
                    "preventive",
                    "SJA før arbeid i høyden og opplæring i rutinen",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Revisjon i AMU",
                ),
            ],
            case=C(
                "closed",
                "Effekt evaluert etter fire uker",
                ["leader", "verneombud", "amu"],
            ),
        ),
    },
    {
        "id": "S07",
        "note": "Swaps primary and secondary; marks an extra fact as event.",
        "grades": G(2, 1, 2, 2, 3, 2, 3, 2),
        "answer": dict(
            event=(4, 7),
            facts={
                3: F("secondary", "Ingen sikringswire", "", "employer", "T"),
                6: F(
                    "primary",
                    "Sparkebrettet ble ikke satt tilbake, så nøkkelen kunne falle",
                    "Vern mot fallende gjenstander",
                    "manager",
                    "O",
                ),
            },
            whys={
                6: [
                    ("Brettet var tatt av", "M"),
                    ("Han glemte det", "M"),
                    ("Ingen sjekk etter arbeid", "O"),
                    ("Ingen rutine for kontroll av stillas", "O"),
                ]
            },
            report=R("nestenulykke", "fallende", "lav", "middels"),
            actions=[
                A(
                    "immediate",
                    "Sette sparkebrettet tilbake",
                    6,
                    "collective",
                    "Formann",
                    D1,
                ),
                A(
                    "corrective",
                    "Sikringswire til alle",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                ),
                A(
                    "preventive",
                    "Rutine for kontroll av stillaset",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                ),
            ],
            case=C("evaluation", "", ["verneombud", "leader"]),
        ),
    },
    {
        "id": "S08",
        "note": "Blames the worker, picks a distractor, punitive PPE-only actions.",
        "grades": G(3, 1, 0, 2, 1, 3, 1, 1),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Piotr var uforsiktig og fulgte ikke instruksen",
                    "",
                    "worker",
                    "M",
                ),
                9: F("secondary", "Han burde hatt mer opplæring", "", "worker", "M"),
            },
            whys={
                3: [
                    ("Han mistet nøkkelen", "M"),
                    ("Han var stresset", "M"),
                    ("Han hadde dårlig tid", "M"),
                    ("Formannen presset på", "O"),
                ]
            },
            report=GOOD_REPORT_S,
            actions=[
                A(
                    "corrective",
                    "Gi Piotr en advarsel",
                    3,
                    "organisational",
                    "Formann",
                    D1,
                ),
                A("corrective", "Påby hjelm", 3, "ppe", "Formann", D1),
            ],
            case=C("actions", "", ["leader"]),
        ),
    },
    {
        "id": "S09",
        "note": "Strong deviations and actions, but no why-chain and no report.",
        "grades": G(3, 3, 3, 0, 3, 0, 3, 3),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Manglende rutine for sikring av verktøy; ingen sikringswire utdelt",
                    "Arbeidsgiver skal sikre verktøy ved arbeid i høyden",
                    "employer",
                    "O",
                ),
                6: F("secondary", "Sparkebrett ikke satt tilbake", "", "manager", "T"),
            },
            whys={},
            report={},
            actions=[
                A(
                    "immediate",
                    "Sette sparkebrettet tilbake og sperre av",
                    6,
                    "collective",
                    "Formann",
                    D1,
                    "Formann",
                ),
                A(
                    "corrective",
                    "Dele ut sikringswire",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                    "Stikkprøver",
                ),
                A(
                    "preventive",
                    "Rutine, opplæring og SJA",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "AMU",
                ),
            ],
            case=C("closed", "Evaluert", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "S10",
        "note": "Nearest leader as responsible; all-O chain; report type forhold; only leader informed.",
        "grades": G(3, 2, 3, 2, 3, 2, 3, 1),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Ingen rutine for sikring av verktøy",
                    "Verktøy skal sikres",
                    "manager",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Ikke sikkerhetsnett mellom etasjene",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Ingen sikring", "O"),
                    ("Ingen rutine", "O"),
                    ("Ledelsen har ikke prioritert det", "O"),
                    ("Ingen risikovurdering", "O"),
                ]
            },
            report=R("forhold", "fallende", "lav", "hoy"),
            actions=[
                A(
                    "immediate",
                    "Sperre av under stillaset",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
                A(
                    "corrective",
                    "Kjøpe sikringswire",
                    3,
                    "collective",
                    "Innkjøp",
                    D2,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Opplæring i sikring av verktøy",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Test",
                ),
            ],
            case=C("actions", "", ["leader"]),
        ),
    },
    {
        "id": "S11",
        "note": "Short, simple Norwegian from a non-native writer; right ideas, thin.",
        "grades": G(3, 2, 3, 1, 3, 3, 2, 1),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "ikke wire for verktøy. sjef ikke gi wire",
                    "",
                    "employer",
                    "O",
                ),
                6: F("secondary", "brett ikke tilbake", "", "worker", "M"),
            },
            whys={3: [("ikke wire", "T"), ("sjef ikke kjøpe", "O")]},
            report=R("nestenulykke", "fallende", "lav", "hoy"),
            actions=[
                A("corrective", "kjøpe wire", 3, "collective", "sjef", D2),
                A("immediate", "sette brett", 6, "collective", "Piotr"),
            ],
            case=C("actions", "", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "S12",
        "note": "Finds everything but also calls the event a deviation.",
        "grades": G(1, 3, 3, 3, 2, 3, 3, 3),
        "answer": dict(
            event=(),
            facts={
                4: F("primary", "Nøkkelen falt fire etasjer", "", "worker", "M"),
                3: F(
                    "primary",
                    "Ingen sikringswire og ingen rutine for verktøy i høyden",
                    "FUA kap. 17",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet ble ikke satt tilbake",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Ikke festet", "M"),
                    ("Ingen wire", "T"),
                    ("Ikke kjøpt inn", "O"),
                    ("Ingen rutine", "O"),
                ]
            },
            report=GOOD_REPORT_S,
            actions=[
                A(
                    "immediate",
                    "Sette tilbake sparkebrettet, sperre av",
                    6,
                    "collective",
                    "Formann",
                    D1,
                    "Formann",
                ),
                A(
                    "corrective",
                    "Sikringswire til alle",
                    3,
                    "collective",
                    "PL",
                    D2,
                    "Stikkprøve",
                ),
                A("preventive", "Rutine og SJA", 3, "organisational", "HMS", D3, "AMU"),
            ],
            case=C("closed", "Evaluert", ["leader", "verneombud"]),
        ),
    },
]

SCHOOLYARD = [
    {
        "id": "Y01",
        "note": "Complete and justified.",
        "grades": G(3, 3, 3, 3, 3, 3, 3, 3),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen har ansvar for strøing før SFO åpner kl. 07.15 (faktum 4).",
                    "Arbeidsplassforskriften § 2-24",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Nestenulykkene ble lukket uten tiltak (faktum 5).",
                    "IK-forskriften § 5 nr. 7",
                    "manager",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Ingen brodder eller strøsand (faktum 6).",
                    "",
                    "employer",
                    "T",
                ),
            },
            whys={
                4: [
                    ("Lene skled", "M"),
                    ("Isen var ikke strødd", "T"),
                    ("Vaktmester begynner kl. 08", "O"),
                    ("Ingen har fått ansvaret før åpning", "O"),
                ]
            },
            report=GOOD_REPORT_Y,
            actions=[
                A(
                    "immediate",
                    "Strø skolegården og sperre av det glatteste",
                    4,
                    "collective",
                    "Vaktmester",
                    D1,
                    "Rektor sjekker",
                ),
                A(
                    "corrective",
                    "Vaktmester møter 06.45 ved glatt føre",
                    4,
                    "organisational",
                    "Rektor",
                    D1,
                    "Logg",
                ),
                A(
                    "corrective",
                    "Gå gjennom nestenulykkene, ingen lukking uten tiltak",
                    5,
                    "organisational",
                    "Rektor",
                    D2,
                    "AMU",
                ),
                A(
                    "preventive",
                    "Strøkasse ved paviljongen og brodder",
                    6,
                    "collective",
                    "SFO-leder",
                    D2,
                    "Telle",
                ),
            ],
            case=C("closed", "Ingen fall på tre uker", ["leader", "verneombud", "amu"]),
        ),
    },
    {
        "id": "Y02",
        "note": "Blames the shoes (distractor) as the deviation; PPE only.",
        "grades": G(3, 0, 0, 1, 0, 3, 1, 0),
        "answer": dict(
            event=(3,),
            facts={7: F("primary", "Lene hadde dårlige sko", "", "worker", "M")},
            whys={7: [("Glatte sko", "M"), ("Hun valgte feil sko", "M")]},
            report=GOOD_REPORT_Y,
            actions=[A("corrective", "Brodder til Lene", 7, "ppe", "Lene")],
            case=C("registered"),
        ),
    },
    {
        "id": "Y03",
        "note": "The broken wrist as the primary deviation; the real one only as secondary.",
        "grades": G(1, 1, 1, 2, 2, 3, 2, 1),
        "answer": dict(
            event=(),
            facts={
                3: F("primary", "Lene brakk håndleddet", "", "employer", "M"),
                4: F(
                    "secondary", "Vaktmesteren kommer for sent", "", "contractor", "O"
                ),
            },
            whys={
                3: [
                    ("Hun falt", "M"),
                    ("Det var glatt", "T"),
                    ("Ikke strødd", "T"),
                    ("Vaktmesteren begynner kl. 08", "O"),
                ]
            },
            report=GOOD_REPORT_Y,
            actions=[
                A("immediate", "Strø", 4, "collective", "Vaktmester", D1),
                A("corrective", "Vaktmester tidligere", 4, "organisational", "Rektor"),
            ],
            case=C("actions", "", ["leader"]),
        ),
    },
    {
        "id": "Y04",
        "note": "Good analysis; misses the ice grips; report type and actual severity wrong.",
        "grades": G(3, 3, 2, 3, 3, 1, 3, 3),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen ansvarlig for strøing før åpning",
                    "Gangarealer skal være trygge, arbeidsplassforskriften § 2-24",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Tidligere nestenulykker ikke fulgt opp",
                    "",
                    "manager",
                    "O",
                ),
            },
            whys={
                4: [
                    ("Hun skled", "M"),
                    ("Is", "T"),
                    ("Ikke strødd", "T"),
                    ("Ingen rutine for vinterdrift", "O"),
                ]
            },
            report=R("nestenulykke", "fall", "lav", "hoy"),
            actions=[
                A(
                    "immediate",
                    "Strø straks",
                    4,
                    "collective",
                    "Vaktmester",
                    D1,
                    "Sjekk",
                ),
                A(
                    "corrective",
                    "Vaktmester kl. 06.45 ved glatt føre",
                    4,
                    "organisational",
                    "Rektor",
                    D1,
                    "Logg",
                ),
                A(
                    "corrective",
                    "Evaluere før avvik lukkes",
                    5,
                    "organisational",
                    "Rektor",
                    D2,
                    "AMU",
                ),
                A(
                    "preventive",
                    "Risikovurdering av vinterdrift",
                    4,
                    "organisational",
                    "Rektor",
                    D3,
                    "Årlig",
                ),
            ],
            case=C("closed", "Evaluert i AMU", ["leader", "verneombud", "amu"]),
        ),
    },
    {
        "id": "Y05",
        "note": "Picks the snow clearing (distractor) but otherwise solid; only leader informed.",
        "grades": G(3, 3, 2, 2, 2, 3, 3, 2),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen strør før SFO åpner",
                    "Arbeidsgiver skal sørge for trygge gangveier",
                    "employer",
                    "O",
                ),
                6: F("secondary", "Ingen brodder eller sand", "", "employer", "T"),
                9: F(
                    "secondary", "Snøen var ikke måkt godt nok", "", "contractor", "T"
                ),
            },
            whys={4: [("Glatt", "T"), ("Ikke strødd", "T"), ("Ingen ansvarlig", "O")]},
            report=GOOD_REPORT_Y,
            actions=[
                A("immediate", "Strø", 4, "collective", "Vaktmester", D1, "Sjekk"),
                A(
                    "corrective",
                    "Gi vaktmester ansvar før åpning",
                    4,
                    "organisational",
                    "Rektor",
                    D1,
                    "Logg",
                ),
                A(
                    "preventive",
                    "Strøkasse ved inngangen",
                    6,
                    "collective",
                    "SFO-leder",
                    D2,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Brodder til utlån",
                    6,
                    "ppe",
                    "SFO-leder",
                    D2,
                    "Telle",
                ),
            ],
            case=C("closed", "OK", ["leader"]),
        ),
    },
    {
        "id": "Y06",
        "note": "Minimal: event and primary fact only.",
        "grades": G(3, 1, 0, 0, 2, 0, 0, 0),
        "answer": dict(
            event=(3,),
            facts={4: F("primary", "ikke strødd", "", "", "")},
            whys={},
            report={},
            actions=[],
            case=C("registered"),
        ),
    },
    {
        "id": "Y07",
        "note": "Complete, with synonyms (isbrodder, sandkasse).",
        "grades": G(3, 3, 3, 3, 3, 3, 3, 3),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen hadde ansvar for strøingen før åpning; vaktmesteren starter 08.00",
                    "Trygge gangarealer",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Nestenulykkene ble lukket uten oppfølging",
                    "IK-forskriften § 5",
                    "manager",
                    "O",
                ),
                6: F(
                    "secondary", "Mangler isbrodder og sandkasse", "", "employer", "T"
                ),
            },
            whys={
                4: [
                    ("Lene skled", "M"),
                    ("Blankis", "T"),
                    ("Ikke strødd", "T"),
                    ("Vaktmester kommer 08", "O"),
                    ("Ingen har fordelt ansvaret", "O"),
                ]
            },
            report=R("hendelse", "fall", "hoy", "hoy", "Fall på is (faktum 3)"),
            actions=[
                A(
                    "immediate",
                    "Strø og sperre av",
                    4,
                    "collective",
                    "Vaktmester",
                    D1,
                    "Rektor",
                ),
                A(
                    "corrective",
                    "Fordele ansvar for strøing før SFO åpner",
                    4,
                    "organisational",
                    "Rektor",
                    D1,
                    "Logg",
                ),
                A(
                    "corrective",
                    "Følge opp meldte nestenulykker",
                    5,
                    "organisational",
                    "Rektor",
                    D2,
                    "AMU",
                ),
                A(
                    "preventive",
                    "Sandkasse og isbrodder",
                    6,
                    "collective",
                    "SFO-leder",
                    D2,
                    "Sjekk",
                ),
            ],
            case=C(
                "closed", "Evaluert etter tre uker", ["leader", "verneombud", "amu"]
            ),
        ),
    },
    {
        "id": "Y08",
        "note": "Marks the caretaker fact as the event and the fall as the deviation.",
        "grades": G(0, 1, 0, 2, 1, 2, 1, 1),
        "answer": dict(
            event=(4,),
            facts={3: F("primary", "Lene falt", "", "employer", "M")},
            whys={
                3: [
                    ("Falt", "M"),
                    ("Glatt", "T"),
                    ("Ikke strødd", "T"),
                    ("Ingen rutine", "O"),
                ]
            },
            report=R("forhold", "fall", "middels", "hoy"),
            actions=[
                A("immediate", "Strø", 3, "collective", "Vaktmester"),
                A("preventive", "Lage rutine", 3, "organisational", "Rektor"),
            ],
            case=C("actions", "", ["leader"]),
        ),
    },
    {
        "id": "Y09",
        "note": "Rektor as nearest leader (acceptable); untagged chain; misses the grips.",
        "grades": G(3, 3, 2, 2, 3, 3, 3, 2),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen har ansvar for strøing før SFO åpner",
                    "Trygge gangarealer",
                    "manager",
                    "O",
                ),
                5: F(
                    "secondary", "Nestenulykker lukket uten tiltak", "", "manager", "O"
                ),
            },
            whys={
                4: [
                    ("Hun skled", ""),
                    ("Det var is", ""),
                    ("Ikke strødd", ""),
                    ("Ingen rutine for strøing før åpning", ""),
                ]
            },
            report=GOOD_REPORT_Y,
            actions=[
                A("immediate", "Strø", 4, "collective", "Vaktmester", D1),
                A(
                    "corrective",
                    "Ansvar for strøing før åpning",
                    4,
                    "organisational",
                    "Rektor",
                    D1,
                ),
                A("preventive", "Brodder", 4, "ppe", "SFO-leder", D2),
            ],
            case=C("evaluation", "", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "Y10",
        "note": "Good analysis, but actions are PPE and information only.",
        "grades": G(3, 3, 3, 3, 3, 3, 1, 3),
        "answer": dict(
            event=(3,),
            facts={
                4: F(
                    "primary",
                    "Ingen ansvar for strøing før åpning",
                    "Arbeidsplassforskriften § 2-24",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary", "Nestenulykker lukket uten tiltak", "", "manager", "O"
                ),
                6: F("secondary", "Ingen brodder", "", "employer", "T"),
            },
            whys={
                4: [
                    ("Skled", "M"),
                    ("Is", "T"),
                    ("Ikke strødd", "T"),
                    ("Ingen ansvarlig", "O"),
                ]
            },
            report=GOOD_REPORT_Y,
            actions=[
                A(
                    "corrective",
                    "Alle ansatte skal bruke brodder",
                    4,
                    "ppe",
                    "Rektor",
                    D1,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Informere om glatt føre på e-post",
                    4,
                    "organisational",
                    "SFO-leder",
                    D2,
                    "Spørre ansatte",
                ),
            ],
            case=C("closed", "Evaluert", ["leader", "verneombud"]),
        ),
    },
]

GOOD_REPORT_C = R(
    "hendelse", "kjemikalier", "middels", "hoy", "Gass fra flasken (faktum 4)."
)

# Written and graded after the engine change of the scaffolding/school-yard round, and
# scored only once: a small held-out check on an exercise the engine was not tuned on.
CLEANING = [
    {
        "id": "C01",
        "note": "Complete and justified.",
        "grades": G(3, 3, 3, 3, 3, 3, 3, 3),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Ingen sikkerhetsdatablad og ingen opplæring; flasken var umerket (faktum 2, 3).",
                    "FUA §§ 2-1 og 2-2",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Klor og syre lagres på samme hylle (faktum 5).",
                    "",
                    "manager",
                    "O",
                ),
            },
            whys={
                3: [
                    ("Marta blandet produktene", "M"),
                    ("Flasken var umerket", "T"),
                    ("Hun visste ikke at de reagerer", "M"),
                    ("Ingen opplæring eller datablad", "O"),
                ]
            },
            report=GOOD_REPORT_C,
            actions=[
                A(
                    "immediate",
                    "Stanse omfylling og kaste umerkede flasker",
                    2,
                    "organisational",
                    "Formann",
                    D1,
                    "Sjekk vaskerom",
                ),
                A(
                    "corrective",
                    "Bytte til ferdigblandede, merkede produkter",
                    3,
                    "substitute",
                    "Innkjøp",
                    D2,
                    "Kontroll",
                ),
                A(
                    "corrective",
                    "Klor og syre på hver sin hylle",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Befaring",
                ),
                A(
                    "preventive",
                    "Opplæring og datablad på hvert oppdrag",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Test",
                ),
            ],
            case=C(
                "closed", "Ingen hendelser på en måned", ["leader", "verneombud", "amu"]
            ),
        ),
    },
    {
        "id": "C02",
        "note": "The gas as the deviation; PPE only.",
        "grades": G(0, 0, 0, 1, 1, 3, 1, 0),
        "answer": dict(
            event=(),
            facts={4: F("primary", "Det kom giftig gass", "", "worker", "M")},
            whys={4: [("Hun sprayet", "M")]},
            report=GOOD_REPORT_C,
            actions=[A("corrective", "Bruke gassmaske", 4, "ppe", "Marta")],
            case=C("registered"),
        ),
    },
    {
        "id": "C03",
        "note": "Training only, gloves as a deviation, storage missed.",
        "grades": G(3, 2, 0, 2, 2, 3, 1, 2),
        "answer": dict(
            event=(4,),
            facts={
                3: F("primary", "Hun hadde ikke fått opplæring", "", "employer", "O"),
                6: F("secondary", "Hanskene beskyttet ikke", "", "worker", "T"),
            },
            whys={
                3: [("Blandet", "M"), ("Visste ikke", "M"), ("Ingen opplæring", "O")]
            },
            report=R("hendelse", "kjemikalier", "lav", "hoy"),
            actions=[
                A(
                    "corrective",
                    "Opplæring i produktene",
                    3,
                    "organisational",
                    "Leder",
                    D2,
                    "Test",
                ),
                A("preventive", "Bedre hansker", 6, "ppe", "Innkjøp", D2),
            ],
            case=C("evaluation", "", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "C04",
        "note": "Primary in two parts; misses storage; report wrong; only organisational actions.",
        "grades": G(3, 3, 0, 3, 3, 1, 2, 3),
        "answer": dict(
            event=(4,),
            facts={
                2: F("primary", "Umerket flaske", "", "employer", "T"),
                3: F("primary", "Mangler datablad", "FUA § 2-1", "employer", "O"),
            },
            whys={
                3: [
                    ("Marta blandet", "M"),
                    ("Flasken var umerket", "T"),
                    ("Ingen datablad", "O"),
                    ("Firmaet har ikke stoffkartotek", "O"),
                ]
            },
            report=R("nestenulykke", "kjemikalier", "lav", "middels"),
            actions=[
                A(
                    "immediate",
                    "Kaste umerkede flasker",
                    2,
                    "organisational",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
                A(
                    "corrective",
                    "Datablad på oppdraget",
                    3,
                    "organisational",
                    "HMS",
                    D2,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Risikovurdering med verneombudet",
                    3,
                    "organisational",
                    "Leder",
                    D3,
                    "AMU",
                ),
            ],
            case=C("closed", "Evaluert", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "C05",
        "note": "Minimal.",
        "grades": G(3, 1, 0, 0, 2, 0, 0, 0),
        "answer": dict(
            event=(4,),
            facts={3: F("primary", "ingen opplæring", "", "", "")},
            whys={},
            report={},
            actions=[],
            case=C("registered"),
        ),
    },
    {
        "id": "C06",
        "note": "Simple Norwegian, right ideas; no immediate or preventive action, no deadlines.",
        "grades": G(3, 3, 3, 2, 3, 3, 2, 1),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "ingen datablad. ingen kurs. flaske uten navn",
                    "",
                    "employer",
                    "O",
                ),
                5: F("secondary", "klor og syre sammen", "", "manager", "O"),
            },
            whys={
                3: [
                    ("blande", "M"),
                    ("ikke vite", "M"),
                    ("ingen kurs", "O"),
                    ("sjef ikke ordne", "O"),
                ]
            },
            report=GOOD_REPORT_C,
            actions=[
                A("corrective", "nye flasker med navn", 2, "organisational", "sjef"),
                A(
                    "corrective",
                    "sette klor og syre hver for seg",
                    5,
                    "collective",
                    "sjef",
                ),
            ],
            case=C("actions", "", ["leader", "verneombud"]),
        ),
    },
    {
        "id": "C07",
        "note": "Good analysis, PPE-first actions.",
        "grades": G(3, 3, 3, 3, 3, 3, 1, 3),
        "answer": dict(
            event=(4,),
            facts={
                3: F(
                    "primary",
                    "Ingen datablad og ingen opplæring",
                    "FUA § 2-2",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "Uforlikelige produkter lagret sammen",
                    "",
                    "manager",
                    "O",
                ),
            },
            whys={
                3: [
                    ("Blandet", "M"),
                    ("Umerket", "T"),
                    ("Ingen opplæring", "O"),
                    ("Ingen rutine", "O"),
                ]
            },
            report=GOOD_REPORT_C,
            actions=[
                A(
                    "immediate",
                    "Alle renholdere skal bruke åndedrettsvern",
                    3,
                    "ppe",
                    "Leder",
                    D1,
                    "Sjekk",
                ),
                A("corrective", "Kjøpe vernebriller", 3, "ppe", "Innkjøp", D2, "Sjekk"),
                A(
                    "preventive",
                    "Opplæring i kjemikalier",
                    3,
                    "organisational",
                    "HMS",
                    D3,
                    "Test",
                ),
            ],
            case=C("closed", "Evaluert", ["leader", "verneombud", "amu"]),
        ),
    },
    {
        "id": "C08",
        "note": "Storage called primary, data sheets secondary.",
        "grades": G(3, 1, 2, 2, 3, 3, 2, 1),
        "answer": dict(
            event=(4,),
            facts={
                5: F("primary", "Produktene står sammen", "", "manager", "O"),
                3: F("secondary", "Mangler datablad", "", "employer", "O"),
            },
            whys={
                5: [
                    ("Sto sammen", "T"),
                    ("Ingen plan for lager", "O"),
                    ("Ingen har ansvar", "O"),
                    ("Ledelsen prioriterer ikke", "O"),
                ]
            },
            report=GOOD_REPORT_C,
            actions=[
                A(
                    "corrective",
                    "Lagre hver for seg",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
                A("corrective", "Datablad", 3, "organisational", "HMS", D2, "Sjekk"),
                A("preventive", "Opplæring", 3, "organisational", "HMS", D3, "Test"),
            ],
            case=C("actions", "", ["leader"]),
        ),
    },
]
