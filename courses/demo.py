"""Demo content for `manage.py seed_demo`: the page tree, four courses, two articles.

Idempotent: pages that already exist (by slug under the same parent) are left alone, so
a second `make run` is quick and keeps whatever an editor changed.
"""

from __future__ import annotations

import json
import uuid

from django.db import transaction
from wagtail.models import Locale, Page, Site

from .demo_content import ARTICLES, COURSES
from .models import (
    ArticleIndexPage,
    ArticlePage,
    CatalogPage,
    CoursePage,
    HomePage,
    LessonPage,
)

LANGUAGES = ["nb", "nn", "en", "uk"]
NAMESPACE = uuid.UUID("6f1c1a52-52a4-4ec4-9a55-4b7e0b8b6c11")

HOME = {
    "nb": {
        "title": "HMS-kurs på nett",
        "hero_title": "HMS-opplæring som holder når Arbeidstilsynet spør",
        "intro": "<p>Korte nettkurs for ledere, verneombud, AMU-medlemmer og arbeidstakere. "
        "Ta kurset på mobilen, fortsett der du slapp, og få kursbevis når du er ferdig.</p>",
    },
    "nn": {
        "title": "HMS-kurs på nett",
        "hero_title": "HMS-opplæring som held når Arbeidstilsynet spør",
        "intro": "<p>Korte nettkurs for leiarar, verneombod, AMU-medlemmer og arbeidstakarar. "
        "Ta kurset på mobilen, hald fram der du slapp, og få kursbevis når du er ferdig.</p>",
    },
    "en": {
        "title": "Online HMS courses",
        "hero_title": "Health and safety training that stands up to an inspection",
        "intro": "<p>Short online courses for leaders, safety representatives, AMU members "
        "and workers in Norway. Learn on your phone, continue where you left off and get "
        "a course certificate when you finish.</p>",
    },
    "uk": {
        "title": "Онлайн-курси з HMS",
        "hero_title": "Навчання з охорони праці, яке відповідає вимогам інспекції",
        "intro": "<p>Короткі онлайн-курси для керівників, представників з охорони праці, "
        "членів AMU та працівників у Норвегії. Навчайтеся з телефона, продовжуйте з того "
        "місця, де зупинилися, і отримайте сертифікат після завершення.</p>",
    },
}
CATALOGUE = {
    "nb": ("Kurs", "kurs", "<p>Velg kurs etter målgruppe og språk.</p>"),
    "nn": ("Kurs", "kurs", "<p>Vel kurs etter målgruppe og språk.</p>"),
    "en": ("Courses", "courses", "<p>Choose a course by audience and language.</p>"),
    "uk": ("Курси", "kursy", "<p>Оберіть курс за цільовою групою та мовою.</p>"),
}
# The article section has one name per language, used as the page title and so also
# as the menu link's text.
ARTICLE_INDEX = {
    "nb": (
        "Fagartikler",
        "artikler",
        "<p>Korte fagartikler om HMS-arbeid i praksis.</p>",
    ),
    "nn": (
        "Fagartiklar",
        "artiklar",
        "<p>Korte fagartiklar om HMS-arbeid i praksis.</p>",
    ),
    "en": (
        "Articles",
        "articles",
        "<p>Short articles on health and safety work in practice.</p>",
    ),
    "uk": (
        "Статті",
        "statti",
        "<p>Короткі статті про практичну роботу з охорони праці (HMS).</p>",
    ),
}


def _block_id(*parts) -> str:
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


def _stream(body, *id_parts) -> list[dict]:
    """Demo body tuples -> raw StreamField data with ids stable across languages."""
    raw = []
    for index, (kind, value) in enumerate(body):
        if kind == "quiz":
            value = {
                "title": value["title"],
                "questions": [
                    {
                        "text": q["text"],
                        "kind": q["kind"],
                        "explanation": q.get("explanation", ""),
                        "options": [
                            {
                                "text": o["text"],
                                "correct": bool(o["correct"]),
                                "feedback": o.get("feedback", ""),
                            }
                            for o in q["options"]
                        ],
                    }
                    for q in value["questions"]
                ],
            }
        raw.append({"type": kind, "value": value, "id": _block_id(*id_parts, index)})
    return raw


def _publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def _child(parent: Page, model, slug: str):
    return model.objects.child_of(parent).filter(slug=slug).first()


def _translation(page: Page, code: str):
    return page.get_translations().filter(locale__language_code=code).first()


def _translate(page: Page, code: str, **fields) -> Page:
    """Copy ``page`` into language ``code`` (parents must exist) and fill its fields."""
    existing = _translation(page, code)
    if existing:
        return existing.specific
    locale = Locale.objects.get(language_code=code)
    copy = page.copy_for_translation(locale)
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    return _publish(copy)


def seed_site() -> dict[str, HomePage]:
    for code in LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    nb = Locale.objects.get(language_code="nb")
    root = Page.get_first_root_node()
    home = HomePage.objects.filter(locale=nb).first()
    if home is None:
        home = HomePage(slug="hjem", locale=nb, **HOME["nb"])
        root.add_child(instance=home)
        _publish(home)
        site = Site.objects.filter(is_default_site=True).first()
        old_root = site.root_page if site else None
        if site:
            site.root_page = home
            site.site_name = "HMS-kurs"
            site.save()
        else:
            Site.objects.create(
                hostname="localhost",
                root_page=home,
                is_default_site=True,
                site_name="HMS-kurs",
            )
        if old_root and old_root.pk != home.pk and not old_root.get_children().exists():
            old_root.delete()
    homes = {"nb": home}
    for code in LANGUAGES[1:]:
        homes[code] = _translate(home, code, slug=f"hjem-{code}", **HOME[code])
    return homes


def seed_catalogues(homes) -> dict[str, CatalogPage]:
    title, slug, intro = CATALOGUE["nb"]
    catalogue = _child(homes["nb"], CatalogPage, slug)
    if catalogue is None:
        catalogue = CatalogPage(title=title, slug=slug, intro=intro)
        homes["nb"].add_child(instance=catalogue)
        _publish(catalogue)
    result = {"nb": catalogue}
    for code in LANGUAGES[1:]:
        title, slug, intro = CATALOGUE[code]
        result[code] = _translate(catalogue, code, title=title, slug=slug, intro=intro)
    return result


def _course_fields(course: dict, tr: dict) -> dict:
    return {
        "title": tr["title"],
        "summary": tr["summary"],
        "learning_outcomes": [
            {"type": "outcome", "value": text, "id": _block_id(course["key"], "o", i)}
            for i, text in enumerate(tr["learning_outcomes"])
        ],
        "topics": [
            {"type": "topic", "value": text, "id": _block_id(course["key"], "t", i)}
            for i, text in enumerate(tr["topics"])
        ],
    }


# The law's short names and sections stay Norwegian (AML, FOLM, §); the words
# between them belong to the translation ("og" on a Ukrainian certificate is wrong).
LEGAL_AND = {"nb": " og ", "nn": " og ", "en": " and ", "uk": " і "}


def _legal_basis(text: str, code: str) -> str:
    return text.replace(" og ", LEGAL_AND.get(code, " og "))


def seed_course(course: dict, catalogue: CatalogPage) -> CoursePage:
    nb = course["translations"]["nb"]
    page = _child(catalogue, CoursePage, course["slug"])
    if page is None:
        page = CoursePage(
            slug=course["slug"],
            audience=course["audience"],
            duration_minutes=course["duration_minutes"],
            price_ore=course["price_ore"],
            vat_rate=course["vat_rate"],
            legal_basis=course["legal_basis"],
            pass_mark=course["pass_mark"],
            certificate_validity_months=course["validity_months"],
            **_course_fields(course, nb),
        )
        catalogue.add_child(instance=page)
        _publish(page)
    lessons = []
    for lesson in nb["lessons"]:
        lesson_page = _child(page, LessonPage, lesson["slug"])
        if lesson_page is None:
            lesson_page = LessonPage(
                title=lesson["title"],
                slug=lesson["slug"],
                minutes=lesson["minutes"],
                intro=lesson.get("intro", ""),
                body=_stream(lesson["body"], course["key"], lesson["slug"]),
            )
            page.add_child(instance=lesson_page)
            _publish(lesson_page)
        lessons.append(lesson_page)
    for code, tr in course["translations"].items():
        if code == "nb":
            continue
        _translate(
            page,
            code,
            slug=course["slug"],
            legal_basis=_legal_basis(course["legal_basis"], code),
            **_course_fields(course, tr),
        )
        for lesson_page, lesson in zip(lessons, tr["lessons"], strict=True):
            _translate(
                lesson_page,
                code,
                title=lesson["title"],
                slug=lesson["slug"],
                minutes=lesson["minutes"],
                intro=lesson.get("intro", ""),
                body=_stream(lesson["body"], course["key"], lesson["slug"]),
            )
    return page


def seed_articles(homes: dict[str, HomePage]) -> None:
    """The article index and both articles in bokmål, then their translations."""
    title, slug, intro = ARTICLE_INDEX["nb"]
    index = _child(homes["nb"], ArticleIndexPage, slug)
    if index is None:
        index = ArticleIndexPage(title=title, slug=slug, intro=intro)
        homes["nb"].add_child(instance=index)
        _publish(index)
    for code in LANGUAGES[1:]:
        title, slug, intro = ARTICLE_INDEX[code]
        _translate(index, code, title=title, slug=slug, intro=intro)
    for article in ARTICLES:
        page = _child(index, ArticlePage, article["slug"])
        if page is None:
            page = ArticlePage(
                title=article["title"],
                slug=article["slug"],
                intro=article["intro"],
                body=_stream(article["body"], "article", article["slug"]),
            )
            index.add_child(instance=page)
            _publish(page)
        for code, tr in article.get("translations", {}).items():
            _translate(
                page,
                code,
                title=tr["title"],
                slug=tr["slug"],
                intro=tr["intro"],
                body=_stream(tr["body"], "article", article["slug"]),
            )


DIGEST_ISSUE = {
    "title": "Meldekultur: når mange avvik er et godt tegn",
    "slug": "meldekultur",
    "intro": (
        "Fem minutter for deg som leder: hva avvikstallene deres kan fortelle, og "
        "hva de ikke forteller."
    ),
    "body": [
        (
            "news",
            "Flere meldte avvik i kommunene",
            "<p>Mange kommuner melder om flere avvik enn før. Det betyr sjelden at "
            "det skjer mer galt; oftere at flere melder fra.</p>",
        ),
        (
            "example",
            "Lageret som begynte å melde nesten-ulykker",
            "<p>Et lager innførte fem minutter avviksgjennomgang på mandagsmøtet. "
            "Antall meldinger tredoblet seg, og to farlige truckruter ble lagt om før "
            "noen ble skadet.</p>",
        ),
        (
            "reflection",
            "Hvem melder ikke hos dere?",
            "<p>Finn avdelingen eller skiftet som nesten aldri melder avvik. Spør "
            "hvorfor: vet de hvordan, og får de svar når de melder?</p>",
        ),
        (
            "deadline",
            "Gjennomgå HMS-systemet",
            "<p>Internkontrollforskriften § 5 nr. 8: internkontrollen skal "
            "overvåkes og gjennomgås systematisk. Sett av tid til årets "
            "gjennomgang sammen med verneombudet.</p>",
        ),
    ],
}


def seed_digest(homes: dict[str, HomePage]) -> None:
    """The leaders' digest index and one issue in bokmål (archive only: no send time,
    so the demo mails nobody)."""
    from .digest import DigestIndexPage, DigestIssuePage

    index = _child(homes["nb"], DigestIndexPage, "digest")
    if index is None:
        index = DigestIndexPage(title="HMS i små doser", slug="digest")
        homes["nb"].add_child(instance=index)
        _publish(index)
    if _child(index, DigestIssuePage, DIGEST_ISSUE["slug"]) is None:
        body = [
            {
                "type": kind,
                "value": {"heading": heading, "text": text},
                "id": f"digest-{i}",
            }
            for i, (kind, heading, text) in enumerate(DIGEST_ISSUE["body"])
        ]
        issue = DigestIssuePage(
            title=DIGEST_ISSUE["title"],
            slug=DIGEST_ISSUE["slug"],
            intro=DIGEST_ISSUE["intro"],
            body=json.dumps(body),
        )
        index.add_child(instance=issue)
        _publish(issue)


@transaction.atomic
def seed() -> dict[str, CoursePage]:
    homes = seed_site()
    catalogues = seed_catalogues(homes)
    courses = {c["key"]: seed_course(c, catalogues["nb"]) for c in COURSES}
    seed_articles(homes)
    seed_digest(homes)
    return courses
