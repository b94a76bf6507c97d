"""Newsletter sign-up with double opt-in."""

import pytest
from django.core import mail

from lms.models import NewsletterSubscription

pytestmark = pytest.mark.django_db


def test_sign_up_sends_a_confirmation_and_only_confirming_activates(
    client, site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/nb/newsletter/", {"email": "Kari@Example.org", "next": "/nb/"}
        )
    assert response.status_code == 302
    subscription = NewsletterSubscription.objects.get()
    assert subscription.email == "kari@example.org"
    assert not subscription.is_active
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    link = f"/nb/newsletter/confirm/{subscription.token}/"
    assert link in message.body
    assert message.alternatives and link in message.alternatives[0][0]
    # A link scanner's GET does not confirm; the person's click on the button does.
    assert client.get(link).status_code == 200
    subscription.refresh_from_db()
    assert not subscription.is_active
    client.post(link)
    subscription.refresh_from_db()
    assert subscription.is_active


def test_invalid_address_is_refused_and_kept(client, site):
    response = client.post("/en/newsletter/", {"email": "not-an-address"})
    assert response.status_code == 400
    assert 'value="not-an-address"' in response.content.decode()
    assert not NewsletterSubscription.objects.exists()
    assert not mail.outbox


def test_unsubscribe(client, site):
    client.post("/nb/newsletter/", {"email": "ola@example.org"})
    subscription = NewsletterSubscription.objects.get()
    client.post(f"/nb/newsletter/confirm/{subscription.token}/")
    client.post(f"/nb/newsletter/unsubscribe/{subscription.token}/")
    subscription.refresh_from_db()
    assert not subscription.is_active


def test_unknown_token_is_a_clear_404(client, site):
    response = client.post("/nb/newsletter/confirm/nope/")
    assert response.status_code == 404


def test_repeated_sign_ups_do_not_flood_the_inbox(
    client, site, django_capture_on_commit_callbacks
):
    from django.core.cache import cache

    cache.clear()
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            response = client.post("/nb/newsletter/", {"email": "victim@example.org"})
            assert response.status_code == 302
    assert len(mail.outbox) == 1


def test_a_new_confirmation_only_after_a_full_quarter_hour(
    client, site, django_capture_on_commit_callbacks
):
    import datetime

    import time_machine

    start = datetime.datetime(2026, 12, 1, 12, 14, 50, tzinfo=datetime.UTC)
    for minutes, expected in [(0, 1), (0.5, 1), (14, 1), (16, 2)]:
        with time_machine.travel(start + datetime.timedelta(minutes=minutes)):
            with django_capture_on_commit_callbacks(execute=True):
                client.post("/nb/newsletter/", {"email": "victim@example.org"})
        assert len(mail.outbox) == expected, minutes
