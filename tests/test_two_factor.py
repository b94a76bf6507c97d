"""Two-factor login: staff cannot reach the admin or grading without it."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from django.urls import reverse
from django.utils import translation

from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _required(settings):
    settings.STAFF_MFA_REQUIRED = True


def code_for(secret: str) -> str:
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def url(name: str) -> str:
    with translation.override("nb"):
        return reverse(name)


def _editor(**kwargs):
    from django.contrib.auth.models import Group, Permission

    user = UserFactory(email="editor@example.org", is_staff=True, **kwargs)
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    return user


def _log_in(client, email):
    return client.post(
        url("account_login"), {"login": email, "password": "secret-pass-123"}
    )


@pytest.mark.django_db(transaction=True)  # allauth tells of the new device on commit
def test_an_editor_without_two_factor_is_sent_to_set_it_up(client, site):
    editor = _editor()
    _log_in(client, editor.email)
    response = client.get("/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(url("mfa_activate_totp"))
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # Setting it up with a code from the app opens the admin in the same session.
    # allauth asks for the password once more before a second factor is added.
    reauth = client.get(response["Location"])
    assert reauth["Location"].startswith(url("account_reauthenticate"))
    activate = client.post(
        reauth["Location"], {"password": "secret-pass-123"}, follow=True
    )
    assert activate.redirect_chain[-1][0].startswith(url("mfa_activate_totp"))
    page = activate.content.decode()
    secret = re.search(r'"([A-Z2-7]{32})"', page).group(1)  # shown with the QR code
    client.post(activate.redirect_chain[-1][0], {"code": code_for(secret)})
    assert Authenticator.objects.filter(user=editor, type="totp").exists()
    assert client.get("/admin/").status_code == 200


def test_staff_log_in_with_password_and_code(client, site):
    editor = _editor()
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    response = _log_in(client, editor.email)
    # The password alone does not sign in: the code is asked for.
    assert response["Location"] == url("mfa_authenticate")
    assert "_auth_user_id" not in client.session
    client.post(url("mfa_authenticate"), {"code": code_for(secret)})
    assert client.session["_auth_user_id"] == str(editor.pk)
    assert client.get("/admin/").status_code == 200


def test_a_staff_session_without_the_second_factor_is_asked_for_it(client, site):
    """Signed in some other way (an older session): the admin asks for a code."""
    editor = _editor()
    TOTP.activate(editor, generate_totp_secret())
    client.force_login(editor)
    response = client.get("/admin/")
    assert response["Location"].startswith(url("mfa_reauthenticate"))


def test_instructors_need_it_for_grading_learners_do_not(client, site, course):
    from avvik_sandbox import grading

    teacher = UserFactory(email="teacher@example.org")
    grading.instructor_assign(instructor=teacher, course=course)
    client.force_login(teacher)
    response = client.get(reverse("avvik_sandbox:grading_queue"))
    assert response["Location"].startswith(url("mfa_activate_totp"))

    learner = UserFactory(email="learner@example.org")
    client.force_login(learner)
    assert client.get(url("lms:dashboard")).status_code == 200
    assert client.get(reverse("avvik_sandbox:grading_queue")).status_code == 403


def test_learners_can_switch_it_on_from_the_profile(client, site):
    learner = UserFactory(email="careful@example.org")
    client.force_login(learner)
    profile = client.get(url("lms:profile")).content.decode()
    assert url("mfa_index") in profile
    assert client.get(url("mfa_index")).status_code == 200
    # Nothing pushes a learner there: the learning pages just work.
    assert client.get(url("lms:dashboard")).status_code == 200
