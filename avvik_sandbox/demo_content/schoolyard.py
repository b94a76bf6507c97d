"""Outline 2 (DOMAIN.md): an after-school worker slips on an unsanded school yard."""

SCHOOLYARD = {
    "key": "schoolyard",
    "slug": "glatt-skolegard-sfo",
    "category": "fall",
    "minutes": 25,
    "pass_threshold": 60,
    "event_facts": "3",
    "deviations": [
        {"kind": "primary", "facts": "4", "responsible": "employer", "mto": "O"},
        {"kind": "secondary", "facts": "5", "responsible": "manager", "mto": "O"},
        {"kind": "secondary", "facts": "6", "responsible": "employer", "mto": "T"},
        {"kind": "distractor", "facts": "7", "responsible": "", "mto": ""},
        {"kind": "distractor", "facts": "9", "responsible": "", "mto": ""},
    ],
    "report": {
        "report_type": "hendelse",
        "accepted_types": [],
        "category": "fall",
        "accepted_categories": [],
        "severity_actual": "middels",
        "accepted_actual": ["hoy"],
        "severity_potential": "hoy",
        "accepted_potential": [],
    },
    "actions": [
        {"action_type": "immediate", "control_level": "collective", "deviation": 1},
        {
            "action_type": "corrective",
            "control_level": "organisational",
            "deviation": 1,
        },
        {
            "action_type": "corrective",
            "control_level": "organisational",
            "deviation": 2,
        },
        {"action_type": "preventive", "control_level": "collective", "deviation": 3},
        {"action_type": "preventive", "control_level": "ppe", "deviation": 3},
        {
            "action_type": "preventive",
            "control_level": "organisational",
            "deviation": 1,
        },
    ],
    "nb": {
        "title": "Glatt skolegård før SFO åpner",
        "sector": "Skole og SFO",
        "intro": "Arbeidstilsynets klassiske eksempel i en SFO. Skill hendelsen fra avvikene, finn årsakene og foreslå tiltak som hindrer at det skjer igjen.",
        "facts": [
            "Det er en januarmorgen med minus fire grader, og regn har frosset til is på bakken i løpet av natten.",
            "SFO åpner kl. 07.15. Lene, som jobber på SFO, går over skolegården for å låse opp paviljongen.",
            "Kl. 07.20 sklir Lene på blankis midt i skolegården, faller og brekker håndleddet.",
            "Vaktmesteren strør skolegården når han begynner på jobb kl. 08.00. Ingen har ansvaret for å strø før SFO åpner.",
            "Det er meldt to nestenulykker på is i skolegården tidligere denne vinteren. Begge ble lukket i avvikssystemet uten tiltak.",
            "De ansatte har ingen brodder å låne, og det står ingen strøsand ved inngangen til paviljongen.",
            "Lene hadde på seg vintersko med grov såle.",
            "Rektor leder både skolen og SFO og har ansvaret for internkontrollen.",
            "Det snødde lett i natt, og snøen var måkt fra inngangspartiet.",
            "En kollega fulgte Lene til legevakten, og SFO-lederen ble varslet samme morgen.",
        ],
        "deviations": [
            {
                "title": "Ingen har ansvar for strøing før SFO åpner",
                "requirement": "Gangarealer på arbeidsplassen skal være trygge å ferdes på; arbeidsgiver skal sørge for at is strøs før de ansatte møter, og fordele ansvaret for det.",
                "legal_reference": "Arbeidsplassforskriften § 2-24; internkontrollforskriften § 5",
                "explanation": "Lene sklir fordi skolegården ikke var strødd: strøingen starter først kl. 08.00, og ingen har ansvaret før SFO åpner kl. 07.15 (faktum 4). Det brukne håndleddet er hendelsen; den manglende rutinen er avviket.",
                "concepts": [
                    (
                        "strøing",
                        "strø, strødd, strøsand, sand, salting, glattkjøring, is",
                    ),
                    (
                        "ansvar",
                        "ansvarlig, ingen har ansvaret, fordele ansvar, avklare",
                    ),
                    ("rutine", "prosedyre, instruks, plan, vinterdrift"),
                ],
                "why_chain": [
                    ("is", "isen, glatt, blankis, holke, skled, sklei"),
                    ("strødd", "strø, strøing, strøsand, sand, sandet"),
                    (
                        "ansvar",
                        "ansvarlig, ansvaret, rutine, plan, vinterdrift, risikovurdering, ingen har fått",
                    ),
                ],
            },
            {
                "title": "Tidligere nestenulykker lukket uten tiltak",
                "requirement": "Avvik skal rettes opp og forebygges; en sak skal ikke lukkes uten tiltak og evaluering.",
                "legal_reference": "Internkontrollforskriften § 5 andre ledd nr. 7",
                "explanation": "To nestenulykker på samme is ble lukket uten tiltak (faktum 5). Avvikssystemet virket ikke som varsling før ulykken.",
                "concepts": [
                    (
                        "nestenulykke",
                        "nestenulykker, tidligere meldinger, meldt før, varsel",
                    ),
                    (
                        "lukket uten tiltak",
                        "lukket, ikke fulgt opp, uten tiltak, ingen tiltak, oppfølging",
                    ),
                ],
            },
            {
                "title": "Ingen brodder eller strøsand tilgjengelig",
                "requirement": "Arbeidsgiver skal stille nødvendig utstyr til rådighet når risikoen er kjent.",
                "legal_reference": "Arbeidsmiljøloven § 4-4",
                "explanation": "Uten strøsand ved inngangen eller brodder å låne (faktum 6) kunne de ansatte ikke sikre seg selv før vaktmesteren kom.",
                "concepts": [
                    ("brodder", "isbrodder, pigger, broddar"),
                    ("strøsand", "sand, strøkasse, grus"),
                ],
            },
            {
                "title": "Lene hadde gode sko",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Vintersko med grov såle (faktum 7) er fornuftig; skoene var ikke årsaken. Å legge ansvaret på den som falt, er en vanlig feil.",
                "concepts": [],
            },
            {
                "title": "Snøen var måkt",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Måkingen (faktum 9) var gjort. Problemet var isen under, som ingen strødde.",
                "concepts": [],
            },
        ],
        "report_explanation": "Lene ble skadet (faktum 3), så det er en hendelse, ikke en nestenulykke. Et brukket håndledd gir fravær (middels, eventuelt høy); et fall på is kunne gitt hodeskade (høy).",
        "actions": [
            (
                "Strø skolegården straks og sperre av det glatteste området.",
                [
                    ("strø", "strøing, strødd, strøsand, sand"),
                    ("sperre av", "sperre, avsperring, stenge"),
                ],
            ),
            (
                "Avklare hvem som strør før SFO åpner, for eksempel at vaktmesteren møter kl. 06.45 ved glatt føre.",
                [
                    ("ansvar", "ansvarlig, avklare, fordele"),
                    ("før åpning", "tidligere, før SFO åpner, 06.45, møte tidlig"),
                ],
            ),
            (
                "Gå gjennom de lukkede nestenulykkene og innføre at en sak ikke lukkes uten tiltak og evaluering.",
                [
                    ("nestenulykke", "nestenulykker, tidligere avvik"),
                    ("evaluering", "evaluere, oppfølging, følge opp"),
                ],
            ),
            (
                "Sette ut strøkasse med sand ved inngangen til paviljongen.",
                [("strøkasse", "strøsand, sand, kasse")],
            ),
            (
                "Kjøpe inn brodder som de ansatte kan låne.",
                [("brodder", "isbrodder, pigger")],
            ),
            (
                "Ta vinterdrift inn i risikovurderingen og lage en glattføre-rutine som følger værvarselet.",
                [
                    ("risikovurdering", "kartlegging, risiko, ROS"),
                    ("værvarsel", "værmelding, vær, varsel"),
                ],
            ),
        ],
        "debrief": "Hendelsen er fallet og det brukne håndleddet. Primæravviket er at ingen har ansvar for strøing før SFO åpner (arbeidsgivers ansvar). Sekundære avvik: tidligere nestenulykker ble lukket uten tiltak, og det fantes verken brodder eller strøsand. Skoene og måkingen er ikke avvik. Strø og sperre straks; fordel ansvaret; følg opp meldingene; brodder er et tillegg – ikke en erstatning for strøing.",
    },
    "nn": {
        "title": "Glatt skulegard før SFO opnar",
        "sector": "Skule og SFO",
        "intro": "Arbeidstilsynet sitt klassiske døme frå ein SFO. Skil hendinga frå avvika, finn årsakene og føreslå tiltak som hindrar at det skjer igjen.",
        "facts": [
            "Det er ein januarmorgon med minus fire grader, og regn har frose til is på bakken i løpet av natta.",
            "SFO opnar kl. 07.15. Lene, som jobbar på SFO, går over skulegarden for å låse opp paviljongen.",
            "Kl. 07.20 skrid Lene på blankis midt i skulegarden, fell og brekk handleddet.",
            "Vaktmeisteren strør skulegarden når han byrjar på jobb kl. 08.00. Ingen har ansvaret for å strø før SFO opnar.",
            "Det er meldt to nestenulukker på is i skulegarden tidlegare denne vinteren. Begge vart lukka i avvikssystemet utan tiltak.",
            "Dei tilsette har ingen broddar å låne, og det står ikkje strøsand ved inngangen til paviljongen.",
            "Lene hadde på seg vintersko med grov sole.",
            "Rektor leier både skulen og SFO og har ansvaret for internkontrollen.",
            "Det snødde lett i natt, og snøen var måka frå inngangspartiet.",
            "Ein kollega følgde Lene til legevakta, og SFO-leiaren vart varsla same morgon.",
        ],
        "deviations": [
            {
                "title": "Ingen har ansvar for strøing før SFO opnar",
                "requirement": "Gangareal på arbeidsplassen skal vere trygge å ferdast på; arbeidsgjevaren skal sørgje for at isen blir strødd før dei tilsette møter, og fordele ansvaret for det.",
                "legal_reference": "Arbeidsplassforskrifta § 2-24; internkontrollforskrifta § 5",
                "explanation": "Lene skrid fordi skulegarden ikkje var strødd: strøinga byrjar først kl. 08.00, og ingen har ansvaret før SFO opnar kl. 07.15 (faktum 4). Det brotne handleddet er hendinga; den manglande rutinen er avviket.",
                "concepts": [
                    (
                        "strøing",
                        "strø, strødd, strøsand, sand, salting, glattkøyring, is",
                    ),
                    (
                        "ansvar",
                        "ansvarleg, ingen har ansvaret, fordele ansvar, avklare",
                    ),
                    ("rutine", "prosedyre, instruks, plan, vinterdrift"),
                ],
                "why_chain": [
                    ("is", "isen, glatt, blankis, holke, skreid, skled"),
                    ("strødd", "strø, strøing, strøsand, sand"),
                    (
                        "ansvar",
                        "ansvarleg, ansvaret, rutine, plan, vinterdrift, risikovurdering, ingen har fått",
                    ),
                ],
            },
            {
                "title": "Tidlegare nestenulukker lukka utan tiltak",
                "requirement": "Avvik skal rettast opp og førebyggjast; ei sak skal ikkje lukkast utan tiltak og evaluering.",
                "legal_reference": "Internkontrollforskrifta § 5 andre ledd nr. 7",
                "explanation": "To nestenulukker på den same isen vart lukka utan tiltak (faktum 5). Avvikssystemet verka ikkje som varsling før ulukka.",
                "concepts": [
                    (
                        "nestenulukke",
                        "nestenulukker, nestenulykke, tidlegare meldingar, meldt før, varsel",
                    ),
                    (
                        "lukka utan tiltak",
                        "lukka, lukket, ikkje følgt opp, utan tiltak, ingen tiltak, oppfølging",
                    ),
                ],
            },
            {
                "title": "Ingen broddar eller strøsand tilgjengeleg",
                "requirement": "Arbeidsgjevaren skal stille naudsynt utstyr til rådvelde når risikoen er kjend.",
                "legal_reference": "Arbeidsmiljølova § 4-4",
                "explanation": "Utan strøsand ved inngangen eller broddar å låne (faktum 6) kunne dei tilsette ikkje sikre seg sjølve før vaktmeisteren kom.",
                "concepts": [
                    ("broddar", "isbroddar, brodder, piggar"),
                    ("strøsand", "sand, strøkasse, grus"),
                ],
            },
            {
                "title": "Lene hadde gode sko",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Vintersko med grov sole (faktum 7) er fornuftig; skorne var ikkje årsaka. Å leggje ansvaret på den som fall, er ein vanleg feil.",
                "concepts": [],
            },
            {
                "title": "Snøen var måka",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Måkinga (faktum 9) var gjord. Problemet var isen under, som ingen strødde.",
                "concepts": [],
            },
        ],
        "report_explanation": "Lene vart skadd (faktum 3), så det er ei hending, ikkje ei nestenulukke. Eit brote handledd gjev fråvær (middels, eventuelt høg); eit fall på is kunne gjeve hovudskade (høg).",
        "actions": [
            (
                "Strø skulegarden straks og sperre av det glattaste området.",
                [
                    ("strø", "strøing, strødd, strøsand, sand"),
                    ("sperre av", "sperre, avsperring, stengje"),
                ],
            ),
            (
                "Avklare kven som strør før SFO opnar, til dømes at vaktmeisteren møter kl. 06.45 ved glatt føre.",
                [
                    ("ansvar", "ansvarleg, avklare, fordele"),
                    ("før opning", "tidlegare, før SFO opnar, 06.45, møte tidleg"),
                ],
            ),
            (
                "Gå gjennom dei lukka nestenulukkene og innføre at ei sak ikkje blir lukka utan tiltak og evaluering.",
                [
                    ("nestenulukke", "nestenulukker, tidlegare avvik"),
                    ("evaluering", "evaluere, oppfølging, følgje opp"),
                ],
            ),
            (
                "Setje ut strøkasse med sand ved inngangen til paviljongen.",
                [("strøkasse", "strøsand, sand, kasse")],
            ),
            (
                "Kjøpe inn broddar som dei tilsette kan låne.",
                [("broddar", "isbroddar, brodder, piggar")],
            ),
            (
                "Ta vinterdrift inn i risikovurderinga og lage ei glattføre-rutine som følgjer vêrvarselet.",
                [
                    ("risikovurdering", "kartlegging, risiko, ROS"),
                    ("vêrvarsel", "vêrmelding, vêr, varsel, værvarsel"),
                ],
            ),
        ],
        "debrief": "Hendinga er fallet og det brotne handleddet. Primæravviket er at ingen har ansvar for strøing før SFO opnar (arbeidsgjevaren sitt ansvar). Sekundære avvik: tidlegare nestenulukker vart lukka utan tiltak, og det fanst verken broddar eller strøsand. Skorne og måkinga er ikkje avvik. Strø og sperr av straks; fordel ansvaret; følg opp meldingane; broddar er eit tillegg – ikkje ein erstatning for strøing.",
    },
    "en": {
        "title": "Icy school yard before after-school care opens",
        "sector": "School and after-school care (SFO)",
        "intro": "The Labour Inspection Authority's classic example, in an after-school club. Keep the event apart from the deviations, find the causes and propose actions that stop it happening again.",
        "facts": [
            "It is a January morning, minus four degrees, and rain has frozen to ice on the ground overnight.",
            "The after-school club opens at 07:15. Lene, who works there, walks across the school yard to unlock the pavilion.",
            "At 07:20 Lene slips on black ice in the middle of the yard, falls and breaks her wrist.",
            "The caretaker sands the yard when he starts work at 08:00. Nobody is responsible for sanding before the club opens.",
            "Two near misses on ice in the yard have been reported earlier this winter. Both were closed in the deviation system without any action.",
            "The staff have no ice grips to borrow, and there is no grit box at the entrance to the pavilion.",
            "Lene was wearing winter shoes with a deep tread.",
            "The head teacher runs both the school and the after-school club and is responsible for internal control.",
            "It snowed lightly in the night, and the snow had been cleared from the entrance.",
            "A colleague took Lene to the emergency clinic, and the after-school manager was told the same morning.",
        ],
        "deviations": [
            {
                "title": "Nobody is responsible for sanding before the club opens",
                "requirement": "Walkways at the workplace must be safe; the employer must make sure ice is sanded before staff arrive and give someone that responsibility.",
                "legal_reference": "Workplace regulations § 2-24; internal control regulations § 5",
                "explanation": "Lene slips because the yard was not sanded: sanding only starts at 08:00 and nobody is responsible before the club opens at 07:15 (fact 4). The broken wrist is the event; the missing routine is the deviation.",
                "concepts": [
                    ("sanding", "sand, sanded, grit, gritting, salt, salting, ice"),
                    (
                        "responsibility",
                        "responsible, nobody responsible, assign, assigned",
                    ),
                    ("routine", "procedure, instruction, plan, winter maintenance"),
                ],
                "why_chain": [
                    ("ice", "icy, black ice, slippery, slipped"),
                    ("sanded", "sand, sanding, grit, gritted, salt"),
                    (
                        "responsible",
                        "responsibility, routine, plan, winter maintenance, risk assessment, nobody assigned",
                    ),
                ],
            },
            {
                "title": "Earlier near misses closed without action",
                "requirement": "Deviations must be corrected and prevented; a case must not be closed without action and evaluation.",
                "legal_reference": "Internal control regulations § 5 (2) no. 7",
                "explanation": "Two near misses on the same ice were closed without action (fact 5). The deviation system did not work as a warning before the accident.",
                "concepts": [
                    (
                        "near miss",
                        "near misses, earlier reports, reported before, warning",
                    ),
                    (
                        "closed without action",
                        "closed, not followed up, without action, no action, follow-up",
                    ),
                ],
            },
            {
                "title": "No ice grips or grit available",
                "requirement": "The employer must provide the equipment needed once the risk is known.",
                "legal_reference": "Working Environment Act § 4-4",
                "explanation": "With no grit at the entrance and no ice grips to borrow (fact 6), staff could not protect themselves before the caretaker arrived.",
                "concepts": [
                    ("ice grips", "crampons, spikes, ice cleats, cleats"),
                    ("grit", "sand, grit box, gravel"),
                ],
            },
            {
                "title": "Lene wore good shoes",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Winter shoes with a deep tread (fact 7) are sensible; the shoes were not the cause. Blaming the person who fell is a common mistake.",
                "concepts": [],
            },
            {
                "title": "The snow had been cleared",
                "requirement": "",
                "legal_reference": "",
                "explanation": "The snow clearing (fact 9) was done. The problem was the ice underneath, which nobody sanded.",
                "concepts": [],
            },
        ],
        "report_explanation": "Lene was injured (fact 3), so it is an incident, not a near miss. A broken wrist means sick leave (medium, or high); a fall on ice could have caused a head injury (high).",
        "actions": [
            (
                "Sand the yard at once and cordon off the most slippery area.",
                [
                    ("sand", "sanding, grit, gritting"),
                    ("cordon off", "barrier, block off, close off"),
                ],
            ),
            (
                "Decide who sands before the club opens, e.g. the caretaker starts at 06:45 when it is icy.",
                [
                    ("responsibility", "responsible, assign, decide who"),
                    (
                        "before opening",
                        "earlier, before the club opens, 06:45, start early",
                    ),
                ],
            ),
            (
                "Review the closed near misses and require that no case is closed without action and evaluation.",
                [
                    ("near miss", "near misses, earlier reports"),
                    ("evaluation", "evaluate, follow-up, follow up"),
                ],
            ),
            (
                "Put a grit box with sand at the pavilion entrance.",
                [("grit box", "grit, sand, box")],
            ),
            (
                "Buy ice grips that staff can borrow.",
                [("ice grips", "crampons, spikes, cleats")],
            ),
            (
                "Include winter maintenance in the risk assessment and make an icy-conditions routine that follows the weather forecast.",
                [
                    ("risk assessment", "risk, assess, survey"),
                    ("weather forecast", "forecast, weather, warning"),
                ],
            ),
        ],
        "debrief": "The event is the fall and the broken wrist. The primary deviation is that nobody is responsible for sanding before the club opens (the employer's responsibility). Secondary deviations: earlier near misses were closed without action, and there were no ice grips or grit. The shoes and the snow clearing are not deviations. Sand and cordon off at once; assign the responsibility; follow up the reports; ice grips come in addition to sanding, not instead of it.",
    },
    "uk": {
        "title": "Слизьке шкільне подвір’я до відкриття SFO",
        "sector": "Школа та група продовженого дня (SFO)",
        "intro": "Класичний приклад Інспекції праці – у групі продовженого дня. Відокремте подію від відхилень, знайдіть причини й запропонуйте заходи, щоб це не повторилося.",
        "facts": [
            "Січневий ранок, мінус чотири градуси, за ніч дощ замерз на землі в лід.",
            "SFO відкривається о 07:15. Лене, яка там працює, іде через шкільне подвір’я, щоб відімкнути павільйон.",
            "О 07:20 Лене посковзнулася на ожеледі посеред подвір’я, впала й зламала зап’ястя.",
            "Двірник посипає подвір’я піском, коли починає роботу о 08:00. Ніхто не відповідає за посипання до відкриття SFO.",
            "Цієї зими вже двічі повідомляли про ситуації на льоду на подвір’ї, близькі до нещасного випадку. Обидва повідомлення закрили в системі відхилень без жодних заходів.",
            "Працівники не мають льодоступів, які можна взяти, а біля входу до павільйону немає ящика з піском.",
            "Лене була в зимовому взутті з глибоким протектором.",
            "Директор школи керує і школою, і SFO та відповідає за внутрішній контроль.",
            "Уночі йшов невеликий сніг, і його прибрали біля входу.",
            "Колега відвезла Лене до травмпункту, а керівника SFO повідомили того ж ранку.",
        ],
        "deviations": [
            {
                "title": "Ніхто не відповідає за посипання до відкриття SFO",
                "requirement": "Проходи на робочому місці мають бути безпечними; роботодавець повинен подбати, щоб лід посипали до приходу працівників, і призначити відповідального.",
                "legal_reference": "Arbeidsplassforskriften § 2-24; internkontrollforskriften § 5",
                "explanation": "Лене посковзнулася, бо подвір’я не було посипане: посипання починається лише о 08:00, а до відкриття SFO о 07:15 ніхто не відповідає (факт 4). Зламане зап’ястя – це подія; відсутній порядок – це відхилення.",
                "concepts": [
                    ("посипання", "посипати, посипане, пісок, сіль, лід, ожеледь"),
                    (
                        "відповідальність",
                        "відповідальний, ніхто не відповідає, призначити",
                    ),
                    ("порядок", "процедура, інструкція, план"),
                ],
                "why_chain": [
                    ("лід", "льоду, ожеледь, слизько, посковзнулася"),
                    ("посипаний", "посипати, посипання, пісок, піском"),
                    (
                        "відповідає",
                        "відповідальність, відповідальний, доручили, порядок, план, оцінка ризиків",
                    ),
                ],
            },
            {
                "title": "Попередні ситуації, близькі до нещасного випадку, закрили без заходів",
                "requirement": "Відхилення треба виправляти й запобігати їм; справу не можна закривати без заходів і оцінки.",
                "legal_reference": "Internkontrollforskriften § 5, ч. 2, п. 7",
                "explanation": "Два повідомлення про ситуації на тому ж льоду, близькі до нещасного випадку, закрили без заходів (факт 5). Система відхилень не спрацювала як попередження.",
                "concepts": [
                    (
                        "майже нещасний випадок",
                        "близька до нещасного, майже нещасний, попередні випадки, повідомляли, попередження",
                    ),
                    (
                        "закрили без заходів",
                        "закрили, без заходів, не виконали, не опрацювали",
                    ),
                ],
            },
            {
                "title": "Немає льодоступів і піску",
                "requirement": "Роботодавець має надати потрібне обладнання, коли ризик відомий.",
                "legal_reference": "Arbeidsmiljøloven § 4-4",
                "explanation": "Без піску біля входу і без льодоступів (факт 6) працівники не могли захистити себе до приходу двірника.",
                "concepts": [
                    ("льодоступи", "льодоступ, шипи, протиковзні накладки"),
                    ("пісок", "ящик з піском, посипка"),
                ],
            },
            {
                "title": "Лене мала добре взуття",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Зимове взуття з глибоким протектором (факт 7) – розумний вибір; не воно було причиною. Звинувачувати того, хто впав, – поширена помилка.",
                "concepts": [],
            },
            {
                "title": "Сніг прибрали",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Сніг прибрали (факт 9). Проблемою був лід під ним, який ніхто не посипав.",
                "concepts": [],
            },
        ],
        "report_explanation": "Лене травмувалася (факт 3), тож це інцидент (hendelse), а не ситуація, близька до нещасного випадку (nestenulykke). Зламане зап’ястя означає лікарняний (середня або висока тяжкість); падіння на льоду могло спричинити травму голови (висока).",
        "actions": [
            (
                "Негайно посипати подвір’я й огородити найслизькіше місце.",
                [
                    ("посипати", "посипання, пісок, сіль"),
                    ("огородити", "огородження, закрити"),
                ],
            ),
            (
                "Визначити, хто посипає до відкриття SFO, напр. двірник починає о 06:45 в ожеледь.",
                [
                    ("відповідальність", "відповідальний, призначити, визначити"),
                    ("до відкриття", "раніше, 06:45, до відкриття"),
                ],
            ),
            (
                "Переглянути закриті повідомлення про ситуації, близькі до нещасного випадку, й запровадити правило: справу не закривають без заходів і оцінки.",
                [
                    (
                        "майже нещасний випадок",
                        "близька до нещасного, попередні випадки, попередні повідомлення",
                    ),
                    ("оцінка", "оцінити, перевірка"),
                ],
            ),
            (
                "Поставити ящик з піском біля входу до павільйону.",
                [("ящик з піском", "пісок, ящик")],
            ),
            (
                "Купити льодоступи, які працівники можуть брати.",
                [("льодоступи", "шипи")],
            ),
            (
                "Внести зимове утримання в оцінку ризиків і скласти порядок на ожеледь за прогнозом погоди.",
                [
                    ("оцінка ризиків", "ризик, оцінка"),
                    ("прогноз погоди", "прогноз, погода"),
                ],
            ),
        ],
        "debrief": "Подія – падіння і зламане зап’ястя. Первинне відхилення: ніхто не відповідає за посипання до відкриття SFO (відповідальність роботодавця). Вторинні: попередні повідомлення про ситуації, близькі до нещасного випадку, закрили без заходів; немає льодоступів і піску. Взуття та прибирання снігу – не відхилення.",
    },
}
