import pytest

from tests.stripe_stub import stripe_stub  # noqa: F401  (fixture)


@pytest.fixture(autouse=True)
def _default_language():
    # Messages raised by services are asserted in English, and reverse() builds the
    # language prefix from the active language, which earlier requests may have changed.
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _clear_cache():
    # Rate-limit counters live in the cache; each test starts from zero.
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks, monkeypatch):
    """Run on_commit callbacks (receipts, invitations) at the end of each test request,
    as they would run after the request's transaction commits in production."""
    from django.test import Client

    original = Client.request

    def request(self, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return original(self, **kwargs)

    monkeypatch.setattr(Client, "request", request)


@pytest.fixture
def paid_course(site):
    from courses.factories import course_with_lessons

    course, _lessons = course_with_lessons(
        site["catalogue"], price_ore=149000, vat_rate=25, audience="leader"
    )
    return course


@pytest.fixture
def buyer(db):
    from lms.factories import UserFactory

    return UserFactory(email="buyer@example.org", full_name="Per Kjøper")


@pytest.fixture
def dev_mode(settings):
    """No Stripe keys and DEBUG on: the test-mode gateway is in use."""
    settings.DEBUG = True
    settings.STRIPE_SECRET_KEY = ""
    settings.STRIPE_WEBHOOK_SECRET = ""
    return settings


@pytest.fixture
def company_admin(db):
    from lms.factories import UserFactory

    return UserFactory(email="hr@firma.example.org", full_name="Hanne HR")


@pytest.fixture
def company(company_admin):
    from payments.factories import CompanyFactory

    return CompanyFactory(
        name="Testbygg AS",
        org_nr="914778271",
        billing_email="faktura@testbygg.example.org",
        invoice_reference="PO-777",
        admin=company_admin,
    )


@pytest.fixture
def logged_in(client, buyer):
    client.force_login(buyer)
    return client


@pytest.fixture
def admin_user(admin_user):
    """pytest-django's superuser, with the Wagtail admin in English."""
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_user


@pytest.fixture
def company_admin_client(client, company_admin):
    """The company admin, signed in."""
    client.force_login(company_admin)
    return client


@pytest.fixture
def compliance_setup(course):
    from .compliance_world import compliance_company

    return compliance_company(course)
