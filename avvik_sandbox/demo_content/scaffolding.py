"""The canonical exercise (DOMAIN.md): a spanner falls from a scaffold."""

SCAFFOLDING = {
    "key": "scaffolding",
    "slug": "fastnokkel-faller-fra-stillas",
    "category": "fallende",
    "minutes": 30,
    "pass_threshold": 60,
    "event_facts": "4",
    "deviations": [
        {"kind": "primary", "facts": "3", "responsible": "employer", "mto": "O"},
        {"kind": "secondary", "facts": "2, 5, 6", "responsible": "manager", "mto": "T"},
        {"kind": "distractor", "facts": "8", "responsible": "", "mto": ""},
        {"kind": "distractor", "facts": "9", "responsible": "", "mto": ""},
    ],
    "report": {
        "report_type": "nestenulykke",
        "accepted_types": [],
        "category": "fallende",
        "accepted_categories": ["maskiner"],
        "severity_actual": "lav",
        "accepted_actual": [],
        "severity_potential": "hoy",
        "accepted_potential": [],
    },
    "actions": [
        {"action_type": "immediate", "control_level": "collective", "deviation": 2},
        {"action_type": "immediate", "control_level": "organisational", "deviation": 1},
        {"action_type": "corrective", "control_level": "collective", "deviation": 1},
        {
            "action_type": "corrective",
            "control_level": "organisational",
            "deviation": 2,
        },
        {
            "action_type": "preventive",
            "control_level": "organisational",
            "deviation": 1,
        },
        {"action_type": "preventive", "control_level": "collective", "deviation": 2},
    ],
    "nb": {
        "title": "Fastnøkkel faller fra stillaset",
        "sector": "Bygg og anlegg",
        "intro": "Les scenarioet. Finn hendelsen og avvikene, analyser årsakene og skriv en avviksmelding med tiltak – slik du ville gjort det i bedriftens avvikssystem.",
        "facts": [
            "En tirsdag formiddag arbeider Piotr, ansatt i et fasadefirma, i fjerde etasje på et stillas langs et boligbygg som rehabiliteres.",
            "For å komme til festeboltene inntil veggen har han tatt av sparkebrettet på den innerste planken.",
            "Ingen av arbeiderne på stillaset har fått utdelt sikringswire til verktøyet, og firmaet har ingen rutine for å sikre verktøy ved arbeid i høyden.",
            "En fastnøkkel glipper ut av hånden hans, faller gjennom glipen mellom stillaset og veggen og spretter ned gjennom flere etasjer til bakken.",
            "Det er verken sikkerhetsnett eller tett dekke mellom etasjene på stillaset.",
            "Da Piotr var ferdig ved veggen, ble sparkebrettet ikke satt tilbake.",
            "Ingen ble truffet. En beboer gikk inn porten om lag ti meter unna like før.",
            "Stillaset er montert av et godkjent stillasfirma, og stillaskortet ble kontrollert og signert samme morgen.",
            "Piotr brukte hjelm og vernesko og har tre års erfaring og gjennomført stillaskurs.",
            "Formannen stanset arbeidet i tjue minutter og hentet nøkkelen fra bakken.",
        ],
        "deviations": [
            {
                "title": "Verktøy ble ikke sikret mot fall: ingen sikringswire og ingen rutine for sikring av verktøy i høyden",
                "requirement": "Ved arbeid i høyden skal verktøy og materiell sikres mot å falle ned. Arbeidsgiver skal skaffe utstyret, ha en rutine og sørge for at den følges.",
                "legal_reference": "Forskrift om utførelse av arbeid kap. 17; internkontrollforskriften § 5",
                "explanation": "Den direkte årsaken til at nøkkelen kunne falle, er at verktøyet ikke var sikret. Enten fulgte ikke arbeideren instruksen, eller så hadde arbeidsgiver ikke skaffet utstyret – her mangler både utstyr og rutine (faktum 3).",
                "concepts": [
                    (
                        "sikringswire",
                        "vaier, verktøyline, verktøysikring, sikringsline, verktøystropp, lanyard, sikre verktøy, sikret verktøy, sikring av verktøy, feste verktøy",
                    ),
                    ("rutine", "prosedyre, instruks, retningslinje, krav"),
                    (
                        "arbeidsgiver",
                        "firmaet, bedriften, ledelsen, arbeidsgiveren, utstyr",
                    ),
                ],
                "why_chain": [
                    (
                        "ikke sikret",
                        "ikke festet, ikke sikra, løst, glapp, festet, sikret, sikre",
                    ),
                    (
                        "sikringswire",
                        "wire, vaier, verktøyline, sikringsline, lanyard, utstyr, kjøpt inn, delt ut",
                    ),
                    (
                        "rutine",
                        "risikovurdering, prosedyre, instruks, planlegging, opplæring, SJA, ledelsen, ingen krav",
                    ),
                ],
            },
            {
                "title": "For dårlig vern mot fallende gjenstander: sparkebrettet ikke satt tilbake og ingen sikkerhetsnett",
                "requirement": "Stillaset skal ha vern mot fallende gjenstander (sparkebrett/fotlist, nett eller tett dekke); vern som tas bort for et arbeid, skal settes tilbake.",
                "legal_reference": "Forskrift om utførelse av arbeid kap. 17",
                "explanation": "Nøkkelen kunne falle helt til bakken fordi sparkebrettet var tatt bort og ikke satt tilbake (faktum 2 og 6), og fordi det ikke var nett eller tett dekke mellom etasjene (faktum 5).",
                "concepts": [
                    ("sparkebrett", "fotlist, fotbrett, kantlist, sparkelist"),
                    ("sikkerhetsnett", "nett, fangnett, tett dekke, dekke"),
                    (
                        "fallende gjenstander",
                        "gjenstander, falle ned, fallende, ting som faller",
                    ),
                ],
            },
            {
                "title": "Stillaset var kontrollert og godkjent",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Stillaset var montert av et godkjent firma og kontrollert samme morgen (faktum 8). Det er i orden og ikke et avvik.",
                "concepts": [],
            },
            {
                "title": "Arbeideren var kvalifisert og brukte verneutstyr",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Hjelm, vernesko, erfaring og stillaskurs (faktum 9) er i orden. Avviket ligger i manglende sikring av verktøy, ikke i arbeiderens kompetanse.",
                "concepts": [],
            },
        ],
        "report_explanation": "Ingen ble skadet (faktum 7), men en nøkkel som faller fire etasjer kan drepe. Det er derfor en nestenulykke med lav faktisk og høy potensiell alvorlighet.",
        "actions": [
            (
                "Sette sparkebrettet tilbake og sperre av området under stillaset før arbeidet fortsetter.",
                [
                    ("sparkebrett", "fotlist, fotbrett"),
                    ("sperre av", "avsperring, sperre, sikre området, stenge"),
                ],
            ),
            (
                "Stanse arbeid i høyden til verktøyet kan sikres.",
                [("stanse arbeidet", "stanse, stans, stopp, stoppe")],
            ),
            (
                "Dele ut sikringswire til alt håndverktøy og kreve at den brukes.",
                [
                    (
                        "sikringswire",
                        "vaier, verktøyline, verktøysikring, sikringsline, verktøystropp, lanyard",
                    )
                ],
            ),
            (
                "Kontrollere stillaset før hver arbeidsdag: sparkebrett og dekke på plass.",
                [("kontroll", "kontrollere, inspeksjon, sjekk, sjekkliste")],
            ),
            (
                "Lage en rutine for sikring av verktøy i høyden, gi opplæring og gjennomføre SJA før arbeid i høyden.",
                [
                    ("rutine", "prosedyre, instruks"),
                    ("opplæring", "kurs, opplære, instruere, instruksjon"),
                    ("SJA", "sikker jobbanalyse, jobbanalyse"),
                ],
            ),
            (
                "Montere sikkerhetsnett eller tett dekke mellom etasjene på stillaset.",
                [("sikkerhetsnett", "nett, fangnett, tett dekke")],
            ),
        ],
        "debrief": "Hendelsen er at nøkkelen falt. Primæravviket er at verktøyet ikke var sikret: ingen sikringswire og ingen rutine (arbeidsgivers ansvar). Sekundæravviket er for dårlig vern mot fallende gjenstander: sparkebrettet ble ikke satt tilbake, og det var ikke nett mellom etasjene. En god melding nevner begge, for eksempel: «Avvik som følge av manglende rutiner for sikring av verktøy i høyden; arbeider manglet sikringswire, og sparkebrett ble ikke satt tilbake etter arbeid ved vegg.»",
    },
    "nn": {
        "title": "Fastnøkkel fell frå stillaset",
        "sector": "Bygg og anlegg",
        "intro": "Les scenarioet. Finn hendinga og avvika, analyser årsakene og skriv ei avviksmelding med tiltak – slik du ville gjort det i avvikssystemet til verksemda.",
        "facts": [
            "Ein tysdag føremiddag arbeider Piotr, tilsett i eit fasadefirma, i fjerde etasje på eit stillas langs ein bustadblokk som blir rehabilitert.",
            "For å kome til festeboltane inntil veggen har han teke av sparkebrettet på den inste planken.",
            "Ingen av arbeidarane på stillaset har fått utdelt sikringswire til verktøyet, og firmaet har inga rutine for å sikre verktøy ved arbeid i høgda.",
            "Ein fastnøkkel glepp ut av handa hans, fell gjennom glipa mellom stillaset og veggen og sprett ned gjennom fleire etasjar til bakken.",
            "Det er verken tryggleiksnett eller tett dekke mellom etasjane på stillaset.",
            "Då Piotr var ferdig ved veggen, vart sparkebrettet ikkje sett tilbake.",
            "Ingen vart treft. Ein bebuar gjekk inn porten om lag ti meter unna like før.",
            "Stillaset er montert av eit godkjent stillasfirma, og stillaskortet vart kontrollert og signert same morgon.",
            "Piotr brukte hjelm og vernesko og har tre års erfaring og gjennomført stillaskurs.",
            "Formannen stansa arbeidet i tjue minutt og henta nøkkelen frå bakken.",
        ],
        "deviations": [
            {
                "title": "Verktøy vart ikkje sikra mot fall: ingen sikringswire og inga rutine for sikring av verktøy i høgda",
                "requirement": "Ved arbeid i høgda skal verktøy og materiell sikrast mot å falle ned. Arbeidsgjevaren skal skaffe utstyret, ha ei rutine og sørgje for at ho blir følgd.",
                "legal_reference": "Forskrift om utførelse av arbeid kap. 17; internkontrollforskrifta § 5",
                "explanation": "Den direkte årsaka til at nøkkelen kunne falle, er at verktøyet ikkje var sikra. Anten følgde ikkje arbeidaren instruksen, eller så hadde ikkje arbeidsgjevaren skaffa utstyret – her manglar både utstyr og rutine (faktum 3).",
                "concepts": [
                    (
                        "sikringswire",
                        "vaier, verktøyline, verktøysikring, sikringsline, verktøystropp, lanyard, sikre verktøy, sikra verktøy, sikring av verktøy, feste verktøy",
                    ),
                    ("rutine", "prosedyre, instruks, retningsline, krav"),
                    (
                        "arbeidsgjevar",
                        "arbeidsgjevaren, arbeidsgivar, firmaet, verksemda, leiinga, utstyr",
                    ),
                ],
                "why_chain": [
                    (
                        "ikkje sikra",
                        "ikkje festa, ikke sikret, laust, glapp, festa, sikra, sikre",
                    ),
                    (
                        "sikringswire",
                        "wire, vaier, verktøyline, sikringsline, lanyard, utstyr, kjøpt inn, delt ut",
                    ),
                    (
                        "rutine",
                        "risikovurdering, prosedyre, instruks, planlegging, opplæring, SJA, leiinga, ingen krav",
                    ),
                ],
            },
            {
                "title": "For dårleg vern mot fallande gjenstandar: sparkebrettet ikkje sett tilbake og ikkje tryggleiksnett",
                "requirement": "Stillaset skal ha vern mot fallande gjenstandar (sparkebrett/fotlist, nett eller tett dekke); vern som blir teke bort for eit arbeid, skal setjast tilbake.",
                "legal_reference": "Forskrift om utførelse av arbeid kap. 17",
                "explanation": "Nøkkelen kunne falle heilt til bakken fordi sparkebrettet var teke bort og ikkje sett tilbake (faktum 2 og 6), og fordi det ikkje var nett eller tett dekke mellom etasjane (faktum 5).",
                "concepts": [
                    ("sparkebrett", "fotlist, fotbrett, kantlist, sparkelist"),
                    (
                        "tryggleiksnett",
                        "sikkerheitsnett, sikkerhetsnett, nett, fangnett, tett dekke, dekke",
                    ),
                    (
                        "fallande gjenstandar",
                        "gjenstandar, gjenstander, falle ned, fallande, fallende, ting som fell",
                    ),
                ],
            },
            {
                "title": "Stillaset var kontrollert og godkjent",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Stillaset var montert av eit godkjent firma og kontrollert same morgon (faktum 8). Det er i orden og ikkje eit avvik.",
                "concepts": [],
            },
            {
                "title": "Arbeidaren var kvalifisert og brukte verneutstyr",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Hjelm, vernesko, erfaring og stillaskurs (faktum 9) er i orden. Avviket ligg i manglande sikring av verktøy, ikkje i kompetansen til arbeidaren.",
                "concepts": [],
            },
        ],
        "report_explanation": "Ingen vart skadde (faktum 7), men ein nøkkel som fell fire etasjar, kan drepe. Det er difor ei nestenulukke med låg faktisk og høg potensiell alvorsgrad.",
        "actions": [
            (
                "Setje sparkebrettet tilbake og sperre av området under stillaset før arbeidet held fram.",
                [
                    ("sparkebrett", "fotlist, fotbrett"),
                    ("sperre av", "avsperring, sperre, sikre området, stengje"),
                ],
            ),
            (
                "Stanse arbeid i høgda til verktøyet kan sikrast.",
                [("stanse arbeidet", "stanse, stans, stopp, stoppe")],
            ),
            (
                "Dele ut sikringswire til alt handverktøy og krevje at han blir brukt.",
                [
                    (
                        "sikringswire",
                        "vaier, verktøyline, verktøysikring, sikringsline, verktøystropp, lanyard",
                    )
                ],
            ),
            (
                "Kontrollere stillaset før kvar arbeidsdag: sparkebrett og dekke på plass.",
                [("kontroll", "kontrollere, inspeksjon, sjekk, sjekkliste")],
            ),
            (
                "Lage ei rutine for sikring av verktøy i høgda, gje opplæring og gjennomføre SJA før arbeid i høgda.",
                [
                    ("rutine", "prosedyre, instruks"),
                    ("opplæring", "kurs, lære opp, instruere, instruksjon"),
                    ("SJA", "sikker jobbanalyse, jobbanalyse"),
                ],
            ),
            (
                "Montere tryggleiksnett eller tett dekke mellom etasjane på stillaset.",
                [("tryggleiksnett", "sikkerheitsnett, nett, fangnett, tett dekke")],
            ),
        ],
        "debrief": "Hendinga er at nøkkelen fall. Primæravviket er at verktøyet ikkje var sikra: ingen sikringswire og inga rutine (arbeidsgjevaren sitt ansvar). Sekundæravviket er for dårleg vern mot fallande gjenstandar: sparkebrettet vart ikkje sett tilbake, og det var ikkje nett mellom etasjane. Ei god melding nemner begge, til dømes: «Avvik som følgje av manglande rutinar for sikring av verktøy i høgda; arbeidaren mangla sikringswire, og sparkebrettet vart ikkje sett tilbake etter arbeid ved veggen.»",
    },
    "en": {
        "title": "Spanner falls from the scaffold",
        "sector": "Construction",
        "intro": "Read the scenario. Find the event and the deviations, analyse the causes and write a deviation report with actions – as you would in the company's deviation system.",
        "facts": [
            "One Tuesday morning Piotr, who works for a facade company, is working on the fourth level of a scaffold along a block of flats under renovation.",
            "To reach the anchor bolts next to the wall he has taken off the toe board on the innermost plank.",
            "None of the workers on the scaffold have been given tool lanyards, and the company has no routine for securing tools when working at height.",
            "A spanner slips out of his hand, falls through the gap between the scaffold and the wall and bounces down several levels to the ground.",
            "There is no safety net or closed decking between the levels of the scaffold.",
            "When Piotr had finished at the wall, the toe board was not put back.",
            "Nobody was hit. A resident had walked in through the gate about ten metres away just before.",
            "The scaffold was erected by an approved scaffolding company, and the scaffold tag was checked and signed the same morning.",
            "Piotr wore a helmet and safety boots, has three years' experience and has completed scaffold training.",
            "The foreman stopped the work for twenty minutes and fetched the spanner from the ground.",
        ],
        "deviations": [
            {
                "title": "Tools not secured against falling: no tool lanyards and no routine for securing tools at height",
                "requirement": "When working at height, tools and materials must be secured against falling. The employer must provide the equipment, have a routine and make sure it is followed.",
                "legal_reference": "Regulations on the performance of work, ch. 17; internal control regulations § 5",
                "explanation": "The direct reason the spanner could fall is that the tool was not secured. Either the worker did not follow the instruction or the employer did not provide the equipment – here both the equipment and the routine are missing (fact 3).",
                "concepts": [
                    (
                        "tool lanyard",
                        "lanyard, tool tether, tether, securing wire, secure tools, tools secured, tool securing",
                    ),
                    ("routine", "procedure, instruction, rule, requirement"),
                    ("employer", "company, management, equipment, provide"),
                ],
                "why_chain": [
                    (
                        "not secured",
                        "not attached, not tied, loose, slipped, attached, secured, tethered",
                    ),
                    (
                        "lanyard",
                        "tool lanyard, tether, securing wire, equipment, provided, handed out",
                    ),
                    (
                        "routine",
                        "risk assessment, procedure, instruction, planning, training, job safety analysis, management",
                    ),
                ],
            },
            {
                "title": "Poor protection against falling objects: toe board not put back and no safety net",
                "requirement": "The scaffold must protect against falling objects (toe boards, nets or closed decking); protection removed for a task must be put back.",
                "legal_reference": "Regulations on the performance of work, ch. 17",
                "explanation": "The spanner could fall all the way to the ground because the toe board had been removed and not put back (facts 2 and 6) and there was no net or decking between the levels (fact 5).",
                "concepts": [
                    ("toe board", "toeboard, kick board, kickboard, edge board"),
                    ("safety net", "net, netting, debris net, decking"),
                    ("falling objects", "objects, falling, dropped objects, fall down"),
                ],
            },
            {
                "title": "The scaffold was inspected and approved",
                "requirement": "",
                "legal_reference": "",
                "explanation": "The scaffold was erected by an approved company and checked that morning (fact 8). That is in order and not a deviation.",
                "concepts": [],
            },
            {
                "title": "The worker was qualified and wore protective equipment",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Helmet, boots, experience and scaffold training (fact 9) are in order. The deviation is the missing tool securing, not the worker's competence.",
                "concepts": [],
            },
        ],
        "report_explanation": "Nobody was hurt (fact 7), but a spanner falling four levels can kill. So it is a near miss with low actual and high potential severity.",
        "actions": [
            (
                "Put the toe board back and cordon off the area below the scaffold before work continues.",
                [
                    ("toe board", "toeboard, kick board"),
                    ("cordon off", "barrier, block off, close off, secure the area"),
                ],
            ),
            (
                "Stop work at height until tools can be secured.",
                [("stop work", "stop, halt, suspend")],
            ),
            (
                "Issue tool lanyards for all hand tools and require their use.",
                [("tool lanyard", "lanyard, tether, securing wire")],
            ),
            (
                "Check the scaffold before each working day: toe boards and decking in place.",
                [("inspection", "inspect, check, checklist")],
            ),
            (
                "Write a routine for securing tools at height, train the workers and do a job safety analysis before work at height.",
                [
                    ("routine", "procedure, instruction"),
                    ("training", "train, course, instruct"),
                    ("job safety analysis", "JSA, SJA, risk assessment"),
                ],
            ),
            (
                "Install safety nets or closed decking between the scaffold levels.",
                [("safety net", "net, netting, decking")],
            ),
        ],
        "debrief": "The event is that the spanner fell. The primary deviation is that the tool was not secured: no lanyard and no routine (the employer's responsibility). The secondary deviation is poor protection against falling objects: the toe board was not put back and there was no net between the levels. A good report names both, e.g. “Deviation due to missing routines for securing tools at height; the worker lacked a tool lanyard and the toe board was not put back after work at the wall.”",
    },
    "uk": {
        "title": "Ключ падає з риштування",
        "sector": "Будівництво",
        "intro": "Прочитайте сценарій. Знайдіть подію та відхилення, проаналізуйте причини й напишіть повідомлення про відхилення із заходами – так, як ви зробили б це в системі відхилень підприємства.",
        "facts": [
            "У вівторок уранці Пйотр, працівник фасадної фірми, працює на четвертому ярусі риштування вздовж житлового будинку, який ремонтують.",
            "Щоб дістатися до кріпильних болтів біля стіни, він зняв бортову дошку з внутрішньої дошки настилу.",
            "Жодному з працівників на риштуванні не видали страхувального троса для інструментів, і у фірми немає порядку кріплення інструментів під час роботи на висоті.",
            "Гайковий ключ вислизає з його руки, падає крізь щілину між риштуванням і стіною та відскакує вниз через кілька ярусів до землі.",
            "Між ярусами риштування немає ні захисної сітки, ні суцільного настилу.",
            "Коли Пйотр закінчив роботу біля стіни, бортову дошку не поставили на місце.",
            "Ніхто не постраждав. Мешканець щойно перед цим пройшов у ворота приблизно за десять метрів.",
            "Риштування змонтувала атестована фірма, а картку риштування перевірили й підписали того ж ранку.",
            "Пйотр був у касці та захисному взутті, має три роки досвіду й пройшов курс роботи на риштуванні.",
            "Бригадир зупинив роботу на двадцять хвилин і приніс ключ із землі.",
        ],
        "deviations": [
            {
                "title": "Інструмент не був закріплений від падіння: немає страхувального троса й немає порядку кріплення інструментів на висоті",
                "requirement": "Під час роботи на висоті інструменти й матеріали треба закріплювати від падіння. Роботодавець має забезпечити обладнання, мати порядок (процедуру) і стежити за його виконанням.",
                "legal_reference": "Forskrift om utførelse av arbeid, розд. 17; internkontrollforskriften § 5",
                "explanation": "Безпосередня причина, через яку ключ міг упасти, – інструмент не був закріплений. Або працівник не виконав інструкцію, або роботодавець не забезпечив обладнання – тут немає ні обладнання, ні порядку (факт 3).",
                "concepts": [
                    (
                        "страхувальний трос",
                        "трос, страховка, страхувальний шнур, кріплення інструменту, закріпити інструмент, прив’язати інструмент",
                    ),
                    ("порядок", "процедура, інструкція, правило, вимога"),
                    ("роботодавець", "фірма, підприємство, керівництво, обладнання"),
                ],
                "why_chain": [
                    (
                        "не закріплений",
                        "не прикріплений, вислизнув, закріпити, прикріплений, кріплення",
                    ),
                    (
                        "трос",
                        "страхувальний трос, страховка, обладнання, закупила, видали",
                    ),
                    (
                        "порядок",
                        "оцінка ризиків, процедура, інструкція, планування, навчання, керівництво",
                    ),
                ],
            },
            {
                "title": "Недостатній захист від падіння предметів: бортову дошку не повернули, немає захисної сітки",
                "requirement": "Риштування повинно мати захист від падіння предметів (бортові дошки, сітки або суцільний настил); захист, знятий для роботи, треба повернути на місце.",
                "legal_reference": "Forskrift om utførelse av arbeid, розд. 17",
                "explanation": "Ключ міг долетіти до землі, бо бортову дошку зняли й не повернули (факти 2 і 6), а між ярусами не було сітки чи настилу (факт 5).",
                "concepts": [
                    ("бортова дошка", "бортик, бортова, дошка, відбійна дошка"),
                    ("захисна сітка", "сітка, сітки, настил"),
                    ("падіння предметів", "предмети, падіння, падають, впасти"),
                ],
            },
            {
                "title": "Риштування було перевірене й допущене",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Риштування змонтувала атестована фірма, його перевірили того ранку (факт 8). Це в порядку і не є відхиленням.",
                "concepts": [],
            },
            {
                "title": "Працівник був кваліфікований і мав засоби захисту",
                "requirement": "",
                "legal_reference": "",
                "explanation": "Каска, взуття, досвід і курс (факт 9) – усе в порядку. Відхилення – у відсутності кріплення інструментів, а не в компетентності працівника.",
                "concepts": [],
            },
        ],
        "report_explanation": "Ніхто не постраждав (факт 7), але ключ, що падає з четвертого ярусу, може вбити. Тому це ситуація, близька до нещасного випадку (nestenulykke), з низькою фактичною і високою потенційною тяжкістю.",
        "actions": [
            (
                "Поставити бортову дошку на місце й огородити зону під риштуванням, перш ніж продовжити роботу.",
                [
                    ("бортова дошка", "бортик, дошка"),
                    ("огородити", "огородження, перекрити, закрити зону"),
                ],
            ),
            (
                "Зупинити роботу на висоті, доки інструменти не можна буде закріпити.",
                [("зупинити роботу", "зупинити, зупинка, припинити")],
            ),
            (
                "Видати страхувальні троси для всіх ручних інструментів і вимагати їх використання.",
                [("страхувальний трос", "трос, страховка, шнур")],
            ),
            (
                "Перевіряти риштування перед кожним робочим днем: бортові дошки й настил на місці.",
                [("перевірка", "перевіряти, огляд, контроль")],
            ),
            (
                "Скласти порядок кріплення інструментів на висоті, провести навчання та SJA перед роботою на висоті.",
                [
                    ("порядок", "процедура, інструкція"),
                    ("навчання", "навчити, інструктаж, курс"),
                    ("SJA", "аналіз безпеки робіт, аналіз роботи"),
                ],
            ),
            (
                "Встановити захисні сітки або суцільний настил між ярусами риштування.",
                [("захисна сітка", "сітка, настил")],
            ),
        ],
        "debrief": "Подія – ключ упав. Первинне відхилення – інструмент не був закріплений: немає страхувального троса й немає порядку (відповідальність роботодавця). Вторинне відхилення – недостатній захист від падіння предметів: бортову дошку не повернули, між ярусами немає сітки. Добре повідомлення називає обидва.",
    },
}
