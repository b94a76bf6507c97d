"""An editor is made to set up two-factor login before the admin opens (Chromium)."""

import re
import time

import pytest
from allauth.mfa.totp.internal.auth import (
    format_hotp_value,
    hotp_value,
    yield_hotp_counters_from_time,
)

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "secret-pass-123"


def test_an_editor_sets_up_two_factor_login_before_reaching_the_admin(
    live_server, desktop_page, settings
):
    from django.contrib.auth.models import Group, Permission

    from courses.factories import site_tree
    from lms.factories import UserFactory

    settings.STAFF_MFA_REQUIRED = True
    site_tree()
    editor = UserFactory(email="editor@example.org", is_staff=True)
    group, _ = Group.objects.get_or_create(name="Editors")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    editor.groups.add(group)

    page = desktop_page
    page.goto(f"{live_server.url}/admin/")
    # The admin's door is the site's login.
    assert "/accounts/login/" in page.url
    page.fill("input[name=login]", editor.email)
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("form.stack-form button[type=submit]").click()
    # Not into the admin yet: confirm the password, then set up the app.
    assert "/reauthenticate/" in page.url
    page.fill("input[name=password]", PASSWORD)
    with page.expect_navigation():
        page.locator("main button[type=submit]").last.click()
    assert "/2fa/totp/activate/" in page.url
    secret = re.search(r"[A-Z2-7]{32}", page.content()).group(0)
    # A code read in the last seconds of its 30-second window may be stale by
    # the time the server checks it: wait for the next window instead.
    if 30 - time.time() % 30 < 5:
        time.sleep(30 - time.time() % 30 + 0.5)
    code = format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))
    page.fill("input[name=code]", code)
    with page.expect_navigation():
        page.locator("main button[type=submit]").last.click()
    # The app is set up: the activation form is gone.
    assert "/2fa/totp/activate/" not in page.url
    page.goto(f"{live_server.url}/admin/")
    assert page.url.rstrip("/").endswith("/admin")
    assert page.locator("#wagtail").count() == 1 or "Wagtail" in page.content()
