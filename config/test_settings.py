"""Test settings: only what makes the suite faster or hermetic."""

import os

# Tests run the development defaults (no secret key needed); the production settings
# are checked by tests that start a process with a production environment.
os.environ.setdefault("DEBUG", "true")

from .settings import *  # noqa: E402, F403
from .settings import BASE_DIR, DATABASES  # noqa: E402

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES = {
    "default": STORAGES["default"],  # noqa: F405
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT", str(BASE_DIR / "var" / "test-media"))
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # A file (not :memory:) so that --reuse-db keeps the migrated schema between runs
    # and live_server threads see the same data.
    DATABASES["default"]["TEST"] = {
        "NAME": os.environ.get(
            "TEST_SQLITE_NAME", str(BASE_DIR / "var" / "test.sqlite3")
        )
    }
CELERY_TASK_ALWAYS_EAGER = os.environ.get("CELERY_TEST_EAGER", "1") == "1"
STRIPE_SECRET_KEY = ""
STRIPE_WEBHOOK_SECRET = ""
# Rate-limit counters and other cache entries must not leak between tests (or runs).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Staff two-factor login is required in every real environment; tests that sign staff
# in with force_login would all need a TOTP device. The tests of two-factor login, the
# authorisation matrix and the CSP browser test switch it back on.
STAFF_MFA_REQUIRED = False

# Tests that check the page cache switch it on; elsewhere a page cached by one test
# must not answer another.
PAGE_CACHE_SECONDS = 0
# Likewise a company's compliance figures (tests of the figures switch them on).
COMPLIANCE_FIGURES_SECONDS = 0
