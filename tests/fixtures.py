"""Pytest plugin with fixtures shared by every app's tests (loaded with -p)."""

import os
import shutil

import pytest


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters and kept answers belong to one test only."""
    from django.core.cache import cache

    cache.clear()
    yield


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


def _flushes_the_database(item) -> bool:
    """Transactional tests (live_server, browser) empty every table when they end."""
    from django.test import TestCase, TransactionTestCase

    cls = getattr(item, "cls", None)
    if cls and issubclass(cls, TransactionTestCase):
        return not issubclass(cls, TestCase)
    marker = item.get_closest_marker("django_db")
    if marker and (
        marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")
    ):
        return True
    names = getattr(item, "fixturenames", ())
    return "transactional_db" in names or "live_server" in names


def restore_wagtail_base_rows():
    """The rows Wagtail's data migrations create: root page, root collection, locale.

    A transactional test's flush deletes them; without them the next test (or the next
    --reuse-db run) builds its site tree with the home page as a root node.
    """
    from django.conf import settings
    from wagtail.models import Collection, Locale, Page

    locale, _created = Locale.objects.get_or_create(
        language_code=settings.LANGUAGE_CODE
    )
    if not Page.objects.filter(depth=1).exists():
        Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item, nextitem):
    yield
    if not _flushes_the_database(item):
        return
    from pytest_django.plugin import blocking_manager_key

    blocker = item.config.stash.get(blocking_manager_key, None)
    if blocker is None:
        return
    with blocker.unblock():
        restore_wagtail_base_rows()


@pytest.fixture
def site(db):
    from courses.factories import site_tree

    home, catalogue = site_tree()
    return {"home": home, "catalogue": catalogue}


@pytest.fixture
def course(site):
    from courses.factories import course_with_lessons

    course, lessons = course_with_lessons(site["catalogue"], lessons=3)
    return course


@pytest.fixture
def learner(db):
    from lms.factories import UserFactory

    return UserFactory(email="learner@example.org", full_name="Kari Nordmann")


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def browser_instance():
    """Debian's Chromium driven by Playwright; skips cleanly where it is missing."""
    if not (os.path.exists(CHROMIUM) or shutil.which("chromium")):
        pytest.skip("Debian chromium (/usr/bin/chromium) is not installed")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture
def phone_page(browser_instance):
    context = browser_instance.new_context(
        viewport={"width": 390, "height": 844},
        device_scale_factor=2,
        is_mobile=True,
        has_touch=True,
        locale="nb-NO",
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


@pytest.fixture
def desktop_page(browser_instance):
    context = browser_instance.new_context(
        viewport={"width": 1280, "height": 900}, locale="nb-NO"
    )
    page = context.new_page()
    page.set_default_timeout(15000)
    yield page
    context.close()


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Say plainly when the browser tests did not run (they skip without Chromium)."""
    if os.path.exists(CHROMIUM) or shutil.which("chromium"):
        return
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if "chromium" in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.write_line(
            f"NOTE: {len(skipped)} browser tests were skipped: Debian chromium is not "
            "installed (apt-get install chromium; see the README).",
            yellow=True,
        )
