"""Pytest plugin with fixtures shared by every app's tests (loaded with -p)."""

import os
import shutil

import pytest


@pytest.fixture(autouse=True)
def _isolated_media(settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")


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
