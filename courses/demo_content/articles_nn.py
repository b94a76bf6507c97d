"""The two demo articles in nynorsk. Same slugs and block order as the bokmål ones. Pure data."""

AVVIK_NN = {
    "title": "Kva er eit avvik – og kva er det ikkje?",
    "slug": "kva-er-eit-avvik",
    "intro": "Skaden er sjeldan avviket: slik finn du årsaka som faktisk må rettast.",
    "body": [
        ("heading", "Eit brot på eit krav"),
        (
            "paragraph",
            "<p>Eit avvik er eit brot på eit krav. Kravet kan stå i arbeidsmiljølova, i ei forskrift eller i "
            "verksemda sine eigne rutinar. I praksis reknar vi òg med uønskte hendingar som fekk, eller kunne ha "
            "fått, følgjer for helse, miljø eller tryggleik. Alle verksemder skal ha rutinar for å finne, rette opp "
            "og førebyggje slike brot.</p>",
        ),
        (
            "law",
            {
                "reference": "Internkontrollforskriften § 5 nr. 7",
                "title": "Rutinar for avvik",
                "text": (
                    "Verksemda skal ha rutinar for å avdekkje, rette opp og førebyggje brot på krav i helse-, miljø- "
                    "og tryggleiksregelverket. Rutinane skal vere skriftlege. Arbeidsmiljølova § 3-1 stiller det same "
                    "kravet til arbeidsgivaren."
                ),
            },
        ),
        ("heading", "Hendinga er ikkje avviket"),
        (
            "paragraph",
            "<p>Den vanlegaste feilen i avviksmeldingar er å skildre hendinga og tru at jobben er gjord. Ta dette "
            "dømet, som Arbeidstilsynet òg brukar: Ein tilsett sklir på is og brekk beinet. Beinbrotet er hendinga. "
            "Avviket er at isen ikkje var strødd, fordi ingen hadde fått ansvaret for det.</p>"
            "<p>Skilnaden er viktig. Eit beinbrot kan ikkje «rettast». Ein manglande rutine kan det. Eit døme frå "
            "ein skule: Ein SFO-tilsett sklir i skulegarden klokka 07.20. Vaktmeisteren strør klokka 08.00. Avviket "
            "er at ingen har ansvar for å strø før SFO opnar. Tiltaket er å flytte strøinga, eller gi nokon ansvaret "
            "for dei første timane. Utan den endringa skjer det same neste frostmorgon.</p>",
        ),
        ("heading", "Stillaset og fastnøkkelen"),
        (
            "paragraph",
            "<p>Ein arbeidar mistar ein fastnøkkel på eit stillas. Han fell gjennom glipa mot veggen og sprett ned "
            "fleire etasjar. Ingen blir treft. Kva er avviket?</p>"
            "<ul>"
            "<li><b>Hendinga</b> er at nøkkelen fell.</li>"
            "<li><b>Det første avviket</b> er at verktøyet ikkje var sikra med line ved arbeid i høgda. Anten blei "
            "instruksen ikkje følgd, eller så hadde arbeidsgivaren ikkje skaffa liner.</li>"
            "<li><b>Det andre avviket</b> er at stillaset mangla sikring mot fallande gjenstandar: Fotlista var ikkje "
            "sett tilbake, og det var ikkje nett mellom etasjane.</li>"
            "</ul>"
            "<p>Ei god melding nemner begge: «Mangelfull rutine for sikring av verktøy i høgda. Arbeidaren hadde "
            "ikkje verktøyline, og fotlista var ikkje sett tilbake etter arbeid ved veggen.» Då kan tiltaka rettast "
            "mot årsakene: liner og krav om bruk, kontroll av stillaset og sikker jobbanalyse før arbeid i "
            "høgda.</p>",
        ),
        ("heading", "Kva er ikkje eit avvik?"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Sjølve skaden.</b> Han er følgja. Meld han, men leit etter årsaka.</li>"
            "<li><b>«Han var umerksam».</b> Menneskelege feil skjer alltid. Spør kvifor det var mogleg å gjere "
            "feilen, og kva som kunne ha stoppa han.</li>"
            "<li><b>Vanlege variasjonar i drifta.</b> Ei forseinka varelevering er irriterande, men ikkje eit "
            "HMS-avvik så lenge ingen blir utsett for fare.</li>"
            "<li><b>Saker som høyrer heime andre stader.</b> Usemje om løn eller ferie tek ein med leiaren eller den "
            "tillitsvalde. Trakassering og vald er derimot arbeidsmiljøsaker og skal meldast etter rutinane.</li>"
            "</ul>",
        ),
        ("heading", "Nestenulukker og farlege forhold er òg avvik"),
        (
            "paragraph",
            "<p>Eit avvik treng ikkje ha ført til skade. Meldingar blir ofte delte inn i fire typar: hending, "
            "nestenulukke, forhold og forbetringsforslag. Døme på nestenulukker og farlege forhold er ein ventil som "
            "stod open og burde ha vore stengd, ein feil på tryggleiksutstyr som blir oppdaga i tide, og ei "
            "sprayflaske utan etikett på eit reinhaldsrom.</p>"
            "<p>Slike meldingar er den billegaste lærdomen ei verksemd kan få. Mange meldingar er difor eit godt "
            "teikn. Ei avdeling som aldri melder noko, er sjeldan tryggare enn dei andre.</p>",
        ),
        ("heading", "Tre spørsmål som hjelper"),
        (
            "paragraph",
            "<ol>"
            "<li>Kva krav er brote: i lova, i forskrifta eller i våre eigne rutinar?</li>"
            "<li>Kven har ansvaret for at kravet blir følgt?</li>"
            "<li>Kva må endrast for at det ikkje skal skje igjen, her og andre stader?</li>"
            "</ol>"
            "<p>Kan du svare på dei tre spørsmåla, har du funne avviket, og ikkje berre hendinga.</p>",
        ),
    ],
}

RISIKO_NN = {
    "title": "Risikovurdering i fem steg",
    "slug": "risikovurdering-i-fem-steg",
    "intro": "Ein enkel metode for å finne, vurdere og redusere risiko, med eit døme frå heimetenesta.",
    "body": [
        ("heading", "Kvifor risikovurdering?"),
        (
            "paragraph",
            "<p>Risikovurdering er kjernen i det systematiske HMS-arbeidet. Arbeidsgivaren skal kartleggje farar, "
            "vurdere risikoen og lage planar og tiltak. Det skal òg gjerast før endringar, til dømes ny turnus, nye "
            "lokale eller nytt utstyr. Metoden under passar for dei fleste verksemder, frå byggjeplass til "
            "kontor.</p>",
        ),
        (
            "law",
            {
                "reference": "AML § 3-1",
                "title": "Systematisk HMS-arbeid",
                "text": (
                    "Arbeidsgivaren skal kartleggje farar og problem, vurdere risikoen og lage planar og tiltak for å "
                    "redusere han. Når endringar blir planlagde, skal arbeidsgivaren vurdere om arbeidsmiljøet framleis "
                    "vil oppfylle krava i lova."
                ),
            },
        ),
        ("heading", "Steg 1: Avgrens og involver"),
        (
            "paragraph",
            "<p>Bestem kva de skal vurdere: ei avdeling, ei arbeidsoppgåve eller ei planlagd endring. Vel noko "
            "konkret. «Kveldsbesøk i sone nord» er betre enn «heile heimetenesta». Ta med leiaren, verneombodet og "
            "nokon som gjer jobben til dagleg. Be bedriftshelsetenesta (BHT) om hjelp når de treng målingar eller "
            "fagkunnskap.</p>",
        ),
        ("heading", "Steg 2: Finn farane"),
        (
            "paragraph",
            "<p>Spør: Kva kan gå gale? Sjå på tre typar forhold:</p>"
            "<ul>"
            "<li><b>Fysiske:</b> fall, støy, kjemikaliar, tunge løft, maskiner, inneklima.</li>"
            "<li><b>Psykososiale:</b> vald og truslar, konfliktar, trakassering.</li>"
            "<li><b>Organisatoriske:</b> arbeidsmengd, bemanning, einearbeid, tidspress.</li>"
            "</ul>"
            "<p>Bruk avviksmeldingar, sjukefråvær, vernerundar og samtalar med dei tilsette. Dei som gjer jobben, "
            "veit ofte kvar det nesten har gått gale.</p>",
        ),
        ("heading", "Steg 3: Vurder risikoen"),
        (
            "paragraph",
            "<p>Risiko er sannsyn gonger konsekvens. Gi kvar fare eit tal frå 1 til 3 for begge:</p>"
            "<ul>"
            "<li>Sannsyn: 1 = lite sannsynleg, 2 = kan skje, 3 = vil truleg skje.</li>"
            "<li>Konsekvens: 1 = liten skade, 2 = skade med fråvær, 3 = alvorleg eller varig skade.</li>"
            "</ul>"
            "<p>Gong tala. 1–2 er låg risiko, 3–4 er middels, 6–9 er høg. Høg risiko skal handterast først. Skriv "
            "kort kvifor de valde tala. Då kan andre forstå vurderinga seinare.</p>",
        ),
        ("heading", "Steg 4: Vel tiltak i rett rekkjefølgje"),
        (
            "paragraph",
            "<ol>"
            "<li>Fjern faren.</li>"
            "<li>Byt ut med noko mindre farleg.</li>"
            "<li>Tekniske og kollektive tiltak, som rekkverk, avsug og alarmar.</li>"
            "<li>Organisatoriske tiltak, som bemanning, rutinar og opplæring.</li>"
            "<li>Personleg verneutstyr, når det andre ikkje er nok.</li>"
            "</ol>"
            "<p>Kollektive tiltak vernar alle, òg den som gløymer eller er ny. Verneutstyr verkar berre når det blir "
            "brukt rett kvar gong.</p>",
        ),
        ("heading", "Steg 5: Planlegg, gjennomfør og følg opp"),
        (
            "paragraph",
            "<p>Skriv tiltaka inn i ein handlingsplan: kva som skal gjerast, kven som har ansvaret, og når det skal "
            "vere ferdig. Set òg ein dato for å sjekke effekten. Har risikoen faktisk gått ned? Oppdater vurderinga "
            "når noko blir endra, etter alvorlege hendingar og elles med jamne mellomrom.</p>",
        ),
        ("heading", "Døme: kveldsbesøk i heimetenesta"),
        (
            "paragraph",
            "<p>Ein brukar i sone nord har truga og halde fast tilsette fleire gonger. Besøka om kvelden blir gjorde "
            "av éin tilsett. Personalalarmane blir ikkje testa.</p>"
            "<p><b>Vurdering:</b> Sannsynet for ei ny hending er høgt (3). Konsekvensen kan bli alvorleg (3). "
            "Risikoen er 9, altså høg. Forskrift om utføring av arbeid har eigne krav når tilsette kan bli utsette "
            "for vald og truslar, og denne risikoen må handterast før neste besøk.</p>"
            "<p><b>Tiltak:</b> To tilsette på alle besøk hos brukaren (organisatorisk). Alarmane blir testa kvar "
            "månad og før kvar vakt (teknisk). Opplæring i å førebyggje og dempe konfliktar. Kort informasjon om "
            "risikoen i tenesteplanen, slik at vikarar òg veit om han.</p>"
            "<p><b>Oppfølging:</b> Leiaren har ansvaret, og fristen er neste veke. Etter tre månader ser leiaren og "
            "verneombodet på talet på hendingar og spør dei tilsette om dei kjenner seg tryggare. Er svaret nei, blir "
            "tiltaka justerte.</p>",
        ),
    ],
}
