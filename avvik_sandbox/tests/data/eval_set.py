"""The second graded set: answers in nynorsk, English and Ukrainian as well as bokmål,
and the adversarial kinds (keyword lists, pasted facts, nonsense chains, the event
called the deviation in other words, hedged good answers, very short good answers).

Every grade was written while composing the answer, before the pre-score was run on
it, by reading it against the rubric's levels (DOMAIN.md: 0 missing, 1 superficial or
at the wrong level, 2 correct but incomplete, 3 complete and justified). An answer is
a good base answer with one or two things changed, so that what the grade rests on is
visible in the entry.

``split``: "tune" answers were scored while the engine was changed; "held" answers
were written after that and scored once, at the end (bench/bench_sandbox_kappa.py).
"""

from __future__ import annotations

import copy

from .graded_answers import A, C, F, G, R

D1, D2, D3 = "2026-12-01", "2026-12-15", "2027-01-31"
INFORMED = ["leader", "verneombud", "amu"]


def _answer(event, facts, whys, report, actions, case):
    return dict(
        event=event, facts=facts, whys=whys, report=report, actions=actions, case=case
    )


# --- the scaffolding: good answers in four languages ---------------------------------

REPORT_S = {
    "nb": R(
        "nestenulykke", "fallende", "lav", "hoy", "Nøkkel falt fire etasjer (faktum 4)."
    ),
    "nn": R(
        "nestenulykke",
        "fallende",
        "lav",
        "hoy",
        "Nøkkelen fall fire etasjar (faktum 4).",
    ),
    "en": R(
        "nestenulykke", "fallende", "lav", "hoy", "A spanner fell four levels (fact 4)."
    ),
    "uk": R(
        "nestenulykke",
        "fallende",
        "lav",
        "hoy",
        "Ключ упав з четвертого ярусу (факт 4).",
    ),
}

SCAFFOLDING_GOOD = {
    "nn": _answer(
        (4,),
        {
            3: F(
                "primary",
                "Verktøyet var ikkje sikra med sikringswire, og firmaet har inga rutine for sikring av verktøy i høgda (faktum 3).",
                "Verktøy skal sikrast mot fall ved arbeid i høgda, forskrift om utførelse av arbeid kap. 17",
                "employer",
                "O",
            ),
            6: F(
                "secondary",
                "Sparkebrettet vart ikkje sett tilbake, og det var ikkje tryggleiksnett mellom etasjane (faktum 5 og 6).",
                "Stillaset skal ha vern mot fallande gjenstandar.",
                "manager",
                "T",
            ),
        },
        {
            3: [
                ("Nøkkelen glapp ut av handa", "M"),
                ("Han hadde ikkje sikringswire på nøkkelen", "T"),
                ("Firmaet har ikkje kjøpt inn sikringswire", "O"),
                ("Det finst inga rutine eller risikovurdering for arbeid i høgda", "O"),
            ]
        },
        REPORT_S["nn"],
        [
            A(
                "immediate",
                "Setje sparkebrettet tilbake og sperre av under stillaset.",
                6,
                "collective",
                "Formann",
                D1,
                "Formannen kontrollerer før oppstart.",
            ),
            A(
                "corrective",
                "Dele ut sikringswire til alt verktøy og krevje at han blir brukt.",
                3,
                "collective",
                "Prosjektleiar",
                D2,
                "Stikkprøver kvar veke.",
            ),
            A(
                "preventive",
                "Lage rutine for sikring av verktøy i høgda, gje opplæring og gjere SJA.",
                3,
                "organisational",
                "HMS-leiar",
                D3,
                "Blir gått gjennom i AMU.",
            ),
        ],
        C(
            "closed",
            "Ingen fallande gjenstandar på fire veker; sikringswire blir brukt.",
            INFORMED,
        ),
    ),
    "en": _answer(
        (4,),
        {
            3: F(
                "primary",
                "The tools were not secured with lanyards, and the company has no routine for securing tools at height (fact 3).",
                "Tools must be secured against falling when working at height (Regulations on the performance of work, ch. 17).",
                "employer",
                "O",
            ),
            6: F(
                "secondary",
                "The toe board was not put back and there was no safety net between the levels (facts 5 and 6).",
                "The scaffold must protect against falling objects.",
                "manager",
                "T",
            ),
        },
        {
            3: [
                ("The spanner slipped out of his hand", "M"),
                ("It was not attached to a tool lanyard", "T"),
                ("The company never provided lanyards", "O"),
                ("There is no routine or risk assessment for work at height", "O"),
            ]
        },
        REPORT_S["en"],
        [
            A(
                "immediate",
                "Put the toe board back and cordon off the area below the scaffold.",
                6,
                "collective",
                "Foreman",
                D1,
                "The foreman checks before work starts.",
            ),
            A(
                "corrective",
                "Issue tool lanyards for all hand tools and require their use.",
                3,
                "collective",
                "Project manager",
                D2,
                "Weekly spot checks on the scaffold.",
            ),
            A(
                "preventive",
                "Write a routine for securing tools at height, train the workers and do a job safety analysis.",
                3,
                "organisational",
                "HSE manager",
                D3,
                "Reviewed in the AMU meeting.",
            ),
        ],
        C(
            "closed",
            "No falling objects for four weeks; lanyards are in use.",
            INFORMED,
        ),
    ),
    "uk": _answer(
        (4,),
        {
            3: F(
                "primary",
                "Інструмент не був закріплений страхувальним тросом, і у фірми немає порядку кріплення інструменту на висоті (факт 3).",
                "Інструмент на висоті треба кріпити від падіння; роботодавець має забезпечити трос і порядок.",
                "employer",
                "O",
            ),
            6: F(
                "secondary",
                "Бортову дошку не поставили на місце, і між ярусами немає захисної сітки (факти 5 і 6).",
                "Риштування повинне мати захист від падіння предметів.",
                "manager",
                "T",
            ),
        },
        {
            3: [
                ("Ключ вислизнув з руки", "M"),
                ("Ключ не був прикріплений тросом", "T"),
                ("Фірма не закупила страхувальні троси", "O"),
                ("Немає порядку чи оцінки ризиків для роботи на висоті", "O"),
            ]
        },
        REPORT_S["uk"],
        [
            A(
                "immediate",
                "Поставити бортову дошку на місце й огородити зону під риштуванням.",
                6,
                "collective",
                "Бригадир",
                D1,
                "Бригадир перевіряє перед початком роботи.",
            ),
            A(
                "corrective",
                "Видати страхувальний трос для всього інструменту й вимагати його використання.",
                3,
                "collective",
                "Керівник проєкту",
                D2,
                "Щотижнева вибіркова перевірка.",
            ),
            A(
                "preventive",
                "Скласти порядок кріплення інструменту на висоті, провести навчання та SJA.",
                3,
                "organisational",
                "Керівник з охорони праці",
                D3,
                "Розглядається на засіданні AMU.",
            ),
        ],
        C(
            "closed",
            "Чотири тижні без падіння предметів; троси використовуються.",
            INFORMED,
        ),
    ),
}


# --- the icy school yard: good answers -----------------------------------------------

REPORT_Y = {
    "nb": R(
        "hendelse",
        "fall",
        "middels",
        "hoy",
        "Lene skled og brakk håndleddet (faktum 3).",
    ),
    "nn": R(
        "hendelse",
        "fall",
        "middels",
        "hoy",
        "Lene skreid og braut handleddet (faktum 3).",
    ),
    "en": R(
        "hendelse",
        "fall",
        "middels",
        "hoy",
        "Lene slipped and broke her wrist (fact 3).",
    ),
    "uk": R(
        "hendelse",
        "fall",
        "middels",
        "hoy",
        "Лене посковзнулася й зламала зап’ястя (факт 3).",
    ),
}

SCHOOLYARD_GOOD = {
    "nn": _answer(
        (3,),
        {
            4: F(
                "primary",
                "Ingen har fått ansvaret for å strø før SFO opnar kl. 07.15 (faktum 4).",
                "Arbeidsplassforskrifta § 2-24",
                "employer",
                "O",
            ),
            5: F(
                "secondary",
                "Dei to nestenulukkene vart lukka utan tiltak (faktum 5).",
                "Internkontrollforskrifta § 5",
                "manager",
                "O",
            ),
            6: F(
                "secondary",
                "Det finst ingen broddar eller strøsand ved paviljongen (faktum 6).",
                "",
                "employer",
                "T",
            ),
        },
        {
            4: [
                ("Lene skreid på isen", "M"),
                ("Isen var ikkje strødd", "T"),
                ("Vaktmeisteren byrjar først kl. 08", "O"),
                ("Ingen har fått ansvaret for strøing før opning", "O"),
            ]
        },
        REPORT_Y["nn"],
        [
            A(
                "immediate",
                "Strø skulegarden straks og sperre av det glattaste området.",
                4,
                "collective",
                "Vaktmeister",
                D1,
                "Rektor sjekkar same dag.",
            ),
            A(
                "corrective",
                "Avklare ansvaret: vaktmeisteren møter 06.45 ved glatt føre, før SFO opnar.",
                4,
                "organisational",
                "Rektor",
                D1,
                "Logg over strøing blir kontrollert kvar veke.",
            ),
            A(
                "corrective",
                "Gå gjennom nestenulukkene og innføre at ingen sak blir lukka utan tiltak og evaluering.",
                5,
                "organisational",
                "Rektor",
                D2,
                "Blir gått gjennom i AMU.",
            ),
            A(
                "preventive",
                "Setje ut strøkasse ved paviljongen og kjøpe broddar til utlån.",
                6,
                "collective",
                "SFO-leiar",
                D2,
                "Telje sand og broddar kvar månad.",
            ),
        ],
        C(
            "closed",
            "Ingen fall på tre veker; strøloggen er ført kvar morgon.",
            INFORMED,
        ),
    ),
    "en": _answer(
        (3,),
        {
            4: F(
                "primary",
                "Nobody has been given the responsibility for sanding before the club opens at 07:15 (fact 4).",
                "Workplace regulations § 2-24",
                "employer",
                "O",
            ),
            5: F(
                "secondary",
                "The two near misses were closed without any action (fact 5).",
                "Internal control regulations § 5",
                "manager",
                "O",
            ),
            6: F(
                "secondary",
                "There are no ice grips to borrow and no grit box at the pavilion (fact 6).",
                "",
                "employer",
                "T",
            ),
        },
        {
            4: [
                ("Lene slipped on the ice", "M"),
                ("The ice had not been sanded", "T"),
                ("The caretaker only starts at 08:00", "O"),
                ("Nobody is responsible for sanding before opening", "O"),
            ]
        },
        REPORT_Y["en"],
        [
            A(
                "immediate",
                "Sand the yard at once and cordon off the worst area.",
                4,
                "collective",
                "Caretaker",
                D1,
                "The head teacher checks the same day.",
            ),
            A(
                "corrective",
                "Assign the responsibility: the caretaker comes at 06:45 before opening when it is icy.",
                4,
                "organisational",
                "Head teacher",
                D1,
                "The sanding log is checked weekly.",
            ),
            A(
                "corrective",
                "Review the near misses and stop closing cases without action and evaluation.",
                5,
                "organisational",
                "Head teacher",
                D2,
                "Reviewed in the AMU meeting.",
            ),
            A(
                "preventive",
                "Put a grit box at the pavilion and buy ice grips to lend.",
                6,
                "collective",
                "Club manager",
                D2,
                "Grit and grips counted every month.",
            ),
        ],
        C(
            "closed",
            "No falls for three weeks; the sanding log is kept every morning.",
            INFORMED,
        ),
    ),
    "uk": _answer(
        (3,),
        {
            4: F(
                "primary",
                "Ніхто не відповідає за посипання подвір’я піском до відкриття SFO о 07:15 (факт 4).",
                "Роботодавець має забезпечити безпечні проходи.",
                "employer",
                "O",
            ),
            5: F(
                "secondary",
                "Два майже нещасні випадки закрили без заходів (факт 5).",
                "",
                "manager",
                "O",
            ),
            6: F(
                "secondary",
                "Немає льодоступів і ящика з піском біля павільйону (факт 6).",
                "",
                "employer",
                "T",
            ),
        },
        {
            4: [
                ("Лене посковзнулася на льоду", "M"),
                ("Лід не був посипаний піском", "T"),
                ("Двірник починає роботу лише о 08:00", "O"),
                ("Нікому не доручили посипання до відкриття", "O"),
            ]
        },
        REPORT_Y["uk"],
        [
            A(
                "immediate",
                "Негайно посипати подвір’я піском і огородити найслизькіше місце.",
                4,
                "collective",
                "Двірник",
                D1,
                "Директор перевіряє того ж дня.",
            ),
            A(
                "corrective",
                "Визначити відповідальність: двірник приходить о 06:45 до відкриття в ожеледь.",
                4,
                "organisational",
                "Директор",
                D1,
                "Журнал посипання перевіряють щотижня.",
            ),
            A(
                "corrective",
                "Переглянути майже нещасні випадки й не закривати справи без заходів і оцінки.",
                5,
                "organisational",
                "Директор",
                D2,
                "Розглядається на засіданні AMU.",
            ),
            A(
                "preventive",
                "Поставити ящик з піском біля павільйону й купити льодоступи.",
                6,
                "collective",
                "Керівник SFO",
                D2,
                "Щомісяця рахувати пісок і льодоступи.",
            ),
        ],
        C(
            "closed",
            "Три тижні без падінь; журнал посипання ведеться щоранку.",
            INFORMED,
        ),
    ),
}


# --- cleaning chemicals (bokmål only) --------------------------------------------------

REPORT_C = R(
    "hendelse", "kjemikalier", "middels", "hoy", "Gass fra sprayflasken (faktum 4)."
)
CLEANING_GOOD = _answer(
    (4,),
    {
        3: F(
            "primary",
            "Firmaet har ikke sikkerhetsdatablad på oppdraget, Marta har ikke fått opplæring, og midlet ble fylt på en umerket flaske (faktum 2 og 3).",
            "Forskrift om utførelse av arbeid § 2-1",
            "employer",
            "O",
        ),
        5: F(
            "secondary",
            "Klor og syre lagres på samme hylle i vaskerommet (faktum 5).",
            "",
            "manager",
            "O",
        ),
    },
    {
        3: [
            ("Marta blandet klor med syrerester i flasken", "M"),
            ("Flasken var umerket og hadde inneholdt syre", "T"),
            ("Hun visste ikke at produktene reagerer", "M"),
            ("Firmaet har ingen opplæring og ingen datablad på oppdraget", "O"),
        ]
    },
    REPORT_C,
    [
        A(
            "immediate",
            "Stanse omfylling og kaste alle umerkede flasker.",
            2,
            "organisational",
            "Formann",
            D1,
            "Formannen sjekker vaskerommet samme dag.",
        ),
        A(
            "corrective",
            "Bytte til ferdigblandede, merkede produkter som ikke skal omfylles.",
            3,
            "substitute",
            "Innkjøp",
            D2,
            "Kontroll av innkjøpslisten.",
        ),
        A(
            "corrective",
            "Lagre klor og syre i hvert sitt skap.",
            5,
            "collective",
            "Formann",
            D1,
            "Befaring hver måned.",
        ),
        A(
            "preventive",
            "Gi opplæring og legge sikkerhetsdatablad på hvert oppdrag.",
            3,
            "organisational",
            "HMS-leder",
            D3,
            "Kunnskapstest etter kurset.",
        ),
    ],
    C(
        "closed",
        "Ingen nye hendelser på en måned; datablad finnes på alle oppdrag.",
        INFORMED,
    ),
)


def _with(base: dict, **changes) -> dict:
    answer = copy.deepcopy(base)
    answer.update(changes)
    return answer


def _facts(base: dict, **entries) -> dict:
    """``base``'s facts with entries replaced (key "f3" for fact 3; None removes it)."""
    facts = copy.deepcopy(base["facts"])
    for name, entry in entries.items():
        number = int(name[1:])
        if entry is None:
            facts.pop(number, None)
        else:
            facts[number] = entry
    return facts


def item(ident, exercise, language, split, note, grades, answer):
    return {
        "id": ident,
        "exercise": exercise,
        "language": language,
        "split": split,
        "note": note,
        "grades": grades,
        "answer": answer,
    }


def _base(items, ident):
    return copy.deepcopy(next(i["answer"] for i in items if i["id"] == ident))


def _bases():
    from . import graded_answers

    return {
        ("scaffolding", "nb"): _base(graded_answers.SCAFFOLDING, "S01"),
        ("schoolyard", "nb"): _base(graded_answers.SCHOOLYARD, "Y01"),
        **{("scaffolding", k): v for k, v in SCAFFOLDING_GOOD.items()},
        **{("schoolyard", k): v for k, v in SCHOOLYARD_GOOD.items()},
        ("cleaning", "nb"): CLEANING_GOOD,
    }


BASE = _bases()
S, Y, CL = "scaffolding", "schoolyard", "cleaning"
ONE_WORD_WHYS = {
    "nb": [("Stress", "M"), ("Wire", "T"), ("Ledelse", "O"), ("Kultur", "O")],
    "nn": [("Stress", "M"), ("Is", "T"), ("Leiing", "O"), ("Kultur", "O")],
    "en": [("Stress", "M"), ("Lanyard", "T"), ("Management", "O"), ("Culture", "O")],
    "uk": [("Стрес", "M"), ("Трос", "T"), ("Керівництво", "O"), ("Культура", "O")],
}

TUNE = [
    item(
        "T01",
        S,
        "nn",
        "tune",
        "Complete and justified, nynorsk.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(S, "nn")],
    ),
    item(
        "T02",
        S,
        "en",
        "tune",
        "Complete and justified, English.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(S, "en")],
    ),
    item(
        "T03",
        S,
        "uk",
        "tune",
        "Complete and justified, Ukrainian.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(S, "uk")],
    ),
    item(
        "T04",
        S,
        "nb",
        "tune",
        "Keyword lists everywhere: ticks right, no sentence says what was wrong.",
        G(3, 1, 1, 1, 2, 3, 1, 2),
        _with(
            BASE[(S, "nb")],
            facts={
                3: F(
                    "primary",
                    "sikringswire, rutine, arbeidsgiver",
                    "FUA",
                    "employer",
                    "O",
                ),
                6: F("secondary", "sparkebrett, nett", "", "manager", "T"),
            },
            whys={3: ONE_WORD_WHYS["nb"]},
            actions=[
                A("immediate", "sparkebrett", 6, "collective", "Formann", D1, ""),
                A("corrective", "sikringswire", 3, "collective", "Formann", D2, ""),
                A(
                    "preventive",
                    "rutine, opplæring, SJA",
                    3,
                    "organisational",
                    "HMS",
                    D3,
                    "",
                ),
            ],
            case=C("closed", "", ["leader", "verneombud"]),
        ),
    ),
    item(
        "T05",
        S,
        "en",
        "tune",
        "Pastes the scenario's facts as the deviations; no requirement, no chain of its own.",
        G(3, 2, 2, 1, 2, 3, 3, 3),
        _with(
            BASE[(S, "en")],
            facts={
                3: F(
                    "primary",
                    "None of the workers on the scaffold have been given tool lanyards, and the company has no routine for securing tools when working at height.",
                    "",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "When Piotr had finished at the wall, the toe board was not put back.",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={3: [("A spanner slips out of his hand", "M")]},
        ),
    ),
    item(
        "T06",
        S,
        "uk",
        "tune",
        "Ticks fact 3, but the 'deviation' it writes is the spanner falling: the event in other words.",
        G(1, 1, 3, 2, 2, 3, 3, 3),
        _with(
            BASE[(S, "uk")],
            facts=_facts(
                BASE[(S, "uk")],
                f3=F(
                    "primary",
                    "Гайковий ключ вислизнув з руки Пйотра й упав на землю через кілька ярусів.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "T07",
        S,
        "nn",
        "tune",
        "Very short but right: every part is there in a few words.",
        G(3, 3, 2, 2, 2, 3, 2, 2),
        _with(
            BASE[(S, "nn")],
            facts={
                3: F(
                    "primary",
                    "Verktøyet var ikkje sikra, og firmaet har inga rutine for det.",
                    "",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet vart ikkje sett tilbake.",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Nøkkelen glapp", "M"),
                    ("Ingen sikringswire", "T"),
                    ("Inga rutine", "O"),
                ]
            },
            actions=[
                A(
                    "corrective",
                    "Dele ut sikringswire.",
                    3,
                    "collective",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Lage rutine og gje opplæring.",
                    3,
                    "organisational",
                    "HMS-leiar",
                    D2,
                    "AMU",
                ),
            ],
            case=C("closed", "Ingen fleire fall.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "T08",
        S,
        "en",
        "tune",
        "Hedged but good: 'probably' in the chain, the last why tagged both T and O.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            BASE[(S, "en")],
            whys={
                3: [
                    ("The spanner probably slipped because his gloves were wet", "M"),
                    ("It was not attached to anything", "M"),
                    ("No lanyards had been handed out to the team", "T"),
                    (
                        "The company seems to have no routine or equipment plan for work at height",
                        "T,O",
                    ),
                ]
            },
        ),
    ),
    item(
        "T09",
        Y,
        "en",
        "tune",
        "Complete and justified, English.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(Y, "en")],
    ),
    item(
        "T10",
        Y,
        "uk",
        "tune",
        "Complete and justified, Ukrainian.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(Y, "uk")],
    ),
    item(
        "T11",
        Y,
        "nn",
        "tune",
        "Calls the shoes a secondary deviation and misses the closed near misses.",
        G(3, 3, 1, 3, 2, 3, 3, 3),
        _with(
            BASE[(Y, "nn")],
            facts=_facts(
                BASE[(Y, "nn")],
                f5=None,
                f7=F(
                    "secondary",
                    "Lene burde hatt broddar på skorne sine.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "T12",
        Y,
        "nb",
        "tune",
        "Good answer, but the why-chain is four single words.",
        G(3, 3, 3, 1, 3, 3, 3, 3),
        _with(
            BASE[(Y, "nb")],
            whys={
                4: [("Is", "T"), ("Mørke", "T"), ("Vaktmester", "O"), ("Ledelse", "O")]
            },
        ),
    ),
    item(
        "T13",
        Y,
        "en",
        "tune",
        "The primary it writes is the fall and the broken wrist: the event in other words.",
        G(1, 1, 3, 2, 2, 3, 3, 3),
        _with(
            BASE[(Y, "en")],
            facts=_facts(
                BASE[(Y, "en")],
                f4=F(
                    "primary",
                    "Lene slipped on black ice in the middle of the yard and broke her wrist.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "T14",
        Y,
        "uk",
        "tune",
        "Keyword lists for the deviations and the chain; actions are sentences.",
        G(3, 1, 1, 1, 2, 3, 3, 3),
        _with(
            BASE[(Y, "uk")],
            facts={
                4: F("primary", "посипання, відповідальність", "", "employer", "O"),
                5: F("secondary", "майже нещасний випадок", "", "manager", "O"),
                6: F("secondary", "льодоступи, пісок", "", "employer", "T"),
            },
            whys={4: ONE_WORD_WHYS["uk"]},
        ),
    ),
    item(
        "T15",
        CL,
        "nb",
        "tune",
        "Keyword lists: datablad, opplæring; one-word whys.",
        G(3, 1, 1, 1, 2, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                3: F("primary", "datablad, opplæring, merking", "", "employer", "O"),
                5: F("secondary", "lagring, klor, syre", "", "manager", "O"),
            },
            whys={
                3: [
                    ("Uvitenhet", "M"),
                    ("Flaske", "T"),
                    ("Opplæring", "O"),
                    ("Ledelse", "O"),
                ]
            },
        ),
    ),
    item(
        "T16",
        CL,
        "nb",
        "tune",
        "Short and right as far as it goes: no word on the unmarked bottle, two whys.",
        G(3, 2, 3, 2, 2, 3, 2, 2),
        _with(
            CLEANING_GOOD,
            facts={
                3: F(
                    "primary",
                    "Marta hadde ikke opplæring eller datablad.",
                    "",
                    "employer",
                    "O",
                ),
                5: F("secondary", "Klor og syre står sammen.", "", "manager", "O"),
            },
            whys={3: [("Hun blandet produktene", "M"), ("Ingen opplæring", "O")]},
            actions=[
                A(
                    "corrective",
                    "Gi opplæring og datablad.",
                    3,
                    "organisational",
                    "HMS-leder",
                    D1,
                    "Test",
                ),
                A(
                    "corrective",
                    "Lagre klor og syre hver for seg.",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Befaring",
                ),
            ],
            case=C("closed", "Ingen nye hendelser.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "T17",
        CL,
        "nb",
        "tune",
        "Pastes facts 3 and 5 as the deviations, and a chain of pasted facts.",
        G(3, 2, 2, 1, 2, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                3: F(
                    "primary",
                    "Firmaet har ikke sikkerhetsdatablader tilgjengelig på oppdraget, og Marta har ikke fått opplæring i produktene.",
                    "",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "I vaskerommet står klorprodukter og syreholdige produkter side om side på samme hylle.",
                    "",
                    "manager",
                    "O",
                ),
            },
            whys={3: [("Da hun sprayer, dannes det en stikkende gass.", "M")]},
        ),
    ),
    item(
        "T18",
        CL,
        "nb",
        "tune",
        "Swaps them: the storage called primary, the data sheets secondary.",
        G(3, 1, 2, 2, 3, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                5: F(
                    "primary",
                    "Klor og syre lagres på samme hylle, så de kan blandes (faktum 5).",
                    "",
                    "manager",
                    "O",
                ),
                3: F(
                    "secondary",
                    "Marta har ikke fått opplæring, og det finnes ikke datablad på oppdraget (faktum 3).",
                    "",
                    "employer",
                    "O",
                ),
            },
            whys={
                5: [
                    ("Produktene står sammen på hylla", "T"),
                    ("Ingen har laget en plan for lageret", "O"),
                    ("Ingen har ansvar for vaskerommet", "O"),
                    ("Ledelsen har ikke kartlagt kjemikaliene", "O"),
                ]
            },
        ),
    ),
]

# Written after the engine change and graded while written; scored once.
HELD = [
    # --- scaffolding, bokmål ---
    item(
        "H01",
        S,
        "nb",
        "held",
        "Good analysis in its own words; no immediate action; evaluation missing.",
        G(3, 3, 3, 3, 3, 3, 2, 2),
        _with(
            BASE[(S, "nb")],
            facts={
                3: F(
                    "primary",
                    "Arbeidsgiver har ikke gitt arbeiderne sikringswire og har ingen rutine som krever at verktøy sikres i høyden (faktum 3).",
                    "FUA kap. 17",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet som ble fjernet, ble ikke satt tilbake, og stillaset mangler nett mellom etasjene (faktum 2, 5, 6).",
                    "Vern mot fallende gjenstander",
                    "manager",
                    "T",
                ),
            },
            actions=[
                A(
                    "corrective",
                    "Kjøpe inn og dele ut sikringswire til alt håndverktøy.",
                    3,
                    "collective",
                    "Prosjektleder",
                    D2,
                    "Formannen sjekker hver morgen.",
                ),
                A(
                    "corrective",
                    "Montere sparkebrett og nett på alle etasjer.",
                    6,
                    "collective",
                    "Stillasansvarlig",
                    D1,
                    "Kontroll ved stillaskortet.",
                ),
                A(
                    "preventive",
                    "Skrive rutine for sikring av verktøy og gi opplæring.",
                    3,
                    "organisational",
                    "HMS-leder",
                    D3,
                    "Revisjon etter tre måneder.",
                ),
            ],
            case=C("evaluation", "", INFORMED),
        ),
    ),
    item(
        "H02",
        S,
        "nb",
        "held",
        "Keyword lists in every text field; ticks and report right; one-word actions list.",
        G(3, 1, 1, 1, 2, 3, 1, 1),
        _with(
            BASE[(S, "nb")],
            facts={
                3: F(
                    "primary", "verktøysikring, rutine", "FUA kap 17", "employer", "O"
                ),
                6: F(
                    "secondary",
                    "sparkebrett, nett, fallende gjenstander",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [("Uhell", "M"), ("Wire", "T"), ("Rutine", "O"), ("Ledelse", "O")]
            },
            actions=[
                A(
                    "corrective",
                    "wire, rutine, opplæring, nett",
                    3,
                    "organisational",
                    "HMS",
                    D2,
                    "",
                )
            ],
            case=C("actions", "", ["leader"]),
        ),
    ),
    item(
        "H03",
        S,
        "nb",
        "held",
        "Blames Piotr: 'Piotr mistet nøkkelen fordi han ikke passet på' as the primary on fact 4.",
        G(1, 0, 0, 1, 1, 3, 1, 2),
        _with(
            BASE[(S, "nb")],
            event=(),
            facts={
                4: F(
                    "primary",
                    "Piotr mistet nøkkelen fordi han ikke passet godt nok på.",
                    "Man skal være forsiktig i høyden.",
                    "worker",
                    "M",
                )
            },
            whys={4: [("Han var uoppmerksom", "M"), ("Han hadde dårlig tid", "M")]},
            actions=[
                A(
                    "corrective",
                    "Piotr må være mer forsiktig og bruke hjelm.",
                    4,
                    "ppe",
                    "Piotr",
                    D1,
                    "Formannen følger med.",
                ),
            ],
            case=C("closed", "Piotr har fått beskjed.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "H04",
        S,
        "nb",
        "held",
        "Hedged, long and right: 'trolig', 'ser ut til', tags M,T on one why.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            BASE[(S, "nb")],
            facts={
                3: F(
                    "primary",
                    "Det ser ut til at ingen hadde fått sikringswire, og firmaet har trolig ingen rutine for sikring av verktøy ved arbeid i høyden (faktum 3).",
                    "Forskrift om utførelse av arbeid kapittel 17: verktøy skal sikres mot fall.",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Sparkebrettet ble antakelig ikke satt tilbake etter arbeidet ved veggen, og det var ikke sikkerhetsnett eller tett dekke mellom etasjene (faktum 2, 5 og 6).",
                    "Stillaset skal ha vern mot fallende gjenstander.",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Nøkkelen glapp, kanskje fordi hanskene var glatte", "M,T"),
                    ("Den var ikke festet med wire", "T"),
                    ("Firmaet har ikke delt ut sikringswire", "O"),
                    (
                        "Ledelsen har ikke risikovurdert arbeid i høyden eller laget en rutine",
                        "O",
                    ),
                ]
            },
        ),
    ),
    item(
        "H05",
        S,
        "nb",
        "held",
        "Pastes facts 3 and 6 as the deviations and fact 4 as its only why.",
        G(3, 2, 2, 1, 2, 3, 3, 3),
        _with(
            BASE[(S, "nb")],
            facts={
                3: F(
                    "primary",
                    "Ingen av arbeiderne på stillaset har fått utdelt sikringswire til verktøyet, og firmaet har ingen rutine for å sikre verktøy ved arbeid i høyden.",
                    "",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Da Piotr var ferdig ved veggen, ble sparkebrettet ikke satt tilbake.",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    (
                        "En fastnøkkel glipper ut av hånden hans, faller gjennom glipen mellom stillaset og veggen.",
                        "M",
                    )
                ]
            },
        ),
    ),
    # --- scaffolding, nynorsk ---
    item(
        "H06",
        S,
        "nn",
        "held",
        "Good nynorsk answer; the secondary names only the toe board.",
        G(3, 3, 2, 3, 3, 3, 3, 3),
        _with(
            BASE[(S, "nn")],
            facts=_facts(
                BASE[(S, "nn")],
                f6=F(
                    "secondary",
                    "Sparkebrettet vart teke av og ikkje sett tilbake (faktum 2 og 6).",
                    "",
                    "manager",
                    "T",
                ),
            ),
        ),
    ),
    item(
        "H07",
        S,
        "nn",
        "held",
        "Nonsense chain: four one-word whys; the rest good.",
        G(3, 3, 3, 1, 3, 3, 3, 3),
        _with(BASE[(S, "nn")], whys={3: ONE_WORD_WHYS["nn"]}),
    ),
    item(
        "H08",
        S,
        "nn",
        "held",
        "Very short and right: the deviation in one sentence, three whys, two actions.",
        G(3, 3, 2, 2, 3, 3, 2, 2),
        _with(
            BASE[(S, "nn")],
            facts={
                3: F(
                    "primary",
                    "Firmaet har ikkje gjeve ut sikringswire.",
                    "",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary", "Det manglar nett mellom etasjane.", "", "manager", "T"
                ),
            },
            whys={
                3: [
                    ("Nøkkelen glapp", "M"),
                    ("Han hadde ingen wire", "T"),
                    ("Firmaet har inga rutine", "O"),
                ]
            },
            actions=[
                A(
                    "immediate",
                    "Sperre av under stillaset.",
                    5,
                    "collective",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
                A(
                    "corrective",
                    "Dele ut sikringswire.",
                    3,
                    "collective",
                    "Formann",
                    D1,
                    "Sjekk",
                ),
            ],
            case=C("closed", "Ingen nye fall.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "H09",
        S,
        "nn",
        "held",
        "Takes the scaffold tag (distractor) as a secondary deviation as well; otherwise good.",
        G(3, 3, 2, 3, 2, 3, 3, 3),
        _with(
            BASE[(S, "nn")],
            facts=_facts(
                BASE[(S, "nn")],
                f8=F(
                    "secondary",
                    "Stillaset burde vore kontrollert betre av stillasfirmaet.",
                    "",
                    "contractor",
                    "T",
                ),
            ),
        ),
    ),
    # --- scaffolding, English ---
    item(
        "H10",
        S,
        "en",
        "held",
        "The event in other words as the primary: 'the wrench dropped from level four'.",
        G(1, 1, 3, 3, 2, 3, 3, 3),
        _with(
            BASE[(S, "en")],
            facts=_facts(
                BASE[(S, "en")],
                f3=F(
                    "primary",
                    "The wrench dropped from the fourth level through the gap and bounced to the ground.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "H11",
        S,
        "en",
        "held",
        "Keyword list for the deviations; chain in sentences.",
        G(3, 1, 1, 3, 2, 3, 3, 3),
        _with(
            BASE[(S, "en")],
            facts={
                3: F("primary", "lanyard, routine, employer", "", "employer", "O"),
                6: F("secondary", "toe board; net", "", "manager", "T"),
            },
        ),
    ),
    item(
        "H12",
        S,
        "en",
        "held",
        "Good, but wrong report type (incident) and no verneombud informed.",
        G(3, 3, 3, 3, 3, 2, 3, 2),
        _with(
            BASE[(S, "en")],
            report=R("hendelse", "fallende", "lav", "hoy", "A spanner fell (fact 4)."),
            case=C("closed", "No falling objects for four weeks.", ["leader"]),
        ),
    ),
    item(
        "H13",
        S,
        "en",
        "held",
        "Short and right: two sentences, four short whys.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            BASE[(S, "en")],
            facts={
                3: F(
                    "primary",
                    "No lanyards and no routine for tools at height.",
                    "",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Toe board not put back; no safety net.",
                    "",
                    "manager",
                    "T",
                ),
            },
            whys={
                3: [
                    ("Spanner slipped", "M"),
                    ("Not tethered", "T"),
                    ("No lanyards bought", "O"),
                    ("No routine for work at height", "O"),
                ]
            },
        ),
    ),
    # --- scaffolding, Ukrainian ---
    item(
        "H14",
        S,
        "uk",
        "held",
        "Good, but the secondary is marked as primary too (two primaries).",
        G(3, 3, 2, 3, 3, 3, 3, 3),
        _with(
            BASE[(S, "uk")],
            facts=_facts(
                BASE[(S, "uk")],
                f6=F(
                    "primary",
                    "Бортову дошку не поставили на місце, і між ярусами немає захисної сітки (факти 5 і 6).",
                    "",
                    "manager",
                    "T",
                ),
            ),
        ),
    ),
    item(
        "H15",
        S,
        "uk",
        "held",
        "Pastes fact 3 as the primary, one why.",
        G(3, 2, 3, 1, 2, 3, 3, 3),
        _with(
            BASE[(S, "uk")],
            facts=_facts(
                BASE[(S, "uk")],
                f3=F(
                    "primary",
                    "Жодному з працівників на риштуванні не видали страхувального троса для інструментів, і у фірми немає порядку кріплення інструменту під час роботи на висоті.",
                    "",
                    "employer",
                    "O",
                ),
            ),
            whys={3: [("Ключ вислизнув з руки", "M")]},
        ),
    ),
    item(
        "H16",
        S,
        "uk",
        "held",
        "Nonsense chain of single words; PPE as the only corrective action.",
        G(3, 3, 3, 1, 3, 3, 1, 3),
        _with(
            BASE[(S, "uk")],
            whys={3: ONE_WORD_WHYS["uk"]},
            actions=[
                A(
                    "immediate",
                    "Усі працівники мають носити каски.",
                    3,
                    "ppe",
                    "Бригадир",
                    D1,
                    "Бригадир перевіряє щодня.",
                ),
                A(
                    "corrective",
                    "Купити кращі рукавиці.",
                    3,
                    "ppe",
                    "Бригадир",
                    D2,
                    "Перевірка на складі.",
                ),
                A(
                    "preventive",
                    "Нагадати про обережність на нараді.",
                    3,
                    "organisational",
                    "Бригадир",
                    D3,
                    "Протокол наради.",
                ),
            ],
        ),
    ),
    item(
        "H17",
        S,
        "uk",
        "held",
        "Blames the worker: the 'deviation' is that Piotr dropped the spanner (on fact 4).",
        G(1, 0, 0, 1, 1, 3, 1, 2),
        _with(
            BASE[(S, "uk")],
            event=(),
            facts={
                4: F(
                    "primary",
                    "Пйотр упустив ключ, бо був неуважний.",
                    "",
                    "worker",
                    "M",
                )
            },
            whys={4: [("Він поспішав", "M")]},
            actions=[
                A(
                    "corrective",
                    "Пйотр має бути уважнішим.",
                    4,
                    "organisational",
                    "Пйотр",
                    D1,
                    "Бригадир стежить.",
                )
            ],
            case=C("closed", "Пйотр отримав попередження.", ["leader", "verneombud"]),
        ),
    ),
    # --- school yard, bokmål ---
    item(
        "H18",
        Y,
        "nb",
        "held",
        "Good, but misses the missing ice grips and grit (one secondary).",
        G(3, 3, 2, 3, 3, 3, 3, 3),
        _with(BASE[(Y, "nb")], facts=_facts(BASE[(Y, "nb")], f6=None)),
    ),
    item(
        "H19",
        Y,
        "nb",
        "held",
        "The primary is the fall: 'Lene falt på isen og brakk armen' on fact 4.",
        G(1, 1, 3, 3, 2, 3, 3, 3),
        _with(
            BASE[(Y, "nb")],
            facts=_facts(
                BASE[(Y, "nb")],
                f4=F(
                    "primary",
                    "Lene skled på blankisen i skolegården og brakk håndleddet.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "H20",
        Y,
        "nb",
        "held",
        "Keyword lists for all three deviations.",
        G(3, 1, 1, 3, 2, 3, 3, 3),
        _with(
            BASE[(Y, "nb")],
            facts={
                4: F("primary", "strøing, ansvar", "", "employer", "O"),
                5: F("secondary", "nestenulykker", "", "manager", "O"),
                6: F("secondary", "brodder, strøsand", "", "employer", "T"),
            },
        ),
    ),
    item(
        "H21",
        Y,
        "nb",
        "held",
        "Hedged and full: 'det virker som', long whys with two tags.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            BASE[(Y, "nb")],
            facts={
                4: F(
                    "primary",
                    "Det virker som ingen har fått ansvaret for å strø skolegården før SFO åpner kl. 07.15; vaktmesteren begynner først kl. 08 (faktum 4).",
                    "Arbeidsplassforskriften § 2-24",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "To nestenulykker på samme is ble visst lukket uten tiltak (faktum 5).",
                    "Internkontrollforskriften § 5",
                    "manager",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Det finnes tilsynelatende verken brodder å låne eller strøsand ved paviljongen (faktum 6).",
                    "",
                    "employer",
                    "T",
                ),
            },
            whys={
                4: [
                    ("Lene skled på blankis i skolegården", "M"),
                    ("Isen var ikke strødd da SFO åpnet", "T"),
                    ("Vaktmesteren begynner trolig først kl. 08", "O"),
                    (
                        "Ingen har fått ansvaret for strøing før åpning, og vinterdrift er ikke risikovurdert",
                        "T,O",
                    ),
                ]
            },
        ),
    ),
    # --- school yard, nynorsk ---
    item(
        "H22",
        Y,
        "nn",
        "held",
        "Good nynorsk answer, all three kinds of action, evaluation written.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        BASE[(Y, "nn")],
    ),
    item(
        "H23",
        Y,
        "nn",
        "held",
        "Pastes fact 4 as the primary and fact 6 as a secondary; chain of one pasted fact.",
        G(3, 2, 1, 1, 2, 3, 3, 3),
        _with(
            BASE[(Y, "nn")],
            facts={
                4: F(
                    "primary",
                    "Vaktmeisteren strør skulegarden når han byrjar på jobb kl. 08.00. Ingen har ansvaret for å strø før SFO opnar.",
                    "",
                    "employer",
                    "O",
                ),
                6: F(
                    "secondary",
                    "Dei tilsette har ingen broddar å låne, og det står ikkje strøsand ved inngangen til paviljongen.",
                    "",
                    "employer",
                    "T",
                ),
            },
            whys={
                4: [
                    (
                        "Kl. 07.20 skrid Lene på blankis midt i skulegarden, fell og brekk handleddet.",
                        "M",
                    )
                ]
            },
        ),
    ),
    item(
        "H24",
        Y,
        "nn",
        "held",
        "Calls the good shoes the primary and the sanding a secondary.",
        G(3, 1, 0, 2, 1, 3, 3, 3),
        _with(
            BASE[(Y, "nn")],
            facts={
                7: F(
                    "primary",
                    "Lene burde hatt betre sko med broddar.",
                    "",
                    "worker",
                    "M",
                ),
                4: F(
                    "secondary",
                    "Ingen har ansvaret for å strø før SFO opnar (faktum 4).",
                    "",
                    "employer",
                    "O",
                ),
            },
            whys={
                7: [
                    ("Lene skreid", "M"),
                    ("Skorne var glatte", "T"),
                    ("Ho valde feil sko", "M"),
                    ("Ingen kontrollerer skorne", "O"),
                ]
            },
        ),
    ),
    item(
        "H25",
        Y,
        "nn",
        "held",
        "Very short and right.",
        G(3, 3, 2, 2, 3, 3, 2, 2),
        _with(
            BASE[(Y, "nn")],
            facts={
                4: F(
                    "primary",
                    "Ingen har ansvar for strøing før opning.",
                    "",
                    "employer",
                    "O",
                ),
                6: F("secondary", "Det manglar broddar og sand.", "", "employer", "T"),
            },
            whys={
                4: [
                    ("Det var is", "T"),
                    ("Ikkje strødd", "T"),
                    ("Ingen ansvarleg før kl. 08", "O"),
                ]
            },
            actions=[
                A(
                    "immediate",
                    "Strø med ein gong.",
                    4,
                    "collective",
                    "Vaktmeister",
                    D1,
                    "Sjekk",
                ),
                A(
                    "preventive",
                    "Vaktmeisteren møter tidlegare ved glatt føre.",
                    4,
                    "organisational",
                    "Rektor",
                    D2,
                    "Logg",
                ),
            ],
            case=C("closed", "Ingen fall.", ["leader", "verneombud"]),
        ),
    ),
    # --- school yard, English ---
    item(
        "H26",
        Y,
        "en",
        "held",
        "Keyword list deviations, one-word whys.",
        G(3, 1, 1, 1, 2, 3, 3, 3),
        _with(
            BASE[(Y, "en")],
            facts={
                4: F("primary", "sanding, responsibility", "", "employer", "O"),
                5: F("secondary", "near misses", "", "manager", "O"),
                6: F("secondary", "ice grips, grit", "", "employer", "T"),
            },
            whys={
                4: [
                    ("Ice", "T"),
                    ("Darkness", "T"),
                    ("Caretaker", "O"),
                    ("Management", "O"),
                ]
            },
        ),
    ),
    item(
        "H27",
        Y,
        "en",
        "held",
        "Good analysis; only ice grips as the action for the whole case (PPE first).",
        G(3, 3, 3, 3, 3, 3, 1, 3),
        _with(
            BASE[(Y, "en")],
            actions=[
                A(
                    "corrective",
                    "Buy ice grips for all staff and require them in winter.",
                    4,
                    "ppe",
                    "Head teacher",
                    D1,
                    "Spot checks in the morning.",
                )
            ],
        ),
    ),
    item(
        "H28",
        Y,
        "en",
        "held",
        "The event as the deviation: 'Lene fell and broke her wrist', marked on fact 3.",
        G(1, 2, 3, 3, 2, 3, 3, 3),
        _with(
            BASE[(Y, "en")],
            facts=_facts(
                BASE[(Y, "en")],
                f3=F(
                    "primary",
                    "Lene fell on the ice and broke her wrist.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "H29",
        Y,
        "en",
        "held",
        "Hedged and complete.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            BASE[(Y, "en")],
            facts=_facts(
                BASE[(Y, "en")],
                f4=F(
                    "primary",
                    "It seems nobody was made responsible for sanding the yard before the club opens at 07:15, as the caretaker only starts at 08:00 (fact 4).",
                    "Workplace regulations § 2-24",
                    "employer",
                    "O",
                ),
            ),
        ),
    ),
    # --- school yard, Ukrainian ---
    item(
        "H30",
        Y,
        "uk",
        "held",
        "Good; the near misses are missed.",
        G(3, 3, 2, 3, 3, 3, 3, 3),
        _with(BASE[(Y, "uk")], facts=_facts(BASE[(Y, "uk")], f5=None)),
    ),
    item(
        "H31",
        Y,
        "uk",
        "held",
        "The event in other words as the primary (the fall), ticked on fact 4.",
        G(1, 1, 3, 3, 2, 3, 3, 3),
        _with(
            BASE[(Y, "uk")],
            facts=_facts(
                BASE[(Y, "uk")],
                f4=F(
                    "primary",
                    "Лене посковзнулася на ожеледі посеред подвір’я, впала й зламала руку.",
                    "",
                    "worker",
                    "M",
                ),
            ),
        ),
    ),
    item(
        "H32",
        Y,
        "uk",
        "held",
        "Very short and right.",
        G(3, 3, 2, 2, 3, 3, 2, 2),
        _with(
            BASE[(Y, "uk")],
            facts={
                4: F(
                    "primary",
                    "Ніхто не відповідає за посипання до відкриття.",
                    "",
                    "employer",
                    "O",
                ),
                6: F("secondary", "Немає піску й льодоступів.", "", "employer", "T"),
            },
            whys={
                4: [
                    ("Був лід", "T"),
                    ("Не посипали", "T"),
                    ("Двірник приходить о 08:00", "O"),
                ]
            },
            actions=[
                A(
                    "immediate",
                    "Посипати подвір’я піском.",
                    4,
                    "collective",
                    "Двірник",
                    D1,
                    "Перевірка",
                ),
                A(
                    "corrective",
                    "Призначити відповідального за посипання до відкриття.",
                    4,
                    "organisational",
                    "Директор",
                    D2,
                    "Журнал",
                ),
            ],
            case=C("closed", "Падінь немає.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "H33",
        Y,
        "uk",
        "held",
        "Keyword list for the deviations and the actions.",
        G(3, 1, 1, 3, 2, 3, 1, 2),
        _with(
            BASE[(Y, "uk")],
            facts={
                4: F("primary", "посипання", "", "employer", "O"),
                5: F("secondary", "майже нещасні випадки", "", "manager", "O"),
                6: F("secondary", "льодоступи", "", "employer", "T"),
            },
            actions=[
                A(
                    "corrective",
                    "пісок, відповідальність, льодоступи",
                    4,
                    "collective",
                    "Директор",
                    D1,
                    "",
                )
            ],
        ),
    ),
    # --- cleaning chemicals, bokmål ---
    item(
        "H34",
        CL,
        "nb",
        "held",
        "Good and full.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts=_facts(
                CLEANING_GOOD,
                f3=F(
                    "primary",
                    "Marta fylte klor på en umerket flaske som hadde hatt syre i seg, fordi hun ikke har fått opplæring og det ikke finnes sikkerhetsdatablad på oppdraget (faktum 2 og 3).",
                    "FUA § 2-1 og stoffkartotek",
                    "employer",
                    "O",
                ),
            ),
        ),
    ),
    item(
        "H35",
        CL,
        "nb",
        "held",
        "Blames Marta: 'Marta blandet produktene feil' as the primary on fact 4.",
        G(1, 0, 0, 1, 1, 3, 1, 2),
        _with(
            CLEANING_GOOD,
            event=(),
            facts={
                4: F(
                    "primary",
                    "Marta blandet klor og syre og fikk gass i ansiktet.",
                    "",
                    "worker",
                    "M",
                )
            },
            whys={4: [("Hun var uforsiktig", "M"), ("Hun leste ikke etiketten", "M")]},
            actions=[
                A(
                    "corrective",
                    "Marta må bruke maske og briller.",
                    4,
                    "ppe",
                    "Marta",
                    D1,
                    "Leder sjekker.",
                )
            ],
            case=C("closed", "Marta har fått beskjed.", ["leader", "verneombud"]),
        ),
    ),
    item(
        "H36",
        CL,
        "nb",
        "held",
        "Keyword lists and one-word whys.",
        G(3, 1, 1, 1, 2, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                3: F("primary", "datablad, opplæring", "", "employer", "O"),
                5: F("secondary", "klor, syre, hylle", "", "manager", "O"),
            },
            whys={
                3: [("Stress", "M"), ("Flaske", "T"), ("Kurs", "O"), ("Ledelse", "O")]
            },
        ),
    ),
    item(
        "H37",
        CL,
        "nb",
        "held",
        "Misses the storage; gloves (distractor) as a secondary; otherwise good.",
        G(3, 3, 0, 3, 1, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts=_facts(
                CLEANING_GOOD,
                f5=None,
                f6=F(
                    "secondary",
                    "Marta burde brukt vernebriller i tillegg til hansker.",
                    "",
                    "worker",
                    "M",
                ),
            ),
            actions=[a for a in CLEANING_GOOD["actions"] if a["deviation"] != 5],
        ),
    ),
    item(
        "H38",
        CL,
        "nb",
        "held",
        "Short and right: one sentence each, four short whys.",
        G(3, 3, 3, 3, 3, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                3: F(
                    "primary",
                    "Ingen datablad, ingen opplæring og umerket flaske.",
                    "",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary", "Klor og syre står på samme hylle.", "", "manager", "O"
                ),
            },
            whys={
                3: [
                    ("Hun blandet produktene", "M"),
                    ("Flasken var umerket", "T"),
                    ("Hun visste ikke faren", "M"),
                    ("Ingen opplæring fra firmaet", "O"),
                ]
            },
        ),
    ),
    item(
        "H39",
        CL,
        "nb",
        "held",
        "Pastes facts 2, 3 and 5 as the deviations.",
        G(3, 2, 2, 3, 2, 3, 3, 3),
        _with(
            CLEANING_GOOD,
            facts={
                3: F(
                    "primary",
                    "Firmaet har ikke sikkerhetsdatablader tilgjengelig på oppdraget, og Marta har ikke fått opplæring i produktene.",
                    "",
                    "employer",
                    "O",
                ),
                5: F(
                    "secondary",
                    "I vaskerommet står klorprodukter og syreholdige produkter side om side på samme hylle.",
                    "",
                    "manager",
                    "O",
                ),
            },
        ),
    ),
    item(
        "H40",
        CL,
        "nb",
        "held",
        "Good analysis; no verneombud informed, no evaluation; no immediate action.",
        G(3, 3, 3, 3, 3, 3, 2, 1),
        _with(
            CLEANING_GOOD,
            actions=[a for a in CLEANING_GOOD["actions"] if a["type"] != "immediate"],
            case=C("actions", "", ["leader"]),
        ),
    ),
]
