"""Four languages: the prefix decides, and the switcher keeps you on the same page."""

import re

import pytest
from django.urls import reverse
from django.utils import translation

from lms import services
from tests.foundation_helpers import translate, translate_course

pytestmark = pytest.mark.django_db


def switcher(html: str) -> dict[str, str]:
    """{language code: href} of the language switcher."""
    nav = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    return dict(
        (code, href)
        for href, code in re.findall(r'<a href="([^"]*)"[^>]*hreflang="(\w+)"', nav)
    )


def test_the_root_redirects_to_bokmal(client, site):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/nb/"


def test_the_root_follows_the_browser_language(client, site):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="uk-UA,uk;q=0.9,en;q=0.5")
    assert response["Location"] == "/uk/"
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="de-DE,de;q=0.9")
    assert response["Location"] == "/nb/"


def test_every_language_prefix_serves_the_home_page(client, site):
    for code in ("nn", "en", "uk"):
        translate(site["home"], code, hero_title=f"Hero {code}")
    for code in ("nb", "nn", "en", "uk"):
        response = client.get(f"/{code}/")
        assert response.status_code == 200, code
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert "HMS courses" in html if code == "nb" else f"Hero {code}" in html


def test_the_switcher_on_a_course_page_leads_to_its_translations(client, course):
    uk_course, _lessons = translate_course(course, "uk")
    html = client.get(course.url).content.decode()
    links = switcher(html)
    assert set(links) == {"nb", "uk"}
    assert links["nb"] == course.url
    assert links["uk"] == uk_course.url
    # No nynorsk or English version: the switcher says so instead of jumping to
    # another language's front page.
    nav = re.search(r'<nav class="lang-switch".*?</nav>', html, re.S).group(0)
    assert nav.count('class="lang-missing"') == 2
    assert "Denne siden finnes ikke på" in nav

    response = client.get(links["uk"])
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="uk">' in html
    assert uk_course.title in html
    assert switcher(html)["nb"] == course.url
    assert re.search(r'hreflang="uk"[^>]*aria-current="true"', html)


def test_the_switcher_on_the_dashboard_keeps_the_dashboard(client, course, learner):
    services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    with translation.override("nb"):
        dashboard = reverse("lms:dashboard")
    assert dashboard == "/nb/dashboard/"
    links = switcher(client.get(dashboard).content.decode())
    assert links == {
        "nb": "/nb/dashboard/",
        "nn": "/nn/dashboard/",
        "en": "/en/dashboard/",
        "uk": "/uk/dashboard/",
    }
    response = client.get(links["uk"])
    assert response.status_code == 200
    assert '<html lang="uk">' in response.content.decode()


def test_the_switcher_on_a_lesson_leads_to_the_same_lesson(client, course, learner):
    _uk_course, uk_lessons = translate_course(course, "uk")
    services.enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    links = switcher(client.get(course.lessons[1].url).content.decode())
    assert links["uk"] == uk_lessons[1].url
    response = client.get(links["uk"])
    assert response.status_code == 200
    assert uk_lessons[1].title in response.content.decode()


def test_the_switcher_keeps_the_query_string_on_django_views(client, site):
    with translation.override("nb"):
        login = reverse("account_login")
    links = switcher(client.get(f"{login}?next=/nb/dashboard/").content.decode())
    assert links["en"].startswith("/en/accounts/login/")
    assert "next=" in links["en"]


def test_the_catalogue_filters_by_course_language(client, site):
    from courses.factories import course_with_lessons

    worker, _ = course_with_lessons(site["catalogue"], audience="worker", lessons=1)
    leader, _ = course_with_lessons(site["catalogue"], audience="leader", lessons=1)
    translate_course(worker, "uk")
    url = site["catalogue"].url
    html = client.get(url).content.decode()
    assert worker.title in html and leader.title in html
    html = client.get(url, {"language": "uk"}).content.decode()
    assert worker.title in html and leader.title not in html
    html = client.get(url, {"audience": "leader"}).content.decode()
    assert leader.title in html and worker.title not in html
    # Nonsense filter values are ignored rather than failing.
    response = client.get(url, {"audience": "x", "language": "de"})
    assert response.status_code == 200
    assert worker.title in response.content.decode()


def test_signing_up_in_ukrainian_gives_a_ukrainian_account_and_e_mail(client, site):
    from django.core import mail

    from lms.models import User

    with translation.override("uk"):
        signup = reverse("account_signup")
        subject = translation.gettext("Please Confirm Your Email Address")
    assert signup.startswith("/uk/")
    response = client.post(
        signup,
        {
            "email": "olena@example.org",
            "full_name": "Олена Коваленко",
            "password1": "Fjellvann-Regn-42",
            "password2": "Fjellvann-Regn-42",
            "preferred_language": "uk",
        },
    )
    assert response.status_code == 302
    user = User.objects.get(email="olena@example.org")
    assert user.full_name == "Олена Коваленко"
    assert user.preferred_language == "uk"
    [message] = mail.outbox
    assert subject != "Please Confirm Your Email Address"  # allauth's uk catalogue
    assert message.subject == subject
    assert "/uk/accounts/confirm-email/" in message.body


@pytest.mark.parametrize(
    ("language", "dashboard_word"),
    [
        ("uk", "<title>Панель - Wagtail"),
        ("nb", "<title>Kontrollpanel - Wagtail"),
        ("nn", "<title>Kontrollpanel - Wagtail"),
        ("en", "<title>Dashboard - Wagtail"),
    ],
)
def test_the_admin_follows_the_language_the_editor_chose(
    client, django_user_model, language, dashboard_word
):
    """An editor who chose Ukrainian on the site gets the Wagtail admin in Ukrainian,
    whatever the browser asks for; nynorsk falls back to bokmål for Wagtail's words."""
    editor = django_user_model.objects.create_superuser(
        email=f"editor-{language}@example.com",
        password="x",
        preferred_language=language,
    )
    client.force_login(editor)
    html = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert f'<html lang="{language}"' in html
    assert dashboard_word in html
    # A choice saved in Wagtail's own account settings still wins.
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "en"
    profile.save()
    html = client.get("/admin/").content.decode()
    assert '<html lang="en"' in html
