"""The learner's whole way through the Django test client.

sign up (with full name) → verification e-mail → confirm → enrol in a free course →
finish the lessons → fail the quiz (feedback, answers kept) → pass it → the course is
completed once, the hours are credited and the dashboard shows it.

Texts are compared with what gettext gives in bokmål, so the test stays right before
and after the translation pass.
"""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from lms.models import AuditEvent, Enrolment, QuizAttempt, User
from tests.foundation_helpers import (
    RIGHT_ANSWERS,
    WRONG_ANSWERS,
    complete_url,
    quiz_post,
    quiz_url,
)

pytestmark = pytest.mark.django_db

PASSWORD = "Fjellvann-Regn-42"


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


def html_of(response) -> str:
    return response.content.decode()


def follow(client, response):
    assert response.status_code == 302, response.status_code
    return client.get(response["Location"])


def sign_up_and_confirm(client):
    """Steps 1–2: sign up, then confirm the address from the e-mail's link."""
    # 1. Sign up with a full name; nothing is logged in until the address is verified.
    with translation.override("nb"):
        signup_url = reverse("account_signup")
        dashboard_url = reverse("lms:dashboard")
    assert signup_url.startswith("/nb/")
    assert client.get(signup_url).status_code == 200
    response = client.post(
        signup_url,
        {
            "email": "Ola.Nordmann@Example.org",
            "full_name": "  Ola Nordmann ",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "preferred_language": "nb",
        },
    )
    assert response.status_code == 302
    user = User.objects.get()
    assert user.email == "ola.nordmann@example.org"
    assert user.full_name == "Ola Nordmann"
    assert user.preferred_language == "nb"
    assert client.get(dashboard_url).status_code == 302  # not logged in

    # 2. The verification e-mail carries a link that confirms the address.
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ola.nordmann@example.org"]
    links = re.findall(r"https?://\S+/accounts/confirm-email/\S+/", message.body)
    assert links, message.body
    confirm_path = urlsplit(links[0]).path
    response = client.get(confirm_path)
    assert response.status_code == 200  # a confirm button, not a state change on GET
    assert not user.emailaddress_set.get().verified
    response = client.post(confirm_path)
    assert response.status_code == 302
    assert user.emailaddress_set.get().verified

    return user


def dashboard_shows_it_completed(client, dashboard_url, course) -> None:
    """Step 10: the dashboard lists the course as completed, with its hours."""
    response = client.get(dashboard_url)
    assert response.status_code == 200
    assert response.context["in_progress"] == []
    [done] = response.context["completed"]
    assert done.course.pk == course.pk
    html = html_of(response)
    assert course.title in html
    assert "1,50" in html or "1.50" in html


def test_sign_up_verify_enrol_learn_fail_pass_and_complete(client, course):
    lessons = course.lessons
    last = lessons[-1]
    block_id = last.quiz_blocks()[0].id

    with translation.override("nb"):
        dashboard_url = reverse("lms:dashboard")
        enrol_url = reverse("lms:enrol", args=[course.pk])
    user = sign_up_and_confirm(client)  # 1–2

    # 3. Logged in now: the course page offers the free start.
    response = client.get(course.url)
    assert response.status_code == 200
    assert response.wsgi_request.user == user
    assert nb("Start the course – free") in html_of(response)

    # 4. Enrol: straight to the first lesson.
    response = client.post(enrol_url)
    assert response.status_code == 302 and response["Location"] == lessons[0].url
    enrolment = Enrolment.objects.get(user=user)
    assert enrolment.source == Enrolment.Source.FREE
    response = follow(client, response)
    assert nb("You are enrolled. Good luck with the course!") in html_of(response)

    # 5. Finish the lessons without a quiz; each one leads to the next.
    for lesson, following in zip(lessons, lessons[1:], strict=False):
        response = client.post(complete_url(lesson))
        assert response["Location"] == following.url
    response = client.get(last.url)
    assert nb("Course progress") in html_of(response)
    assert 'value="67"' in html_of(response)  # 2 of 3 lessons

    # 6. The last lesson cannot be marked done before its quiz is passed.
    response = client.post(complete_url(last))
    response = follow(client, response)
    assert nb(
        "Pass the quiz in this lesson before you mark the lesson as done."
    ) in html_of(response)

    # 7. A wrong answer: a clear result, feedback per option and the answers kept.
    response = client.post(quiz_url(last, block_id), quiz_post(block_id, WRONG_ANSWERS))
    assert response.status_code == 302
    assert response["Location"] == f"{last.url}#quiz-{block_id}"
    html = html_of(follow(client, response))
    assert "is-failed" in html
    assert nb("Not quite.") in html
    assert "That is the event." in html  # the chosen option's own feedback
    assert re.search(rf'value="0"[^>]*id="id_{block_id}-q0_0"[^>]*checked', html)
    assert re.search(rf'value="2"[^>]*id="id_{block_id}-q1_2"[^>]*checked', html)
    assert not re.search(rf'id="id_{block_id}-q0_1"[^>]*checked', html)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None

    # 8. Retake and pass.
    response = client.post(quiz_url(last, block_id), quiz_post(block_id, RIGHT_ANSWERS))
    html = html_of(follow(client, response))
    assert "is-passed" in html and "is-failed" not in html
    assert QuizAttempt.objects.filter(enrolment=enrolment).count() == 2

    # 9. The last lesson completes the course: a message on the course page.
    response = client.post(complete_url(last))
    assert response["Location"] == course.url
    html = html_of(follow(client, response))
    assert nb("Congratulations! You have completed the course.") in html
    assert nb("You have completed this course.") in html
    enrolment.refresh_from_db()
    assert enrolment.status == Enrolment.Status.COMPLETED
    assert str(enrolment.hours_credited) == "1.50"
    completed_at = enrolment.completed_at

    # Doing the lesson again records nothing new.
    client.post(complete_url(last))
    enrolment.refresh_from_db()
    assert enrolment.completed_at == completed_at
    assert AuditEvent.objects.filter(action="enrolment.completed").count() == 1

    # 10. The dashboard lists the course as completed with its hours.
    dashboard_shows_it_completed(client, dashboard_url, course)
