"""Demo course: AMU – arbeidsmiljøutvalget i praksis (AML § 7-4, FOLM § 3-18 og § 3-19). Bokmål only.

Pure data. This module is one part of the 40-hour basic training; the text says so.
"""

_NB = {
    "title": "AMU – arbeidsmiljøutvalget i praksis",
    "summary": (
        "Et kurs for medlemmer av arbeidsmiljøutvalg (AMU) om hvordan utvalget er satt sammen, hva det skal "
        "behandle og hvilken makt det har. Du lærer å lese avviks- og sykefraværsstatistikk og å gjøre "
        "vedtak som faktisk blir fulgt opp. Kurset kan telle med i den lovpålagte opplæringen på minst 40 "
        "timer."
    ),
    "learning_outcomes": [
        "Forklare når virksomheten skal ha AMU, og hvordan utvalget er satt sammen.",
        "Beskrive sakene AMU skal behandle etter arbeidsmiljøloven § 7-2.",
        "Vite når AMU kan vedta at arbeidsgiveren skal gjennomføre tiltak, og hva som skjer ved uenighet.",
        "Lese avviksstatistikk etter måned, alvorlighet, kategori og avdeling og trekke riktige slutninger.",
        "Formulere konkrete vedtak med ansvarlig, frist og plan for å måle effekt.",
    ],
    "topics": [
        "AMU: plikt og sammensetning (AML § 7-1)",
        "AMUs oppgaver og vedtaksrett (AML § 7-2)",
        "Årshjul og saksliste",
        "Avviksstatistikk og meldekultur",
        "Sykefravær og arbeidsmiljø",
        "Gode vedtak og oppfølging",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "amu-sammensetning",
            "title": "Hva AMU er, og hvem som sitter der",
            "minutes": 40,
            "body": [
                ("heading", "Et partssammensatt utvalg"),
                (
                    "paragraph",
                    "<p>Arbeidsmiljøutvalget (AMU) er stedet der arbeidsgiveren og de ansatte møtes for å arbeide "
                    "med arbeidsmiljøet i hele virksomheten. Verneombudet følger opp sitt eget område. AMU ser på "
                    "helheten: planer, systemer, statistikk og saker som går på tvers av avdelinger.</p>"
                    "<p>AMU er ikke et forhandlingsmøte. Lønn og tariff hører hjemme hos de tillitsvalgte. AMU skal "
                    "arbeide for et fullt forsvarlig arbeidsmiljø. Medlemmene representerer sin side, men har et "
                    "felles mål.</p>",
                ),
                ("heading", "Når skal virksomheten ha AMU?"),
                (
                    "law",
                    {
                        "reference": "AML § 7-1 og FOLM § 3-7",
                        "title": "Plikt til å ha arbeidsmiljøutvalg",
                        "text": (
                            "Virksomheter som jevnlig har minst 30 arbeidstakere, skal ha et arbeidsmiljøutvalg med "
                            "like mange representanter fra arbeidsgiveren og arbeidstakerne. I mindre virksomheter "
                            "kan en av partene kreve at det opprettes AMU, og Arbeidstilsynet kan bestemme det når "
                            "forholdene tilsier det. Antallet regnes ut fra gjennomsnittet siste kalenderår, og alle "
                            "som arbeider minst 20 timer i uka, telles med."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Virksomhet betyr vanligvis den juridiske enheten, for eksempel et aksjeselskap. I et konsern "
                    "skal hvert selskap ha sitt eget AMU. En kommune regnes som én virksomhet, selv om den har "
                    "mange tjenester. Store kommuner har derfor ofte ett sentralt AMU og flere underutvalg.</p>",
                ),
                ("heading", "Hvem sitter i utvalget?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Arbeidsgiversiden:</b> Arbeidsgiveren peker ut sine representanter. Daglig leder, eller "
                    "en representant fra den øverste ledelsen i store virksomheter, skal alltid være med.</li>"
                    "<li><b>Arbeidstakersiden:</b> Hovedverneombudet er fast medlem med stemmerett. Har "
                    "virksomheten bare ett verneombud, er det verneombudet som sitter i utvalget. De andre "
                    "representantene velges av de ansatte.</li>"
                    "<li><b>Bedriftshelsetjenesten (BHT):</b> Minst én representant er fast medlem, men som "
                    "rådgiver og uten stemmerett. BHT kan ikke representere noen av partene.</li>"
                    "</ul>"
                    "<p>Lederen av AMU velges vekselvis fra arbeidsgiversiden og arbeidstakersiden. Ved "
                    "stemmelikhet avgjør lederens stemme. Derfor er det viktig at vervet faktisk går på omgang. Det "
                    "skal være kjent på arbeidsplassen hvem som sitter i utvalget, for eksempel på intranett eller "
                    "oppslagstavle.</p>",
                ),
                ("heading", "Et møte som fungerer"),
                (
                    "paragraph",
                    "<p>Det er vanlig at AMU møtes minst fire ganger i året. "
                    "Et godt møte har en saksliste som sendes ut på forhånd, med saksdokumenter. Det skrives "
                    "referat med vedtak, ansvarlig og frist. Neste møte starter med å gå gjennom forrige referat: "
                    "Er vedtakene gjennomført?</p>"
                    "<p>Et eksempel: Et byggefirma med 60 ansatte hadde AMU-møter der daglig leder orienterte i en "
                    "time og ingen vedtak ble gjort. Etter et kurs la utvalget om praksis. Hvert møte har nå faste "
                    "punkter: avviksstatistikk, sykefravær, status på handlingsplanen og saker fra verneombudene. "
                    "Hvert punkt ender med en konklusjon.</p>",
                ),
                ("heading", "Opplæring for AMU-medlemmer"),
                (
                    "law",
                    {
                        "reference": "AML § 7-4, FOLM § 3-18 og § 3-19",
                        "title": "Opplæring av medlemmer i AMU",
                        "text": (
                            "Arbeidsgiveren skal sørge for at medlemmene av arbeidsmiljøutvalget får den opplæringen "
                            "de trenger for å gjøre vervet forsvarlig. Forskriften beskriver innholdet og krever "
                            "minst 40 timer. Kortere opplæring kan bare avtales når partene sammen mener det er "
                            "forsvarlig."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Opplæringskravet gjelder begge sider, også lederne som sitter i utvalget. Dette kurset tar "
                    "omtrent to timer og kan telle med i de 40 timene. Det erstatter ikke hele "
                    "grunnopplæringen.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: AMU",
                        "questions": [
                            {
                                "text": "En virksomhet har i snitt 34 ansatte som jobber mer enn 20 timer i uka. "
                                "Må den ha AMU?",
                                "kind": "single",
                                "explanation": "Grensen er minst 30 arbeidstakere jevnlig, regnet som snitt over "
                                "siste kalenderår.",
                                "options": [
                                    {
                                        "text": "Ja, fordi den jevnlig har minst 30 arbeidstakere",
                                        "correct": True,
                                        "feedback": "Riktig. Da er AMU et krav.",
                                    },
                                    {
                                        "text": "Nei, grensen er 50 ansatte",
                                        "correct": False,
                                        "feedback": "Feil. Grensen er nå 30. Eldre kilder viser ofte 50.",
                                    },
                                    {
                                        "text": "Bare hvis Arbeidstilsynet pålegger det",
                                        "correct": False,
                                        "feedback": "Feil. Plikten gjelder direkte fra 30 arbeidstakere.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke påstander om sammensetningen av AMU er riktige?",
                                "kind": "multiple",
                                "explanation": "Partene har like mange representanter, hovedverneombudet er med "
                                "med stemmerett, og BHT er rådgiver uten stemmerett.",
                                "options": [
                                    {
                                        "text": "Arbeidsgiveren og arbeidstakerne har like mange representanter.",
                                        "correct": True,
                                        "feedback": "Riktig. Utvalget er partssammensatt.",
                                    },
                                    {
                                        "text": "Hovedverneombudet er medlem og har stemmerett.",
                                        "correct": True,
                                        "feedback": "Riktig. Hovedverneombudet er en av arbeidstakernes representanter.",
                                    },
                                    {
                                        "text": "BHT har stemmerett når saken gjelder helse.",
                                        "correct": False,
                                        "feedback": "Feil. BHT er fast medlem, men alltid uten stemmerett.",
                                    },
                                    {
                                        "text": "Arbeidsgiversiden leder alltid utvalget.",
                                        "correct": False,
                                        "feedback": "Feil. Ledervervet går på omgang mellom partene.",
                                    },
                                ],
                            },
                            {
                                "text": "Det blir stemmelikhet i AMU. Hva skjer?",
                                "kind": "single",
                                "explanation": "Ved stemmelikhet avgjør lederens stemme.",
                                "options": [
                                    {
                                        "text": "Lederens stemme avgjør",
                                        "correct": True,
                                        "feedback": "Riktig. Derfor veksler partene på å ha ledervervet.",
                                    },
                                    {
                                        "text": "Daglig leder avgjør alltid",
                                        "correct": False,
                                        "feedback": "Feil. Det er utvalgets leder som avgjør, og det kan være en "
                                        "arbeidstakerrepresentant.",
                                    },
                                    {
                                        "text": "Saken sendes automatisk til Arbeidstilsynet",
                                        "correct": False,
                                        "feedback": "Feil. Utvalget avgjør saken selv.",
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
            "slug": "amu-oppgaver",
            "title": "AMUs oppgaver og vedtaksrett",
            "minutes": 40,
            "body": [
                ("heading", "Hva AMU skal arbeide med"),
                (
                    "law",
                    {
                        "reference": "AML § 7-2",
                        "title": "Arbeidsmiljøutvalgets oppgaver",
                        "text": (
                            "AMU skal arbeide for et fullt forsvarlig arbeidsmiljø. Utvalget skal delta i "
                            "planleggingen av verne- og miljøarbeidet og følge utviklingen nøye. Visse saker skal "
                            "legges fram for utvalget, blant annet spørsmål om bedriftshelsetjenesten og "
                            "vernetjenesten, opplæring og informasjon, planer som kan ha stor betydning for "
                            "arbeidsmiljøet, virksomhetens HMS-system og helse- og velferdsspørsmål knyttet til "
                            "arbeidstidsordninger. Utvalget skal også gå gjennom rapporter om yrkessykdom, ulykker og "
                            "nestenulykker."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Listen i loven betyr at arbeidsgiveren ikke kan velge bort AMU i disse sakene. Planlegger "
                    "ledelsen en ny turnus, en flytting eller et nytt produksjonsutstyr, skal saken til AMU før "
                    "beslutningen er tatt. En orientering etter at kontrakten er signert, er ikke nok.</p>"
                    "<p>Eksempler på saker som hører hjemme i AMU:</p>"
                    "<ul>"
                    "<li>En kommune vil slå sammen to hjemmetjenestesoner. Hvordan påvirker det reisetid, "
                    "alenearbeid og arbeidsbelastning?</li>"
                    "<li>Et renholdsfirma vurderer nye vaskemidler. Hva sier BHT om helsefarene?</li>"
                    "<li>En skole vil innføre en ny plan mot vold og trusler fra elever. Hvordan skal ansatte "
                    "læres opp?</li>"
                    "<li>Et verksted skal kjøpe en ny maskin. Er støy og ergonomi vurdert?</li>"
                    "<li>Den årlige gjennomgangen av internkontrollen. Har systemet virket?</li>"
                    "</ul>",
                ),
                ("heading", "AMU kan vedta tiltak"),
                (
                    "paragraph",
                    "<p>AMU er mer enn et rådgivende organ. Når det trengs for å verne liv eller helse, kan utvalget "
                    "vedta at arbeidsgiveren skal gjennomføre konkrete tiltak, innen en frist utvalget setter. "
                    "Arbeidsgiveren skal følge vedtaket. Er arbeidsgiveren uenig, kan hun eller han legge saken "
                    "fram for Arbeidstilsynet, som avgjør den. Utvalget skal da få vite det og hvorfor.</p>"
                    "<p>Denne retten brukes sjelden, og det er et godt tegn. Ofte holder det at utvalget peker på "
                    "problemet og ber om en plan. Men det er nyttig å kjenne til den. Et eksempel: Hjemmetjenesten "
                    "har hatt tre alvorlige trusselhendelser på samme adresse. Lederen har ikke satt inn tiltak. "
                    "AMU vedtar at alle besøk på adressen skal gjøres av to ansatte fra neste uke, og at "
                    "personalarmene skal testes hver måned. Det er et konkret tiltak med frist, knyttet til en "
                    "fare for liv og helse.</p>",
                ),
                ("heading", "Årshjul: en plan for året"),
                (
                    "paragraph",
                    "<p>Et årshjul gjør at de faste sakene kommer på sakslisten til riktig tid. Et eksempel med fire "
                    "møter:</p>"
                    "<ol>"
                    "<li><b>Første kvartal:</b> Årsrapport for AMU. Avviks- og sykefraværsstatistikk for året som "
                    "gikk. Mål for HMS for det nye året.</li>"
                    "<li><b>Andre kvartal:</b> Status på handlingsplanen. Resultater fra vernerunder. Plan for "
                    "opplæring.</li>"
                    "<li><b>Tredje kvartal:</b> Medarbeiderundersøkelse eller kartlegging av psykososialt "
                    "arbeidsmiljø. Budsjettinnspill for HMS-tiltak.</li>"
                    "<li><b>Fjerde kvartal:</b> Årlig gjennomgang av internkontrollen. Plan for BHT neste år.</li>"
                    "</ol>"
                    "<p>I tillegg kommer saker som dukker opp: alvorlige ulykker, store endringer og saker fra "
                    "verneombudene som står fast. AMU skal også hvert år lage en rapport om sitt eget arbeid.</p>",
                ),
                ("heading", "BHT som rådgiver"),
                (
                    "paragraph",
                    "<p>Bedriftshelsetjenesten skal gi råd til både ledelse og ansatte og skal være uavhengig. Bruk "
                    "BHT aktivt i AMU. Be om en faglig vurdering før utvalget tar stilling i saker om kjemikalier, "
                    "støy, inneklima, ergonomi eller psykososiale forhold. Be også BHT om en årsplan som bygger på "
                    "risikoen i virksomheten, ikke bare på helsekontroller. Virksomheter i blant annet bygg og "
                    "anlegg og renhold skal alltid være knyttet til en godkjent BHT.</p>",
                ),
                ("heading", "Fra diskusjon til vedtak"),
                (
                    "paragraph",
                    "<p>Et svakt referat lyder: «Saken ble diskutert.» Et godt vedtak svarer på fire spørsmål: Hva "
                    "skal gjøres? Hvem har ansvaret? Når skal det være ferdig? Hvordan skal vi se at det virket? "
                    "Eksempel: «Avdelingsleder for renhold sørger for at produkt X erstattes av et mindre "
                    "helseskadelig produkt innen 1. mars. BHT vurderer alternativet. Effekten måles ved antall "
                    "meldinger om hudplager første halvår.»</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "amu-avvik-og-statistikk",
            "title": "Avviksstatistikk, sykefravær og oppfølging",
            "minutes": 40,
            "body": [
                ("heading", "AMU skal lære av avvikene"),
                (
                    "paragraph",
                    "<p>Loven gir AMU en klar oppgave: Utvalget skal gå gjennom rapporter om yrkessykdom, ulykker og "
                    "nestenulykker, finne ut hvorfor de skjedde, og se til at arbeidsgiveren setter inn tiltak så "
                    "det ikke skjer igjen. AMU skal ikke behandle hver enkelt melding. Det gjør lederne. AMU ser "
                    "etter mønstre og følger med på at systemet virker.</p>"
                    "<p>Husk skillet mellom hendelse og avvik. Når en ansatt glir på is og brekker beinet, er "
                    "beinbruddet hendelsen. At ingen hadde ansvar for å strø, er avviket. Spør alltid: Ble årsaken "
                    "funnet og rettet, eller bare følgen?</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 5-1",
                        "title": "Registrering av skader og sykdommer",
                        "text": (
                            "Arbeidsgiveren skal sørge for at alle personskader som skjer i arbeidet, blir "
                            "registrert. Det samme gjelder sykdommer som antas å skyldes arbeidet eller forholdene "
                            "på arbeidsplassen. Registeret skal være tilgjengelig for Arbeidstilsynet, verneombud, "
                            "bedriftshelsetjenesten og arbeidsmiljøutvalget."
                        ),
                    },
                ),
                ("heading", "Slik leser du statistikken"),
                (
                    "paragraph",
                    "<p>Be om avviksstatistikk fordelt på fire måter:</p>"
                    "<ul>"
                    "<li><b>Per måned:</b> Finnes det topper? Henger de sammen med sesong, ferie eller "
                    "bemanning?</li>"
                    "<li><b>Per alvorlighet:</b> Hvor mange er lav, middels og høy? Se både på faktisk og mulig "
                    "konsekvens.</li>"
                    "<li><b>Per kategori:</b> for eksempel vold og trusler, fall, kjemikalier, brann, støy, "
                    "ergonomi, psykososialt og maskiner og utstyr.</li>"
                    "<li><b>Per avdeling:</b> Hvor melder de mye, og hvor melder de lite?</li>"
                    "</ul>"
                    "<p>Et eksempel fra en mellomstor kommune: Den fikk rundt 1 300 avviksmeldinger på et år. De "
                    "fleste var vurdert som lav eller middels alvorlighet. Den største kategorien var vold og "
                    "trusler, mest fra helse og omsorg og skole. September var måneden med flest meldinger.</p>"
                    "<p>Hva betyr dette for AMU? Mange meldinger er et godt tegn. Det viser at de ansatte melder. "
                    "Det farlige er enhetene som nesten ikke melder. Der er farene ofte like store, men ingen "
                    "forteller om dem. Toppen i september kan henge sammen med nye elever, nye brukere og mange "
                    "nye vikarer etter sommeren. Da bør opplæringen skje i august, ikke i oktober.</p>",
                ),
                ("heading", "Spørsmål AMU bør stille"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Hvor mange saker er åpne, og hvor lenge har de vært åpne?</li>"
                    "<li>Blir saker lukket uten at effekten av tiltakene er vurdert?</li>"
                    "<li>Finner årsaksanalysene organisatoriske årsaker, eller stopper de ved «uoppmerksom "
                    "ansatt»?</li>"
                    "<li>Velges tiltak i riktig rekkefølge, eller er personlig verneutstyr det første svaret?</li>"
                    "<li>Kommer de samme avvikene igjen i flere avdelinger?</li>"
                    "<li>Blir verneombudet informert om sakene?</li>"
                    "</ol>",
                ),
                ("heading", "To eksempler"),
                (
                    "paragraph",
                    "<p><b>Snekkerverkstedet.</b> En lærling får øresus etter noen måneder ved en ny høvel. "
                    "Statistikken viser at ingen støymåling ble gjort da maskinen kom. AMU spør hvorfor det ikke ble "
                    "gjort en ny risikovurdering ved endringen, og vedtar at alle innkjøp av nye maskiner skal "
                    "vurderes for støy og ergonomi før de tas i bruk. Hørselvern skal være påbudt der støyen er over "
                    "85 dB, og BHT skal tilby hørselskontroll.</p>"
                    "<p><b>Regnskapskontoret.</b> Sykefraværet har økt etter at kontoret gikk over til fri "
                    "plassering, samtidig som det var mye overtid. Flere er sykmeldt med nakkesmerter og "
                    "utmattelse. AMU ber ledelsen om en risikovurdering av både arbeidsplassene og arbeidsmengden. "
                    "Utvalget følger opp i neste møte, med sykefraværet som mål på effekt.</p>",
                ),
                ("heading", "Sykefravær som signal"),
                (
                    "paragraph",
                    "<p>Sykefravær har mange årsaker, og mye av det har ikke med jobben å gjøre. Men endringer i "
                    "fraværet kan vise problemer i arbeidsmiljøet. AMU bør se på fraværet per avdeling over tid og "
                    "sammen med avvikene. Pass på personvernet: AMU skal se tall for grupper, aldri opplysninger om "
                    "enkeltpersoner.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Avsluttende prøve: AMU i praksis",
                        "questions": [
                            {
                                "text": "Hvilke saker skal legges fram for AMU?",
                                "kind": "multiple",
                                "explanation": "AML § 7-2 lister blant annet opp BHT, opplæring, planer med stor "
                                "betydning for arbeidsmiljøet og HMS-systemet.",
                                "options": [
                                    {
                                        "text": "Planer om ny turnus som kan påvirke arbeidsmiljøet",
                                        "correct": True,
                                        "feedback": "Riktig. Planer med stor betydning for arbeidsmiljøet skal til AMU.",
                                    },
                                    {
                                        "text": "Spørsmål om bedriftshelsetjenesten",
                                        "correct": True,
                                        "feedback": "Riktig. Dette står uttrykkelig i loven.",
                                    },
                                    {
                                        "text": "Rapporter om ulykker og nestenulykker",
                                        "correct": True,
                                        "feedback": "Riktig. AMU skal gå gjennom dem og se etter årsaker.",
                                    },
                                    {
                                        "text": "Lønnsforhandlingene for neste år",
                                        "correct": False,
                                        "feedback": "Feil. Lønn hører hjemme hos de tillitsvalgte, ikke i AMU.",
                                    },
                                ],
                            },
                            {
                                "text": "AMU vedtar at arbeidsgiveren skal sette inn et tiltak for å verne liv og "
                                "helse. Arbeidsgiveren er uenig. Hva kan arbeidsgiveren gjøre?",
                                "kind": "single",
                                "explanation": "Arbeidsgiveren kan legge vedtaket fram for Arbeidstilsynet, som "
                                "avgjør saken. AMU skal få vite det.",
                                "options": [
                                    {
                                        "text": "Legge saken fram for Arbeidstilsynet, som avgjør den",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er den lovlige veien ved uenighet.",
                                    },
                                    {
                                        "text": "Se bort fra vedtaket, fordi AMU bare gir råd",
                                        "correct": False,
                                        "feedback": "Feil. Slike vedtak er bindende for arbeidsgiveren.",
                                    },
                                    {
                                        "text": "Bytte ut arbeidstakernes representanter",
                                        "correct": False,
                                        "feedback": "Feil. Arbeidsgiveren kan ikke velge de ansattes representanter.",
                                    },
                                ],
                            },
                            {
                                "text": "Én enhet i kommunen har nesten ingen avviksmeldinger. Hva bør AMU tenke?",
                                "kind": "single",
                                "explanation": "Få meldinger kan bety svak meldekultur. Det bør undersøkes.",
                                "options": [
                                    {
                                        "text": "Meldekulturen bør undersøkes. Farene kan være der, selv om ingen "
                                        "melder.",
                                        "correct": True,
                                        "feedback": "Riktig. Lav meldefrekvens er et varselsignal.",
                                    },
                                    {
                                        "text": "Enheten er den tryggeste i kommunen.",
                                        "correct": False,
                                        "feedback": "Nei. Fravær av meldinger er ikke bevis for et trygt arbeidsmiljø.",
                                    },
                                    {
                                        "text": "Enheten bør få ros for få avvik.",
                                        "correct": False,
                                        "feedback": "Nei. Ros for få meldinger kan gjøre at enda færre melder.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilket vedtak er best formulert?",
                                "kind": "single",
                                "explanation": "Et godt vedtak sier hva, hvem, når og hvordan effekten skal måles.",
                                "options": [
                                    {
                                        "text": "«Avdelingsleder erstatter produkt X innen 1. mars. BHT vurderer "
                                        "alternativet. Effekten måles ved meldinger om hudplager første "
                                        "halvår.»",
                                        "correct": True,
                                        "feedback": "Riktig. Vedtaket har tiltak, ansvarlig, frist og effektmål.",
                                    },
                                    {
                                        "text": "«Saken ble diskutert.»",
                                        "correct": False,
                                        "feedback": "Nei. Dette er ikke et vedtak og kan ikke følges opp.",
                                    },
                                    {
                                        "text": "«Alle må være mer forsiktige med kjemikalier.»",
                                        "correct": False,
                                        "feedback": "Nei. Vedtaket har ingen ansvarlig, ingen frist og legger ansvaret "
                                        "på den enkelte.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke spørsmål er nyttige når AMU går gjennom avvikene?",
                                "kind": "multiple",
                                "explanation": "AMU ser etter mønstre og følger med på at rutinen virker, ikke på "
                                "enkeltpersoner.",
                                "options": [
                                    {
                                        "text": "Blir saker lukket uten at effekten er vurdert?",
                                        "correct": True,
                                        "feedback": "Riktig. En sak skal ikke lukkes før effekten er vurdert.",
                                    },
                                    {
                                        "text": "Finner analysene organisatoriske årsaker?",
                                        "correct": True,
                                        "feedback": "Riktig. Det er der tiltakene virker best.",
                                    },
                                    {
                                        "text": "Hvilken ansatt har meldt flest avvik?",
                                        "correct": False,
                                        "feedback": "Nei. AMU ser ikke på enkeltpersoner, og det kan skremme folk fra "
                                        "å melde.",
                                    },
                                    {
                                        "text": "Er personlig verneutstyr det første tiltaket som velges?",
                                        "correct": True,
                                        "feedback": "Riktig. Verneutstyr skal komme sist. Et slikt mønster bør "
                                        "rettes.",
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


AMU = {
    "key": "amu",
    "slug": "amu-i-praksis",
    "audience": "amu",
    "duration_minutes": 120,
    "price_ore": 199000,
    "vat_rate": 25,
    "legal_basis": "AML § 7-4, FOLM § 3-18 og § 3-19",
    "pass_mark": 80,
    "validity_months": 0,
    "translations": {
        "nb": _NB,
    },
}
