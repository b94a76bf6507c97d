"""Demo course: Verneombud – grunnmodul (AML § 6-5, FOLM § 3-18 og § 3-19). Bokmål only.

Pure data. This module is one part of the 40-hour basic training; the text says so.
"""

_NB = {
    "title": "Verneombud – grunnmodul",
    "summary": (
        "En grunnmodul for nye og erfarne verneombud om rolle, rettigheter og verktøy. Du lærer å gå "
        "vernerunder, vurdere risiko, analysere avvik og bruke stansingsretten riktig. Modulen dekker deler "
        "av innholdet i forskrift om organisering, ledelse og medvirkning § 3-18 og kan telle med i den "
        "lovpålagte grunnopplæringen på minst 40 timer."
    ),
    "learning_outcomes": [
        "Forklare verneombudets oppgaver og rettigheter etter arbeidsmiljøloven kapittel 6.",
        "Planlegge og gjennomføre en vernerunde som dekker fysiske, psykososiale og organisatoriske forhold.",
        "Gjøre en enkel risikovurdering og foreslå tiltak i riktig prioritert rekkefølge.",
        "Skille hendelse fra avvik og bruke «fire ganger hvorfor» for å finne organisatoriske årsaker.",
        "Vite når og hvordan stansingsretten i AML § 6-3 kan brukes, og hvordan saker tas videre.",
    ],
    "topics": [
        "Verneombudets rolle (AML kapittel 6)",
        "Vernerunde og kartlegging",
        "Risikovurdering og tiltakshierarki",
        "Psykososialt arbeidsmiljø (AML § 4-3)",
        "Avvik og årsaksanalyse",
        "Stansingsrett (AML § 6-3)",
        "Varsling av alvorlige ulykker (AML § 5-2)",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "verneombudets-rolle",
            "title": "Verneombudets rolle, rettigheter og plikter",
            "minutes": 45,
            "body": [
                ("heading", "Hvorfor har vi verneombud?"),
                (
                    "paragraph",
                    "<p>Arbeidsgiveren har ansvaret for arbeidsmiljøet. Men det er de ansatte som kjenner farene "
                    "best. Verneombudet er bindeleddet mellom dem. Du er valgt for å ivareta de ansattes interesser "
                    "i alt som gjelder arbeidsmiljøet.</p>"
                    "<p>Som hovedregel skal alle virksomheter ha verneombud (AML § 6-1). I små virksomheter kan "
                    "partene i noen tilfeller skriftlig avtale en annen ordning. Verneombudet velges av og blant de "
                    "ansatte, vanligvis for to år. Alle ansatte kan stemme, enten de er fagorganisert eller ikke. "
                    "Har virksomheten mer enn ett verneombud, skal det også velges et hovedverneombud som samordner "
                    "arbeidet.</p>"
                    "<p>I noen bransjer finnes regionale verneombud. De dekker virksomheter som ikke har eget "
                    "verneombud. Det gjelder blant annet bygg og anlegg, renhold og overnatting og servering.</p>",
                ),
                ("heading", "Hva verneombudet skal passe på"),
                (
                    "law",
                    {
                        "reference": "AML § 6-2",
                        "title": "Verneombudets oppgaver",
                        "text": (
                            "Verneombudet skal ivareta de ansattes interesser i saker om arbeidsmiljøet. "
                            "Verneombudet skal blant annet se til at maskiner, utstyr og arbeidsmåter ikke utsetter "
                            "noen for fare, at verneutstyr finnes og er i orden, at de ansatte får nødvendig "
                            "opplæring og instruksjon, og at ulykker og farlige forhold blir meldt. Verneombudet "
                            "skal tas med på råd når tiltak som påvirker arbeidsmiljøet, planlegges og "
                            "gjennomføres."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>I praksis betyr det ulike ting i ulike bransjer:</p>"
                    "<ul>"
                    "<li><b>Bygg og anlegg:</b> Er rekkverk, stillas og sikring mot fallende gjenstander på plass? "
                    "Er stillaset kontrollert før bruk?</li>"
                    "<li><b>Hjemmetjenesten:</b> Virker personalarmene? Finnes det rutiner for besøk hos brukere "
                    "med kjent aggresjon?</li>"
                    "<li><b>Skole og SFO:</b> Hvordan er inneklimaet og støyen? Blir vold fra elever meldt og fulgt "
                    "opp?</li>"
                    "<li><b>Renhold:</b> Er kjemikaliene merket? Finnes sikkerhetsdatablad? Er utstyret tilpasset "
                    "for å unngå belastningsskader?</li>"
                    "<li><b>Kontor:</b> Er arbeidsplassene tilpasset? Er arbeidsmengden forsvarlig over tid?</li>"
                    "</ul>"
                    "<p>Verneombudet har også rett til informasjon. Du skal få vite om ulykker, nestenulykker og "
                    "yrkessykdommer i ditt område, og du skal få se rapporter fra målinger. Du skal få mulighet til "
                    "å delta når Arbeidstilsynet er på tilsyn. Og du skal tas med tidlig når det planlegges nye "
                    "lokaler, nytt utstyr, ny turnus eller omorganisering.</p>",
                ),
                ("heading", "Verneombud eller tillitsvalgt?"),
                (
                    "paragraph",
                    "<p>Rollene blandes ofte sammen. En tillitsvalgt representerer medlemmene i en fagforening i "
                    "saker om lønn, arbeidstid og ansettelsesvilkår. Verneombudet representerer alle ansatte, og "
                    "bare i saker om arbeidsmiljø. Samme person kan ha begge vervene, men bør holde rollene fra "
                    "hverandre. Spør deg selv: Handler saken om helse og sikkerhet, eller om avtalevilkår?</p>",
                ),
                ("heading", "Du har ikke arbeidsgiverens ansvar"),
                (
                    "paragraph",
                    "<p>Verneombudet skal passe på, men har ikke ansvaret for at loven blir fulgt. Det ansvaret "
                    "ligger hos arbeidsgiveren og kan ikke flyttes over til deg. Du blir ikke ansvarlig for en "
                    "ulykke fordi du ikke oppdaget faren på forhånd.</p>"
                    "<p>Vervet skal heller ikke gå ut over deg. Arbeidsgiveren skal sørge for at du har nok tid til "
                    "vervet. Vervet skal ikke føre til tap av inntekt eller dårligere arbeids- og "
                    "ansettelsesvilkår for deg.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 6-5, FOLM § 3-18 og § 3-19",
                        "title": "Tid og opplæring",
                        "text": (
                            "Arbeidsgiveren skal sørge for at verneombudet har den tiden vervet krever, og vervet "
                            "skal ikke føre til tap av inntekt. Verneombudet skal få den opplæringen som trengs, og "
                            "arbeidsgiveren betaler. Forskriften lister opp hva opplæringen skal dekke, og krever "
                            "minst 40 timer. Kortere opplæring kan bare avtales når partene sammen mener det er "
                            "forsvarlig."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Denne modulen tar omtrent tre timer. Den kan telle med i de 40 timene, men den er ikke hele "
                    "grunnopplæringen. Forskriften krever at opplæringen blant annet dekker roller og ansvar, "
                    "systematisk HMS-arbeid, enkel risikovurdering, psykososiale og organisatoriske forhold, fysiske "
                    "faktorer som ergonomi, støy og inneklima, og en innføring i arbeidsmiljøloven. Brukes det "
                    "helsefarlige kjemikalier, skal du også lære om farene ved dem. Lag gjerne en opplæringsplan "
                    "sammen med arbeidsgiveren.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: verneombudets rolle",
                        "questions": [
                            {
                                "text": "Hvem velger verneombudet?",
                                "kind": "single",
                                "explanation": "Verneombudet velges av og blant de ansatte. Alle ansatte har "
                                "stemmerett, også de som ikke er fagorganisert.",
                                "options": [
                                    {
                                        "text": "De ansatte",
                                        "correct": True,
                                        "feedback": "Riktig. Verneombudet er de ansattes representant.",
                                    },
                                    {
                                        "text": "Daglig leder",
                                        "correct": False,
                                        "feedback": "Nei. Arbeidsgiveren skal ikke velge de ansattes representant.",
                                    },
                                    {
                                        "text": "Arbeidstilsynet",
                                        "correct": False,
                                        "feedback": "Nei. Arbeidstilsynet fører tilsyn, men velger ikke verneombud.",
                                    },
                                    {
                                        "text": "Fagforeningen alene",
                                        "correct": False,
                                        "feedback": "Nei. Alle ansatte kan stemme, ikke bare fagorganiserte.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke av disse er verneombudets oppgaver?",
                                "kind": "multiple",
                                "explanation": "Verneombudet ser til at arbeidsmiljøet er trygt, men tar ikke over "
                                "lederens oppgaver med budsjett og personaloppfølging.",
                                "options": [
                                    {
                                        "text": "Se til at verneutstyr finnes og er i orden",
                                        "correct": True,
                                        "feedback": "Riktig. Dette står i AML § 6-2.",
                                    },
                                    {
                                        "text": "Se til at nyansatte får nødvendig opplæring",
                                        "correct": True,
                                        "feedback": "Riktig. Opplæring og instruksjon er en del av oppgavene.",
                                    },
                                    {
                                        "text": "Vedta budsjettet for HMS-tiltak",
                                        "correct": False,
                                        "feedback": "Nei. Budsjettet er arbeidsgiverens ansvar.",
                                    },
                                    {
                                        "text": "Gi skriftlige advarsler til kolleger som ikke bruker hjelm",
                                        "correct": False,
                                        "feedback": "Nei. Reaksjoner overfor ansatte er lederens oppgave. Verneombudet "
                                        "kan si fra og melde saken.",
                                    },
                                ],
                            },
                            {
                                "text": "Hva gjelder for grunnopplæringen til verneombud?",
                                "kind": "single",
                                "explanation": "FOLM § 3-19 krever minst 40 timer. Arbeidsgiveren betaler etter "
                                "AML § 6-5.",
                                "options": [
                                    {
                                        "text": "Minst 40 timer, betalt av arbeidsgiveren. Kortere bare hvis partene "
                                        "er enige om at det er forsvarlig.",
                                        "correct": True,
                                        "feedback": "Riktig. Denne modulen kan telle med i de 40 timene.",
                                    },
                                    {
                                        "text": "Verneombudet må betale opplæringen selv.",
                                        "correct": False,
                                        "feedback": "Feil. Arbeidsgiveren dekker kostnadene.",
                                    },
                                    {
                                        "text": "Opplæringen er frivillig.",
                                        "correct": False,
                                        "feedback": "Feil. Arbeidsgiveren har plikt til å sørge for opplæringen.",
                                    },
                                    {
                                        "text": "Tre timer på nett er alltid nok.",
                                        "correct": False,
                                        "feedback": "Feil. En kort modul kan være en del av opplæringen, men ikke hele.",
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
            "slug": "vernerunde-og-risikovurdering",
            "title": "Vernerunde og risikovurdering",
            "minutes": 45,
            "body": [
                ("heading", "Vernerunden: se arbeidsplassen med nye øyne"),
                (
                    "paragraph",
                    "<p>En vernerunde er en planlagt gjennomgang av arbeidsplassen. Målet er å finne farer og "
                    "problemer før noen blir skadet. Runden gjøres av leder og verneombud sammen, gjerne med "
                    "ansatte fra området og noen ganger med BHT. Vernerunden er arbeidsgiverens verktøy, men "
                    "verneombudet er en viktig deltaker.</p>"
                    "<ol>"
                    "<li><b>Forbered.</b> Les forrige rapport. Se på avvik og skader i området. Tilpass "
                    "sjekklisten til arbeidet som gjøres der.</li>"
                    "<li><b>Gå runden.</b> Se, lytt og spør. Snakk med dem som jobber der. Spør hva som er "
                    "vanskelig, ikke bare om alt er i orden.</li>"
                    "<li><b>Vurder.</b> Hvor alvorlig er hvert funn? Hvor sannsynlig er det at noe skjer?</li>"
                    "<li><b>Skriv rapport.</b> For hvert funn: hva, hvor, risiko, foreslått tiltak, ansvarlig og "
                    "frist.</li>"
                    "<li><b>Følg opp.</b> Sjekk at tiltakene blir gjort. Neste runde starter med forrige rapport.</li>"
                    "</ol>",
                ),
                ("heading", "Tre typer forhold"),
                (
                    "paragraph",
                    "<p>En god vernerunde ser på mer enn det fysiske. Bruk tre briller:</p>"
                    "<ul>"
                    "<li><b>Fysisk:</b> støy, støv, kjemikalier, inneklima, lys, tunge løft, arbeidsstillinger, "
                    "maskiner, fall og snubling.</li>"
                    "<li><b>Psykososialt:</b> samarbeid, konflikter, trakassering, vold og trusler, støtte fra "
                    "leder og kolleger.</li>"
                    "<li><b>Organisatorisk:</b> arbeidsmengde, bemanning, turnus, alenearbeid, tidspress og uklare "
                    "roller.</li>"
                    "</ul>"
                    "<p>Psykososiale forhold er vanskeligere å se. Du finner dem ofte i samtaler, i sykefraværet og "
                    "i avvik om vold og trusler. Noen ganger har en konflikt en enkel årsak. På et sykehjem kranglet "
                    "de ansatte i lang tid om hvem som skulle rydde garderoben. Løsningen var en fast fordeling av "
                    "oppgaven og flere skittentøyskurver.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 4-3",
                        "title": "Krav til det psykososiale arbeidsmiljøet",
                        "text": (
                            "Arbeidet skal legges til rette slik at de ansattes integritet og verdighet blir "
                            "ivaretatt. Ingen skal utsettes for trakassering eller annen utilbørlig opptreden. Så "
                            "langt det er mulig, skal de ansatte beskyttes mot vold, trusler og uheldige "
                            "belastninger fra kontakt med andre, for eksempel brukere, pasienter, elever eller "
                            "kunder."
                        ),
                    },
                ),
                ("heading", "En enkel risikovurdering"),
                (
                    "paragraph",
                    "<p>Risiko er sannsynlighet ganger konsekvens. Bruk en skala fra 1 til 3 for begge:</p>"
                    "<ul>"
                    "<li>Sannsynlighet: 1 = lite sannsynlig, 2 = kan skje, 3 = vil trolig skje.</li>"
                    "<li>Konsekvens: 1 = liten skade, 2 = skade med fravær, 3 = alvorlig eller varig skade.</li>"
                    "</ul>"
                    "<p>Et eksempel: Et snekkerverksted har fått en ny høvel. Ingen har målt støyen etter at "
                    "maskinen kom. BHT måler 92 dB. En lærling står ved maskinen flere timer om dagen og klager over "
                    "susing i ørene. Sannsynligheten for hørselsskade er høy (3). Konsekvensen er varig (3). "
                    "Risikoen blir 9, altså høy.</p>"
                    "<p>Her ser du to avvik. Det første er at støyen ikke ble vurdert på nytt da maskinen kom. En "
                    "endring skal alltid gi en ny vurdering. Det andre er at hørselvern ikke var påbudt, selv om "
                    "støyen var over 85 dB. Ved det nivået skal hørselvern brukes. De ansatte bør også få tilbud om "
                    "hørselskontroll.</p>",
                ),
                ("heading", "Tiltak i riktig rekkefølge"),
                (
                    "paragraph",
                    "<p>Når du foreslår tiltak, følg denne rekkefølgen:</p>"
                    "<ol>"
                    "<li>Fjern faren helt.</li>"
                    "<li>Bytt ut med noe mindre farlig, for eksempel en stillere maskin.</li>"
                    "<li>Tekniske og kollektive tiltak: innkapsling av høvelen, lyddempende plater.</li>"
                    "<li>Organisatoriske tiltak: kortere tid ved maskinen, rotasjon, opplæring.</li>"
                    "<li>Personlig verneutstyr: hørselvern, helst i tillegg til tiltakene over.</li>"
                    "</ol>"
                    "<p>Det er ofte fristende å starte med hørselvern, fordi det er billig og raskt. Men verneutstyr "
                    "virker bare når det brukes riktig hele tiden. Et kollektivt tiltak beskytter alle, også den som "
                    "glemmer.</p>",
                ),
                ("heading", "Hva gjør du med funnene?"),
                (
                    "paragraph",
                    "<p>Verneombudet retter ikke selv opp feilene. Din jobb er å sørge for at de blir kjent og fulgt "
                    "opp. Gi funnene skriftlig til nærmeste leder, og avtal frist. Blir ingenting gjort, ta saken "
                    "videre til neste ledernivå eller til hovedverneombudet. Saker som gjelder flere avdelinger, "
                    "eller som blir liggende, kan tas opp i AMU. Arbeidstilsynet er siste utvei, men du har alltid "
                    "rett til å kontakte dem.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "avvik-og-arsaker",
            "title": "Avvik og årsaksanalyse",
            "minutes": 45,
            "body": [
                ("heading", "Hendelse og avvik er to ulike ting"),
                (
                    "paragraph",
                    "<p>Et avvik er et brudd på et krav i lov, forskrift eller egne rutiner. Hendelsen er det som "
                    "skjedde. Avviket er årsaken som gjorde at det kunne skje. Arbeidstilsynet bruker et enkelt "
                    "eksempel: En ansatt glir på is og brekker beinet. Beinbruddet er hendelsen. At isen ikke var "
                    "strødd, er avviket.</p>"
                    "<p>Mange avviksmeldinger beskriver bare hendelsen: «Kollega falt i trappa.» Som verneombud kan "
                    "du hjelpe kollegene å skrive hva som var feil: «Trappa var våt etter vask, og det var ikke satt "
                    "ut skilt. Rutinen sier at trappa skal vaskes etter arbeidstid.» Da blir det mulig å rette "
                    "årsaken.</p>",
                ),
                ("heading", "Stillaseksempelet steg for steg"),
                (
                    "paragraph",
                    "<p>En arbeider på et stillas mister en fastnøkkel. Nøkkelen faller gjennom glippen mot veggen "
                    "og spretter ned flere etasjer. Ingen blir truffet.</p>"
                    "<ul>"
                    "<li><b>Hendelsen:</b> Nøkkelen faller. Dette er ikke avviket.</li>"
                    "<li><b>Første avvik:</b> Verktøyet var ikke sikret med verktøyline ved arbeid i høyden. Enten "
                    "fulgte arbeideren ikke instruksen, eller så hadde arbeidsgiveren ikke skaffet liner.</li>"
                    "<li><b>Andre avvik:</b> Stillaset var ikke sikret mot fallende gjenstander. Fotlisten var ikke "
                    "satt tilbake etter arbeid ved veggen, og det var ikke nett mellom etasjene.</li>"
                    "</ul>"
                    "<p>En god melding kan lyde slik: «Avvik: mangelfull rutine for sikring av verktøy ved arbeid i "
                    "høyden. Arbeideren hadde ikke verktøyline, og fotlisten var ikke satt tilbake etter arbeid ved "
                    "veggen.»</p>"
                    "<p>Tiltakene bør knyttes til hvert avvik. <b>Strakstiltak:</b> stans arbeidet, sperr området "
                    "under, sett fotlisten på plass. <b>Korrigerende tiltak:</b> skaff verktøyliner, krev at de "
                    "brukes, kontroller stillaset før arbeid. <b>Forebyggende tiltak:</b> skriftlig rutine for "
                    "arbeid i høyden, opplæring og sikker jobbanalyse (SJA) før slike jobber.</p>",
                ),
                ("heading", "Fire ganger hvorfor"),
                (
                    "paragraph",
                    "<p>En enkel metode er å spørre «hvorfor» flere ganger. SINTEF anbefaler minst fire. Målet er å "
                    "komme fra den direkte årsaken til den organisatoriske.</p>"
                    "<ol>"
                    "<li>Hvorfor falt nøkkelen? Den var ikke festet.</li>"
                    "<li>Hvorfor var den ikke festet? Det fantes ingen verktøyliner på stillaset.</li>"
                    "<li>Hvorfor fantes det ingen liner? De var ikke kjøpt inn og stod ikke på sjekklisten.</li>"
                    "<li>Hvorfor stod de ikke på sjekklisten? Firmaet hadde ingen rutine for sikring av verktøy i "
                    "høyden, og det ble ikke gjort SJA.</li>"
                    "</ol>"
                    "<p>Svaret på det fjerde spørsmålet er en organisatorisk årsak. Det er der tiltaket har størst "
                    "effekt. Hvis kjeden stopper ved «han var uoppmerksom», er analysen ikke ferdig.</p>"
                    "<p>En annen nyttig metode er MTO: Se på årsaker knyttet til <b>menneske</b> (kunnskap, "
                    "tretthet), <b>teknologi</b> (utstyr, stillas, verktøy) og <b>organisasjon</b> (rutiner, "
                    "bemanning, tidspress). En god analyse har vurdert alle tre.</p>",
                ),
                ("heading", "Meldetyper og alvorlighet"),
                (
                    "paragraph",
                    "<p>Meldinger deles ofte inn i fire typer: <b>hendelse</b> (noe skjedde og førte til skade), "
                    "<b>nestenulykke</b> (det gikk bra denne gangen), <b>forhold</b> (noe farlig som ennå ikke har "
                    "ført til noe) og <b>forbedringsforslag</b>.</p>"
                    "<p>Vurder alvorlighet på to måter: faktisk konsekvens og mulig konsekvens. Fastnøkkelen traff "
                    "ingen, så den faktiske konsekvensen er lav. Men en nøkkel som faller flere etasjer, kan drepe. "
                    "Den mulige konsekvensen er høy. Det er den mulige konsekvensen som viser hvor viktig saken er.</p>",
                ),
                ("heading", "Verneombudets rolle i avviksbehandlingen"),
                (
                    "paragraph",
                    "<ul>"
                    "<li>Hjelp kollegene å melde, og vis at det er trygt å si fra.</li>"
                    "<li>Følg med på at sakene får en ekte årsaksanalyse, ikke bare «snakket med den ansatte».</li>"
                    "<li>Pass på at saker ikke lukkes før effekten av tiltakene er vurdert.</li>"
                    "<li>Se etter mønstre. Kommer samme type avvik igjen og igjen?</li>"
                    "<li>Ta saker som går igjen, eller som blir liggende, videre til AMU.</li>"
                    "</ul>"
                    "<p>Et eksempel fra en SFO: En ansatt sklir på isen i skolegården klokka 07.20. Vaktmesteren "
                    "strør først klokka 08.00. Det første avviket er at ingen har ansvar for å strø før SFO åpner. "
                    "Verneombudet finner også to tidligere meldinger om nestenulykker på samme sted. Begge ble lukket "
                    "uten tiltak. Det er et andre avvik, og det sier noe om hvordan avviksrutinen fungerer.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 2-3",
                        "title": "Arbeidstakerens plikt til å melde fra",
                        "text": (
                            "Oppdager en arbeidstaker feil eller mangler som kan føre til fare for liv eller helse, "
                            "og kan ikke rette dem selv, skal arbeidstakeren straks si fra til arbeidsgiveren og "
                            "verneombudet. Om nødvendig skal også andre arbeidstakere varsles."
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: avvik og årsaker",
                        "questions": [
                            {
                                "text": "En ansatt i hjemmetjenesten går alene på kveldsbesøk til en bruker som har "
                                "truet ansatte før. Den ansatte blir holdt fast og truet. Personalarmen "
                                "virket ikke. Hvilke forhold er avvik?",
                                "kind": "multiple",
                                "explanation": "Trusselen er hendelsen. Avvikene er alenebesøket til tross for kjent "
                                "risiko, og alarmen som ikke virket og ikke var testet.",
                                "options": [
                                    {
                                        "text": "At besøket ble gjort alene, selv om risikoen var kjent",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er det første avviket.",
                                    },
                                    {
                                        "text": "At personalarmen ikke virket og ikke var testet",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er det andre avviket.",
                                    },
                                    {
                                        "text": "At den ansatte ble truet",
                                        "correct": False,
                                        "feedback": "Nei. Trusselen er hendelsen, altså følgen av avvikene.",
                                    },
                                    {
                                        "text": "At brukeren er syk",
                                        "correct": False,
                                        "feedback": "Nei. Brukerens helse er ikke et brudd på noe krav.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilket svar i en «hvorfor»-kjede viser en organisatorisk årsak?",
                                "kind": "single",
                                "explanation": "Organisatoriske årsaker handler om rutiner, ansvar, opplæring og "
                                "ressurser.",
                                "options": [
                                    {
                                        "text": "Firmaet hadde ingen rutine for sikring av verktøy i høyden.",
                                        "correct": True,
                                        "feedback": "Riktig. Dette kan rettes med en rutine som gjelder alle.",
                                    },
                                    {
                                        "text": "Han var uoppmerksom.",
                                        "correct": False,
                                        "feedback": "Nei. Dette er en menneskelig faktor. Spør videre: hvorfor?",
                                    },
                                    {
                                        "text": "Nøkkelen var glatt.",
                                        "correct": False,
                                        "feedback": "Nei. Dette er en direkte, teknisk årsak.",
                                    },
                                ],
                            },
                            {
                                "text": "Fastnøkkelen traff ingen. Hvordan bør alvorligheten vurderes?",
                                "kind": "single",
                                "explanation": "Vurder både faktisk og mulig konsekvens.",
                                "options": [
                                    {
                                        "text": "Faktisk konsekvens er lav, men mulig konsekvens er høy. Begge "
                                        "registreres.",
                                        "correct": True,
                                        "feedback": "Riktig. Den mulige konsekvensen viser hvor viktig saken er.",
                                    },
                                    {
                                        "text": "Lav, fordi ingen ble skadet.",
                                        "correct": False,
                                        "feedback": "Nei. Da overser du at en fallende nøkkel kan drepe.",
                                    },
                                    {
                                        "text": "Saken trenger ikke meldes.",
                                        "correct": False,
                                        "feedback": "Feil. Nestenulykker skal meldes. De gir billig læring.",
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
            "slug": "stansingsrett-og-eskalering",
            "title": "Stansingsrett, varsling og samarbeid",
            "minutes": 45,
            "body": [
                ("heading", "Når faren er umiddelbar"),
                (
                    "law",
                    {
                        "reference": "AML § 6-3",
                        "title": "Verneombudets rett til å stanse farlig arbeid",
                        "text": (
                            "Mener verneombudet at det er umiddelbar fare for liv eller helse, og faren ikke kan "
                            "avverges på annen måte, kan verneombudet stanse arbeidet. Arbeidet står stille til "
                            "Arbeidstilsynet har tatt stilling til om det kan fortsette. Verneombudet blir ikke "
                            "ansvarlig for tap virksomheten får på grunn av stansingen, når det hadde god grunn til å "
                            "stanse."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Stansingsretten er det sterkeste verktøyet du har. Den skal brukes når det trengs, men ikke "
                    "lett. Tre vilkår må være oppfylt:</p>"
                    "<ul>"
                    "<li><b>Faren er umiddelbar.</b> Noen kan bli skadet nå, ikke om et halvt år. Dårlig "
                    "ventilasjon over lang tid er et alvorlig problem, men det løses vanligvis gjennom vanlige "
                    "kanaler.</li>"
                    "<li><b>Faren gjelder liv eller helse.</b> Det trenger ikke være livsfare. Fare for alvorlig "
                    "helseskade er nok.</li>"
                    "<li><b>Faren kan ikke avverges på annen måte.</b> Prøv først å få lederen til å fjerne faren "
                    "med en gang.</li>"
                    "</ul>"
                    "<p>Stans bare det som er farlig. Ofte er det én arbeidsoperasjon, én maskin eller ett område, "
                    "ikke hele arbeidsplassen.</p>",
                ),
                ("heading", "Slik gjør du det i praksis"),
                (
                    "paragraph",
                    "<p>Tenk deg dette: Du kommer opp på et tak. En seksjon av rekkverket er tatt bort for å heise "
                    "opp materialer. To arbeidere jobber nær kanten uten annen sikring. Høyden er fem meter. Basen "
                    "sier at de er ferdige om en time.</p>"
                    "<ol>"
                    "<li><b>Si fra med en gang.</b> Be basen sette rekkverket tilbake eller stoppe arbeidet ved "
                    "kanten.</li>"
                    "<li><b>Stans hvis det ikke skjer.</b> Stans arbeidet ved kanten. Resten av byggeplassen kan "
                    "fortsette.</li>"
                    "<li><b>Meld fra straks.</b> Si fra til arbeidsgiveren eller den som leder arbeidet at du har "
                    "stanset, og hvorfor. Følg opp skriftlig.</li>"
                    "<li><b>Kontakt Arbeidstilsynet.</b> Det er Arbeidstilsynet som avgjør om arbeidet kan "
                    "fortsette.</li>"
                    "<li><b>Dokumenter.</b> Noter tid, sted, hva du så og hvem du snakket med. Ta gjerne bilder.</li>"
                    "</ol>"
                    "<p>Legg merke til at løsningen er kollektiv sikring. Rekkverket beskytter alle. Fallsele er "
                    "personlig verneutstyr og kommer først når kollektiv sikring ikke er mulig. Når kantsikring "
                    "fjernes, må noe annet kompensere før arbeidet fortsetter.</p>",
                ),
                ("heading", "Arbeidstakerens plikt til å avbryte"),
                (
                    "paragraph",
                    "<p>Alle arbeidstakere skal selv avbryte arbeidet hvis de mener det ikke kan fortsette uten fare "
                    "for liv eller helse (AML § 2-3). Det er en plikt, ikke bare en rett. Forskjellen er at "
                    "verneombudet også kan stanse arbeid som andre gjør. Lær kollegene dine at de kan si stopp når "
                    "det er farlig, og at de ikke skal straffes for det.</p>",
                ),
                ("heading", "Når en alvorlig ulykke har skjedd"),
                (
                    "paragraph",
                    "<p>Hjelp den skadde først, ring 113 og sikre området. Unngå å endre ulykkesstedet mer enn "
                    "nødvendig. Politiet og Arbeidstilsynet kan ønske å undersøke det.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Varsling av alvorlige arbeidsulykker",
                        "text": (
                            "Dør en arbeidstaker eller blir alvorlig skadet i en arbeidsulykke, skal arbeidsgiveren "
                            "straks varsle Arbeidstilsynet og nærmeste politi på raskeste måte. Varselet skal "
                            "bekreftes skriftlig, og verneombudet skal ha kopi."
                        ),
                    },
                ),
                (
                    "paragraph",
                    "<p>Plikten til å varsle ligger hos arbeidsgiveren. Men som verneombud bør du passe på at det "
                    "blir gjort, og du skal få kopi av bekreftelsen. Be om å delta i den interne granskingen. Sørg "
                    "for at ulykken også blir registrert som avvik, med årsaksanalyse og tiltak. Alvorlige skader "
                    "skal også meldes til NAV som yrkesskade.</p>",
                ),
                ("heading", "Når saken står fast"),
                (
                    "paragraph",
                    "<p>De fleste saker løses i samtale med nærmeste leder. Når det ikke skjer, finnes det en fast "
                    "vei videre:</p>"
                    "<ol>"
                    "<li>Nærmeste leder, skriftlig med frist.</li>"
                    "<li>Neste ledernivå eller daglig leder.</li>"
                    "<li>Hovedverneombudet, som kan løfte saken for hele virksomheten.</li>"
                    "<li>AMU, som kan vedta tiltak når det trengs for å verne liv eller helse.</li>"
                    "<li>Arbeidstilsynet.</li>"
                    "</ol>"
                    "<p>Et eksempel: Et verneombud i hjemmetjenesten tar opp at ansatte går alene til brukere med "
                    "kjent aggresjon. Lederen sier at det ikke er penger til to på besøk. Verneombudet skriver ned "
                    "saken, viser til avvikene og tar den til hovedverneombudet. Saken går til AMU, som ber om en "
                    "risikovurdering og en plan før neste møte. Bruk også BHT. De kan gjøre målinger og gi faglige "
                    "vurderinger som gjør saken tydeligere.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Avsluttende prøve: verneombud",
                        "questions": [
                            {
                                "text": "Når kan verneombudet stanse arbeid etter AML § 6-3?",
                                "kind": "single",
                                "explanation": "Vilkårene er umiddelbar fare for liv eller helse som ikke kan "
                                "avverges på annen måte.",
                                "options": [
                                    {
                                        "text": "Ved umiddelbar fare for liv eller helse som ikke kan avverges på "
                                        "annen måte",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er vilkårene i loven.",
                                    },
                                    {
                                        "text": "Når verneombudet er uenig i den nye turnusen",
                                        "correct": False,
                                        "feedback": "Nei. Uenighet om turnus tas opp gjennom vanlige kanaler og AMU.",
                                    },
                                    {
                                        "text": "Når lederen ikke har svart på en e-post på to uker",
                                        "correct": False,
                                        "feedback": "Nei. Manglende svar er grunn til å ta saken videre, ikke til å "
                                        "stanse arbeid.",
                                    },
                                ],
                            },
                            {
                                "text": "Du har stanset arbeidet ved en takkant. Hva må du gjøre?",
                                "kind": "multiple",
                                "explanation": "Meld fra straks med begrunnelse, dokumenter og la Arbeidstilsynet "
                                "avgjøre om arbeidet kan fortsette.",
                                "options": [
                                    {
                                        "text": "Si fra til arbeidsgiveren straks og begrunne stansingen",
                                        "correct": True,
                                        "feedback": "Riktig. Arbeidsgiveren må få vite det med en gang.",
                                    },
                                    {
                                        "text": "Dokumentere det du så, med tid og sted",
                                        "correct": True,
                                        "feedback": "Riktig. God dokumentasjon gjør saken tydelig.",
                                    },
                                    {
                                        "text": "Kontakte Arbeidstilsynet, som avgjør om arbeidet kan fortsette",
                                        "correct": True,
                                        "feedback": "Riktig. Det er Arbeidstilsynet som tar stilling.",
                                    },
                                    {
                                        "text": "Betale for tapt arbeidstid selv",
                                        "correct": False,
                                        "feedback": "Feil. Verneombudet er ikke ansvarlig for tapet når det hadde god "
                                        "grunn til å stanse.",
                                    },
                                ],
                            },
                            {
                                "text": "Hva er forskjellen på arbeidstakerens plikt og verneombudets rett?",
                                "kind": "single",
                                "explanation": "Alle skal avbryte sitt eget farlige arbeid. Verneombudet kan i "
                                "tillegg stanse arbeid som andre gjør.",
                                "options": [
                                    {
                                        "text": "Arbeidstakeren skal avbryte sitt eget farlige arbeid. Verneombudet "
                                        "kan også stanse andres arbeid.",
                                        "correct": True,
                                        "feedback": "Riktig. Begge reglene skal hindre skade.",
                                    },
                                    {
                                        "text": "Bare verneombudet kan avbryte farlig arbeid.",
                                        "correct": False,
                                        "feedback": "Feil. Alle arbeidstakere har plikt til å avbryte farlig arbeid.",
                                    },
                                    {
                                        "text": "Arbeidstakeren må spørre verneombudet før arbeidet avbrytes.",
                                        "correct": False,
                                        "feedback": "Feil. Ved fare skal arbeidstakeren avbryte med en gang.",
                                    },
                                ],
                            },
                            {
                                "text": "En kollega faller fra et stillas og brekker armen. Hvilke påstander er "
                                "riktige?",
                                "kind": "multiple",
                                "explanation": "Arbeidsgiveren varsler Arbeidstilsynet og politiet straks. "
                                "Verneombudet får kopi, og saken behandles også som avvik.",
                                "options": [
                                    {
                                        "text": "Arbeidsgiveren skal straks varsle Arbeidstilsynet og politiet.",
                                        "correct": True,
                                        "feedback": "Riktig. Et armbrudd regnes som alvorlig skade.",
                                    },
                                    {
                                        "text": "Verneombudet skal ha kopi av den skriftlige bekreftelsen.",
                                        "correct": True,
                                        "feedback": "Riktig. Det følger av AML § 5-2.",
                                    },
                                    {
                                        "text": "Det er verneombudet som har plikt til å varsle politiet.",
                                        "correct": False,
                                        "feedback": "Feil. Plikten ligger hos arbeidsgiveren, men verneombudet bør "
                                        "passe på at det blir gjort.",
                                    },
                                    {
                                        "text": "Ulykken skal ikke registreres som avvik fordi den er varslet til "
                                        "myndighetene.",
                                        "correct": False,
                                        "feedback": "Feil. Ulykken skal også behandles internt, med årsaksanalyse og "
                                        "tiltak.",
                                    },
                                ],
                            },
                            {
                                "text": "Lederen avviser gang på gang et problem med alenearbeid hos brukere med "
                                "kjent aggresjon. Hva er det naturlige neste steget?",
                                "kind": "single",
                                "explanation": "Saker som står fast, tas videre skriftlig: neste ledernivå, "
                                "hovedverneombud og AMU.",
                                "options": [
                                    {
                                        "text": "Ta saken skriftlig videre til neste ledernivå, hovedverneombudet "
                                        "eller AMU",
                                        "correct": True,
                                        "feedback": "Riktig. Slik løftes saken til dem som kan beslutte.",
                                    },
                                    {
                                        "text": "Gi opp, fordi lederen har bestemt",
                                        "correct": False,
                                        "feedback": "Nei. Verneombudet skal ivareta de ansattes interesser også når "
                                        "det er ubehagelig.",
                                    },
                                    {
                                        "text": "Stanse all drift i hjemmetjenesten",
                                        "correct": False,
                                        "feedback": "Nei. Stansing gjelder umiddelbar fare og bare det som er farlig. "
                                        "Å stanse alt ville også ramme brukerne.",
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


VERNEOMBUD = {
    "key": "verneombud",
    "slug": "verneombud-grunnmodul",
    "audience": "verneombud",
    "duration_minutes": 180,
    "price_ore": 249000,
    "vat_rate": 25,
    "legal_basis": "AML § 6-5, FOLM § 3-18 og § 3-19",
    "pass_mark": 80,
    "validity_months": 0,
    "translations": {
        "nb": _NB,
    },
}
