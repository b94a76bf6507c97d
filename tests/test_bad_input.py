"""Bad input gets a clear answer in the visitor's language and keeps what was typed."""

import re
from urllib.parse import unquote

import pytest
from django.conf import settings
from django.contrib.sessions.models import Session
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation

from courses.factories import course_with_lessons
from lms import pending, services
from lms.models import QuizAttempt, User
from lms.views.quiz_states import PENDING_QUIZ_KEY
from tests.foundation_helpers import WRONG_ANSWERS, quiz_post, quiz_url

pytestmark = pytest.mark.django_db


def say(code: str, msgid: str) -> str:
    with translation.override(code):
        return translation.gettext(msgid)


def url(name: str, *args, code: str = "nb") -> str:
    # LocaleMiddleware leaves the last request's language active in the thread, so
    # the language is always explicit here.
    with translation.override(code):
        return reverse(name, args=args)


# --- Unknown addresses -------------------------------------------------------------


@pytest.mark.parametrize("path", ["/de/", "/sv/kurs/", "/xx/dashboard/", "/pt-br/"])
def test_an_unknown_language_prefix_gives_the_404_page(client, site, path):
    response = client.get(path)
    assert response.status_code == 404
    html = response.content.decode()
    assert say("nb", "Page not found") in html
    assert 'href="/"' in html  # the way back to the front page
    assert '<html lang="nb">' in html


def test_an_unknown_page_in_a_known_language_gives_the_404_page_in_it(client, site):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    response = client.get("/uk/no-such-page/")
    assert response.status_code == 404
    assert say("uk", "Page not found") in response.content.decode()


# --- Lessons of a course you are not enrolled in ---------------------------------------


def test_a_lesson_of_a_free_course_shows_the_course_page_with_the_way_in(
    client, course, learner
):
    client.force_login(learner)
    response = client.get(course.lessons[1].url, follow=True)
    assert response.redirect_chain == [(course.url, 302)]
    html = response.content.decode()
    assert (
        say("nb", "You are not enrolled in this course yet. Enrol to open its lessons.")
        in html
    )
    assert url("lms:enrol", course.pk) in html
    assert say("nb", "Start the course – free") in html
    # The lesson's text is not there, and nor are links into the lessons.
    assert course.lessons[1].url not in html


def test_a_lesson_of_a_paid_course_shows_the_course_page_with_the_price(
    client, site, learner
):
    paid, lessons = course_with_lessons(site["catalogue"], price_ore=149000)
    client.force_login(learner)
    response = client.get(lessons[0].url, follow=True)
    assert response.redirect_chain == [(paid.url, 302)]
    html = response.content.decode()
    assert "1\u00a0490\u00a0kr" in html
    assert url("lms:enrol", paid.pk) not in html


def test_a_visitor_who_is_not_logged_in_is_asked_to_log_in_and_comes_back(
    client, course
):
    lesson = course.lessons[0]
    response = client.get(lesson.url, follow=True)
    [(login_url, _status)] = response.redirect_chain
    assert login_url.startswith(url("account_login"))
    assert f"next={lesson.url}" in unquote(login_url)
    assert say("nb", "Log in to open the lessons of this course.") in (
        response.content.decode()
    )


# --- Sign-up with missing fields ------------------------------------------------------


@pytest.mark.parametrize("code", ["nb", "uk", "en"])
def test_sign_up_with_missing_fields_keeps_what_was_typed(client, site, code):
    signup_url = url("account_signup", code=code)
    assert signup_url.startswith(f"/{code}/")
    response = client.post(
        signup_url,
        {
            "email": "kari@example.org",
            "full_name": "",
            "password1": "",
            "password2": "",
            "preferred_language": code,
        },
    )
    assert response.status_code == 200
    assert not User.objects.exists()
    html = response.content.decode()
    assert re.search(r'<input[^>]*value="kari@example.org"', html)
    assert re.search(rf'<option value="{code}"[^>]*selected', html)
    required = say(code, "This field is required.")
    assert html.count(required) >= 2  # full name and password
    assert 'aria-invalid="true"' in html
    assert f'<html lang="{code}">' in html


def test_sign_up_with_a_typing_error_in_the_name_field_keeps_the_name(client, site):
    response = client.post(
        url("account_signup"),
        {
            "email": "not-an-address",
            "full_name": "Kari Nordmann",
            "password1": "Fjellvann-Regn-42",
            "password2": "Fjellvann-Regn-43",
        },
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<input[^>]*value="Kari Nordmann"', html)
    assert re.search(r'<input[^>]*value="not-an-address"', html)
    assert say("nb", "Enter a valid email address.") in html


# --- The session expired while answering a quiz -----------------------------------------


def _signed_in_then_expired(client, learner, page_url):
    """Sign in, open a page, then lose the session as an expiry would (no logout)."""
    client.force_login(learner)
    client.get(page_url)
    assert pending.COOKIE in client.cookies
    client.cookies.pop(settings.SESSION_COOKIE_NAME)


def test_an_expired_session_keeps_the_quiz_answers_after_logging_in_again(
    client, course, learner
):
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    block_id = last.quiz_blocks()[0].id
    _signed_in_then_expired(client, learner, last.url)
    # Not logged in any more (the session expired) when the answers are sent, with
    # a field the quiz does not have.
    data = {**quiz_post(block_id, WRONG_ANSWERS), "junk": "x" * 1000}
    sessions_before = Session.objects.count()
    response = client.post(quiz_url(last, block_id), data, follow=True)
    [(login_url, _status)] = response.redirect_chain
    assert login_url.startswith(url("account_login"))
    assert (
        say("nb", "Your session has expired. Log in again – your answers are kept.")
        in response.content.decode()
    )
    # Kept outside the session table, and only the quiz's own fields.
    assert Session.objects.count() == sessions_before
    kept = cache.get(f"pending:{PENDING_QUIZ_KEY}:{learner.pk}")
    assert kept["block_id"] == block_id
    assert set(kept["data"]) == {f"{block_id}-q0", f"{block_id}-q1"}

    response = client.post(
        login_url,
        {"login": learner.email, "password": "secret-pass-123"},
        follow=True,
    )
    assert response.redirect_chain[-1][0] == last.url
    html = response.content.decode()
    assert re.search(rf'value="0"[^>]*id="id_{block_id}-q0_0"[^>]*checked', html)
    assert re.search(rf'value="2"[^>]*id="id_{block_id}-q1_2"[^>]*checked', html)
    # Kept, not scored: the learner sends them again when ready.
    assert not QuizAttempt.objects.exists()
    html = client.get(last.url).content.decode()
    assert not re.search(rf'id="id_{block_id}-q0_0"[^>]*checked', html)


def test_logging_out_on_purpose_leaves_nothing_for_the_next_person(
    client, course, learner
):
    services.enrolment_free_create(user=learner, course=course)
    last = course.lessons[-1]
    client.force_login(learner)
    client.get(last.url)
    client.post(url("account_logout"))
    assert not client.cookies.get(pending.COOKIE).value
    block_id = last.quiz_blocks()[0].id
    response = client.post(
        quiz_url(last, block_id), quiz_post(block_id, WRONG_ANSWERS), follow=True
    )
    assert (
        say("nb", "Your session has expired. Log in again to answer the quiz.")
        in response.content.decode()
    )
    assert cache.get(f"pending:{PENDING_QUIZ_KEY}:{learner.pk}") is None


@pytest.mark.parametrize("where", ["lesson", "exercise"])
def test_a_large_anonymous_post_stores_nothing(client, site, course, where, settings):
    """A scanner's 900-field POST (about 2 MB) leaves no session row and no stash."""
    from avvik_sandbox.factories import ExercisePageFactory, sandbox_tree

    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
    if where == "lesson":
        lesson = course.lessons[-1]
        target = quiz_url(lesson, lesson.quiz_blocks()[0].id)
    else:
        exercise = ExercisePageFactory(parent=sandbox_tree(site["home"]))
        target = url("avvik_sandbox:workspace_save", exercise.pk)
    data = {}
    data.update({f"field{i}": "y" * 2300 for i in range(900)})
    response = client.post(target, data)
    assert response.status_code == 302
    assert Session.objects.count() == 0


# --- Forms that expired (CSRF) --------------------------------------------------------


def test_an_expired_form_gives_a_page_that_says_what_to_do(site):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url("account_login"), {"login": "a@example.org"})
    assert response.status_code == 403
    html = response.content.decode()
    assert say("nb", "Please try again") in html
    assert '<html lang="nb">' in html
    assert "site.css" in html  # the site's own page, not Django's bare one


# --- Too large, markup in names, spreadsheets' encodings --------------------------------


@pytest.mark.parametrize("code", ["nb", "uk"])
def test_a_request_over_the_size_limit_gets_the_sites_page_in_the_language(
    client, site, settings, code
):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
    response = client.post(
        url("lms:newsletter_subscribe", code=code), {"email": "x" * (2 * 1024 * 1024)}
    )
    assert response.status_code == 413
    html = response.content.decode()
    assert say(code, "Too much at once") in html
    assert "<footer" in html  # the site's own page, not Django's bare line


def test_markup_and_control_characters_never_reach_a_name(client, learner):
    client.force_login(learner)
    client.post(
        url("lms:profile"),
        {
            "full_name": "<script>alert(1)</script>Kari\u202e Nordmann\x07",
            "preferred_language": "nb",
        },
    )
    learner.refresh_from_db()
    assert learner.full_name == "alert(1)Kari Nordmann"


@pytest.mark.parametrize(
    "encoding,bom",
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1252", b""),
    ],
)
def test_csv_invitations_are_read_in_every_encoding_spreadsheets_write(encoding, bom):
    from payments.services.invitations_csv import invitations_csv_parse

    text = (
        "E-post;Navn\r\n"
        "aase@firma.no;Åse Ødegård\r\n"
        "bjorn@firma.no;Bjørn Æsebø\r\n"
        "cecilie@firma.no;Cecilie Ålvik-Søråsen\r\n"
    )
    report = invitations_csv_parse(content=bom + text.encode(encoding))
    assert not report.errors
    assert [(r.email, r.name) for r in report.rows] == [
        ("aase@firma.no", "Åse Ødegård"),
        ("bjorn@firma.no", "Bjørn Æsebø"),
        ("cecilie@firma.no", "Cecilie Ålvik-Søråsen"),
    ]


def test_the_newsletter_form_cannot_send_confirmations_in_bulk(client, site):
    from django.core import mail

    from lms.views.newsletter import SIGNUPS_PER_IP

    for n in range(SIGNUPS_PER_IP):
        client.post(url("lms:newsletter_subscribe"), {"email": f"n{n}@example.org"})
    response = client.post(url("lms:newsletter_subscribe"), {"email": "x@example.org"})
    assert response.status_code == 429
    assert say(
        "nb", "Too many sign-ups from your network just now. Try again later."
    ) in (response.content.decode())
    assert "x@example.org" not in [m.to[0] for m in mail.outbox]


def test_an_anonymous_session_cannot_be_made_to_hold_much(db):
    import secrets

    from django.contrib.sessions.models import Session

    from lms.site.sessions import SessionStore

    store = SessionStore()
    store["junk"] = secrets.token_hex(50_000)  # does not compress away
    store.save()
    assert not Session.objects.exists()
    small = SessionStore()
    small["account_login_state"] = {"step": "mfa"}
    small.save()
    assert Session.objects.count() == 1
