"""The anonymous full-page cache: what it serves, what it never stores, and when it
forgets (publishing, prices, campaigns starting and ending, a Redis outage)."""

import datetime

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.models import Site

from lms.factories import UserFactory
from payments.factories import DiscountCodeFactory
from payments.models import CampaignBannerSettings

pytestmark = pytest.mark.django_db

HEADER = "X-Page-Cache"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, (url, response.status_code)
    return response


@pytest.mark.parametrize("which", ["home", "catalogue", "course", "terms"])
def test_a_second_anonymous_visit_is_served_without_the_database(
    client, site, course, which
):
    url = {
        "home": site["home"].url,
        "catalogue": site["catalogue"].url,
        "course": course.url,
        "terms": "/nb/terms/",
    }[which]
    first = get(client, url)
    assert first[HEADER] == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(client, url)
    assert second[HEADER] == "hit"
    assert len(queries) == 0
    assert second.content == first.content
    assert "csrftoken" not in second.cookies and "sessionid" not in second.cookies


def test_each_language_and_host_has_its_own_entry(client, site):
    from tests.foundation_helpers import translate

    translate(site["home"], "uk")
    nb = get(client, "/nb/")
    uk = get(client, "/uk/")
    assert uk[HEADER] == "miss"
    assert nb.content != uk.content
    assert get(client, "/uk/")["Content-Language"] == "uk"
    # Another host name is another site as far as the cache knows.
    other = get(client, "/nb/", HTTP_HOST="127.0.0.1")
    assert other[HEADER] == "miss"


def test_signed_in_visitors_never_get_or_fill_the_cache(client, site, course):
    get(client, course.url)  # an anonymous copy is stored
    user = UserFactory(full_name="Kari Innlogget")
    client.force_login(user)
    response = get(client, course.url)
    assert HEADER not in response
    assert "/dashboard/" in response.content.decode()  # "My courses": signed in
    client.logout()
    anonymous = get(client.__class__(), course.url)
    assert anonymous[HEADER] == "hit"
    assert "/dashboard/" not in anonymous.content.decode()


def test_a_response_with_a_message_or_a_form_token_is_not_stored(client, site):
    # A page that renders a CSRF token (the login page) is never stored or served.
    for _ in range(2):
        response = client.get("/nb/accounts/login/")
        assert HEADER not in response
    # A visitor carrying a message sees it, and it does not land in the cache.
    client.post("/nb/newsletter/", {"email": "ny@example.org", "next": "/nb/"})
    with_message = client.get("/nb/")
    assert "message-success" in with_message.content.decode()
    assert HEADER not in with_message
    fresh = get(client.__class__(), "/nb/")
    assert "message-success" not in fresh.content.decode()


def test_the_newsletter_form_on_a_cached_page_works_for_the_next_visitor(site):
    from django.test import Client

    from lms.models import NewsletterSubscription

    get(Client(), "/nb/")
    visitor = Client(enforce_csrf_checks=True)
    page = get(visitor, "/nb/")
    assert page[HEADER] == "hit"
    reply = visitor.post(
        "/nb/newsletter/", {"email": "leser@example.org", "next": "/nb/"}
    )
    assert reply.status_code == 302
    assert NewsletterSubscription.objects.filter(email="leser@example.org").exists()


def test_unknown_query_parameters_bypass_and_tracking_parameters_share(client, site):
    catalogue = site["catalogue"].url
    get(client, catalogue)
    assert (
        get(client, catalogue + "?utm_source=epost&utm_campaign=vår")[HEADER] == "hit"
    )
    assert HEADER not in get(client, catalogue + "?x=1")
    filtered = get(client, catalogue + "?audience=leader")
    assert filtered[HEADER] == "miss"


def test_publishing_a_page_retires_the_cached_copies(client, site, course):
    get(client, course.url)
    course.title = "Ny tittel på kurset"
    course.save_revision().publish()
    response = get(client, course.url)
    assert response[HEADER] == "miss"
    assert "Ny tittel på kurset" in response.content.decode()


def test_a_price_change_is_seen_at_once(client, site, course):
    course.price_ore = 149000
    course.save_revision().publish()
    assert "1\xa0490" in get(client, course.url).content.decode()
    course.price_ore = 99000
    course.save_revision().publish()
    assert "990" in get(client, course.url).content.decode()


def _choose(code):
    banner = CampaignBannerSettings.for_site(Site.objects.get(is_default_site=True))
    banner.code = code
    banner.save()


def test_a_campaign_appears_and_disappears_on_time(client, site):
    now = timezone.now()
    starts = now + datetime.timedelta(minutes=2)
    ends = now + datetime.timedelta(minutes=4)
    _choose(
        DiscountCodeFactory(
            code="VAR2026", percent=30, valid_from=starts, valid_until=ends
        )
    )
    assert "VAR2026" not in get(client, "/en/").content.decode()
    # Cached before the start, but only until the start.
    with time_machine.travel(starts + datetime.timedelta(seconds=1)):
        assert "VAR2026" in get(client, "/en/").content.decode()
    with time_machine.travel(ends + datetime.timedelta(seconds=1)):
        assert "VAR2026" not in get(client, "/en/").content.decode()


def test_saving_a_code_retires_the_cached_copies(client, site):
    code = DiscountCodeFactory(
        code="HOST", valid_until=timezone.now() + datetime.timedelta(days=3)
    )
    _choose(code)
    assert "HOST" in get(client, "/en/").content.decode()
    code.active = False
    code.save()
    assert "HOST" not in get(client, "/en/").content.decode()


def test_pages_still_serve_when_the_cache_is_down(client, site, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }
    for _ in range(2):
        response = get(client, "/nb/")
        assert HEADER not in response


def test_a_new_release_never_serves_the_previous_releases_pages(client, site, settings):
    from lms.site.page_cache import release

    url = site["catalogue"].url
    settings.RELEASE = "commit-a"
    release.cache_clear()
    get(client, url)
    assert get(client, url)[HEADER] == "hit"
    # A deploy with other templates: the old HTML is not served, even within its TTL.
    settings.RELEASE = "commit-b"
    release.cache_clear()
    try:
        assert get(client, url)[HEADER] == "miss"
    finally:
        release.cache_clear()


def test_the_footers_seller_line_is_kept_until_the_legal_settings_change(
    client, site, learner
):
    """Signed-in pages are not cached whole, but the seller line in their footer is
    read once, not per request, and a change to the legal settings shows at once."""
    from django.urls import reverse

    from lms.models import LegalSettings

    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.seller_name, legal.org_nr = "Trygg Jobb AS", "923609016"
    legal.save()
    client.force_login(learner)
    dashboard = reverse("lms:dashboard")
    assert (
        "Trygg Jobb AS · org.nr. 923609016" in get(client, dashboard).content.decode()
    )
    with CaptureQueriesContext(connection) as queries:
        assert "Trygg Jobb AS" in get(client, dashboard).content.decode()
    assert not [q for q in queries if "lms_legalsettings" in q["sql"]]
    legal.seller_name = "Trygg Jobb Norge AS"
    legal.save()
    assert (
        "Trygg Jobb Norge AS · org.nr. 923609016"
        in get(client, dashboard).content.decode()
    )
