"""Demo knowledge articles: bokmål here, translations beside it (same block order). Pure data."""

from .articles_en import AVVIK_EN, RISIKO_EN
from .articles_nn import AVVIK_NN, RISIKO_NN
from .articles_uk import AVVIK_UK, RISIKO_UK

AVVIK_ARTICLE = {
    "slug": "hva-er-et-avvik",
    "title": "Hva er et avvik – og hva er det ikke?",
    "intro": "Skaden er sjelden avviket: slik finner du årsaken som faktisk må rettes.",
    "body": [
        ("heading", "Et brudd på et krav"),
        (
            "paragraph",
            "<p>Et avvik er et brudd på et krav. Kravet kan stå i arbeidsmiljøloven, i en forskrift eller i "
            "virksomhetens egne rutiner. I praksis regner vi også med uønskede hendelser som fikk, eller kunne fått, "
            "følger for helse, miljø eller sikkerhet. Alle virksomheter skal ha rutiner for å finne, rette opp og "
            "forebygge slike brudd.</p>",
        ),
        (
            "law",
            {
                "reference": "Internkontrollforskriften § 5 nr. 7",
                "title": "Rutiner for avvik",
                "text": (
                    "Virksomheten skal ha rutiner for å avdekke, rette opp og forebygge brudd på krav i helse-, miljø- "
                    "og sikkerhetsregelverket. Rutinene skal være skriftlige. Arbeidsmiljøloven § 3-1 stiller det samme "
                    "kravet til arbeidsgiveren."
                ),
            },
        ),
        ("heading", "Hendelsen er ikke avviket"),
        (
            "paragraph",
            "<p>Den vanligste feilen i avviksmeldinger er å beskrive hendelsen og tro at jobben er gjort. Ta dette "
            "eksempelet, som Arbeidstilsynet også bruker: En ansatt glir på is og brekker beinet. Beinbruddet er "
            "hendelsen. Avviket er at isen ikke var strødd, fordi ingen hadde fått ansvaret for det.</p>"
            "<p>Forskjellen er viktig. Et beinbrudd kan ikke «rettes». En manglende rutine kan. Et eksempel fra en "
            "skole: En SFO-ansatt sklir i skolegården klokka 07.20. Vaktmesteren strør klokka 08.00. Avviket er at "
            "ingen har ansvar for å strø før SFO åpner. Tiltaket er å flytte strøingen, eller gi noen ansvaret for "
            "de første timene. Uten den endringen skjer det samme neste frostmorgen.</p>",
        ),
        ("heading", "Stillaset og fastnøkkelen"),
        (
            "paragraph",
            "<p>En arbeider mister en fastnøkkel på et stillas. Den faller gjennom glippen mot veggen og spretter ned "
            "flere etasjer. Ingen blir truffet. Hva er avviket?</p>"
            "<ul>"
            "<li><b>Hendelsen</b> er at nøkkelen faller.</li>"
            "<li><b>Det første avviket</b> er at verktøyet ikke var sikret med line ved arbeid i høyden. Enten ble "
            "instruksen ikke fulgt, eller så hadde arbeidsgiveren ikke skaffet liner.</li>"
            "<li><b>Det andre avviket</b> er at stillaset manglet sikring mot fallende gjenstander: Fotlisten var ikke "
            "satt tilbake, og det var ikke nett mellom etasjene.</li>"
            "</ul>"
            "<p>En god melding nevner begge: «Mangelfull rutine for sikring av verktøy i høyden. Arbeideren hadde "
            "ikke verktøyline, og fotlisten var ikke satt tilbake etter arbeid ved veggen.» Da kan tiltakene rettes "
            "mot årsakene: liner og krav om bruk, kontroll av stillaset og sikker jobbanalyse før arbeid i "
            "høyden.</p>",
        ),
        ("heading", "Hva er ikke et avvik?"),
        (
            "paragraph",
            "<ul>"
            "<li><b>Skaden i seg selv.</b> Den er følgen. Meld den, men let etter årsaken.</li>"
            "<li><b>«Han var uoppmerksom».</b> Menneskelige feil skjer alltid. Spør hvorfor det var mulig å gjøre "
            "feilen, og hva som kunne ha stoppet den.</li>"
            "<li><b>Vanlige variasjoner i driften.</b> En forsinket vareleveranse er irriterende, men ikke et "
            "HMS-avvik så lenge ingen utsettes for fare.</li>"
            "<li><b>Saker som hører hjemme andre steder.</b> Uenighet om lønn eller ferie tas med lederen eller den "
            "tillitsvalgte. Trakassering og vold er derimot arbeidsmiljøsaker og skal meldes etter rutinene.</li>"
            "</ul>",
        ),
        ("heading", "Nestenulykker og farlige forhold er også avvik"),
        (
            "paragraph",
            "<p>Et avvik trenger ikke ha ført til skade. Meldinger deles ofte inn i fire typer: hendelse, "
            "nestenulykke, forhold og forbedringsforslag. Eksempler på nestenulykker og farlige forhold er en ventil "
            "som stod åpen og burde vært stengt, en feil på sikkerhetsutstyr som blir oppdaget i tide, og en "
            "sprayflaske uten etikett på et renholdsrom.</p>"
            "<p>Slike meldinger er den billigste læringen en virksomhet kan få. Mange meldinger er derfor et godt "
            "tegn. En avdeling som aldri melder noe, er sjelden tryggere enn de andre.</p>",
        ),
        ("heading", "Tre spørsmål som hjelper"),
        (
            "paragraph",
            "<ol>"
            "<li>Hvilket krav er brutt: i loven, i forskriften eller i våre egne rutiner?</li>"
            "<li>Hvem har ansvaret for at kravet blir fulgt?</li>"
            "<li>Hva må endres for at det ikke skal skje igjen, her og andre steder?</li>"
            "</ol>"
            "<p>Kan du svare på de tre spørsmålene, har du funnet avviket, og ikke bare hendelsen.</p>",
        ),
    ],
}


RISIKO_ARTICLE = {
    "slug": "risikovurdering-i-fem-steg",
    "title": "Risikovurdering i fem steg",
    "intro": "En enkel metode for å finne, vurdere og redusere risiko, med et eksempel fra hjemmetjenesten.",
    "body": [
        ("heading", "Hvorfor risikovurdering?"),
        (
            "paragraph",
            "<p>Risikovurdering er kjernen i det systematiske HMS-arbeidet. Arbeidsgiveren skal kartlegge farer, "
            "vurdere risikoen og lage planer og tiltak. Det skal også gjøres før endringer, for eksempel ny turnus, "
            "nye lokaler eller nytt utstyr. Metoden under passer for de fleste virksomheter, fra byggeplass til "
            "kontor.</p>",
        ),
        (
            "law",
            {
                "reference": "AML § 3-1",
                "title": "Systematisk HMS-arbeid",
                "text": (
                    "Arbeidsgiveren skal kartlegge farer og problemer, vurdere risikoen og lage planer og tiltak for å "
                    "redusere den. Når endringer planlegges, skal arbeidsgiveren vurdere om arbeidsmiljøet fortsatt vil "
                    "oppfylle lovens krav."
                ),
            },
        ),
        ("heading", "Steg 1: Avgrens og involver"),
        (
            "paragraph",
            "<p>Bestem hva dere skal vurdere: en avdeling, en arbeidsoppgave eller en planlagt endring. Velg noe "
            "konkret. «Kveldsbesøk i sone nord» er bedre enn «hele hjemmetjenesten». Ta med lederen, verneombudet og "
            "noen som gjør jobben til daglig. Be bedriftshelsetjenesten (BHT) om hjelp når dere trenger målinger "
            "eller fagkunnskap.</p>",
        ),
        ("heading", "Steg 2: Finn farene"),
        (
            "paragraph",
            "<p>Spør: Hva kan gå galt? Se på tre typer forhold:</p>"
            "<ul>"
            "<li><b>Fysiske:</b> fall, støy, kjemikalier, tunge løft, maskiner, inneklima.</li>"
            "<li><b>Psykososiale:</b> vold og trusler, konflikter, trakassering.</li>"
            "<li><b>Organisatoriske:</b> arbeidsmengde, bemanning, alenearbeid, tidspress.</li>"
            "</ul>"
            "<p>Bruk avviksmeldinger, sykefravær, vernerunder og samtaler med de ansatte. De som gjør jobben, vet ofte "
            "hvor det nesten har gått galt.</p>",
        ),
        ("heading", "Steg 3: Vurder risikoen"),
        (
            "paragraph",
            "<p>Risiko er sannsynlighet ganger konsekvens. Gi hver fare et tall fra 1 til 3 for begge:</p>"
            "<ul>"
            "<li>Sannsynlighet: 1 = lite sannsynlig, 2 = kan skje, 3 = vil trolig skje.</li>"
            "<li>Konsekvens: 1 = liten skade, 2 = skade med fravær, 3 = alvorlig eller varig skade.</li>"
            "</ul>"
            "<p>Gang tallene. 1–2 er lav risiko, 3–4 er middels, 6–9 er høy. Høy risiko skal håndteres først. Skriv "
            "kort hvorfor dere valgte tallene. Da kan andre forstå vurderingen senere.</p>",
        ),
        ("heading", "Steg 4: Velg tiltak i riktig rekkefølge"),
        (
            "paragraph",
            "<ol>"
            "<li>Fjern faren.</li>"
            "<li>Bytt ut med noe mindre farlig.</li>"
            "<li>Tekniske og kollektive tiltak, som rekkverk, avsug og alarmer.</li>"
            "<li>Organisatoriske tiltak, som bemanning, rutiner og opplæring.</li>"
            "<li>Personlig verneutstyr, når det andre ikke er nok.</li>"
            "</ol>"
            "<p>Kollektive tiltak beskytter alle, også den som glemmer eller er ny. Verneutstyr virker bare når det "
            "brukes riktig hver gang.</p>",
        ),
        ("heading", "Steg 5: Planlegg, gjennomfør og følg opp"),
        (
            "paragraph",
            "<p>Skriv tiltakene inn i en handlingsplan: hva som skal gjøres, hvem som har ansvaret, og når det skal "
            "være ferdig. Sett også en dato for å sjekke effekten. Har risikoen faktisk gått ned? Oppdater "
            "vurderingen når noe endres, etter alvorlige hendelser og ellers med jevne mellomrom.</p>",
        ),
        ("heading", "Eksempel: kveldsbesøk i hjemmetjenesten"),
        (
            "paragraph",
            "<p>En bruker i sone nord har truet og holdt fast ansatte flere ganger. Besøkene om kvelden gjøres av én "
            "ansatt. Personalarmene blir ikke testet.</p>"
            "<p><b>Vurdering:</b> Sannsynligheten for en ny hendelse er høy (3). Konsekvensen kan bli alvorlig (3). "
            "Risikoen er 9, altså høy. Forskrift om utførelse av arbeid har egne krav når ansatte kan bli utsatt for "
            "vold og trusler, og denne risikoen må håndteres før neste besøk.</p>"
            "<p><b>Tiltak:</b> To ansatte på alle besøk hos brukeren (organisatorisk). Alarmene testes hver måned og "
            "før hver vakt (teknisk). Opplæring i å forebygge og dempe konflikter. Kort informasjon om risikoen i "
            "tjenesteplanen, slik at vikarer også vet det.</p>"
            "<p><b>Oppfølging:</b> Lederen har ansvaret, og fristen er neste uke. Etter tre måneder ser lederen og "
            "verneombudet på antall hendelser og spør de ansatte om de føler seg tryggere. Er svaret nei, justeres "
            "tiltakene.</p>",
        ),
    ],
}


AVVIK_ARTICLE["translations"] = {"nn": AVVIK_NN, "en": AVVIK_EN, "uk": AVVIK_UK}
RISIKO_ARTICLE["translations"] = {"nn": RISIKO_NN, "en": RISIKO_EN, "uk": RISIKO_UK}

ARTICLES = [AVVIK_ARTICLE, RISIKO_ARTICLE]
