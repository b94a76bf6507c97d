"""Demo course: HMS for ledere (AML § 3-5). Bokmål and nynorsk.

Pure data. The nynorsk version is a full translation of the bokmål version:
same lessons, same block order, same quiz shapes and correct answers.
"""

_NB = {
    "title": "HMS for ledere",
    "summary": (
        "Kurset gir daglig leder og andre ledere den HMS-opplæringen arbeidsmiljøloven § 3-5 krever. "
        "Du lærer hvordan ansvar og roller er fordelt, hvordan internkontroll og risikovurdering "
        "fungerer i praksis, og hvordan du håndterer avvik og varsler alvorlige skader."
    ),
    "learning_outcomes": [
        "Forklare arbeidsgiverens ansvar og hvilke roller ledere, verneombud, AMU og BHT har.",
        "Beskrive de åtte punktene i internkontrollforskriften § 5 og hva som skal være skriftlig.",
        "Gjennomføre kartlegging og risikovurdering og lage en handlingsplan med ansvar og frister.",
        "Velge tiltak i riktig rekkefølge, med personlig verneutstyr som siste utvei.",
        "Skille mellom hendelse og avvik og lede en avvikssak fram til lukket sak med effektevaluering.",
        "Vite når og hvordan alvorlige arbeidsulykker skal varsles til Arbeidstilsynet og politiet.",
    ],
    "topics": [
        "Arbeidsgiverens ansvar (AML § 2-1 og § 3-5)",
        "Roller: verneombud, AMU og BHT",
        "Internkontroll (internkontrollforskriften § 5)",
        "Kartlegging og risikovurdering",
        "Handlingsplan og tiltakshierarki",
        "Avvikshåndtering og årsaksanalyse",
        "Varsling av alvorlige ulykker (AML § 5-2)",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "ansvar-og-roller",
            "title": "Ansvar og roller i HMS-arbeidet",
            "minutes": 30,
            "body": [
                ("heading", "Arbeidsgiveren har ansvaret"),
                (
                    "paragraph",
                    "<p>Arbeidsmiljøloven (AML) bygger på en enkel regel: Den som leder virksomheten, har ansvaret "
                    "for at arbeidsmiljøet er fullt forsvarlig. Det står i AML § 2-1. Regelen gjelder uansett "
                    "størrelse. Den gjelder for en snekkerbedrift med fire ansatte og for en kommune med flere "
                    "tusen.</p>"
                    "<p>Som leder kan du fordele oppgaver. Du kan for eksempel be en avdelingsleder gå vernerunder "
                    "eller gi en HMS-koordinator ansvar for avviksrutinen. Men du kan ikke gi bort det overordnede "
                    "ansvaret. Hvis noe går galt, spør Arbeidstilsynet hva virksomheten har gjort for å forebygge. "
                    "Da holder det ikke å si at det var en annen sin oppgave.</p>"
                    "<p>Når du fordeler oppgaver, må tre ting være klare: hvem som har oppgaven, hvilken myndighet "
                    "personen har (for eksempel til å kjøpe utstyr eller stoppe en jobb), og hvilke ressurser som "
                    "følger med. En anleggsleder som har fått ansvar for sikkerheten, men ikke har penger til "
                    "rekkverk, har i praksis ikke fått ansvaret.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-5",
                        "title": "Arbeidsgiverens plikt til HMS-opplæring",
                        "text": (
                            "Arbeidsgiveren skal selv gjennomgå opplæring i helse-, miljø- og sikkerhetsarbeid. "
                            "Plikten er personlig og kan ikke overlates til en annen. Det finnes ingen offentlig "
                            "godkjenning av slike kurs, men virksomheten må kunne dokumentere at opplæringen er "
                            "gjennomført, for eksempel med et kursbevis."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Mellomledere er ikke direkte omfattet av § 3-5. Men AML § 3-2 krever at de som leder eller "
                    "kontrollerer andres arbeid, har kompetansen som trengs for å se til at arbeidet gjøres trygt. "
                    "En bas på byggeplassen, en enhetsleder i hjemmetjenesten og en rektor trenger derfor også "
                    "HMS-kunnskap.</p>",
                ),
                ("heading", "Hvem gjør hva?"),
                (
                    "paragraph",
                    "<p>HMS-arbeid er et samarbeid. Loven gir flere aktører faste roller:</p>"
                    "<ul>"
                    "<li><b>Arbeidsgiveren</b> (øverste leder) har ansvaret for at lov og forskrifter følges, og for "
                    "at virksomheten har internkontroll.</li>"
                    "<li><b>Ledere på alle nivåer</b> følger opp HMS i sin enhet. De gir opplæring, behandler avvik "
                    "og sørger for at tiltak blir gjennomført.</li>"
                    "<li><b>Arbeidstakerne</b> har plikt til å medvirke (AML § 2-3). De skal bruke påbudt "
                    "verneutstyr, melde fra om feil og farer og avbryte arbeidet hvis det er fare for liv eller "
                    "helse.</li>"
                    "<li><b>Verneombudet</b> er valgt av de ansatte og ivaretar deres interesser i saker om "
                    "arbeidsmiljøet. Verneombudet kan stanse arbeid ved umiddelbar fare (AML § 6-3). Har "
                    "virksomheten flere verneombud, skal ett av dem være hovedverneombud.</li>"
                    "<li><b>Arbeidsmiljøutvalget (AMU)</b> har like mange representanter fra arbeidsgiver og "
                    "arbeidstakere. Virksomheter som jevnlig har minst 30 arbeidstakere, skal ha AMU.</li>"
                    "<li><b>Bedriftshelsetjenesten (BHT)</b> er en uavhengig faglig rådgiver for både ledelse og "
                    "ansatte. Virksomheten skal være knyttet til en godkjent BHT når risikoen tilsier det "
                    "(AML § 3-3). Blant annet bygg og anlegg og renhold har alltid denne plikten.</li>"
                    "<li><b>Arbeidstilsynet</b> fører tilsyn. Tilsynet kan gi pålegg med frist, ilegge tvangsmulkt "
                    "og overtredelsesgebyr og i alvorlige tilfeller stanse arbeid.</li>"
                    "</ul>",
                ),
                ("heading", "Et eksempel fra renhold"),
                (
                    "paragraph",
                    "<p>Et renholdsfirma har 45 ansatte fordelt på tolv kundeadresser. Daglig leder har tatt "
                    "HMS-kurs for ledere, og kursbeviset ligger i HMS-systemet. Tre områdeledere har ansvar for "
                    "HMS på sine adresser. De har fått myndighet til å kjøpe verneutstyr og til å stoppe oppdrag "
                    "der forholdene er farlige. De ansatte har valgt to verneombud og ett hovedverneombud. Firmaet "
                    "har AMU fordi det har mer enn 30 ansatte. BHT har kartlagt kjemikaliene og holder kurs i god "
                    "arbeidsteknikk.</p>"
                    "<p>En renholder får utslett på hendene av et nytt vaskemiddel. Alle vet hvor saken skal: "
                    "Renholderen melder fra til områdelederen og verneombudet. Områdelederen registrerer avviket "
                    "og ber BHT om råd. AMU tar saken opp i neste møte og vurderer om produktet skal byttes ut på "
                    "alle adresser. Slik virker rollene sammen.</p>",
                ),
                ("heading", "Medvirkning er et krav"),
                (
                    "paragraph",
                    "<p>Ledere tar ofte bedre beslutninger når de spør dem som gjør jobben. Loven krever dessuten "
                    "at arbeidstakerne og verneombudet blir tatt med i HMS-arbeidet. Planer om nye lokaler, ny "
                    "turnus eller nytt utstyr skal derfor drøftes med verneombudet tidlig, før beslutningen er "
                    "tatt. Et verneombud som først hører om endringen når flyttebilen kommer, har ikke fått "
                    "medvirke.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: ansvar og roller",
                        "questions": [
                            {
                                "text": "Daglig leder i et byggefirma har gitt HMS-oppgavene til prosjektlederen. "
                                "Hvem har fortsatt det overordnede ansvaret for arbeidsmiljøet?",
                                "kind": "single",
                                "explanation": "Oppgaver kan fordeles, men arbeidsgiverens ansvar etter AML § 2-1 "
                                "kan ikke gis bort.",
                                "options": [
                                    {
                                        "text": "Daglig leder, som arbeidsgiver",
                                        "correct": True,
                                        "feedback": "Riktig. Arbeidsgiveren har ansvaret selv om oppgavene er delegert.",
                                    },
                                    {
                                        "text": "Prosjektlederen alene",
                                        "correct": False,
                                        "feedback": "Nei. Prosjektlederen har fått oppgaver, men ansvaret blir "
                                        "værende hos arbeidsgiveren.",
                                    },
                                    {
                                        "text": "Verneombudet",
                                        "correct": False,
                                        "feedback": "Nei. Verneombudet representerer de ansatte og har ikke "
                                        "arbeidsgiverens ansvar.",
                                    },
                                    {
                                        "text": "Bedriftshelsetjenesten",
                                        "correct": False,
                                        "feedback": "Nei. BHT er en rådgiver. Den tar ikke over ansvaret.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke påstander om AML § 3-5 er riktige?",
                                "kind": "multiple",
                                "explanation": "Plikten er personlig for arbeidsgiveren, og opplæringen må kunne "
                                "dokumenteres. Det finnes ingen offentlig godkjenning av kursene.",
                                "options": [
                                    {
                                        "text": "Arbeidsgiveren må selv gjennomgå HMS-opplæring.",
                                        "correct": True,
                                        "feedback": "Riktig. Plikten gjelder arbeidsgiveren personlig.",
                                    },
                                    {
                                        "text": "Opplæringen må kunne dokumenteres, for eksempel med kursbevis.",
                                        "correct": True,
                                        "feedback": "Riktig. Arbeidstilsynet kan be om dokumentasjon ved tilsyn.",
                                    },
                                    {
                                        "text": "Kurset må være godkjent av Arbeidstilsynet.",
                                        "correct": False,
                                        "feedback": "Feil. Det finnes ingen statlig godkjenningsordning for slike kurs.",
                                    },
                                    {
                                        "text": "Plikten er oppfylt hvis verneombudet har tatt kurset.",
                                        "correct": False,
                                        "feedback": "Feil. Verneombudet har sin egen opplæring. Den erstatter ikke "
                                        "arbeidsgiverens.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke oppgaver eller rettigheter har verneombudet?",
                                "kind": "multiple",
                                "explanation": "Verneombudet ivaretar de ansattes interesser i arbeidsmiljøsaker og "
                                "kan stanse arbeid ved umiddelbar fare. Ansvaret blir hos arbeidsgiveren.",
                                "options": [
                                    {
                                        "text": "Ivareta arbeidstakernes interesser i saker om arbeidsmiljøet",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er hovedoppgaven til verneombudet.",
                                    },
                                    {
                                        "text": "Stanse arbeid ved umiddelbar fare for liv eller helse",
                                        "correct": True,
                                        "feedback": "Riktig. Det følger av AML § 6-3.",
                                    },
                                    {
                                        "text": "Ta over arbeidsgiverens ansvar for at loven følges",
                                        "correct": False,
                                        "feedback": "Feil. Verneombudet passer på, men ansvaret er arbeidsgiverens.",
                                    },
                                    {
                                        "text": "Forhandle lønn for de ansatte",
                                        "correct": False,
                                        "feedback": "Feil. Lønn er en sak for tillitsvalgte, ikke for verneombudet.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "internkontroll",
            "title": "Internkontroll: systematisk HMS-arbeid",
            "minutes": 30,
            "body": [
                ("heading", "Hva internkontroll betyr"),
                (
                    "paragraph",
                    "<p>Internkontroll er det samme som systematisk HMS-arbeid. Ordet kan minne om revisjon av "
                    "regnskap, men det handler om noe praktisk: Virksomheten planlegger, gjennomfører, følger opp "
                    "og forbedrer arbeidet med helse, miljø og sikkerhet. Kravet står i AML § 3-1 og er utdypet i "
                    "internkontrollforskriften.</p>"
                    "<p>Alle virksomheter med ansatte skal ha internkontroll. Omfanget skal passe til "
                    "virksomhetens art, aktiviteter, risiko og størrelse. En frisørsalong med tre ansatte trenger "
                    "ikke et system på hundre sider. Et stillasfirma med farlige arbeidsoperasjoner trenger mer enn "
                    "et lite kontor.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "Internkontrollforskriften § 5",
                        "title": "Hva internkontrollen skal inneholde",
                        "text": (
                            "Forskriften lister opp åtte punkter: tilgang til regelverket, kunnskap hos de ansatte, "
                            "medvirkning, mål for HMS, oversikt over organisasjon og ansvar, kartlegging og "
                            "risikovurdering med planer og tiltak, rutiner for å avdekke, rette opp og forebygge "
                            "brudd på regelverket, og jevnlig gjennomgang av hele internkontrollen. Punktene 4 til 8 "
                            "skal være dokumentert skriftlig."
                        ),
                    },
                ),
                ("heading", "De åtte punktene i praksis"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Regelverket er tilgjengelig.</b> Virksomheten vet hvilke lover og forskrifter som "
                    "gjelder, og kjenner de viktigste kravene. Et bakeri må kjenne reglene om melstøv og varme. En "
                    "barnehage må kjenne reglene om inneklima og tunge løft.</li>"
                    "<li><b>De ansatte har nok kunnskap.</b> Alle får opplæring i HMS-rutinene, også vikarer, "
                    "lærlinger og nyansatte. De får beskjed når noe endres.</li>"
                    "<li><b>De ansatte medvirker.</b> Erfaringen til dem som gjør jobben, blir brukt. Verneombudet "
                    "er med fra starten.</li>"
                    "<li><b>Det er satt mål for HMS.</b> Gode mål er konkrete, for eksempel: «Alle avvik skal ha "
                    "ansvarlig og frist innen én uke.»</li>"
                    "<li><b>Det er oversikt over organisasjonen.</b> Det går fram hvem som har ansvar, oppgaver og "
                    "myndighet i HMS-arbeidet.</li>"
                    "<li><b>Farer er kartlagt og risikoen vurdert.</b> Det finnes planer og tiltak for å redusere "
                    "risikoen.</li>"
                    "<li><b>Det finnes rutiner for avvik.</b> Virksomheten har rutiner for å avdekke, rette opp og "
                    "forebygge brudd på HMS-regelverket.</li>"
                    "<li><b>Systemet blir gjennomgått.</b> Ledelsen sjekker jevnlig, gjerne én gang i året, at "
                    "internkontrollen virker som planlagt.</li>"
                    "</ol>",
                ),
                ("heading", "Et system som brukes"),
                (
                    "paragraph",
                    "<p>Mange virksomheter har fine permer, men rutinene blir ikke brukt. En avviksrutine som de "
                    "ansatte ikke kjenner, oppfyller ikke kravet. Arbeidstilsynet spør derfor ofte de ansatte "
                    "direkte: Hvordan melder du et avvik? Hvem er verneombudet ditt? Hva skjedde med den siste "
                    "meldingen du sendte?</p>"
                    "<p>Tenk på internkontrollen som et hjul: planlegg, gjennomfør, kontroller og forbedre. Hver "
                    "runde skal gi et litt bedre arbeidsmiljø. Den årlige gjennomgangen (punkt 8) er stedet der "
                    "ledelsen ser tilbake. Nådde vi målene? Ble tiltakene gjennomført? Hva viser avvikene og "
                    "sykefraværet? Hva må vi endre til neste år?</p>",
                ),
                ("heading", "Eksempel: en barneskole"),
                (
                    "paragraph",
                    "<p>En barneskole med 40 ansatte opplever at ansatte blir slått og sparket av elever. Skolen "
                    "setter et mål: Alle slike hendelser skal meldes og følges opp. Rektor fordeler ansvaret. "
                    "Inspektøren har ansvar for avviksrutinen, og hver teamleder følger opp sitt trinn. Skolen "
                    "kartlegger hvilke situasjoner som gir vold, og vurderer risikoen sammen med verneombudet.</p>"
                    "<p>Tiltakene blir flere voksne ute i friminuttene, opplæring i å forebygge og håndtere "
                    "utagering og en fast samtale med den ansatte etter hver hendelse. Etter et halvt år ser "
                    "ledelsen på meldingene. Antallet har gått opp, men flere saker er lukket med god effekt. "
                    "Skolen tolker økningen som bedre meldekultur, ikke som mer vold, og justerer planen.</p>",
                ),
                ("heading", "Dokumentasjon"),
                (
                    "paragraph",
                    "<p>Punktene 4 til 8 skal være skriftlige: mål, ansvarsfordeling, risikovurderinger med planer, "
                    "avviksrutiner og den årlige gjennomgangen. Skriftlig betyr ikke papir. Et digitalt system er "
                    "like bra, så lenge de som trenger informasjonen, finner den. Hold dokumentasjonen kort og "
                    "konkret. Én side som blir brukt, er bedre enn en perm som ingen åpner.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "risikovurdering",
            "title": "Kartlegging, risikovurdering og handlingsplan",
            "minutes": 30,
            "body": [
                ("heading", "Fire steg som henger sammen"),
                (
                    "paragraph",
                    "<p>Risikovurdering er kjernen i internkontrollen (punkt 6) og et krav i AML § 3-1. Arbeidet "
                    "har fire steg: kartlegge, vurdere risiko, lage handlingsplan og følge opp. Hopper du over ett "
                    "steg, faller resten sammen.</p>",
                ),
                ("heading", "1. Kartlegg farer og problemer"),
                (
                    "paragraph",
                    "<p>Finn ut hva som kan skade helsen til de ansatte. Bruk flere kilder:</p>"
                    "<ul>"
                    "<li>vernerunder sammen med verneombudet</li>"
                    "<li>samtaler og medarbeiderundersøkelser</li>"
                    "<li>avviksmeldinger og nestenulykker</li>"
                    "<li>sykefravær og skader</li>"
                    "<li>målinger av støy, støv eller inneklima, gjerne med hjelp fra BHT</li>"
                    "<li>stoffkartotek og sikkerhetsdatablad for kjemikalier</li>"
                    "</ul>"
                    "<p>Arbeidsmiljø er mer enn fysiske farer. Arbeidsmengde, tidspress, konflikter, alenearbeid og "
                    "vold og trusler er også risiko. AML § 4-3 stiller krav til det psykososiale arbeidsmiljøet, "
                    "og § 3-1 krever at også organisatoriske forhold blir vurdert.</p>",
                ),
                ("heading", "2. Vurder risikoen"),
                (
                    "paragraph",
                    "<p>Risiko er en kombinasjon av to ting: hvor sannsynlig det er at noe skjer, og hvor alvorlig "
                    "konsekvensen kan bli. Mange bruker en skala fra 1 til 3 for begge og ganger tallene. Da får du "
                    "en risiko fra 1 til 9.</p>"
                    "<p>Et eksempel: Hjemmetjenesten vet at en bruker har truet ansatte flere ganger. "
                    "Sannsynligheten for en ny trussel er høy (3). Konsekvensen kan være alvorlig skade (3). "
                    "Risikoen blir 9, altså høy. Den må håndteres før neste besøk, ikke i neste budsjett.</p>"
                    "<p>Gjør vurderingen sammen med dem som kjenner arbeidet, og ta med verneombudet. Skriv ned "
                    "hvorfor dere valgte tallene. Da kan andre forstå vurderingen senere.</p>",
                ),
                ("heading", "3. Velg tiltak i riktig rekkefølge"),
                (
                    "paragraph",
                    "<p>Tiltak skal velges etter en fast prioritering. Det beste er å fjerne faren. Personlig "
                    "verneutstyr kommer sist, fordi det bare virker når det brukes riktig hver gang.</p>"
                    "<ol>"
                    "<li><b>Fjern faren.</b> Monter lampene på bakken og heis dem opp, i stedet for å jobbe på "
                    "stige.</li>"
                    "<li><b>Bytt ut.</b> Erstatt et helsefarlig kjemikalie med et mindre farlig.</li>"
                    "<li><b>Tekniske og kollektive tiltak.</b> Rekkverk på takkanten, avsug over sveiseplassen, "
                    "støydemping på maskinen.</li>"
                    "<li><b>Organisatoriske tiltak.</b> Bemanning, rutiner, opplæring, to ansatte på besøk med kjent "
                    "risiko, kortere tid i støy.</li>"
                    "<li><b>Personlig verneutstyr.</b> Hørselvern, vernebriller og fallsele, når de andre tiltakene "
                    "ikke er nok.</li>"
                    "</ol>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-2 (2)",
                        "title": "Personlig verneutstyr",
                        "text": (
                            "Når faren ikke kan fjernes eller reduseres nok på andre måter, skal arbeidsgiveren gi "
                            "de ansatte egnet personlig verneutstyr, lære dem å bruke det og sørge for at det "
                            "faktisk blir brukt. Verneutstyr er altså den siste barrieren, ikke en erstatning for "
                            "andre tiltak."
                        ),
                    },
                ),
                ("heading", "4. Lag handlingsplan og følg opp"),
                (
                    "paragraph",
                    "<p>Handlingsplanen viser hva som skal gjøres, hvem som har ansvaret, og når det skal være "
                    "ferdig. Et tiltak uten ansvarlig og frist blir sjelden gjennomført. Etter fristen sjekker dere "
                    "to ting: Er tiltaket gjennomført? Og virket det? Har trusselhendelsene gått ned etter at "
                    "besøkene ble gjort av to ansatte? Hvis ikke, må tiltaket justeres.</p>",
                ),
                ("heading", "Når noe skal endres"),
                (
                    "paragraph",
                    "<p>AML § 3-1 krever at du vurderer arbeidsmiljøet før du gjennomfører endringer. Det gjelder "
                    "nye lokaler, ny turnus, nye maskiner, nedbemanning og omorganisering.</p>"
                    "<p>Et eksempel: Et regnskapskontor innfører fri plassering i et åpent landskap. Ingen vurderer "
                    "støy, arbeidsstillinger eller behovet for ro. Samtidig har kontoret en måned med mye overtid. "
                    "To ansatte blir sykmeldt med nakkesmerter og utmattelse. En risikovurdering før flyttingen "
                    "kunne ha vist behovet for stillerom, regulerbare pulter og en plan for arbeidsmengden.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: risikovurdering",
                        "questions": [
                            {
                                "text": "Et nytt vaskemiddel gir utslett hos flere renholdere. Hvilket tiltak bør "
                                "vurderes først?",
                                "kind": "single",
                                "explanation": "Tiltakshierarkiet sier: fjern eller bytt ut faren før du tyr til "
                                "organisatoriske tiltak og personlig verneutstyr.",
                                "options": [
                                    {
                                        "text": "Bytte til et mindre skadelig produkt",
                                        "correct": True,
                                        "feedback": "Riktig. Å bytte ut faren kommer høyt i prioriteringen.",
                                    },
                                    {
                                        "text": "Dele ut hansker til alle",
                                        "correct": False,
                                        "feedback": "Ikke først. Hansker kan være nødvendige, men verneutstyr er "
                                        "siste utvei.",
                                    },
                                    {
                                        "text": "Henge opp en plakat om forsiktighet",
                                        "correct": False,
                                        "feedback": "Nei. En plakat fjerner ikke faren og har liten effekt alene.",
                                    },
                                    {
                                        "text": "Vente og se om flere får utslett",
                                        "correct": False,
                                        "feedback": "Nei. Risikoen er kjent og må håndteres nå.",
                                    },
                                ],
                            },
                            {
                                "text": "Hva skal handlingsplanen vise for hvert tiltak?",
                                "kind": "multiple",
                                "explanation": "Hva, hvem og når er minimum. Da kan tiltaket følges opp.",
                                "options": [
                                    {
                                        "text": "Hva som skal gjøres",
                                        "correct": True,
                                        "feedback": "Riktig. Tiltaket må beskrives konkret.",
                                    },
                                    {
                                        "text": "Hvem som har ansvaret",
                                        "correct": True,
                                        "feedback": "Riktig. Uten ansvarlig blir tiltaket sjelden gjort.",
                                    },
                                    {
                                        "text": "En frist",
                                        "correct": True,
                                        "feedback": "Riktig. Fristen gjør det mulig å følge opp.",
                                    },
                                    {
                                        "text": "Navnet på den som meldte faren",
                                        "correct": False,
                                        "feedback": "Nei. Det trengs ikke i planen, og det kan svekke meldekulturen.",
                                    },
                                ],
                            },
                            {
                                "text": "Et kontor skal flytte til åpent landskap. Når skal arbeidsmiljøet vurderes?",
                                "kind": "single",
                                "explanation": "AML § 3-1 krever vurdering ved planlegging av endringer.",
                                "options": [
                                    {
                                        "text": "Før endringen gjennomføres",
                                        "correct": True,
                                        "feedback": "Riktig. Da kan du fortsatt påvirke løsningen.",
                                    },
                                    {
                                        "text": "Tre måneder etter flyttingen",
                                        "correct": False,
                                        "feedback": "For sent. Da er de viktigste valgene allerede tatt.",
                                    },
                                    {
                                        "text": "Bare hvis noen klager",
                                        "correct": False,
                                        "feedback": "Nei. Plikten gjelder uansett om noen klager.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "avvik-og-oppfolging",
            "title": "Avvik, årsaker og varsling av skader",
            "minutes": 30,
            "body": [
                ("heading", "Hva er et avvik?"),
                (
                    "paragraph",
                    "<p>Et avvik er et brudd på et krav. Kravet kan stå i en lov, i en forskrift eller i "
                    "virksomhetens egne rutiner. Vi regner også uønskede hendelser som fikk, eller kunne fått, "
                    "følger for helse, miljø eller sikkerhet. Internkontrollforskriften § 5 punkt 7 og AML § 3-1 "
                    "krever rutiner for å avdekke, rette opp og forebygge slike brudd.</p>",
                ),
                ("heading", "Hendelsen er ikke avviket"),
                (
                    "paragraph",
                    "<p>Det viktigste skillet i avviksarbeid er mellom hendelsen og avviket. Arbeidstilsynet bruker "
                    "dette eksempelet: En ansatt glir på is og brekker beinet. Beinbruddet er hendelsen. Avviket er "
                    "at isen ikke var strødd, fordi ingen hadde ansvar for å strø. Det er avviket som må rettes. "
                    "Ellers skjer det samme neste frostmorgen.</p>"
                    "<p>Et eksempel fra bygg: En stillasarbeider mister en fastnøkkel. Den faller gjennom glippen "
                    "mot veggen og spretter ned flere etasjer. Ingen blir truffet. Fallet er hendelsen. Det første "
                    "avviket er at verktøyet ikke var sikret med line ved arbeid i høyden. Enten fulgte "
                    "arbeidstakeren ikke instruksen, eller så hadde arbeidsgiveren ikke skaffet verktøyliner. Det "
                    "andre avviket er at stillaset ikke var sikret mot fallende gjenstander. Fotlisten var ikke satt "
                    "tilbake, og det var ikke nett mellom etasjene. En god melding nevner begge avvikene.</p>",
                ),
                ("heading", "Fire typer meldinger"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Hendelse:</b> Noe har skjedd og ført til skade på person, miljø eller utstyr.</li>"
                    "<li><b>Nestenulykke:</b> Noe skjedde, men det gikk bra denne gangen, som med fastnøkkelen.</li>"
                    "<li><b>Forhold:</b> Noe er farlig før noe har skjedd, for eksempel et løst rekkverk eller en "
                    "blokkert rømningsvei.</li>"
                    "<li><b>Forbedringsforslag:</b> En idé til hvordan arbeidet kan bli tryggere.</li>"
                    "</ul>"
                    "<p>Mange meldinger er et godt tegn. Det betyr at de ansatte ser farene og stoler på at "
                    "meldingene blir tatt på alvor. En avdeling som aldri melder noe, er sjelden tryggere. Der er "
                    "det bare ingen som melder.</p>",
                ),
                ("heading", "Fra melding til lukket sak"),
                (
                    "paragraph",
                    "<p>En god avviksrutine har faste trinn:</p>"
                    "<ol>"
                    "<li><b>Registrert:</b> Meldingen er mottatt. Nærmeste leder sørger straks for at situasjonen "
                    "er trygg.</li>"
                    "<li><b>Til behandling:</b> Lederen går gjennom saken, vurderer alvorlighet (lav, middels eller "
                    "høy) og informerer verneombudet.</li>"
                    "<li><b>Årsaksanalyse:</b> Hvorfor skjedde det? Spør «hvorfor» minst fire ganger, til dere "
                    "finner organisatoriske årsaker som manglende rutiner, opplæring eller utstyr.</li>"
                    "<li><b>Tiltak:</b> Hvert tiltak får ansvarlig og frist. Skill mellom strakstiltak, "
                    "korrigerende tiltak (retter årsaken her) og forebyggende tiltak (hindrer at det skjer igjen, "
                    "også andre steder).</li>"
                    "<li><b>Evaluering:</b> Virket tiltakene? En sak skal ikke lukkes før effekten er vurdert.</li>"
                    "<li><b>Lukket:</b> Saken avsluttes, og erfaringen deles.</li>"
                    "</ol>"
                    "<p>I stillaseksempelet er strakstiltakene å stanse arbeidet, sperre området under og sette "
                    "fotlisten på plass. Korrigerende tiltak er å kjøpe verktøyliner, kreve at de brukes og "
                    "kontrollere stillaset før arbeid. Forebyggende tiltak er en skriftlig rutine for arbeid i "
                    "høyden, opplæring og sikker jobbanalyse (SJA) før slike jobber.</p>"
                    "<p>Avvikene er også et styringsverktøy. AMU skal gå gjennom rapporter om ulykker, "
                    "nestenulykker og yrkessykdom (AML § 7-2). Se på statistikken jevnlig: Hvilke kategorier øker? "
                    "Hvilke avdelinger melder lite? Hvilke saker blir liggende?</p>",
                ),
                ("heading", "Alvorlige skader skal varsles straks"),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Varsling av alvorlige arbeidsulykker",
                        "text": (
                            "Hvis en arbeidstaker dør eller blir alvorlig skadet i en arbeidsulykke, skal "
                            "arbeidsgiveren straks varsle Arbeidstilsynet og nærmeste politi på raskeste måte, "
                            "vanligvis på telefon. Varselet skal deretter bekreftes skriftlig, og verneombudet skal "
                            "ha kopi av bekreftelsen."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Alvorlig skade er for eksempel beinbrudd (unntatt enkle brudd i fingre og tær), hodeskade "
                    "med bevisstløshet, skade på indre organer, amputasjon, alvorlige brannskader og etseskader og "
                    "skader som krever innleggelse på sykehus. Er du i tvil, varsle.</p>"
                    "<p>Et eksempel: En rekkverksseksjon på et tak blir tatt bort for å heise opp materialer, og "
                    "ingen setter den tilbake. En lærling faller to meter og brekker håndleddet. Dette skal "
                    "varsles. I tillegg skal alle personskader registreres internt (AML § 5-1), og yrkesskader "
                    "skal meldes til NAV.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Avsluttende prøve: HMS for ledere",
                        "questions": [
                            {
                                "text": "En ansatt i SFO glir på isen i skolegården klokka 07.20 og brekker armen. "
                                "Vaktmesteren begynner å strø klokka 08.00. Hva er avviket?",
                                "kind": "single",
                                "explanation": "Skaden er hendelsen. Avviket er årsaken: Ingen har ansvar for å "
                                "strø før SFO åpner.",
                                "options": [
                                    {
                                        "text": "Armbruddet",
                                        "correct": False,
                                        "feedback": "Nei. Armbruddet er hendelsen, altså følgen.",
                                    },
                                    {
                                        "text": "At ingen har ansvar for å strø før SFO åpner",
                                        "correct": True,
                                        "feedback": "Riktig. Det er denne mangelen som må rettes.",
                                    },
                                    {
                                        "text": "At den ansatte ikke så seg godt nok for",
                                        "correct": False,
                                        "feedback": "Nei. Å legge skylden på personen retter ikke årsaken.",
                                    },
                                ],
                            },
                            {
                                "text": "En fastnøkkel faller fra et stillas. Ingen blir skadet. Hvilke forhold er "
                                "avvik?",
                                "kind": "multiple",
                                "explanation": "Fallet er hendelsen. Manglende verktøyline er det første avviket, "
                                "manglende sikring mot fallende gjenstander det andre.",
                                "options": [
                                    {
                                        "text": "At fastnøkkelen falt",
                                        "correct": False,
                                        "feedback": "Nei. Fallet er hendelsen, ikke avviket.",
                                    },
                                    {
                                        "text": "At verktøyet ikke var sikret med line",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er det første avviket.",
                                    },
                                    {
                                        "text": "At fotlisten ikke var satt tilbake",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er det andre avviket.",
                                    },
                                    {
                                        "text": "At ingen ble skadet",
                                        "correct": False,
                                        "feedback": "Nei. Det var flaks. Saken skal likevel meldes som nestenulykke.",
                                    },
                                ],
                            },
                            {
                                "text": "Når kan en avvikssak lukkes?",
                                "kind": "single",
                                "explanation": "En sak lukkes først når tiltakene er gjennomført og effekten er "
                                "vurdert.",
                                "options": [
                                    {
                                        "text": "Når tiltakene er gjennomført og effekten er vurdert",
                                        "correct": True,
                                        "feedback": "Riktig. Ellers vet du ikke om problemet er løst.",
                                    },
                                    {
                                        "text": "Når lederen har lest meldingen",
                                        "correct": False,
                                        "feedback": "Nei. Da har behandlingen så vidt begynt.",
                                    },
                                    {
                                        "text": "Når strakstiltaket er gjort",
                                        "correct": False,
                                        "feedback": "Nei. Strakstiltak fjerner ikke årsaken.",
                                    },
                                ],
                            },
                            {
                                "text": "En arbeidstaker faller fra et tak og brekker hofta. Hva må arbeidsgiveren "
                                "gjøre?",
                                "kind": "multiple",
                                "explanation": "AML § 5-2: Varsle Arbeidstilsynet og politiet straks, bekrefte "
                                "skriftlig og gi verneombudet kopi.",
                                "options": [
                                    {
                                        "text": "Varsle Arbeidstilsynet straks",
                                        "correct": True,
                                        "feedback": "Riktig. Varselet skal gis på raskeste måte.",
                                    },
                                    {
                                        "text": "Varsle nærmeste politi straks",
                                        "correct": True,
                                        "feedback": "Riktig. Politiet skal også varsles.",
                                    },
                                    {
                                        "text": "Gi verneombudet kopi av den skriftlige bekreftelsen",
                                        "correct": True,
                                        "feedback": "Riktig. Verneombudet skal ha kopi.",
                                    },
                                    {
                                        "text": "Vente med varsel til den interne granskingen er ferdig",
                                        "correct": False,
                                        "feedback": "Feil. Varselet skal gis straks, ikke etter gransking.",
                                    },
                                ],
                            },
                            {
                                "text": "Avdeling A sendte 40 avviksmeldinger i fjor. Avdeling B sendte ingen. Hva er "
                                "den beste tolkningen?",
                                "kind": "single",
                                "explanation": "Få eller ingen meldinger betyr ofte svak meldekultur, ikke et "
                                "tryggere arbeidsmiljø.",
                                "options": [
                                    {
                                        "text": "Avdeling B er trolig ikke tryggere. Lederen bør undersøke "
                                        "meldekulturen der.",
                                        "correct": True,
                                        "feedback": "Riktig. Null meldinger er et varselsignal.",
                                    },
                                    {
                                        "text": "Avdeling B har det tryggeste arbeidsmiljøet.",
                                        "correct": False,
                                        "feedback": "Nei. Fravær av meldinger er ikke bevis på fravær av farer.",
                                    },
                                    {
                                        "text": "Avdeling A har uforsiktige ansatte.",
                                        "correct": False,
                                        "feedback": "Nei. Mange meldinger viser oftest at de ansatte ser farene og "
                                        "melder dem.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}


_NN = {
    "title": "HMS for leiarar",
    "summary": (
        "Kurset gir dagleg leiar og andre leiarar den HMS-opplæringa som arbeidsmiljølova § 3-5 krev. "
        "Du lærer korleis ansvar og roller er fordelte, korleis internkontroll og risikovurdering "
        "fungerer i praksis, og korleis du handterer avvik og varslar alvorlege skadar."
    ),
    "learning_outcomes": [
        "Forklare ansvaret til arbeidsgivaren og kva roller leiarar, verneombod, AMU og BHT har.",
        "Gjere greie for dei åtte punkta i internkontrollforskrifta § 5 og kva som skal vere skriftleg.",
        "Gjennomføre kartlegging og risikovurdering og lage ein handlingsplan med ansvar og fristar.",
        "Velje tiltak i rett rekkjefølgje, med personleg verneutstyr som siste utveg.",
        "Skilje mellom hending og avvik og leie ei avvikssak fram til lukka sak med effektevaluering.",
        "Vite når og korleis alvorlege arbeidsulukker skal varslast til Arbeidstilsynet og politiet.",
    ],
    "topics": [
        "Ansvaret til arbeidsgivaren (AML § 2-1 og § 3-5)",
        "Roller: verneombod, AMU og BHT",
        "Internkontroll (internkontrollforskrifta § 5)",
        "Kartlegging og risikovurdering",
        "Handlingsplan og tiltakshierarki",
        "Avvikshandtering og årsaksanalyse",
        "Varsling av alvorlege ulukker (AML § 5-2)",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "ansvar-og-roller",
            "title": "Ansvar og roller i HMS-arbeidet",
            "minutes": 30,
            "body": [
                ("heading", "Arbeidsgivaren har ansvaret"),
                (
                    "paragraph",
                    "<p>Arbeidsmiljølova (AML) byggjer på ein enkel regel: Den som leier verksemda, har ansvaret "
                    "for at arbeidsmiljøet er fullt forsvarleg. Det står i AML § 2-1. Regelen gjeld same kor stor "
                    "verksemda er. Han gjeld for ei snikkarbedrift med fire tilsette og for ein kommune med fleire "
                    "tusen.</p>"
                    "<p>Som leiar kan du fordele oppgåver. Du kan til dømes be ein avdelingsleiar gå vernerundar "
                    "eller gi ein HMS-koordinator ansvar for avviksrutinen. Men du kan ikkje gi bort det "
                    "overordna ansvaret. Om noko går gale, spør Arbeidstilsynet kva verksemda har gjort for å "
                    "førebyggje. Då held det ikkje å seie at det var oppgåva til ein annan.</p>"
                    "<p>Når du fordeler oppgåver, må tre ting vere klare: kven som har oppgåva, kva mynde personen "
                    "har (til dømes til å kjøpe utstyr eller stoppe ein jobb), og kva ressursar som følgjer med. "
                    "Ein anleggsleiar som har fått ansvar for tryggleiken, men ikkje har pengar til rekkverk, har "
                    "i praksis ikkje fått ansvaret.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-5",
                        "title": "Plikta arbeidsgivaren har til HMS-opplæring",
                        "text": (
                            "Arbeidsgivaren skal sjølv gjennomgå opplæring i helse-, miljø- og tryggleiksarbeid. "
                            "Plikta er personleg og kan ikkje overlatast til ein annan. Det finst inga offentleg "
                            "godkjenning av slike kurs, men verksemda må kunne dokumentere at opplæringa er "
                            "gjennomført, til dømes med eit kursbevis."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Mellomleiarar er ikkje direkte omfatta av § 3-5. Men AML § 3-2 krev at dei som leier eller "
                    "kontrollerer arbeidet til andre, har den kompetansen som trengst for å sjå til at arbeidet "
                    "blir gjort trygt. Ein bas på byggjeplassen, ein einingsleiar i heimetenesta og ein rektor "
                    "treng difor òg HMS-kunnskap.</p>",
                ),
                ("heading", "Kven gjer kva?"),
                (
                    "paragraph",
                    "<p>HMS-arbeid er eit samarbeid. Lova gir fleire aktørar faste roller:</p>"
                    "<ul>"
                    "<li><b>Arbeidsgivaren</b> (øvste leiar) har ansvaret for at lov og forskrifter blir følgde, "
                    "og for at verksemda har internkontroll.</li>"
                    "<li><b>Leiarar på alle nivå</b> følgjer opp HMS i eininga si. Dei gir opplæring, behandlar "
                    "avvik og syter for at tiltak blir gjennomførte.</li>"
                    "<li><b>Arbeidstakarane</b> har plikt til å medverke (AML § 2-3). Dei skal bruke påbode "
                    "verneutstyr, melde frå om feil og farar og avbryte arbeidet dersom det er fare for liv eller "
                    "helse.</li>"
                    "<li><b>Verneombodet</b> er valt av dei tilsette og tek vare på interessene deira i saker om "
                    "arbeidsmiljøet. Verneombodet kan stanse arbeid ved umiddelbar fare (AML § 6-3). Har "
                    "verksemda fleire verneombod, skal eitt av dei vere hovudverneombod.</li>"
                    "<li><b>Arbeidsmiljøutvalet (AMU)</b> har like mange representantar frå arbeidsgivar og "
                    "arbeidstakarar. Verksemder som jamleg har minst 30 arbeidstakarar, skal ha AMU.</li>"
                    "<li><b>Bedriftshelsetenesta (BHT)</b> er ein uavhengig fagleg rådgivar for både leiinga og dei "
                    "tilsette. Verksemda skal vere knytt til ei godkjend BHT når risikoen tilseier det "
                    "(AML § 3-3). Mellom anna bygg og anlegg og reinhald har alltid denne plikta.</li>"
                    "<li><b>Arbeidstilsynet</b> fører tilsyn. Tilsynet kan gi pålegg med frist, ileggje tvangsmulkt "
                    "og brotsgebyr og i alvorlege tilfelle stanse arbeid.</li>"
                    "</ul>",
                ),
                ("heading", "Eit døme frå reinhald"),
                (
                    "paragraph",
                    "<p>Eit reinhaldsfirma har 45 tilsette fordelte på tolv kundeadresser. Dagleg leiar har teke "
                    "HMS-kurs for leiarar, og kursbeviset ligg i HMS-systemet. Tre områdeleiarar har ansvar for "
                    "HMS på adressene sine. Dei har fått mynde til å kjøpe verneutstyr og til å stoppe oppdrag der "
                    "forholda er farlege. Dei tilsette har valt to verneombod og eitt hovudverneombod. Firmaet har "
                    "AMU fordi det har meir enn 30 tilsette. BHT har kartlagt kjemikala og held kurs i god "
                    "arbeidsteknikk.</p>"
                    "<p>Ein reinhaldar får utslett på hendene av eit nytt vaskemiddel. Alle veit kvar saka skal: "
                    "Reinhaldaren melder frå til områdeleiaren og verneombodet. Områdeleiaren registrerer avviket "
                    "og ber BHT om råd. AMU tek saka opp på neste møte og vurderer om produktet skal bytast ut på "
                    "alle adressene. Slik verkar rollene saman.</p>",
                ),
                ("heading", "Medverknad er eit krav"),
                (
                    "paragraph",
                    "<p>Leiarar tek ofte betre avgjerder når dei spør dei som gjer jobben. Lova krev dessutan at "
                    "arbeidstakarane og verneombodet blir tekne med i HMS-arbeidet. Planar om nye lokale, ny "
                    "turnus eller nytt utstyr skal difor drøftast med verneombodet tidleg, før avgjerda er teken. "
                    "Eit verneombod som først høyrer om endringa når flyttebilen kjem, har ikkje fått medverke.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: ansvar og roller",
                        "questions": [
                            {
                                "text": "Dagleg leiar i eit byggjefirma har gitt HMS-oppgåvene til prosjektleiaren. "
                                "Kven har framleis det overordna ansvaret for arbeidsmiljøet?",
                                "kind": "single",
                                "explanation": "Oppgåver kan fordelast, men ansvaret arbeidsgivaren har etter "
                                "AML § 2-1, kan ikkje givast bort.",
                                "options": [
                                    {
                                        "text": "Dagleg leiar, som arbeidsgivar",
                                        "correct": True,
                                        "feedback": "Rett. Arbeidsgivaren har ansvaret sjølv om oppgåvene er delegerte.",
                                    },
                                    {
                                        "text": "Prosjektleiaren åleine",
                                        "correct": False,
                                        "feedback": "Nei. Prosjektleiaren har fått oppgåver, men ansvaret blir "
                                        "verande hos arbeidsgivaren.",
                                    },
                                    {
                                        "text": "Verneombodet",
                                        "correct": False,
                                        "feedback": "Nei. Verneombodet representerer dei tilsette og har ikkje "
                                        "ansvaret til arbeidsgivaren.",
                                    },
                                    {
                                        "text": "Bedriftshelsetenesta",
                                        "correct": False,
                                        "feedback": "Nei. BHT er ein rådgivar. Ho tek ikkje over ansvaret.",
                                    },
                                ],
                            },
                            {
                                "text": "Kva for påstandar om AML § 3-5 er rette?",
                                "kind": "multiple",
                                "explanation": "Plikta er personleg for arbeidsgivaren, og opplæringa må kunne "
                                "dokumenterast. Det finst inga offentleg godkjenning av kursa.",
                                "options": [
                                    {
                                        "text": "Arbeidsgivaren må sjølv gjennomgå HMS-opplæring.",
                                        "correct": True,
                                        "feedback": "Rett. Plikta gjeld arbeidsgivaren personleg.",
                                    },
                                    {
                                        "text": "Opplæringa må kunne dokumenterast, til dømes med kursbevis.",
                                        "correct": True,
                                        "feedback": "Rett. Arbeidstilsynet kan be om dokumentasjon ved tilsyn.",
                                    },
                                    {
                                        "text": "Kurset må vere godkjent av Arbeidstilsynet.",
                                        "correct": False,
                                        "feedback": "Feil. Det finst inga statleg godkjenningsordning for slike kurs.",
                                    },
                                    {
                                        "text": "Plikta er oppfylt dersom verneombodet har teke kurset.",
                                        "correct": False,
                                        "feedback": "Feil. Verneombodet har si eiga opplæring. Ho erstattar ikkje "
                                        "opplæringa til arbeidsgivaren.",
                                    },
                                ],
                            },
                            {
                                "text": "Kva for oppgåver eller rettar har verneombodet?",
                                "kind": "multiple",
                                "explanation": "Verneombodet tek vare på interessene til dei tilsette i "
                                "arbeidsmiljøsaker og kan stanse arbeid ved umiddelbar fare. "
                                "Ansvaret blir verande hos arbeidsgivaren.",
                                "options": [
                                    {
                                        "text": "Ta vare på interessene til arbeidstakarane i saker om arbeidsmiljøet",
                                        "correct": True,
                                        "feedback": "Rett. Dette er hovudoppgåva til verneombodet.",
                                    },
                                    {
                                        "text": "Stanse arbeid ved umiddelbar fare for liv eller helse",
                                        "correct": True,
                                        "feedback": "Rett. Det følgjer av AML § 6-3.",
                                    },
                                    {
                                        "text": "Ta over ansvaret arbeidsgivaren har for at lova blir følgd",
                                        "correct": False,
                                        "feedback": "Feil. Verneombodet passar på, men ansvaret er arbeidsgivaren sitt.",
                                    },
                                    {
                                        "text": "Forhandle løn for dei tilsette",
                                        "correct": False,
                                        "feedback": "Feil. Løn er ei sak for tillitsvalde, ikkje for verneombodet.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 2
        {
            "slug": "internkontroll",
            "title": "Internkontroll: systematisk HMS-arbeid",
            "minutes": 30,
            "body": [
                ("heading", "Kva internkontroll tyder"),
                (
                    "paragraph",
                    "<p>Internkontroll er det same som systematisk HMS-arbeid. Ordet kan minne om revisjon av "
                    "rekneskap, men det handlar om noko praktisk: Verksemda planlegg, gjennomfører, følgjer opp og "
                    "forbetrar arbeidet med helse, miljø og tryggleik. Kravet står i AML § 3-1 og er utdjupa i "
                    "internkontrollforskrifta.</p>"
                    "<p>Alle verksemder med tilsette skal ha internkontroll. Omfanget skal passe til arten, "
                    "aktivitetane, risikoen og storleiken til verksemda. Ein frisørsalong med tre tilsette treng "
                    "ikkje eit system på hundre sider. Eit stillasfirma med farlege arbeidsoperasjonar treng meir "
                    "enn eit lite kontor.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "Internkontrollforskrifta § 5",
                        "title": "Kva internkontrollen skal innehalde",
                        "text": (
                            "Forskrifta listar opp åtte punkt: tilgang til regelverket, kunnskap hos dei tilsette, "
                            "medverknad, mål for HMS, oversikt over organisasjon og ansvar, kartlegging og "
                            "risikovurdering med planar og tiltak, rutinar for å avdekkje, rette opp og førebyggje "
                            "brot på regelverket, og jamleg gjennomgang av heile internkontrollen. Punkta 4 til 8 "
                            "skal vere dokumenterte skriftleg."
                        ),
                    },
                ),
                ("heading", "Dei åtte punkta i praksis"),
                (
                    "paragraph",
                    "<ol>"
                    "<li><b>Regelverket er tilgjengeleg.</b> Verksemda veit kva lover og forskrifter som gjeld, og "
                    "kjenner dei viktigaste krava. Eit bakeri må kjenne reglane om melstøv og varme. Ein "
                    "barnehage må kjenne reglane om inneklima og tunge løft.</li>"
                    "<li><b>Dei tilsette har nok kunnskap.</b> Alle får opplæring i HMS-rutinane, også vikarar, "
                    "lærlingar og nytilsette. Dei får melding når noko blir endra.</li>"
                    "<li><b>Dei tilsette medverkar.</b> Røynslene til dei som gjer jobben, blir brukte. "
                    "Verneombodet er med frå starten.</li>"
                    "<li><b>Det er sett mål for HMS.</b> Gode mål er konkrete, til dømes: «Alle avvik skal ha "
                    "ansvarleg og frist innan éi veke.»</li>"
                    "<li><b>Det er oversikt over organisasjonen.</b> Det går fram kven som har ansvar, oppgåver og "
                    "mynde i HMS-arbeidet.</li>"
                    "<li><b>Farar er kartlagde og risikoen vurdert.</b> Det finst planar og tiltak for å redusere "
                    "risikoen.</li>"
                    "<li><b>Det finst rutinar for avvik.</b> Verksemda har rutinar for å avdekkje, rette opp og "
                    "førebyggje brot på HMS-regelverket.</li>"
                    "<li><b>Systemet blir gjennomgått.</b> Leiinga sjekkar jamleg, gjerne éin gong i året, at "
                    "internkontrollen verkar slik han skal.</li>"
                    "</ol>",
                ),
                ("heading", "Eit system som blir brukt"),
                (
                    "paragraph",
                    "<p>Mange verksemder har fine permar, men rutinane blir ikkje brukte. Ein avviksrutine som dei "
                    "tilsette ikkje kjenner, oppfyller ikkje kravet. Arbeidstilsynet spør difor ofte dei tilsette "
                    "direkte: Korleis melder du eit avvik? Kven er verneombodet ditt? Kva skjedde med den siste "
                    "meldinga du sende?</p>"
                    "<p>Tenk på internkontrollen som eit hjul: planlegg, gjennomfør, kontroller og forbetre. Kvar "
                    "runde skal gi eit litt betre arbeidsmiljø. Den årlege gjennomgangen (punkt 8) er staden der "
                    "leiinga ser attende. Nådde vi måla? Vart tiltaka gjennomførte? Kva viser avvika og "
                    "sjukefråværet? Kva må vi endre til neste år?</p>",
                ),
                ("heading", "Døme: ein barneskule"),
                (
                    "paragraph",
                    "<p>Ein barneskule med 40 tilsette opplever at tilsette blir slegne og sparka av elevar. Skulen "
                    "set eit mål: Alle slike hendingar skal meldast og følgjast opp. Rektor fordeler ansvaret. "
                    "Inspektøren har ansvar for avviksrutinen, og kvar teamleiar følgjer opp trinnet sitt. Skulen "
                    "kartlegg kva situasjonar som gir vald, og vurderer risikoen saman med verneombodet.</p>"
                    "<p>Tiltaka blir fleire vaksne ute i friminutta, opplæring i å førebyggje og handtere "
                    "utagering og ein fast samtale med den tilsette etter kvar hending. Etter eit halvt år ser "
                    "leiinga på meldingane. Talet har gått opp, men fleire saker er lukka med god effekt. Skulen "
                    "tolkar auken som betre meldekultur, ikkje som meir vald, og justerer planen.</p>",
                ),
                ("heading", "Dokumentasjon"),
                (
                    "paragraph",
                    "<p>Punkta 4 til 8 skal vere skriftlege: mål, ansvarsfordeling, risikovurderingar med planar, "
                    "avviksrutinar og den årlege gjennomgangen. Skriftleg tyder ikkje papir. Eit digitalt system er "
                    "like bra, så lenge dei som treng informasjonen, finn han. Hald dokumentasjonen kort og "
                    "konkret. Éi side som blir brukt, er betre enn ein perm som ingen opnar.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "risikovurdering",
            "title": "Kartlegging, risikovurdering og handlingsplan",
            "minutes": 30,
            "body": [
                ("heading", "Fire steg som heng saman"),
                (
                    "paragraph",
                    "<p>Risikovurdering er kjernen i internkontrollen (punkt 6) og eit krav i AML § 3-1. Arbeidet "
                    "har fire steg: kartleggje, vurdere risiko, lage handlingsplan og følgje opp. Hoppar du over "
                    "eitt steg, fell resten saman.</p>",
                ),
                ("heading", "1. Kartlegg farar og problem"),
                (
                    "paragraph",
                    "<p>Finn ut kva som kan skade helsa til dei tilsette. Bruk fleire kjelder:</p>"
                    "<ul>"
                    "<li>vernerundar saman med verneombodet</li>"
                    "<li>samtalar og medarbeidarundersøkingar</li>"
                    "<li>avviksmeldingar og nestenulukker</li>"
                    "<li>sjukefråvær og skadar</li>"
                    "<li>målingar av støy, støv eller inneklima, gjerne med hjelp frå BHT</li>"
                    "<li>stoffkartotek og tryggleiksdatablad for kjemikal</li>"
                    "</ul>"
                    "<p>Arbeidsmiljø er meir enn fysiske farar. Arbeidsmengd, tidspress, konfliktar, åleinearbeid "
                    "og vald og trugsmål er òg risiko. AML § 4-3 set krav til det psykososiale arbeidsmiljøet, og "
                    "§ 3-1 krev at også organisatoriske forhold blir vurderte.</p>",
                ),
                ("heading", "2. Vurder risikoen"),
                (
                    "paragraph",
                    "<p>Risiko er ein kombinasjon av to ting: kor sannsynleg det er at noko skjer, og kor alvorleg "
                    "konsekvensen kan bli. Mange brukar ein skala frå 1 til 3 for begge og gongar tala. Då får du "
                    "ein risiko frå 1 til 9.</p>"
                    "<p>Eit døme: Heimetenesta veit at ein brukar har truga tilsette fleire gonger. Sannsynet for "
                    "eit nytt trugsmål er høgt (3). Konsekvensen kan vere alvorleg skade (3). Risikoen blir 9, altså "
                    "høg. Han må handterast før neste besøk, ikkje i neste budsjett.</p>"
                    "<p>Gjer vurderinga saman med dei som kjenner arbeidet, og ta med verneombodet. Skriv ned "
                    "kvifor de valde tala. Då kan andre forstå vurderinga seinare.</p>",
                ),
                ("heading", "3. Vel tiltak i rett rekkjefølgje"),
                (
                    "paragraph",
                    "<p>Tiltak skal veljast etter ei fast prioritering. Det beste er å fjerne faren. Personleg "
                    "verneutstyr kjem sist, fordi det berre verkar når det blir brukt rett kvar gong.</p>"
                    "<ol>"
                    "<li><b>Fjern faren.</b> Monter lampane på bakken og heis dei opp, i staden for å arbeide på "
                    "stige.</li>"
                    "<li><b>Byt ut.</b> Erstatt eit helsefarleg kjemikal med eit mindre farleg.</li>"
                    "<li><b>Tekniske og kollektive tiltak.</b> Rekkverk på takkanten, avsug over sveiseplassen, "
                    "støydemping på maskina.</li>"
                    "<li><b>Organisatoriske tiltak.</b> Bemanning, rutinar, opplæring, to tilsette på besøk med "
                    "kjend risiko, kortare tid i støy.</li>"
                    "<li><b>Personleg verneutstyr.</b> Høyrselvern, vernebriller og fallsele, når dei andre tiltaka "
                    "ikkje er nok.</li>"
                    "</ol>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-2 (2)",
                        "title": "Personleg verneutstyr",
                        "text": (
                            "Når faren ikkje kan fjernast eller reduserast nok på andre måtar, skal arbeidsgivaren "
                            "gi dei tilsette eigna personleg verneutstyr, lære dei å bruke det og syte for at det "
                            "faktisk blir brukt. Verneutstyr er altså den siste barrieren, ikkje ein erstatning for "
                            "andre tiltak."
                        ),
                    },
                ),
                ("heading", "4. Lag handlingsplan og følg opp"),
                (
                    "paragraph",
                    "<p>Handlingsplanen viser kva som skal gjerast, kven som har ansvaret, og når det skal vere "
                    "ferdig. Eit tiltak utan ansvarleg og frist blir sjeldan gjennomført. Etter fristen sjekkar de "
                    "to ting: Er tiltaket gjennomført? Og verka det? Har trugsmålshendingane gått ned etter at "
                    "besøka vart gjorde av to tilsette? Om ikkje, må tiltaket justerast.</p>",
                ),
                ("heading", "Når noko skal endrast"),
                (
                    "paragraph",
                    "<p>AML § 3-1 krev at du vurderer arbeidsmiljøet før du gjennomfører endringar. Det gjeld nye "
                    "lokale, ny turnus, nye maskiner, nedbemanning og omorganisering.</p>"
                    "<p>Eit døme: Eit rekneskapskontor innfører fri plassering i eit ope landskap. Ingen vurderer "
                    "støy, arbeidsstillingar eller behovet for ro. Samstundes har kontoret ein månad med mykje "
                    "overtid. To tilsette blir sjukmelde med nakkesmerter og utmatting. Ei risikovurdering før "
                    "flyttinga kunne ha vist behovet for stillerom, regulerbare pultar og ein plan for "
                    "arbeidsmengda.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: risikovurdering",
                        "questions": [
                            {
                                "text": "Eit nytt vaskemiddel gir utslett hos fleire reinhaldarar. Kva tiltak bør "
                                "vurderast først?",
                                "kind": "single",
                                "explanation": "Tiltakshierarkiet seier: fjern eller byt ut faren før du tyr til "
                                "organisatoriske tiltak og personleg verneutstyr.",
                                "options": [
                                    {
                                        "text": "Byte til eit mindre skadeleg produkt",
                                        "correct": True,
                                        "feedback": "Rett. Å byte ut faren kjem høgt i prioriteringa.",
                                    },
                                    {
                                        "text": "Dele ut hanskar til alle",
                                        "correct": False,
                                        "feedback": "Ikkje først. Hanskar kan vere naudsynte, men verneutstyr er "
                                        "siste utveg.",
                                    },
                                    {
                                        "text": "Hengje opp ein plakat om å vere varsam",
                                        "correct": False,
                                        "feedback": "Nei. Ein plakat fjernar ikkje faren og har liten verknad åleine.",
                                    },
                                    {
                                        "text": "Vente og sjå om fleire får utslett",
                                        "correct": False,
                                        "feedback": "Nei. Risikoen er kjend og må handterast no.",
                                    },
                                ],
                            },
                            {
                                "text": "Kva skal handlingsplanen vise for kvart tiltak?",
                                "kind": "multiple",
                                "explanation": "Kva, kven og når er minimum. Då kan tiltaket følgjast opp.",
                                "options": [
                                    {
                                        "text": "Kva som skal gjerast",
                                        "correct": True,
                                        "feedback": "Rett. Tiltaket må skildrast konkret.",
                                    },
                                    {
                                        "text": "Kven som har ansvaret",
                                        "correct": True,
                                        "feedback": "Rett. Utan ansvarleg blir tiltaket sjeldan gjort.",
                                    },
                                    {
                                        "text": "Ein frist",
                                        "correct": True,
                                        "feedback": "Rett. Fristen gjer det mogleg å følgje opp.",
                                    },
                                    {
                                        "text": "Namnet på den som melde faren",
                                        "correct": False,
                                        "feedback": "Nei. Det trengst ikkje i planen, og det kan svekkje meldekulturen.",
                                    },
                                ],
                            },
                            {
                                "text": "Eit kontor skal flytte til ope landskap. Når skal arbeidsmiljøet vurderast?",
                                "kind": "single",
                                "explanation": "AML § 3-1 krev vurdering når endringar blir planlagde.",
                                "options": [
                                    {
                                        "text": "Før endringa blir gjennomført",
                                        "correct": True,
                                        "feedback": "Rett. Då kan du framleis påverke løysinga.",
                                    },
                                    {
                                        "text": "Tre månader etter flyttinga",
                                        "correct": False,
                                        "feedback": "For seint. Då er dei viktigaste vala alt tekne.",
                                    },
                                    {
                                        "text": "Berre om nokon klagar",
                                        "correct": False,
                                        "feedback": "Nei. Plikta gjeld same om nokon klagar eller ikkje.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
        # ------------------------------------------------------------------ 4
        {
            "slug": "avvik-og-oppfolging",
            "title": "Avvik, årsaker og varsling av skadar",
            "minutes": 30,
            "body": [
                ("heading", "Kva er eit avvik?"),
                (
                    "paragraph",
                    "<p>Eit avvik er eit brot på eit krav. Kravet kan stå i ei lov, i ei forskrift eller i dei "
                    "eigne rutinane til verksemda. Vi reknar òg med uønskte hendingar som fekk, eller kunne fått, "
                    "følgjer for helse, miljø eller tryggleik. Internkontrollforskrifta § 5 punkt 7 og AML § 3-1 "
                    "krev rutinar for å avdekkje, rette opp og førebyggje slike brot.</p>",
                ),
                ("heading", "Hendinga er ikkje avviket"),
                (
                    "paragraph",
                    "<p>Det viktigaste skiljet i avviksarbeid er mellom hendinga og avviket. Arbeidstilsynet brukar "
                    "dette dømet: Ein tilsett sklir på is og brekk beinet. Beinbrotet er hendinga. Avviket er at "
                    "isen ikkje var strødd, fordi ingen hadde ansvar for å strø. Det er avviket som må rettast. "
                    "Elles skjer det same neste frostmorgon.</p>"
                    "<p>Eit døme frå bygg: Ein stillasarbeidar mistar ein fastnøkkel. Han fell gjennom glipa mot "
                    "veggen og sprett ned fleire etasjar. Ingen blir treft. Fallet er hendinga. Det første avviket "
                    "er at verktøyet ikkje var sikra med line ved arbeid i høgda. Anten følgde ikkje "
                    "arbeidstakaren instruksen, eller så hadde ikkje arbeidsgivaren skaffa verktøyliner. Det andre "
                    "avviket er at stillaset ikkje var sikra mot fallande gjenstandar. Fotlista var ikkje sett "
                    "tilbake, og det var ikkje nett mellom etasjane. Ei god melding nemner begge avvika.</p>",
                ),
                ("heading", "Fire typar meldingar"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Hending:</b> Noko har skjedd og ført til skade på person, miljø eller utstyr.</li>"
                    "<li><b>Nestenulukke:</b> Noko skjedde, men det gjekk bra denne gongen, som med "
                    "fastnøkkelen.</li>"
                    "<li><b>Forhold:</b> Noko er farleg før noko har skjedd, til dømes eit laust rekkverk eller ein "
                    "blokkert rømmingsveg.</li>"
                    "<li><b>Forbetringsforslag:</b> Ein idé til korleis arbeidet kan bli tryggare.</li>"
                    "</ul>"
                    "<p>Mange meldingar er eit godt teikn. Det tyder at dei tilsette ser farane og stolar på at "
                    "meldingane blir tekne på alvor. Ei avdeling som aldri melder noko, er sjeldan tryggare. Der er "
                    "det berre ingen som melder.</p>",
                ),
                ("heading", "Frå melding til lukka sak"),
                (
                    "paragraph",
                    "<p>Ein god avviksrutine har faste trinn:</p>"
                    "<ol>"
                    "<li><b>Registrert:</b> Meldinga er motteken. Næraste leiar syter straks for at situasjonen er "
                    "trygg.</li>"
                    "<li><b>Til behandling:</b> Leiaren går gjennom saka, vurderer kor alvorleg ho er (låg, middels "
                    "eller høg) og informerer verneombodet.</li>"
                    "<li><b>Årsaksanalyse:</b> Kvifor skjedde det? Spør «kvifor» minst fire gonger, til de finn "
                    "organisatoriske årsaker som manglande rutinar, opplæring eller utstyr.</li>"
                    "<li><b>Tiltak:</b> Kvart tiltak får ansvarleg og frist. Skil mellom strakstiltak, korrigerande "
                    "tiltak (rettar årsaka her) og førebyggjande tiltak (hindrar at det skjer igjen, også andre "
                    "stader).</li>"
                    "<li><b>Evaluering:</b> Verka tiltaka? Ei sak skal ikkje lukkast før effekten er vurdert.</li>"
                    "<li><b>Lukka:</b> Saka blir avslutta, og røynslene blir delte.</li>"
                    "</ol>"
                    "<p>I stillasdømet er strakstiltaka å stanse arbeidet, sperre området under og setje fotlista "
                    "på plass. Korrigerande tiltak er å kjøpe verktøyliner, krevje at dei blir brukte og "
                    "kontrollere stillaset før arbeid. Førebyggjande tiltak er ein skriftleg rutine for arbeid i "
                    "høgda, opplæring og sikker jobbanalyse (SJA) før slike jobbar.</p>"
                    "<p>Avvika er òg eit styringsverktøy. AMU skal gå gjennom rapportar om ulukker, nestenulukker "
                    "og yrkessjukdom (AML § 7-2). Sjå jamleg på statistikken: Kva kategoriar aukar? Kva avdelingar "
                    "melder lite? Kva saker blir liggjande?</p>",
                ),
                ("heading", "Alvorlege skadar skal varslast straks"),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Varsling av alvorlege arbeidsulukker",
                        "text": (
                            "Dersom ein arbeidstakar døyr eller blir alvorleg skadd i ei arbeidsulukke, skal "
                            "arbeidsgivaren straks varsle Arbeidstilsynet og næraste politi på raskaste måte, "
                            "vanlegvis på telefon. Varselet skal deretter stadfestast skriftleg, og verneombodet "
                            "skal ha kopi av stadfestinga."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Alvorleg skade er til dømes beinbrot (unnateke enkle brot i fingrar og tær), hovudskade "
                    "med medvitsløyse, skade på indre organ, amputasjon, alvorlege brannskadar og etseskadar og "
                    "skadar som krev innlegging på sjukehus. Er du i tvil, varsle.</p>"
                    "<p>Eit døme: Ein rekkverksseksjon på eit tak blir teken bort for å heise opp materialar, og "
                    "ingen set han tilbake. Ein lærling fell to meter og brekk handleddet. Dette skal varslast. I "
                    "tillegg skal alle personskadar registrerast internt (AML § 5-1), og yrkesskadar skal meldast "
                    "til NAV.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Avsluttande prøve: HMS for leiarar",
                        "questions": [
                            {
                                "text": "Ein tilsett i SFO sklir på isen i skulegarden klokka 07.20 og brekk armen. "
                                "Vaktmeisteren byrjar å strø klokka 08.00. Kva er avviket?",
                                "kind": "single",
                                "explanation": "Skaden er hendinga. Avviket er årsaka: Ingen har ansvar for å strø "
                                "før SFO opnar.",
                                "options": [
                                    {
                                        "text": "Armbrotet",
                                        "correct": False,
                                        "feedback": "Nei. Armbrotet er hendinga, altså følgja.",
                                    },
                                    {
                                        "text": "At ingen har ansvar for å strø før SFO opnar",
                                        "correct": True,
                                        "feedback": "Rett. Det er denne mangelen som må rettast.",
                                    },
                                    {
                                        "text": "At den tilsette ikkje såg seg godt nok føre",
                                        "correct": False,
                                        "feedback": "Nei. Å leggje skulda på personen rettar ikkje årsaka.",
                                    },
                                ],
                            },
                            {
                                "text": "Ein fastnøkkel fell frå eit stillas. Ingen blir skadd. Kva for forhold er "
                                "avvik?",
                                "kind": "multiple",
                                "explanation": "Fallet er hendinga. Manglande verktøyline er det første avviket, "
                                "manglande sikring mot fallande gjenstandar det andre.",
                                "options": [
                                    {
                                        "text": "At fastnøkkelen fall",
                                        "correct": False,
                                        "feedback": "Nei. Fallet er hendinga, ikkje avviket.",
                                    },
                                    {
                                        "text": "At verktøyet ikkje var sikra med line",
                                        "correct": True,
                                        "feedback": "Rett. Dette er det første avviket.",
                                    },
                                    {
                                        "text": "At fotlista ikkje var sett tilbake",
                                        "correct": True,
                                        "feedback": "Rett. Dette er det andre avviket.",
                                    },
                                    {
                                        "text": "At ingen vart skadde",
                                        "correct": False,
                                        "feedback": "Nei. Det var flaks. Saka skal likevel meldast som nestenulukke.",
                                    },
                                ],
                            },
                            {
                                "text": "Når kan ei avvikssak lukkast?",
                                "kind": "single",
                                "explanation": "Ei sak blir lukka først når tiltaka er gjennomførte og effekten er "
                                "vurdert.",
                                "options": [
                                    {
                                        "text": "Når tiltaka er gjennomførte og effekten er vurdert",
                                        "correct": True,
                                        "feedback": "Rett. Elles veit du ikkje om problemet er løyst.",
                                    },
                                    {
                                        "text": "Når leiaren har lese meldinga",
                                        "correct": False,
                                        "feedback": "Nei. Då har behandlinga så vidt byrja.",
                                    },
                                    {
                                        "text": "Når strakstiltaket er gjort",
                                        "correct": False,
                                        "feedback": "Nei. Strakstiltak fjernar ikkje årsaka.",
                                    },
                                ],
                            },
                            {
                                "text": "Ein arbeidstakar fell frå eit tak og brekk hofta. Kva må arbeidsgivaren "
                                "gjere?",
                                "kind": "multiple",
                                "explanation": "AML § 5-2: Varsle Arbeidstilsynet og politiet straks, stadfeste "
                                "skriftleg og gi verneombodet kopi.",
                                "options": [
                                    {
                                        "text": "Varsle Arbeidstilsynet straks",
                                        "correct": True,
                                        "feedback": "Rett. Varselet skal givast på raskaste måte.",
                                    },
                                    {
                                        "text": "Varsle næraste politi straks",
                                        "correct": True,
                                        "feedback": "Rett. Politiet skal òg varslast.",
                                    },
                                    {
                                        "text": "Gi verneombodet kopi av den skriftlege stadfestinga",
                                        "correct": True,
                                        "feedback": "Rett. Verneombodet skal ha kopi.",
                                    },
                                    {
                                        "text": "Vente med varsel til den interne granskinga er ferdig",
                                        "correct": False,
                                        "feedback": "Feil. Varselet skal givast straks, ikkje etter gransking.",
                                    },
                                ],
                            },
                            {
                                "text": "Avdeling A sende 40 avviksmeldingar i fjor. Avdeling B sende ingen. Kva er "
                                "den beste tolkinga?",
                                "kind": "single",
                                "explanation": "Få eller ingen meldingar tyder ofte svak meldekultur, ikkje eit "
                                "tryggare arbeidsmiljø.",
                                "options": [
                                    {
                                        "text": "Avdeling B er truleg ikkje tryggare. Leiaren bør undersøkje "
                                        "meldekulturen der.",
                                        "correct": True,
                                        "feedback": "Rett. Null meldingar er eit varselsignal.",
                                    },
                                    {
                                        "text": "Avdeling B har det tryggaste arbeidsmiljøet.",
                                        "correct": False,
                                        "feedback": "Nei. At det ikkje kjem meldingar, beviser ikkje at det ikkje "
                                        "finst farar.",
                                    },
                                    {
                                        "text": "Avdeling A har uforsiktige tilsette.",
                                        "correct": False,
                                        "feedback": "Nei. Mange meldingar viser oftast at dei tilsette ser farane og "
                                        "melder dei.",
                                    },
                                ],
                            },
                        ],
                    },
                ),
            ],
        },
    ],
}


LEADER = {
    "key": "leader",
    "slug": "hms-for-ledere",
    "audience": "leader",
    "duration_minutes": 120,
    "price_ore": 149000,
    "vat_rate": 25,
    "legal_basis": "AML § 3-5",
    "pass_mark": 80,
    "validity_months": 36,
    "translations": {
        "nb": _NB,
        "nn": _NN,
    },
}
