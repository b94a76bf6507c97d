"""Accounts: password reset, the profile's preferred language, allauth's rate limits."""

import re
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation

from lms.models import User

pytestmark = pytest.mark.django_db

NEW_PASSWORD = "Nordlys-Over-Tromso-7"


def nb(msgid: str) -> str:
    with translation.override("nb"):
        return translation.gettext(msgid)


def url(name: str, code: str = "nb") -> str:
    with translation.override(code):
        return reverse(name)


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
    yield
    cache.clear()  # the counters must not leak into other tests' log-ins


def test_password_reset_by_e_mail(client, learner):
    response = client.post(url("account_reset_password"), {"email": learner.email})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    [link] = re.findall(r"https?://\S+/password/reset/key/\S+/", mail.outbox[0].body)
    response = client.get(urlsplit(link).path, follow=True)
    assert response.status_code == 200
    set_password_url = response.redirect_chain[-1][0]
    response = client.post(
        set_password_url, {"password1": NEW_PASSWORD, "password2": NEW_PASSWORD}
    )
    assert response.status_code == 302
    learner.refresh_from_db()
    assert learner.check_password(NEW_PASSWORD)
    client.logout()
    response = client.post(
        url("account_login"), {"login": learner.email, "password": NEW_PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(url("lms:dashboard")).status_code == 200


def test_a_reset_for_an_unknown_address_does_not_tell_whether_it_exists(client, site):
    response = client.post(
        url("account_reset_password"), {"email": "nobody@example.org"}
    )
    assert response.status_code == 302  # the same answer as for a known address
    assert all("/password/reset/key/" not in m.body for m in mail.outbox)


def test_the_profile_switches_the_site_to_the_preferred_language(client, learner):
    client.force_login(learner)
    response = client.post(
        url("lms:profile"),
        {"full_name": "Kari Nordmann", "preferred_language": "uk"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/uk/profile/"
    assert response.cookies["django_language"].value == "uk"
    learner.refresh_from_db()
    assert learner.preferred_language == "uk"
    response = client.get(response["Location"])
    assert '<html lang="uk">' in response.content.decode()


def test_the_profile_refuses_an_empty_name_and_keeps_the_rest(client, learner):
    client.force_login(learner)
    response = client.post(
        url("lms:profile"), {"full_name": "   ", "preferred_language": "nn"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert nb("Enter your full name.") in html or nb("This field is required.") in html
    assert re.search(r'<option value="nn"[^>]*selected', html)
    learner.refresh_from_db()
    assert learner.full_name == "Kari Nordmann"


def test_repeated_failed_log_ins_are_rate_limited(client, site):
    from lms.factories import UserFactory

    user = UserFactory(email="target@example.org")
    for _attempt in range(5):
        response = client.post(
            url("account_login"), {"login": user.email, "password": "wrong"}
        )
        assert response.status_code == 200
    # Even the right password is refused now, with a message that says why.
    response = client.post(
        url("account_login"), {"login": user.email, "password": "secret-pass-123"}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert nb("Too many failed login attempts. Try again later.") in html
    assert "_auth_user_id" not in client.session
    assert User.objects.get(pk=user.pk).last_login is None


def test_failed_log_ins_from_another_address_do_not_lock_the_owner_out(
    client, site, settings
):
    """Five wrong passwords from an attacker's network leave the owner's own alone."""
    from django.test import Client

    from lms.factories import UserFactory

    user = UserFactory(email="owner@example.org")
    attacker = Client(REMOTE_ADDR="198.51.100.66")
    for _attempt in range(6):
        attacker.post(url("account_login"), {"login": user.email, "password": "wrong"})
    refused = attacker.post(
        url("account_login"), {"login": user.email, "password": "secret-pass-123"}
    )
    assert nb("Too many failed login attempts. Try again later.") in (
        refused.content.decode()
    )
    owner = Client(REMOTE_ADDR="203.0.113.10")
    response = owner.post(
        url("account_login"), {"login": user.email, "password": "secret-pass-123"}
    )
    assert response.status_code == 302
    assert owner.session["_auth_user_id"] == str(user.pk)


def test_a_forged_forwarded_for_header_does_not_change_the_counted_address(
    client, site, settings
):
    """Behind one proxy, only the address the proxy added counts."""
    from django.test import Client

    from lms.factories import UserFactory

    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    user = UserFactory(email="owner@example.org")
    for attempt in range(6):
        # The attacker writes a new address into the header each time; the proxy
        # appends the real one.
        Client(
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{attempt}, 198.51.100.66",
        ).post(url("account_login"), {"login": user.email, "password": "wrong"})
    refused = Client(
        REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="192.0.2.99, 198.51.100.66"
    ).post(url("account_login"), {"login": user.email, "password": "secret-pass-123"})
    assert nb("Too many failed login attempts. Try again later.") in (
        refused.content.decode()
    )


def test_the_admin_login_hands_over_to_the_site_login(client, site):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response["Location"].startswith(url("account_login"))
    assert "next=%2Fadmin%2Fpages%2F" in response["Location"]
    # Its password reset too: one place with one set of limits.
    response = client.get("/admin/password_reset/")
    assert response["Location"] == url("account_reset_password")
    # A POST to the old form signs nobody in.
    from lms.factories import UserFactory

    UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    client.post(
        "/admin/login/",
        {"username": "staff@example.org", "password": "secret-pass-123"},
    )
    assert "_auth_user_id" not in client.session


def test_an_unverified_account_cannot_reach_the_admin(client, site):
    from lms.factories import UserFactory

    UserFactory(
        email="unverified@example.org", is_staff=True, is_superuser=True, verified=False
    )
    response = client.get("/admin/", follow=True)
    assert response.redirect_chain[-1][0].startswith(url("account_login"))
    response = client.post(
        response.redirect_chain[-1][0],
        {"login": "unverified@example.org", "password": "secret-pass-123"},
    )
    assert "_auth_user_id" not in client.session
