"""Legal pages in every language, the seller on every page, and checkout consent."""

import pytest
from django.urls import reverse
from django.utils import translation

from lms.factories import UserFactory
from lms.models import LegalSettings
from payments.models import Order

pytestmark = pytest.mark.django_db


def say(code, msgid):
    with translation.override(code):
        return translation.gettext(msgid)


def url(name, *args, code="nb"):
    with translation.override(code):
        return reverse(name, args=args)


@pytest.fixture
def seller(site):
    from wagtail.models import Site

    legal = LegalSettings.for_site(Site.objects.get(is_default_site=True))
    legal.seller_name = "Trygg Jobb AS"
    legal.org_nr = "923609016"
    legal.address = "Storgata 1, 0155 Oslo"
    legal.email = "post@tryggjobb.example"
    legal.save()
    return legal


@pytest.mark.parametrize("code", ["nb", "nn", "en", "uk"])
@pytest.mark.parametrize("page", ["privacy", "terms", "contact"])
def test_each_legal_page_reads_in_each_language(client, seller, page, code):
    response = client.get(url(f"lms:{page}", code=code))
    assert response.status_code == 200
    html = response.content.decode()
    title = {
        "privacy": "Privacy notice",
        "terms": "Terms of sale",
        "contact": "Contact",
    }
    assert say(code, title[page]) in html
    assert "Trygg Jobb AS" in html and "923609016" in html
    if page == "terms":
        assert "22" in html  # the Cancellation Act's § 22 (n), in every language


def test_an_editors_text_replaces_the_built_in_one_for_that_language(client, seller):
    seller.privacy_nn = "<p>Eigen personvernerklæring for nynorsk.</p>"
    seller.save()
    assert (
        "Eigen personvernerklæring"
        in client.get(url("lms:privacy", code="nn")).content.decode()
    )
    assert (
        "Eigen personvernerklæring"
        not in client.get(url("lms:privacy")).content.decode()
    )


def test_every_page_links_the_legal_pages_and_names_the_seller(client, seller, course):
    for path in ["/nb/", course.url, url("lms:verify_lookup")]:
        html = client.get(path).content.decode()
        for name in ("lms:terms", "lms:privacy", "lms:contact"):
            assert url(name) in html
        assert "Trygg Jobb AS · org.nr. 923609016" in html


def test_robots_and_a_sitemap_with_every_language_version(client, site, course):
    from payments.tests.helpers import translated

    translated(course, "uk")
    robots = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in robots and "Sitemap: http" in robots
    sitemap = client.get("/sitemap.xml").content.decode()
    assert course.full_url in sitemap
    assert 'hreflang="uk"' in sitemap


def test_a_consumer_pays_only_after_consenting_and_the_consent_is_kept(
    client, site, course, settings
):
    from courses.models import CoursePage

    settings.DEBUG = True  # the test-mode gateway (no Stripe keys)
    CoursePage.objects.filter(pk=course.pk).update(price_ore=49000)
    buyer = UserFactory(email="buyer@example.org")
    client.force_login(buyer)
    buy = url("payments:buy_course", course.pk)
    response = client.post(buy, {"code": ""})
    order = Order.objects.get(user=buyer)
    # Not sent to payment: back to the order, which asks for the consent.
    assert response["Location"] == url("payments:order_detail", order.public_id)
    page = client.get(response["Location"]).content.decode()
    assert 'name="consent"' in page
    assert order.consent_at is None
    response = client.post(
        url("payments:order_pay", order.public_id), {"consent": "on"}
    )
    assert "/checkout/test/" in response["Location"]  # on to the payment page
    order.refresh_from_db()
    assert order.consent_at is not None
    # The exact words the buyer agreed to, in the language they read them in.
    assert order.consent_text == say(
        "nb",
        "I agree that the course is delivered at once, and I understand that I "
        "then lose my right of withdrawal (Cancellation Act § 22 (n)).",
    )
