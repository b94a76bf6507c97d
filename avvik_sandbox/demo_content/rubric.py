"""DOMAIN.md's rubric template written out per language for the seeded exercises."""

CODES = [
    "event",
    "primary",
    "secondary",
    "causes",
    "facts",
    "report",
    "actions",
    "followup",
]
WEIGHTS = [10, 20, 10, 15, 5, 10, 20, 10]

TITLES = {
    "nb": [
        "Hendelsen holdt adskilt fra avviket",
        "Primæravvik, kravet som er brutt og hvem som har ansvaret",
        "Sekundære avvik funnet, distraktorer unngått",
        "Årsaksdybde: når organisasjonsnivå; M, T og O vurdert",
        "Påstander støttet av fakta i scenarioet",
        "Meldingstype, kategori og alvorlighet (faktisk og potensiell)",
        "Strakstiltak, korrigerende og forebyggende tiltak knyttet til avvik, kollektivt før personlig verneutstyr",
        "Oppfølging: ansvarlig, frist, effektkontroll, verneombud/AMU informert",
    ],
    "nn": [
        "Hendinga halden åtskild frå avviket",
        "Primæravvik, kravet som er brote, og kven som har ansvaret",
        "Sekundære avvik funne, distraktorar unngått",
        "Årsaksdjupn: når organisasjonsnivå; M, T og O vurdert",
        "Påstandar støtta av fakta i scenarioet",
        "Meldingstype, kategori og alvorsgrad (faktisk og potensiell)",
        "Strakstiltak, korrigerande og førebyggjande tiltak knytte til avvik, kollektivt før personleg verneutstyr",
        "Oppfølging: ansvarleg, frist, effektkontroll, verneombod/AMU informert",
    ],
    "en": [
        "Event kept apart from deviation",
        "Primary deviation, the requirement broken, the responsible party",
        "Secondary deviations found, distractors avoided",
        "Causal depth: reaches the organisational level; M, T and O considered",
        "Claims supported by scenario facts",
        "Report type, category, severity (actual and potential)",
        "Immediate, corrective and preventive actions linked to deviations, collective before PPE",
        "Follow-up: responsible, deadline, effect check, verneombud/AMU informed",
    ],
    "uk": [
        "Подію відокремлено від відхилення",
        "Первинне відхилення, порушена вимога та відповідальна сторона",
        "Знайдено вторинні відхилення, уникнуто відволікальних фактів",
        "Глибина причин: до рівня організації; враховано M, T і O",
        "Твердження спираються на факти сценарію",
        "Тип повідомлення, категорія, тяжкість (фактична й потенційна)",
        "Негайні, коригувальні й запобіжні заходи, пов’язані з відхиленнями, колективні перед ЗІЗ",
        "Подальші дії: відповідальний, строк, перевірка ефекту, поінформовано verneombud/AMU",
    ],
}
LEVELS = {
    "nb": [
        "Mangler",
        "Overfladisk eller på feil nivå",
        "Riktig, men ufullstendig",
        "Fullstendig og begrunnet",
    ],
    "nn": [
        "Manglar",
        "Overflatisk eller på feil nivå",
        "Rett, men ufullstendig",
        "Fullstendig og grunngjeven",
    ],
    "en": [
        "Missing",
        "Superficial or at the wrong level",
        "Correct but incomplete",
        "Complete and justified",
    ],
    "uk": [
        "Відсутнє",
        "Поверхово або на хибному рівні",
        "Правильно, але неповно",
        "Повно й обґрунтовано",
    ],
}
INDEX = {
    "nb": (
        "Avviksøving",
        "<p>Øv på å skille hendelse fra avvik, finne årsaker og foreslå tiltak. Du får tilbakemelding med en gang, og en instruktør vurderer svaret ditt.</p>",
    ),
    "nn": (
        "Avviksøving",
        "<p>Øv på å skilje hending frå avvik, finne årsaker og føreslå tiltak. Du får tilbakemelding med ein gong, og ein instruktør vurderer svaret ditt. Stillas- og skulegardsoppgåvene finst på nynorsk; dei andre er på bokmål.</p>",
    ),
    "en": (
        "Deviation practice",
        "<p>Practise telling the event from the deviation, finding causes and proposing actions. You get feedback at once, and an instructor grades your answer.</p>",
    ),
    "uk": (
        "Практика з відхилень",
        "<p>Навчіться відрізняти подію від відхилення, знаходити причини й пропонувати заходи. Ви одразу отримаєте відгук, а інструктор оцінить вашу відповідь.</p>",
    ),
}
