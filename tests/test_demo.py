"""The demo content (`manage.py seed_demo`, foundation part): complete, sound, idempotent.

Also a smoke test with real content: every demo page answers in every language.
"""

import re

import pytest
from django.conf import settings
from django.utils.html import strip_tags
from wagtail.models import Page

from courses import demo as course_demo
from courses.models import ArticlePage, CoursePage, LessonPage
from lms import demo as lms_demo
from lms.models import Enrolment, User

pytestmark = pytest.mark.django_db

MIN_WORDS_PER_LESSON = 250


def seed():
    courses = course_demo.seed()
    users = lms_demo.seed_users()
    lms_demo.seed_enrolments(users, courses)
    return courses, users


def words(lesson: LessonPage) -> int:
    text = [lesson.intro]
    for block in lesson.body:
        if block.block_type == "paragraph":
            text.append(strip_tags(block.value.source))
        elif block.block_type == "law":
            text.append(block.value["text"])
        elif block.block_type == "heading":
            text.append(block.value)
    return len(re.findall(r"\w+", " ".join(text)))


def languages(course: CoursePage) -> set[str]:
    return {
        p.locale.language_code
        for p in CoursePage.objects.live().filter(
            translation_key=course.translation_key
        )
    }


def snapshot():
    return (
        Page.objects.count(),
        User.objects.count(),
        Enrolment.objects.count(),
        CoursePage.objects.live().count(),
    )


def test_the_demo_is_complete_sound_and_idempotent():
    courses, users = seed()
    nb_courses = CoursePage.objects.live().filter(locale__language_code="nb")
    assert sorted(nb_courses.values_list("audience", flat=True)) == sorted(
        ["leader", "verneombud", "amu", "worker"]
    )
    assert set(courses) >= {"leader", "worker"}
    for course in nb_courses:
        lessons = course.lessons
        assert len(lessons) >= 3, course.title
        assert any(lesson.quiz_blocks() for lesson in lessons), course.title
        assert course.legal_basis and course.duration_minutes >= 60
        for lesson in lessons:
            assert words(lesson) >= MIN_WORDS_PER_LESSON, (lesson.title, words(lesson))
    assert languages(courses["worker"]) >= {"nb", "uk", "en"}
    # The law's references stay Norwegian; the words between them are translated.
    legal = dict(
        CoursePage.objects.filter(
            translation_key=courses["worker"].translation_key
        ).values_list("locale__language_code", "legal_basis")
    )
    assert legal["nb"] == "AML § 2-3 og § 3-2"
    assert legal["uk"] == "AML § 2-3 і § 3-2"
    assert legal["en"] == "AML § 2-3 and § 3-2"
    # Courses ask for time on task by default (80 % of the declared duration).
    assert all(c.min_time_percent == 80 for c in nb_courses)
    assert languages(courses["leader"]) >= {"nb", "nn"}
    assert ArticlePage.objects.live().count() >= 2

    # Every quiz can be passed: each question has a right answer (exactly one for
    # single choice) and every option has a text.
    for lesson in LessonPage.objects.live():
        for block in lesson.quiz_blocks():
            for question in block.value["questions"]:
                right = [o for o in question["options"] if o["correct"]]
                assert right, (lesson.title, question["text"])
                if question["kind"] == "single":
                    assert len(right) == 1, (lesson.title, question["text"])
                assert all(o["text"].strip() for o in question["options"])

    # Translations keep the quiz block ids, so progress counts across languages.
    for course in nb_courses:
        nb_ids = [[b.id for b in lesson.quiz_blocks()] for lesson in course.lessons]
        for translation in CoursePage.objects.live().filter(
            translation_key=course.translation_key
        ):
            assert [
                [b.id for b in lesson.quiz_blocks()] for lesson in translation.lessons
            ] == nb_ids, (course.title, translation.locale.language_code)

    # The demo logins named in ARCHITECTURE.md, verified, with the demo password.
    for email in (
        "learner@example.com",
        "instructor@example.com",
        "hr@example.com",
        "editor@example.com",
        "admin@example.com",
    ):
        user = User.objects.get(email=email)
        assert user.check_password(settings.DEMO_PASSWORD), email
        assert user.emailaddress_set.get(email=email).verified, email
    assert User.objects.get(email="admin@example.com").is_superuser
    assert Enrolment.objects.filter(user=users["learner"]).count() == 2

    before = snapshot()
    seed()
    assert snapshot() == before


def test_every_demo_page_answers_in_every_language(client):
    seed()
    learner = User.objects.get(email="learner@example.com")
    enrolled = set(
        Enrolment.objects.filter(user=learner).values_list("course_key", flat=True)
    )
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert len({p.locale.language_code for p in pages}) == 4
    client.force_login(learner)
    checked = 0
    for page in pages:
        url = page.url
        if isinstance(page, LessonPage):
            expected = 200 if page.course.translation_key in enrolled else 302
        elif page.specific_class.__name__ == "ModulePage":
            expected = 302
        else:
            expected = 200
        response = client.get(url)
        assert response.status_code == expected, (url, response.status_code)
        checked += 1
    assert checked > 40


def test_the_articles_and_the_menu_link_exist_in_every_language(client):
    """A visitor on /en/ or /uk/ reads the articles in their language, and the menu's
    article link stays in it, under one name: the article index's own title."""
    from avvik_sandbox import demo as sandbox_demo
    from avvik_sandbox.models import SandboxIndexPage
    from courses.models import ArticleIndexPage

    courses, users = seed()
    sandbox_demo.seed(users=users, courses=courses)

    nb_articles = ArticlePage.objects.live().filter(locale__language_code="nb")
    assert nb_articles.count() == 2
    for article in nb_articles:
        kinds = [block.block_type for block in article.body]
        for translation in article.get_translations().live():
            # Same block order in every language; the text is the translation's own.
            assert [b.block_type for b in translation.specific.body] == kinds
            assert translation.specific.intro != article.intro
        assert {
            t.locale.language_code for t in article.get_translations(inclusive=True)
        } == {"nb", "nn", "en", "uk"}
    for code in ("nb", "nn", "en", "uk"):
        index = ArticleIndexPage.objects.live().get(locale__language_code=code)
        html = client.get(f"/{code}/").content.decode()
        nav = html[html.index('id="site-nav"') : html.index("</nav>")]
        assert f'<a href="{index.url}">{index.title}</a>' in nav, code
        # The practice section, too, has one name: its page title.
        practice = SandboxIndexPage.objects.live().get(locale__language_code=code)
        assert f'<a href="{practice.url}">{practice.title}</a>' in nav, code
        listing = client.get(index.url).content.decode()
        for article in ArticlePage.objects.live().child_of(index):
            assert article.locale.language_code == code
            assert article.title in listing
    titles = set(ArticleIndexPage.objects.values_list("title", flat=True))
    assert titles == {"Fagartikler", "Fagartiklar", "Articles", "Статті"}


def test_the_sandbox_list_marks_only_the_untranslated_text_as_norwegian(client):
    """On /uk/sandbox/ an exercise that exists only in bokmål is offered with its
    Norwegian title, sector and intro marked lang="nb"; the category, the duration and
    the notice are Ukrainian and are not marked as Norwegian."""
    from avvik_sandbox import demo as sandbox_demo

    courses, users = seed()
    sandbox_demo.seed(users=users, courses=courses)
    html = client.get("/uk/sandbox/").content.decode()
    cards = re.findall(r'<li class="card">(.*?)</li>', html, re.S)
    norwegian = [card for card in cards if 'hreflang="nb"' in card]
    assert norwegian and len(norwegian) < len(cards)
    for card in norwegian:
        kicker = re.search(r'<p class="card-kicker">(.*?)</p>', card, re.S).group(1)
        sector, category = kicker.split(" · ")
        assert sector.startswith('<span lang="nb">')
        assert "lang=" not in category and category.strip()
        notice = re.search(r'<p class="muted">(.*?)</p>', card, re.S).group(1)
        assert "lang=" not in notice
        assert notice == "Ще не перекладено вашою мовою – відкриється мовою оригіналу."
