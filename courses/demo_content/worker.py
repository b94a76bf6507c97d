"""Demo course: HMS for arbeidstakere (AML § 2-3 og § 3-2). Bokmål, English and Ukrainian.

Pure data. Short sentences: many learners are not native speakers. The English and Ukrainian
versions are translations of the bokmål version: same lessons, same block order, same quiz
shapes and correct answers. Norwegian legal names are kept in Norwegian, with an explanation.
"""

_NB = {
    "title": "HMS for arbeidstakere",
    "summary": (
        "Et kort kurs om helse, miljø og sikkerhet for alle som jobber i Norge. Du lærer hvilke rettigheter "
        "og plikter du har, hvordan du beskytter deg mot vanlige farer, og hvordan du melder avvik og "
        "nestenulykker."
    ),
    "learning_outcomes": [
        "Kjenne dine viktigste rettigheter og plikter etter arbeidsmiljøloven.",
        "Vite hvem du kan snakke med om arbeidsmiljøet: leder, verneombud og bedriftshelsetjeneste.",
        "Kjenne igjen vanlige farer på jobben og vite hvordan du beskytter deg.",
        "Skille mellom det som skjedde (hendelsen) og det som var feil (avviket).",
        "Skrive en god avviksmelding og vite hva du gjør hvis noen blir skadet.",
    ],
    "topics": [
        "Rettigheter og plikter (AML § 2-3 og § 3-2)",
        "Verneombud og bedriftshelsetjeneste",
        "Vanlige farer på jobben",
        "Personlig verneutstyr",
        "Avvik og nestenulykker",
        "Når noen blir skadet",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "rettigheter-og-plikter",
            "title": "Dine rettigheter og plikter",
            "minutes": 20,
            "body": [
                ("heading", "Du har rett til en trygg arbeidsplass"),
                (
                    "paragraph",
                    "<p>I Norge beskytter arbeidsmiljøloven alle som jobber. Det gjelder deg som jobber fast, deltid "
                    "eller i et vikariat. Det gjelder også deg som er leid inn fra et bemanningsbyrå.</p>"
                    "<p>Arbeidsgiveren har ansvaret for at arbeidet er trygt. Arbeidsgiveren skal fortelle deg om "
                    "farene i jobben. Du skal få den opplæringen du trenger, på et språk du forstår. Hvis jobben "
                    "krever verneutstyr, skal arbeidsgiveren gi deg det. Du skal ikke betale for det selv.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-2",
                        "title": "Arbeidsgiverens plikt til informasjon, opplæring og verneutstyr",
                        "text": (
                            "Arbeidsgiveren skal fortelle deg om farene i arbeidet og gi deg den opplæringen, "
                            "øvelsen og instruksjonen du trenger. Når en fare ikke kan fjernes på annen måte, skal "
                            "arbeidsgiveren gi deg verneutstyr, lære deg å bruke det og sørge for at det blir brukt."
                        ),
                    },
                ),
                ("heading", "Du har også plikter"),
                (
                    "paragraph",
                    "<p>Loven sier at du skal hjelpe til med å gjøre arbeidsplassen trygg. Du skal:</p>"
                    "<ul>"
                    "<li>bruke verneutstyret som er påbudt, og være forsiktig</li>"
                    "<li>si fra med en gang til lederen og verneombudet hvis du ser en feil eller mangel som kan "
                    "skade noen, og du ikke kan rette den selv</li>"
                    "<li>stoppe arbeidet hvis du mener det er fare for liv eller helse</li>"
                    "<li>si fra hvis du ser at noen blir trakassert eller diskriminert</li>"
                    "<li>si fra hvis du blir skadet eller syk på grunn av jobben</li>"
                    "<li>delta i HMS-arbeidet, for eksempel i opplæring og på vernerunder</li>"
                    "</ul>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 2-3",
                        "title": "Arbeidstakerens plikt til å medvirke",
                        "text": (
                            "Arbeidstakeren skal være med i HMS-arbeidet, bruke påbudt verneutstyr og være "
                            "aktsom. Arbeidstakeren skal straks si fra om feil og farer, avbryte arbeid som er "
                            "farlig for liv eller helse, og melde fra om skader, sykdom, trakassering og "
                            "diskriminering på arbeidsplassen."
                        ),
                    },
                ),
                ("heading", "Hvem kan du snakke med?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Lederen din.</b> Lederen har ansvaret for sikkerheten der du jobber.</li>"
                    "<li><b>Verneombudet.</b> En kollega som de ansatte har valgt. Verneombudet passer på "
                    "arbeidsmiljøet og hjelper deg å si fra. Verneombudet kan stanse arbeid som er farlig.</li>"
                    "<li><b>Bedriftshelsetjenesten (BHT).</b> Leger, sykepleiere og andre eksperter som gir råd om "
                    "helse og arbeidsmiljø.</li>"
                    "<li><b>Arbeidstilsynet.</b> Den statlige etaten som kontrollerer arbeidsplasser. Du kan kontakte "
                    "Arbeidstilsynet selv.</li>"
                    "</ul>"
                    "<p>Du har også rett til å varsle om kritikkverdige forhold på jobben, for eksempel farlig "
                    "arbeid eller trakassering. Arbeidsgiveren har ikke lov til å straffe deg fordi du har varslet "
                    "på en forsvarlig måte.</p>",
                ),
                ("heading", "Et eksempel"),
                (
                    "paragraph",
                    "<p>En renholder får et nytt spraymiddel. Etiketten har faresymboler, men renholderen forstår "
                    "ikke teksten. Hun spør lederen før hun bruker produktet. Lederen finner sikkerhetsdatabladet og "
                    "forklarer farene på et språk hun forstår. Hun får hansker og lærer å lufte godt. Dette er "
                    "riktig. Det er arbeidsgiverens plikt å gi opplæring, og det er riktig av deg å spørre.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Kontrollspørsmål: rettigheter og plikter",
                        "questions": [
                            {
                                "text": "Hvilke av disse er dine plikter som arbeidstaker?",
                                "kind": "multiple",
                                "explanation": "Du skal bruke påbudt verneutstyr og si fra om farer. Arbeidsgiveren "
                                "betaler for verneutstyret.",
                                "options": [
                                    {
                                        "text": "Bruke påbudt verneutstyr",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er en plikt etter AML § 2-3.",
                                    },
                                    {
                                        "text": "Si fra om feil og farer",
                                        "correct": True,
                                        "feedback": "Riktig. Si fra til lederen og verneombudet med en gang.",
                                    },
                                    {
                                        "text": "Betale for ditt eget verneutstyr",
                                        "correct": False,
                                        "feedback": "Feil. Arbeidsgiveren skal gi deg verneutstyret.",
                                    },
                                    {
                                        "text": "Reparere elektriske feil selv",
                                        "correct": False,
                                        "feedback": "Feil. Elektriske feil skal bare rettes av fagfolk. Si fra i stedet.",
                                    },
                                ],
                            },
                            {
                                "text": "Du skal bruke en ny maskin, men har ikke fått opplæring. Hva gjør du?",
                                "kind": "single",
                                "explanation": "Du har rett til nødvendig opplæring før du bruker maskinen.",
                                "options": [
                                    {
                                        "text": "Jeg ber lederen om opplæring før jeg bruker maskinen",
                                        "correct": True,
                                        "feedback": "Riktig. Arbeidsgiveren skal gi deg opplæring.",
                                    },
                                    {
                                        "text": "Jeg prøver meg fram",
                                        "correct": False,
                                        "feedback": "Nei. Uten opplæring kan du skade deg selv eller andre.",
                                    },
                                    {
                                        "text": "Jeg ser en video på mobilen og starter",
                                        "correct": False,
                                        "feedback": "Nei. En tilfeldig video er ikke opplæring for denne maskinen på "
                                        "denne arbeidsplassen.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvem er verneombudet?",
                                "kind": "single",
                                "explanation": "Verneombudet er en kollega som de ansatte har valgt for å passe på "
                                "arbeidsmiljøet.",
                                "options": [
                                    {
                                        "text": "En kollega som de ansatte har valgt til å passe på arbeidsmiljøet",
                                        "correct": True,
                                        "feedback": "Riktig. Du kan alltid snakke med verneombudet.",
                                    },
                                    {
                                        "text": "En politibetjent",
                                        "correct": False,
                                        "feedback": "Nei. Verneombudet jobber på arbeidsplassen din.",
                                    },
                                    {
                                        "text": "Sjefen din",
                                        "correct": False,
                                        "feedback": "Nei. Verneombudet representerer de ansatte, ikke ledelsen.",
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
            "slug": "farer-pa-jobben",
            "title": "Vanlige farer og hvordan du beskytter deg",
            "minutes": 20,
            "body": [
                ("heading", "Se farene før noe skjer"),
                (
                    "paragraph",
                    "<p>De fleste ulykker har enkle årsaker. Et gulv er vått. Et rekkverk er borte. En flaske har "
                    "ikke etikett. Hvis du lærer å se slike ting, kan du hindre mange skader.</p>",
                ),
                ("heading", "Fall og snubling"),
                (
                    "paragraph",
                    "<p>Fall er en av de vanligste årsakene til skader. Vær forsiktig på is, våte gulv, stiger og "
                    "stillas. Bruk brodder når det er glatt ute. Ta aldri bort et rekkverk eller en fotlist på et "
                    "stillas. Hvis noen har tatt det bort, si fra med en gang. Sikre verktøy med line når du jobber "
                    "i høyden. Et verktøy som faller, kan drepe en person lenger nede.</p>",
                ),
                ("heading", "Kjemikalier"),
                (
                    "paragraph",
                    "<p>Les etiketten og se på faresymbolene. Spør etter sikkerhetsdatabladet hvis du er usikker. "
                    "Bland aldri to produkter. Fyll aldri et produkt på en flaske uten riktig etikett. Et eksempel: "
                    "En renholder fyller en sprayflaske uten etikett med et nytt middel. Det var rester av et annet "
                    "middel i flasken. Det blir en giftig gass. Hvis dette skjer: Gå ut av rommet, luft ut og si fra "
                    "til lederen.</p>",
                ),
                ("heading", "Støy"),
                (
                    "paragraph",
                    "<p>Høy støy kan gi varig hørselsskade og øresus. Når støyen er over 85 desibel, skal du bruke "
                    "hørselvern. En enkel regel: Hvis du må rope for å snakke med en person som står en meter "
                    "unna, er det for mye støy. Fortell lederen hvis du får susing i ørene.</p>",
                ),
                ("heading", "Tunge løft og arbeidsstillinger"),
                (
                    "paragraph",
                    "<p>Bruk hjelpemidler som tralle, løfteutstyr og personløfter. Vær to når noe er tungt. Løft "
                    "nær kroppen og unngå å vri ryggen. Si fra tidlig hvis du får vondt. Da er det lettere å gjøre "
                    "noe med det.</p>",
                ),
                ("heading", "Vold og trusler"),
                (
                    "paragraph",
                    "<p>Ansatte i hjemmetjenesten, skoler, butikker og transport kan møte vold og trusler. Følg "
                    "rutinene på arbeidsplassen din. Gå ikke alene til en bruker eller kunde som har vært voldelig "
                    "før, hvis rutinen sier at dere skal være to. Sjekk at alarmen din virker. Gå bort hvis du føler "
                    "deg truet. Meld alle hendelser, også trusler der ingen ble skadet.</p>",
                ),
                ("heading", "Stress, konflikter og trakassering"),
                (
                    "paragraph",
                    "<p>Arbeidsmiljø handler også om hvordan vi har det sammen. For mye arbeid over lang tid, "
                    "konflikter og trakassering kan gjøre deg syk. Dette er ikke bare ditt private problem. Snakk "
                    "med lederen eller verneombudet.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 4-3",
                        "title": "Vern mot trakassering, vold og trusler",
                        "text": (
                            "Ingen skal utsettes for trakassering eller annen utilbørlig opptreden på jobben. Så "
                            "langt det er mulig, skal arbeidstakere beskyttes mot vold, trusler og andre uheldige "
                            "belastninger fra kontakt med andre, for eksempel brukere, kunder eller elever."
                        ),
                    },
                ),
                ("heading", "Verneutstyr er siste beskyttelse"),
                (
                    "paragraph",
                    "<p>Det beste er å fjerne faren, for eksempel med rekkverk, avsug eller en stillere maskin. "
                    "Verneutstyr som hjelm, hansker, vernebriller og hørselvern kommer sist. Men når verneutstyr er "
                    "påbudt, skal du alltid bruke det. Er utstyret ødelagt eller passer dårlig, si fra. "
                    "Arbeidsgiveren skal skaffe nytt.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "melde-avvik",
            "title": "Slik melder du avvik og nestenulykker",
            "minutes": 20,
            "body": [
                ("heading", "Hva er et avvik?"),
                (
                    "paragraph",
                    "<p>Et avvik er noe som ikke er slik det skal være etter lover, regler eller rutinene på "
                    "arbeidsplassen. Et avvik kan føre til skade på mennesker, miljø eller utstyr.</p>"
                    "<p>Det er viktig å skille mellom det som skjedde og det som var feil. Et eksempel: En ansatt "
                    "glir på is og brekker beinet. Beinbruddet er <b>hendelsen</b>. At ingen hadde strødd isen, er "
                    "<b>avviket</b>. Det er avviket vi må rette. Ellers skjer det igjen.</p>"
                    "<p>Et annet eksempel: En fastnøkkel faller ned fra et stillas. Ingen blir truffet. At nøkkelen "
                    "faller, er hendelsen. Avvikene er at verktøyet ikke var sikret med line, og at fotlisten på "
                    "stillaset ikke var satt tilbake.</p>",
                ),
                ("heading", "Fire typer meldinger"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Hendelse:</b> Noe skjedde, og noen eller noe ble skadet.</li>"
                    "<li><b>Nestenulykke:</b> Noe skjedde, men ingen ble skadet denne gangen.</li>"
                    "<li><b>Forhold:</b> Noe er farlig, men ingenting har skjedd ennå. For eksempel et løst "
                    "rekkverk.</li>"
                    "<li><b>Forbedringsforslag:</b> Du har en idé som kan gjøre arbeidet tryggere.</li>"
                    "</ul>",
                ),
                ("heading", "Hvorfor melde når ingen ble skadet?"),
                (
                    "paragraph",
                    "<p>En nestenulykke er en gratis advarsel. Neste gang kan det gå galt. Når du melder, kan "
                    "arbeidsplassen rette feilen før noen blir skadet. Å melde handler ikke om å finne noen å skylde "
                    "på. Det handler om å finne årsaken. Mange meldinger er et godt tegn på en arbeidsplass.</p>",
                ),
                ("heading", "Slik skriver du en god melding"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Hva skjedde?</li>"
                    "<li>Hvor og når skjedde det?</li>"
                    "<li>Hva var feil? (avviket)</li>"
                    "<li>Hva kunne ha skjedd?</li>"
                    "<li>Hva gjorde du med en gang?</li>"
                    "<li>Har du et forslag til tiltak?</li>"
                    "</ol>"
                    "<p>Et eksempel: «Fredag klokka 10, blokk B, stillaset i tredje etasje. Fotlisten var tatt av og "
                    "ikke satt tilbake. En fastnøkkel falt ned på bakken. Ingen ble truffet, men det gikk folk der "
                    "nede. Jeg sperret området og sa fra til basen. Forslag: verktøyliner til alle som jobber på "
                    "stillaset.»</p>",
                ),
                ("heading", "Hva skjer etterpå?"),
                (
                    "paragraph",
                    "<p>Lederen registrerer meldingen og sørger for at stedet blir trygt. Verneombudet får vite om "
                    "saken. Så finner de årsaken og bestemmer tiltak, med en ansvarlig person og en frist. Til slutt "
                    "sjekker de at tiltakene virker. Først da blir saken lukket. Du bør få svar på hva som skjedde "
                    "med meldingen din.</p>",
                ),
                ("heading", "Hvis noen blir skadet"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Hjelp den skadde og sørg for at ingen andre blir skadet.</li>"
                    "<li>Ring 113 for ambulanse. Ring 110 ved brann og 112 for politi.</li>"
                    "<li>Si fra til lederen så fort som mulig.</li>"
                    "<li>Meld hendelsen i avvikssystemet.</li>"
                    "</ol>"
                    "<p>Hvis du blir skadet på jobben, fortell legen at skaden skjedde på jobb. Da kan den bli "
                    "registrert som yrkesskade hos NAV.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Varsling av alvorlige ulykker",
                        "text": (
                            "Hvis en arbeidstaker dør eller blir alvorlig skadet i en arbeidsulykke, skal "
                            "arbeidsgiveren straks varsle Arbeidstilsynet og politiet. Verneombudet skal få kopi av "
                            "den skriftlige bekreftelsen."
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Avsluttende prøve: HMS for arbeidstakere",
                        "questions": [
                            {
                                "text": "Du glir på is foran inngangen og slår kneet. Hva er avviket?",
                                "kind": "single",
                                "explanation": "Skaden er hendelsen. Avviket er årsaken: Isen var ikke strødd.",
                                "options": [
                                    {
                                        "text": "At isen ikke var strødd",
                                        "correct": True,
                                        "feedback": "Riktig. Det er dette som må rettes.",
                                    },
                                    {
                                        "text": "At du slo kneet",
                                        "correct": False,
                                        "feedback": "Nei. Det er hendelsen, altså det som skjedde.",
                                    },
                                    {
                                        "text": "At du hadde feil sko",
                                        "correct": False,
                                        "feedback": "Nei. Det kan ha betydd noe, men hovedfeilen er at isen ikke var "
                                        "strødd.",
                                    },
                                ],
                            },
                            {
                                "text": "Hvilke situasjoner bør du melde?",
                                "kind": "multiple",
                                "explanation": "Meld hendelser, nestenulykker, farlige forhold og forslag til "
                                "forbedring.",
                                "options": [
                                    {
                                        "text": "En kollega ble nesten truffet av et verktøy som falt",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er en nestenulykke.",
                                    },
                                    {
                                        "text": "En flaske med kjemikalier uten etikett",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er et farlig forhold.",
                                    },
                                    {
                                        "text": "En idé som kan gjøre arbeidet tryggere",
                                        "correct": True,
                                        "feedback": "Riktig. Dette er et forbedringsforslag.",
                                    },
                                    {
                                        "text": "At du ikke liker maten i kantina",
                                        "correct": False,
                                        "feedback": "Nei. Dette er ikke en sak om helse og sikkerhet.",
                                    },
                                ],
                            },
                            {
                                "text": "Du mener at arbeidet er farlig for livet ditt. Hva skal du gjøre?",
                                "kind": "single",
                                "explanation": "Etter AML § 2-3 skal du avbryte arbeid som er farlig for liv eller "
                                "helse.",
                                "options": [
                                    {
                                        "text": "Stoppe arbeidet og si fra til lederen og verneombudet",
                                        "correct": True,
                                        "feedback": "Riktig. Det er din plikt, og du skal ikke straffes for det.",
                                    },
                                    {
                                        "text": "Fortsette til arbeidsdagen er slutt",
                                        "correct": False,
                                        "feedback": "Nei. Du skal ikke fortsette når det er fare for liv eller helse.",
                                    },
                                    {
                                        "text": "Vente på at noen andre sier fra",
                                        "correct": False,
                                        "feedback": "Nei. Du har selv plikt til å si fra.",
                                    },
                                ],
                            },
                            {
                                "text": "Hva bør en god avviksmelding inneholde?",
                                "kind": "multiple",
                                "explanation": "Beskriv hva, hvor og når, hva som var feil og hva som kunne ha "
                                "skjedd. Det handler ikke om skyld.",
                                "options": [
                                    {
                                        "text": "Hva som skjedde, hvor og når",
                                        "correct": True,
                                        "feedback": "Riktig. Det gjør saken lett å forstå.",
                                    },
                                    {
                                        "text": "Hva som var feil",
                                        "correct": True,
                                        "feedback": "Riktig. Da kan avviket rettes.",
                                    },
                                    {
                                        "text": "Hva som kunne ha skjedd",
                                        "correct": True,
                                        "feedback": "Riktig. Det viser hvor alvorlig saken er.",
                                    },
                                    {
                                        "text": "Navnet på den som hadde skylden",
                                        "correct": False,
                                        "feedback": "Nei. Målet er å finne årsaken, ikke å finne noen å skylde på.",
                                    },
                                ],
                            },
                            {
                                "text": "Støyen ved maskinen du bruker, er over 85 desibel. Hva gjelder?",
                                "kind": "single",
                                "explanation": "Over 85 desibel skal hørselvern brukes. Arbeidsgiveren skal skaffe "
                                "det.",
                                "options": [
                                    {
                                        "text": "Jeg skal bruke hørselvern, og arbeidsgiveren skaffer det",
                                        "correct": True,
                                        "feedback": "Riktig. Hørselvern er påbudt ved dette nivået.",
                                    },
                                    {
                                        "text": "Jeg kan velge selv om jeg vil bruke hørselvern",
                                        "correct": False,
                                        "feedback": "Nei. Når verneutstyr er påbudt, skal det brukes.",
                                    },
                                    {
                                        "text": "Jeg må kjøpe hørselvern selv",
                                        "correct": False,
                                        "feedback": "Nei. Arbeidsgiveren skal gi deg verneutstyret.",
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


_EN = {
    "title": "HMS for workers",
    "summary": (
        "A short course on health, safety and the working environment (HMS) for everyone who works in "
        "Norway. You learn your rights and duties, how to protect yourself from common hazards, and how to "
        "report deviations and near misses."
    ),
    "learning_outcomes": [
        "Know your most important rights and duties under the arbeidsmiljøloven (Working Environment Act).",
        "Know who you can talk to about the working environment: your manager, the verneombud and the "
        "occupational health service.",
        "Recognise common hazards at work and know how to protect yourself.",
        "Tell the difference between what happened (the event) and what was wrong (the deviation).",
        "Write a good deviation report and know what to do if someone is injured.",
    ],
    "topics": [
        "Rights and duties (AML § 2-3 and § 3-2)",
        "Verneombud and occupational health service",
        "Common hazards at work",
        "Personal protective equipment",
        "Deviations and near misses",
        "When someone is injured",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "rettigheter-og-plikter",
            "title": "Your rights and duties",
            "minutes": 20,
            "body": [
                ("heading", "You have the right to a safe workplace"),
                (
                    "paragraph",
                    "<p>In Norway, the arbeidsmiljøloven (Working Environment Act) protects everyone who works. It "
                    "covers you if you are permanent, part-time or temporary. It also covers you if you are hired "
                    "out by a staffing agency.</p>"
                    "<p>Your employer is responsible for making the work safe. Your employer must tell you about "
                    "the hazards in your job. You must get the training you need, in a language you understand. If "
                    "the job requires protective equipment, your employer must give it to you. You do not pay for "
                    "it yourself.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-2",
                        "title": "The employer's duty to inform, train and provide protective equipment",
                        "text": (
                            "Your employer must tell you about the hazards of the work and give you the training, "
                            "practice and instructions you need. When a hazard cannot be removed in another way, "
                            "your employer must give you protective equipment, teach you how to use it and make "
                            "sure it is used."
                        ),
                    },
                ),
                ("heading", "You also have duties"),
                (
                    "paragraph",
                    "<p>The law says that you must help make the workplace safe. You must:</p>"
                    "<ul>"
                    "<li>use the protective equipment that is required, and be careful</li>"
                    "<li>tell your manager and the verneombud (safety representative) at once if you see a fault "
                    "or defect that can hurt someone, and you cannot fix it yourself</li>"
                    "<li>stop working if you believe there is a danger to life or health</li>"
                    "<li>speak up if you see someone being harassed or discriminated against</li>"
                    "<li>tell your employer if you are injured or become ill because of your work</li>"
                    "<li>take part in health and safety work, for example training and safety inspections</li>"
                    "</ul>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 2-3",
                        "title": "The worker's duty to take part",
                        "text": (
                            "Workers must take part in health and safety work, use required protective equipment "
                            "and be careful. Workers must report faults and hazards at once, stop work that is "
                            "dangerous to life or health, and report injuries, illness, harassment and "
                            "discrimination at the workplace."
                        ),
                    },
                ),
                ("heading", "Who can you talk to?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Your manager.</b> Your manager is responsible for safety where you work.</li>"
                    "<li><b>The verneombud (safety representative).</b> A colleague elected by the employees. The "
                    "verneombud looks after the working environment and helps you speak up. The verneombud can stop "
                    "work that is dangerous.</li>"
                    "<li><b>The bedriftshelsetjeneste (occupational health service, BHT).</b> Doctors, nurses and "
                    "other experts who give advice on health and the working environment.</li>"
                    "<li><b>Arbeidstilsynet (the Norwegian Labour Inspection Authority).</b> The government agency "
                    "that inspects workplaces. You can contact Arbeidstilsynet yourself.</li>"
                    "</ul>"
                    "<p>You also have the right to report serious wrongdoing at work, for example dangerous work or "
                    "harassment. Your employer is not allowed to punish you for reporting it in a proper way.</p>",
                ),
                ("heading", "An example"),
                (
                    "paragraph",
                    "<p>A cleaner is given a new spray product. The label has hazard symbols, but she does not "
                    "understand the text. She asks her manager before she uses the product. The manager finds the "
                    "safety data sheet and explains the hazards in a language she understands. She gets gloves and "
                    "learns to air the room well. This is the right way. Training is the employer's duty, and you "
                    "are right to ask.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Check your understanding: rights and duties",
                        "questions": [
                            {
                                "text": "Which of these are your duties as a worker?",
                                "kind": "multiple",
                                "explanation": "You must use required protective equipment and report hazards. Your "
                                "employer pays for the protective equipment.",
                                "options": [
                                    {
                                        "text": "Use required protective equipment",
                                        "correct": True,
                                        "feedback": "Correct. This is a duty under AML § 2-3.",
                                    },
                                    {
                                        "text": "Report faults and hazards",
                                        "correct": True,
                                        "feedback": "Correct. Tell your manager and the verneombud at once.",
                                    },
                                    {
                                        "text": "Pay for your own protective equipment",
                                        "correct": False,
                                        "feedback": "Wrong. Your employer must give you the protective equipment.",
                                    },
                                    {
                                        "text": "Repair electrical faults yourself",
                                        "correct": False,
                                        "feedback": "Wrong. Only qualified people may repair electrical faults. Report "
                                        "the fault instead.",
                                    },
                                ],
                            },
                            {
                                "text": "You are going to use a new machine, but you have had no training. What do "
                                "you do?",
                                "kind": "single",
                                "explanation": "You have the right to the training you need before you use the "
                                "machine.",
                                "options": [
                                    {
                                        "text": "I ask my manager for training before I use the machine",
                                        "correct": True,
                                        "feedback": "Correct. Your employer must give you training.",
                                    },
                                    {
                                        "text": "I try it and see what happens",
                                        "correct": False,
                                        "feedback": "No. Without training you can hurt yourself or others.",
                                    },
                                    {
                                        "text": "I watch a video on my phone and start",
                                        "correct": False,
                                        "feedback": "No. A random video is not training for this machine at this "
                                        "workplace.",
                                    },
                                ],
                            },
                            {
                                "text": "Who is the verneombud?",
                                "kind": "single",
                                "explanation": "The verneombud is a colleague elected by the employees to look after "
                                "the working environment.",
                                "options": [
                                    {
                                        "text": "A colleague elected by the employees to look after the working "
                                        "environment",
                                        "correct": True,
                                        "feedback": "Correct. You can always talk to the verneombud.",
                                    },
                                    {
                                        "text": "A police officer",
                                        "correct": False,
                                        "feedback": "No. The verneombud works at your workplace.",
                                    },
                                    {
                                        "text": "Your boss",
                                        "correct": False,
                                        "feedback": "No. The verneombud represents the employees, not the management.",
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
            "slug": "farer-pa-jobben",
            "title": "Common hazards and how to protect yourself",
            "minutes": 20,
            "body": [
                ("heading", "See the hazards before something happens"),
                (
                    "paragraph",
                    "<p>Most accidents have simple causes. A floor is wet. A guardrail is missing. A bottle has no "
                    "label. If you learn to notice these things, you can prevent many injuries.</p>",
                ),
                ("heading", "Falls and trips"),
                (
                    "paragraph",
                    "<p>Falls are one of the most common causes of injury. Be careful on ice, wet floors, ladders "
                    "and scaffolding. Use ice grips on your shoes when it is slippery outside. Never remove a "
                    "guardrail or a toe board from a scaffold. If someone has removed it, report it at once. Secure "
                    "your tools with a lanyard when you work at height. A falling tool can kill a person below.</p>",
                ),
                ("heading", "Chemicals"),
                (
                    "paragraph",
                    "<p>Read the label and look at the hazard symbols. Ask for the safety data sheet if you are "
                    "unsure. Never mix two products. Never put a product into a bottle without the correct label. "
                    "An example: A cleaner fills an unlabelled spray bottle with a new product. There was some of "
                    "another product left in the bottle. A toxic gas forms. If this happens: leave the room, let in "
                    "fresh air and tell your manager.</p>",
                ),
                ("heading", "Noise"),
                (
                    "paragraph",
                    "<p>Loud noise can cause permanent hearing damage and ringing in the ears (tinnitus). When the "
                    "noise is above 85 decibels, you must use hearing protection. A simple rule: If you have to "
                    "shout to talk to someone one metre away, the noise is too loud. Tell your manager if your ears "
                    "start ringing.</p>",
                ),
                ("heading", "Heavy lifting and working postures"),
                (
                    "paragraph",
                    "<p>Use aids such as trolleys, lifting equipment and patient hoists. Work in pairs when "
                    "something is heavy. Lift close to your body and avoid twisting your back. Speak up early if "
                    "something hurts. Then it is easier to do something about it.</p>",
                ),
                ("heading", "Violence and threats"),
                (
                    "paragraph",
                    "<p>People who work in home care, schools, shops and transport can face violence and threats. "
                    "Follow the routines at your workplace. Do not visit a client or customer who has been violent "
                    "before on your own, if the routine says you must be two. Check that your alarm works. Walk "
                    "away if you feel threatened. Report every incident, including threats where nobody was "
                    "hurt.</p>",
                ),
                ("heading", "Stress, conflicts and harassment"),
                (
                    "paragraph",
                    "<p>The working environment is also about how we treat each other. Too much work over a long "
                    "time, conflicts and harassment can make you ill. This is not just your private problem. Talk to "
                    "your manager or the verneombud.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 4-3",
                        "title": "Protection against harassment, violence and threats",
                        "text": (
                            "Nobody shall be exposed to harassment or other improper behaviour at work. As far as "
                            "possible, workers shall be protected against violence, threats and other harmful strain "
                            "from contact with other people, for example clients, customers or pupils."
                        ),
                    },
                ),
                ("heading", "Protective equipment is the last protection"),
                (
                    "paragraph",
                    "<p>The best solution is to remove the hazard, for example with a guardrail, an extractor fan or "
                    "a quieter machine. Protective equipment such as helmets, gloves, safety glasses and hearing "
                    "protection comes last. But when protective equipment is required, you must always use it. If "
                    "the equipment is broken or does not fit, tell your manager. Your employer must get you new "
                    "equipment.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "melde-avvik",
            "title": "How to report deviations and near misses",
            "minutes": 20,
            "body": [
                ("heading", "What is a deviation?"),
                (
                    "paragraph",
                    "<p>A deviation (in Norwegian: <i>avvik</i>) is something that is not as it should be under the "
                    "law, the rules or the routines at your workplace. A deviation can lead to harm to people, the "
                    "environment or equipment.</p>"
                    "<p>It is important to separate what happened from what was wrong. An example: A worker slips "
                    "on ice and breaks a leg. The broken leg is the <b>event</b>. The fact that nobody had gritted "
                    "the ice is the <b>deviation</b>. It is the deviation we must fix. Otherwise it will happen "
                    "again.</p>"
                    "<p>Another example: A spanner falls from a scaffold. Nobody is hit. The falling spanner is the "
                    "event. The deviations are that the tool was not secured with a lanyard, and that the toe board "
                    "on the scaffold had not been put back.</p>",
                ),
                ("heading", "Four types of reports"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Event (hendelse):</b> Something happened, and someone or something was harmed.</li>"
                    "<li><b>Near miss (nestenulykke):</b> Something happened, but nobody was harmed this time.</li>"
                    "<li><b>Unsafe condition (forhold):</b> Something is dangerous, but nothing has happened yet. "
                    "For example a loose guardrail.</li>"
                    "<li><b>Improvement proposal (forbedringsforslag):</b> You have an idea that can make the work "
                    "safer.</li>"
                    "</ul>",
                ),
                ("heading", "Why report when nobody was hurt?"),
                (
                    "paragraph",
                    "<p>A near miss is a free warning. Next time it may go wrong. When you report it, the workplace "
                    "can fix the problem before anyone is hurt. Reporting is not about finding someone to blame. It "
                    "is about finding the cause. Many reports are a good sign at a workplace.</p>",
                ),
                ("heading", "How to write a good report"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>What happened?</li>"
                    "<li>Where and when did it happen?</li>"
                    "<li>What was wrong? (the deviation)</li>"
                    "<li>What could have happened?</li>"
                    "<li>What did you do straight away?</li>"
                    "<li>Do you have a suggestion for what should be done?</li>"
                    "</ol>"
                    "<p>An example: “Friday at 10:00, block B, the scaffold on the third floor. The toe board had "
                    "been removed and not put back. A spanner fell to the ground. Nobody was hit, but people were "
                    "walking below. I closed off the area and told the foreman. Suggestion: tool lanyards for "
                    "everyone working on the scaffold.”</p>",
                ),
                ("heading", "What happens next?"),
                (
                    "paragraph",
                    "<p>Your manager registers the report and makes sure the place is safe. The verneombud is told "
                    "about the case. Then they find the cause and decide on actions, with a responsible person and "
                    "a deadline. Finally they check that the actions work. Only then is the case closed. You should "
                    "get an answer about what happened to your report.</p>",
                ),
                ("heading", "If someone is injured"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Help the injured person and make sure nobody else gets hurt.</li>"
                    "<li>Call 113 for an ambulance. Call 110 for fire and 112 for the police.</li>"
                    "<li>Tell your manager as soon as possible.</li>"
                    "<li>Report what happened in the deviation system.</li>"
                    "</ol>"
                    "<p>If you are injured at work, tell the doctor that the injury happened at work. Then it can "
                    "be registered as an occupational injury with NAV (the Norwegian Labour and Welfare "
                    "Administration).</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Notification of serious accidents",
                        "text": (
                            "If a worker dies or is seriously injured in a work accident, the employer must notify "
                            "Arbeidstilsynet (the Labour Inspection Authority) and the police at once. The verneombud "
                            "must get a copy of the written confirmation."
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Final test: HMS for workers",
                        "questions": [
                            {
                                "text": "You slip on ice in front of the entrance and hurt your knee. What is the "
                                "deviation?",
                                "kind": "single",
                                "explanation": "The injury is the event. The deviation is the cause: the ice had not "
                                "been gritted.",
                                "options": [
                                    {
                                        "text": "The ice had not been gritted",
                                        "correct": True,
                                        "feedback": "Correct. This is what must be fixed.",
                                    },
                                    {
                                        "text": "You hurt your knee",
                                        "correct": False,
                                        "feedback": "No. That is the event, what happened.",
                                    },
                                    {
                                        "text": "You were wearing the wrong shoes",
                                        "correct": False,
                                        "feedback": "No. That may have played a part, but the main fault is that the ice "
                                        "had not been gritted.",
                                    },
                                ],
                            },
                            {
                                "text": "Which situations should you report?",
                                "kind": "multiple",
                                "explanation": "Report events, near misses, unsafe conditions and improvement "
                                "proposals.",
                                "options": [
                                    {
                                        "text": "A colleague was nearly hit by a falling tool",
                                        "correct": True,
                                        "feedback": "Correct. This is a near miss.",
                                    },
                                    {
                                        "text": "A bottle of chemicals with no label",
                                        "correct": True,
                                        "feedback": "Correct. This is an unsafe condition.",
                                    },
                                    {
                                        "text": "An idea that can make the work safer",
                                        "correct": True,
                                        "feedback": "Correct. This is an improvement proposal.",
                                    },
                                    {
                                        "text": "You do not like the food in the canteen",
                                        "correct": False,
                                        "feedback": "No. This is not a health and safety matter.",
                                    },
                                ],
                            },
                            {
                                "text": "You believe the work is dangerous to your life. What should you do?",
                                "kind": "single",
                                "explanation": "Under AML § 2-3 you must stop work that is dangerous to life or "
                                "health.",
                                "options": [
                                    {
                                        "text": "Stop working and tell your manager and the verneombud",
                                        "correct": True,
                                        "feedback": "Correct. It is your duty, and you must not be punished for it.",
                                    },
                                    {
                                        "text": "Keep working until the end of the day",
                                        "correct": False,
                                        "feedback": "No. You must not continue when there is a danger to life or "
                                        "health.",
                                    },
                                    {
                                        "text": "Wait for someone else to speak up",
                                        "correct": False,
                                        "feedback": "No. You have a duty to speak up yourself.",
                                    },
                                ],
                            },
                            {
                                "text": "What should a good deviation report contain?",
                                "kind": "multiple",
                                "explanation": "Describe what, where and when, what was wrong and what could have "
                                "happened. It is not about blame.",
                                "options": [
                                    {
                                        "text": "What happened, where and when",
                                        "correct": True,
                                        "feedback": "Correct. This makes the case easy to understand.",
                                    },
                                    {
                                        "text": "What was wrong",
                                        "correct": True,
                                        "feedback": "Correct. Then the deviation can be fixed.",
                                    },
                                    {
                                        "text": "What could have happened",
                                        "correct": True,
                                        "feedback": "Correct. This shows how serious the case is.",
                                    },
                                    {
                                        "text": "The name of the person who was to blame",
                                        "correct": False,
                                        "feedback": "No. The aim is to find the cause, not someone to blame.",
                                    },
                                ],
                            },
                            {
                                "text": "The noise at the machine you use is above 85 decibels. What applies?",
                                "kind": "single",
                                "explanation": "Above 85 decibels hearing protection must be used. The employer must "
                                "provide it.",
                                "options": [
                                    {
                                        "text": "I must use hearing protection, and my employer provides it",
                                        "correct": True,
                                        "feedback": "Correct. Hearing protection is required at this level.",
                                    },
                                    {
                                        "text": "I can choose whether to use hearing protection",
                                        "correct": False,
                                        "feedback": "No. When protective equipment is required, it must be used.",
                                    },
                                    {
                                        "text": "I must buy hearing protection myself",
                                        "correct": False,
                                        "feedback": "No. Your employer must give you the protective equipment.",
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


_UK = {
    "title": "Охорона праці (HMS) для працівників",
    "summary": (
        "Короткий курс про здоров’я, безпеку та робоче середовище (HMS) для всіх, хто працює в Норвегії. "
        "Ви дізнаєтеся про свої права та обов’язки, про те, як захиститися від поширених небезпек, і як "
        "повідомляти про відхилення та небезпечні події без травм."
    ),
    "learning_outcomes": [
        "Знати свої найважливіші права та обов’язки за arbeidsmiljøloven (Законом про робоче середовище).",
        "Знати, до кого можна звернутися щодо робочого середовища: до керівника, до представника з охорони "
        "праці (verneombud) і до служби охорони здоров’я на підприємстві (BHT).",
        "Розпізнавати поширені небезпеки на роботі та знати, як від них захиститися.",
        "Розрізняти те, що сталося (подію), і те, що було не так (відхилення).",
        "Написати добре повідомлення про відхилення та знати, що робити, якщо хтось травмувався.",
    ],
    "topics": [
        "Права та обов’язки (AML § 2-3 і § 3-2)",
        "Verneombud і служба охорони здоров’я на підприємстві",
        "Поширені небезпеки на роботі",
        "Засоби індивідуального захисту",
        "Відхилення та небезпечні події без травм",
        "Якщо хтось травмувався",
    ],
    "lessons": [
        # ------------------------------------------------------------------ 1
        {
            "slug": "rettigheter-og-plikter",
            "title": "Ваші права та обов’язки",
            "minutes": 20,
            "body": [
                ("heading", "Ви маєте право на безпечне робоче місце"),
                (
                    "paragraph",
                    "<p>У Норвегії arbeidsmiljøloven (Закон про робоче середовище) захищає всіх, хто працює. Це "
                    "стосується вас, якщо ви працюєте на постійній роботі, неповний робочий день або тимчасово. Це "
                    "стосується й вас, якщо вас направило на роботу кадрове агентство.</p>"
                    "<p>Роботодавець відповідає за те, щоб робота була безпечною. Роботодавець має розповісти вам "
                    "про небезпеки у вашій роботі. Ви маєте отримати потрібне навчання мовою, яку розумієте. Якщо "
                    "для роботи потрібні засоби захисту, роботодавець має вам їх надати. Ви не платите за них "
                    "самі.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 3-2",
                        "title": "Обов’язок роботодавця інформувати, навчати й надавати засоби захисту",
                        "text": (
                            "Роботодавець має розповісти вам про небезпеки роботи та забезпечити потрібне навчання, "
                            "тренування та інструктаж. Якщо небезпеку неможливо усунути іншим способом, роботодавець "
                            "має надати вам засоби індивідуального захисту, навчити ними користуватися й подбати "
                            "про те, щоб ними користувалися."
                        ),
                    },
                ),
                ("heading", "У вас є й обов’язки"),
                (
                    "paragraph",
                    "<p>Закон вимагає, щоб ви допомагали робити робоче місце безпечним. Ви маєте:</p>"
                    "<ul>"
                    "<li>користуватися обов’язковими засобами захисту та бути обережними</li>"
                    "<li>одразу повідомити керівника та представника з охорони праці (verneombud), якщо бачите "
                    "несправність або недолік, що може когось травмувати, і не можете виправити це самі</li>"
                    "<li>припинити роботу, якщо вважаєте, що є небезпека для життя чи здоров’я</li>"
                    "<li>повідомити, якщо бачите, що когось цькують або дискримінують</li>"
                    "<li>повідомити роботодавця, якщо ви травмувалися або захворіли через роботу</li>"
                    "<li>брати участь у роботі з охорони праці, наприклад у навчанні та в оглядах безпеки "
                    "(vernerunde)</li>"
                    "</ul>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 2-3",
                        "title": "Обов’язок працівника брати участь",
                        "text": (
                            "Працівник має брати участь у роботі з охорони праці, користуватися обов’язковими "
                            "засобами захисту та бути обережним. Працівник має одразу повідомляти про несправності "
                            "й небезпеки, припиняти роботу, небезпечну для життя чи здоров’я, і повідомляти про "
                            "травми, хвороби, цькування та дискримінацію на робочому місці."
                        ),
                    },
                ),
                ("heading", "До кого можна звернутися?"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Ваш керівник.</b> Керівник відповідає за безпеку там, де ви працюєте.</li>"
                    "<li><b>Verneombud (представник з охорони праці).</b> Колега, якого обрали працівники. "
                    "Verneombud стежить за робочим середовищем і допомагає вам повідомити про проблему. Verneombud "
                    "може зупинити небезпечну роботу.</li>"
                    "<li><b>Bedriftshelsetjeneste (служба охорони здоров’я на підприємстві, BHT).</b> Лікарі, "
                    "медсестри та інші фахівці, які консультують щодо здоров’я та робочого середовища.</li>"
                    "<li><b>Arbeidstilsynet (Інспекція праці Норвегії).</b> Державна установа, яка перевіряє робочі "
                    "місця. Ви можете звернутися до Arbeidstilsynet самостійно.</li>"
                    "</ul>"
                    "<p>Ви також маєте право повідомити (varsle) про серйозні порушення на роботі, наприклад про "
                    "небезпечну роботу чи цькування. Роботодавець не має права карати вас за те, що ви належним "
                    "чином про це повідомили.</p>",
                ),
                ("heading", "Приклад"),
                (
                    "paragraph",
                    "<p>Прибиральниця отримує новий засіб у розпилювачі. На етикетці є символи небезпеки, але вона "
                    "не розуміє тексту. Перш ніж користуватися засобом, вона запитує керівника. Керівник знаходить "
                    "паспорт безпеки (sikkerhetsdatablad) і пояснює небезпеки мовою, яку вона розуміє. Вона отримує "
                    "рукавички й дізнається, що приміщення треба добре провітрювати. Так і має бути. Навчання — "
                    "обов’язок роботодавця, і ви робите правильно, коли запитуєте.</p>",
                ),
                (
                    "quiz",
                    {
                        "title": "Перевірте себе: права та обов’язки",
                        "questions": [
                            {
                                "text": "Що з переліченого є вашими обов’язками як працівника?",
                                "kind": "multiple",
                                "explanation": "Ви маєте користуватися обов’язковими засобами захисту й повідомляти "
                                "про небезпеки. За засоби захисту платить роботодавець.",
                                "options": [
                                    {
                                        "text": "Користуватися обов’язковими засобами захисту",
                                        "correct": True,
                                        "feedback": "Правильно. Це обов’язок за AML § 2-3.",
                                    },
                                    {
                                        "text": "Повідомляти про несправності й небезпеки",
                                        "correct": True,
                                        "feedback": "Правильно. Одразу скажіть керівникові та verneombud.",
                                    },
                                    {
                                        "text": "Платити за власні засоби захисту",
                                        "correct": False,
                                        "feedback": "Неправильно. Засоби захисту має надати роботодавець.",
                                    },
                                    {
                                        "text": "Самостійно ремонтувати електричні несправності",
                                        "correct": False,
                                        "feedback": "Неправильно. Електричні несправності мають усувати лише фахівці. "
                                        "Краще повідомте про них.",
                                    },
                                ],
                            },
                            {
                                "text": "Ви маєте працювати на новій машині, але не пройшли навчання. Що ви робите?",
                                "kind": "single",
                                "explanation": "Ви маєте право на потрібне навчання до того, як почнете працювати "
                                "на машині.",
                                "options": [
                                    {
                                        "text": "Прошу керівника про навчання, перш ніж користуватися машиною",
                                        "correct": True,
                                        "feedback": "Правильно. Роботодавець має вас навчити.",
                                    },
                                    {
                                        "text": "Пробую розібратися сам(а)",
                                        "correct": False,
                                        "feedback": "Ні. Без навчання ви можете травмувати себе чи інших.",
                                    },
                                    {
                                        "text": "Дивлюся відео в телефоні й починаю",
                                        "correct": False,
                                        "feedback": "Ні. Випадкове відео — це не навчання роботи з цією машиною на "
                                        "цьому робочому місці.",
                                    },
                                ],
                            },
                            {
                                "text": "Хто такий verneombud?",
                                "kind": "single",
                                "explanation": "Verneombud — це колега, якого обрали працівники, щоб стежити за "
                                "робочим середовищем.",
                                "options": [
                                    {
                                        "text": "Колега, якого обрали працівники, щоб стежити за робочим середовищем",
                                        "correct": True,
                                        "feedback": "Правильно. Ви завжди можете звернутися до verneombud.",
                                    },
                                    {
                                        "text": "Поліцейський",
                                        "correct": False,
                                        "feedback": "Ні. Verneombud працює на вашому робочому місці.",
                                    },
                                    {
                                        "text": "Ваш начальник",
                                        "correct": False,
                                        "feedback": "Ні. Verneombud представляє працівників, а не керівництво.",
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
            "slug": "farer-pa-jobben",
            "title": "Поширені небезпеки та як від них захиститися",
            "minutes": 20,
            "body": [
                ("heading", "Помічайте небезпеку, поки нічого не сталося"),
                (
                    "paragraph",
                    "<p>Більшість нещасних випадків мають прості причини. Підлога мокра. Огородження немає. На "
                    "пляшці немає етикетки. Якщо ви навчитеся помічати такі речі, то зможете запобігти багатьом "
                    "травмам.</p>",
                ),
                ("heading", "Падіння та спотикання"),
                (
                    "paragraph",
                    "<p>Падіння — одна з найчастіших причин травм. Будьте обережні на льоду, на мокрій підлозі, на "
                    "драбинах і риштуванні. Коли надворі слизько, одягайте на взуття льодоступи (brodder). Ніколи не "
                    "знімайте поручні чи бортову дошку з риштування. Якщо хтось їх зняв, одразу повідомте про це. "
                    "Працюючи на висоті, прив’язуйте інструмент страхувальним шнуром. Інструмент, що падає, може "
                    "вбити людину внизу.</p>",
                ),
                ("heading", "Хімічні речовини"),
                (
                    "paragraph",
                    "<p>Прочитайте етикетку й подивіться на символи небезпеки. Якщо ви не впевнені, попросіть "
                    "паспорт безпеки (sikkerhetsdatablad). Ніколи не змішуйте два засоби. Ніколи не наливайте засіб "
                    "у пляшку без правильної етикетки. Приклад: прибиральник наливає новий засіб у розпилювач без "
                    "етикетки. У пляшці лишилося трохи іншого засобу. Утворюється отруйний газ. Якщо таке сталося, "
                    "вийдіть із приміщення, провітріть його й повідомте керівника.</p>",
                ),
                ("heading", "Шум"),
                (
                    "paragraph",
                    "<p>Гучний шум може спричинити незворотне пошкодження слуху та дзвін у вухах (тинітус). Коли "
                    "шум перевищує 85 децибелів, треба користуватися засобами захисту слуху. Просте правило: якщо "
                    "вам доводиться кричати, щоб поговорити з людиною на відстані одного метра, шум надто гучний. "
                    "Скажіть керівникові, якщо у вас почало дзвеніти у вухах.</p>",
                ),
                ("heading", "Підіймання вантажів і робоча поза"),
                (
                    "paragraph",
                    "<p>Користуйтеся допоміжними засобами: візками, підіймальним обладнанням і підйомниками для "
                    "пацієнтів. Важкі речі підіймайте удвох. Тримайте вантаж близько до тіла й не скручуйте спину. "
                    "Якщо щось болить, скажіть про це якомога раніше. Тоді легше щось змінити.</p>",
                ),
                ("heading", "Насильство та погрози"),
                (
                    "paragraph",
                    "<p>Працівники служби догляду вдома (hjemmetjeneste), шкіл, магазинів і транспорту можуть "
                    "зіткнутися з насильством і погрозами. Дотримуйтеся правил на вашому робочому місці. Не йдіть "
                    "сам(а) до клієнта чи покупця, який уже поводився агресивно, якщо за правилами ви маєте йти "
                    "удвох. Перевірте, чи працює ваша тривожна кнопка. Відійдіть, якщо відчуваєте загрозу. "
                    "Повідомляйте про кожен випадок, навіть про погрози, від яких ніхто не постраждав.</p>",
                ),
                ("heading", "Стрес, конфлікти та цькування"),
                (
                    "paragraph",
                    "<p>Робоче середовище — це також те, як ми ставимося одне до одного. Надмірне навантаження "
                    "протягом тривалого часу, конфлікти та цькування можуть довести до хвороби. Це не лише ваша "
                    "особиста проблема. Поговоріть із керівником або з verneombud.</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 4-3",
                        "title": "Захист від цькування, насильства та погроз",
                        "text": (
                            "Ніхто не повинен зазнавати цькування чи іншої неналежної поведінки на роботі. Наскільки "
                            "це можливо, працівників треба захищати від насильства, погроз та іншого шкідливого "
                            "навантаження, пов’язаного з контактами з іншими людьми, наприклад із клієнтами, "
                            "покупцями чи учнями."
                        ),
                    },
                ),
                ("heading", "Засоби захисту — останній рубіж"),
                (
                    "paragraph",
                    "<p>Найкраще — усунути небезпеку, наприклад за допомогою огородження, витяжки або тихішої "
                    "машини. Засоби індивідуального захисту, як-от каска, рукавички, захисні окуляри й навушники, — "
                    "це останній захід. Але якщо засоби захисту обов’язкові, користуйтеся ними завжди. Якщо "
                    "спорядження пошкоджене або вам не підходить, скажіть про це. Роботодавець має видати "
                    "нове.</p>",
                ),
            ],
        },
        # ------------------------------------------------------------------ 3
        {
            "slug": "melde-avvik",
            "title": "Як повідомити про відхилення та небезпечні події",
            "minutes": 20,
            "body": [
                ("heading", "Що таке відхилення?"),
                (
                    "paragraph",
                    "<p>Відхилення (avvik) — це щось, що не відповідає законам, правилам чи встановленому порядку "
                    "на вашому робочому місці. Відхилення може призвести до шкоди людям, довкіллю чи "
                    "обладнанню.</p>"
                    "<p>Важливо відрізняти те, що сталося, від того, що було не так. Приклад: працівник посковзнувся "
                    "на льоду й зламав ногу. Перелом — це <b>подія</b>. Те, що лід ніхто не посипав, — це "
                    "<b>відхилення</b>. Виправити треба саме відхилення. Інакше це станеться знову.</p>"
                    "<p>Інший приклад: з риштування падає гайковий ключ. Ні в кого він не влучає. Падіння ключа — "
                    "це подія. Відхилення полягають у тому, що інструмент не був прив’язаний страхувальним шнуром і "
                    "що бортову дошку на риштуванні не поставили на місце.</p>",
                ),
                ("heading", "Чотири види повідомлень"),
                (
                    "paragraph",
                    "<ul>"
                    "<li><b>Подія (hendelse):</b> Щось сталося, і хтось постраждав або щось пошкоджено.</li>"
                    "<li><b>Небезпечна подія без травм (nestenulykke):</b> Щось сталося, але цього разу ніхто не "
                    "постраждав.</li>"
                    "<li><b>Небезпечна умова (forhold):</b> Щось становить небезпеку, але поки нічого не сталося. "
                    "Наприклад, розхитане огородження.</li>"
                    "<li><b>Пропозиція щодо покращення (forbedringsforslag):</b> У вас є ідея, як зробити роботу "
                    "безпечнішою.</li>"
                    "</ul>",
                ),
                ("heading", "Навіщо повідомляти, якщо ніхто не постраждав?"),
                (
                    "paragraph",
                    "<p>Небезпечна подія без травм — це безкоштовне попередження. Наступного разу все може "
                    "закінчитися гірше. Коли ви повідомляєте, на роботі можуть усунути проблему, перш ніж хтось "
                    "постраждає. Повідомлення — це не пошук винних. Це пошук причини. Багато повідомлень — добрий "
                    "знак для робочого місця.</p>",
                ),
                ("heading", "Як написати добре повідомлення"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Що сталося?</li>"
                    "<li>Де і коли це сталося?</li>"
                    "<li>Що було не так? (відхилення)</li>"
                    "<li>Що могло статися?</li>"
                    "<li>Що ви зробили одразу?</li>"
                    "<li>Чи є у вас пропозиція, що треба зробити?</li>"
                    "</ol>"
                    "<p>Приклад: «П’ятниця, 10:00, корпус B, риштування на третьому поверсі. Бортову дошку зняли й "
                    "не поставили на місце. Гайковий ключ упав на землю. Ні в кого не влучив, але внизу ходили люди. "
                    "Я перекрив прохід і сказав бригадирові. Пропозиція: страхувальні шнури для інструментів усім, "
                    "хто працює на риштуванні.»</p>",
                ),
                ("heading", "Що відбувається далі?"),
                (
                    "paragraph",
                    "<p>Керівник реєструє повідомлення й дбає про те, щоб місце стало безпечним. Verneombud "
                    "дізнається про випадок. Потім з’ясовують причину й вирішують, яких заходів ужити, і для кожного "
                    "призначають відповідальну особу та строк. Наприкінці перевіряють, чи заходи діють. Лише тоді "
                    "справу закривають. Ви маєте отримати відповідь про те, що сталося з вашим повідомленням.</p>",
                ),
                ("heading", "Якщо хтось травмувався"),
                (
                    "paragraph",
                    "<ol>"
                    "<li>Допоможіть потерпілому й подбайте, щоб більше ніхто не постраждав.</li>"
                    "<li>Телефонуйте 113, щоб викликати швидку допомогу. У разі пожежі телефонуйте 110, а щоб "
                    "викликати поліцію — 112.</li>"
                    "<li>Якнайшвидше повідомте керівника.</li>"
                    "<li>Зареєструйте подію в системі повідомлень про відхилення.</li>"
                    "</ol>"
                    "<p>Якщо ви травмувалися на роботі, скажіть лікареві, що травма сталася на роботі. Тоді її можна "
                    "зареєструвати як виробничу травму (yrkesskade) в NAV (Управлінні праці та соціального "
                    "забезпечення Норвегії).</p>",
                ),
                (
                    "law",
                    {
                        "reference": "AML § 5-2",
                        "title": "Повідомлення про тяжкі нещасні випадки",
                        "text": (
                            "Якщо працівник загинув або отримав тяжку травму внаслідок нещасного випадку на роботі, "
                            "роботодавець має негайно повідомити Arbeidstilsynet (Інспекцію праці) і поліцію. "
                            "Verneombud має отримати копію письмового підтвердження."
                        ),
                    },
                ),
                (
                    "quiz",
                    {
                        "title": "Підсумковий тест: охорона праці для працівників",
                        "questions": [
                            {
                                "text": "Ви посковзнулися на льоду перед входом і забили коліно. Що є відхиленням?",
                                "kind": "single",
                                "explanation": "Травма — це подія. Відхилення — це причина: лід не посипали.",
                                "options": [
                                    {
                                        "text": "Лід не посипали",
                                        "correct": True,
                                        "feedback": "Правильно. Саме це треба виправити.",
                                    },
                                    {
                                        "text": "Ви забили коліно",
                                        "correct": False,
                                        "feedback": "Ні. Це подія, тобто те, що сталося.",
                                    },
                                    {
                                        "text": "У вас було невідповідне взуття",
                                        "correct": False,
                                        "feedback": "Ні. Це могло вплинути, але головна проблема в тому, що лід не "
                                        "посипали.",
                                    },
                                ],
                            },
                            {
                                "text": "Про які ситуації слід повідомляти?",
                                "kind": "multiple",
                                "explanation": "Повідомляйте про події, небезпечні події без травм, небезпечні "
                                "умови та пропозиції щодо покращення.",
                                "options": [
                                    {
                                        "text": "Колегу ледь не вдарив інструмент, що впав",
                                        "correct": True,
                                        "feedback": "Правильно. Це небезпечна подія без травм.",
                                    },
                                    {
                                        "text": "Пляшка з хімікатами без етикетки",
                                        "correct": True,
                                        "feedback": "Правильно. Це небезпечна умова.",
                                    },
                                    {
                                        "text": "Ідея, як зробити роботу безпечнішою",
                                        "correct": True,
                                        "feedback": "Правильно. Це пропозиція щодо покращення.",
                                    },
                                    {
                                        "text": "Вам не подобається їжа в їдальні",
                                        "correct": False,
                                        "feedback": "Ні. Це не стосується здоров’я та безпеки.",
                                    },
                                ],
                            },
                            {
                                "text": "Ви вважаєте, що робота небезпечна для вашого життя. Що слід зробити?",
                                "kind": "single",
                                "explanation": "Згідно з AML § 2-3 ви маєте припинити роботу, небезпечну для життя "
                                "чи здоров’я.",
                                "options": [
                                    {
                                        "text": "Припинити роботу й сказати керівникові та verneombud",
                                        "correct": True,
                                        "feedback": "Правильно. Це ваш обов’язок, і карати вас за це не можна.",
                                    },
                                    {
                                        "text": "Працювати до кінця дня",
                                        "correct": False,
                                        "feedback": "Ні. Не можна продовжувати, коли є небезпека для життя чи "
                                        "здоров’я.",
                                    },
                                    {
                                        "text": "Чекати, поки хтось інший скаже",
                                        "correct": False,
                                        "feedback": "Ні. Ви самі зобов’язані повідомити.",
                                    },
                                ],
                            },
                            {
                                "text": "Що має містити добре повідомлення про відхилення?",
                                "kind": "multiple",
                                "explanation": "Опишіть, що, де і коли сталося, що було не так і що могло статися. "
                                "Ідеться не про пошук винних.",
                                "options": [
                                    {
                                        "text": "Що сталося, де і коли",
                                        "correct": True,
                                        "feedback": "Правильно. Так ситуацію легко зрозуміти.",
                                    },
                                    {
                                        "text": "Що було не так",
                                        "correct": True,
                                        "feedback": "Правильно. Тоді відхилення можна виправити.",
                                    },
                                    {
                                        "text": "Що могло статися",
                                        "correct": True,
                                        "feedback": "Правильно. Це показує, наскільки серйозна ситуація.",
                                    },
                                    {
                                        "text": "Ім’я винного",
                                        "correct": False,
                                        "feedback": "Ні. Мета — знайти причину, а не винного.",
                                    },
                                ],
                            },
                            {
                                "text": "Шум біля машини, на якій ви працюєте, перевищує 85 децибелів. Що діє в "
                                "такому разі?",
                                "kind": "single",
                                "explanation": "Якщо шум перевищує 85 децибелів, треба користуватися засобами "
                                "захисту слуху. Їх має надати роботодавець.",
                                "options": [
                                    {
                                        "text": "Я маю користуватися засобами захисту слуху, а роботодавець їх надає",
                                        "correct": True,
                                        "feedback": "Правильно. За такого рівня шуму засоби захисту слуху "
                                        "обов’язкові.",
                                    },
                                    {
                                        "text": "Я можу сам(а) вирішити, чи користуватися засобами захисту слуху",
                                        "correct": False,
                                        "feedback": "Ні. Якщо засоби захисту обов’язкові, ними треба користуватися.",
                                    },
                                    {
                                        "text": "Я маю купити засоби захисту слуху сам(а)",
                                        "correct": False,
                                        "feedback": "Ні. Засоби захисту має надати роботодавець.",
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


WORKER = {
    "key": "worker",
    "slug": "hms-for-arbeidstakere",
    "audience": "worker",
    "duration_minutes": 60,
    "price_ore": 49000,
    "vat_rate": 25,
    "legal_basis": "AML § 2-3 og § 3-2",
    "pass_mark": 70,
    "validity_months": 24,
    "translations": {
        "nb": _NB,
        "en": _EN,
        "uk": _UK,
    },
}
