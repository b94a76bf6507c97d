"""Settings for the HMS platform.

Everything comes from environment variables with embedded defaults, so a fresh clone runs
with no configuration at all: SQLite, Celery tasks run eagerly, e-mail to the console and
media on the local disk. `.env.example` lists every variable.
"""

from pathlib import Path
from urllib.parse import urlsplit

import environ
from celery.schedules import crontab
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent

env = environ.Env()
environ.Env.read_env(BASE_DIR / ".env", overwrite=False)

# Fail closed: DEBUG is off unless asked for (`make run` asks), and with DEBUG off the
# process refuses to start without a real secret key, its host names and an https
# SITE_URL, rather than run with a guessable key or links to the wrong place.
DEBUG = env.bool("DEBUG", default=False)
SECRET_KEY = env.str("SECRET_KEY", default="")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    SECRET_KEY = "dev-only-not-secret-" + "x" * 40
elif not DEBUG and (
    len(SECRET_KEY) < 50
    or len(set(SECRET_KEY)) < 5
    or SECRET_KEY.startswith("django-insecure-")
):
    # The same bar as `check --deploy` (security.W009), refused rather than warned:
    # sessions, password resets and signed cookies rest on this key.
    raise ImproperlyConfigured(
        "SECRET_KEY is too weak: use at least 50 random characters, e.g. "
        "python -c 'import secrets; print(secrets.token_urlsafe(64))'."
    )
ALLOWED_HOSTS = env.list(
    "ALLOWED_HOSTS",
    default=["127.0.0.1", "localhost", "testserver"] if DEBUG else [],
)
# Every absolute link (e-mails, certificate QR codes, invitations) and the CSRF origin.
SITE_URL = env.str(
    "SITE_URL",
    default=f"http://127.0.0.1:{env.int('PORT', default=8000)}" if DEBUG else "",
).rstrip("/")
if not DEBUG:
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set when DEBUG is off.")
    if urlsplit(SITE_URL).scheme != "https":
        raise ImproperlyConfigured(
            "SITE_URL must be an https:// URL when DEBUG is off."
        )
CSRF_TRUSTED_ORIGINS = [
    "{0.scheme}://{0.netloc}".format(urlsplit(SITE_URL)),
    *env.list("CSRF_TRUSTED_ORIGINS", default=[]),
]

INSTALLED_APPS = [
    "lms",
    "courses",
    "avvik_sandbox",
    "payments",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "django.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "simple_history",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "lms.site.csp.SiteCSPMiddleware",
    "lms.site.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the cache, before any session or CSRF work.
    "lms.site.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "lms.site.middleware.UnknownLanguagePrefixMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "lms.site.routing.KnownSiteMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "lms.site.middleware.AdminLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "lms.pending.ReturningLearnerMiddleware",
    "lms.two_factor.StaffTwoFactorMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "wagtail.contrib.settings.context_processors.settings",
                "lms.site.context_processors.site_context",
            ],
        },
    },
]

DATABASES = {
    "default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
}
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
# Keep connections between requests (a new PostgreSQL connection costs more than most
# pages); a connection that died with a database restart is noticed and replaced.
DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=60)
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"].endswith("sqlite3"):
    # SQLite serialises writers; a busy timeout lets concurrent requests wait their turn
    # instead of failing with "database is locked".
    DATABASES["default"].setdefault("OPTIONS", {})["timeout"] = 20
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "lms.User"
AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# --- Languages -------------------------------------------------------------------
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", "Norsk bokmål"),
    ("nn", "Norsk nynorsk"),
    ("en", "English"),
    ("uk", "Українська"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# --- Static and media ----------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = env.path("MEDIA_ROOT", default=str(BASE_DIR / "media"))
WHITENOISE_USE_FINDERS = DEBUG
# Media (certificate PDFs, evidence packs, images) go to S3-compatible storage when a
# bucket is configured, to local files otherwise. Files are private: certificates and
# evidence packs are served only through views that check who asks; public images get
# short-lived signed URLs from S3, or /media/images/ locally (config/urls.py).
AWS_STORAGE_BUCKET_NAME = env.str("AWS_STORAGE_BUCKET_NAME", default="")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env.str("AWS_S3_ENDPOINT_URL", default="") or None
    AWS_S3_REGION_NAME = env.str("AWS_S3_REGION_NAME", default="") or None
    AWS_ACCESS_KEY_ID = env.str("AWS_ACCESS_KEY_ID", default="") or None
    AWS_SECRET_ACCESS_KEY = env.str("AWS_SECRET_ACCESS_KEY", default="") or None
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True
    AWS_QUERYSTRING_EXPIRE = 600
    AWS_S3_FILE_OVERWRITE = False
    _default_storage = {"BACKEND": "storages.backends.s3.S3Storage"}
else:
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _default_storage,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# --- Cache, Celery -------------------------------------------------------------------
# Redis is a cache and a broker, never the only record of anything: sessions live in the
# database, the cache degrades to misses when Redis is down (IGNORE_EXCEPTIONS), and
# every e-mail and background job is written to the outbox table first (lms.outbox).
REDIS_URL = env.str("REDIS_URL", default="")
REDIS_TIMEOUT_SECONDS = env.float("REDIS_TIMEOUT_SECONDS", default=0.5)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT_SECONDS,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT_SECONDS,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    CELERY_BROKER_URL = REDIS_URL
    CELERY_TASK_ALWAYS_EAGER = False
    # A request that hands work to the broker after commit must not hang when Redis
    # is down: one quick try, and the outbox sweep delivers the rest.
    CELERY_TASK_PUBLISH_RETRY = False
    CELERY_BROKER_CONNECTION_TIMEOUT = REDIS_TIMEOUT_SECONDS * 2
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "socket_connect_timeout": REDIS_TIMEOUT_SECONDS * 2,
        "socket_timeout": REDIS_TIMEOUT_SECONDS * 4,
        "max_retries": 1,
    }
    CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CELERY_BROKER_URL = "memory://"
    CELERY_TASK_ALWAYS_EAGER = True
CELERY_TASK_EAGER_PROPAGATES = True
# Anonymous public pages are kept this long at most (lms.site.page_cache); 0 turns it off.
PAGE_CACHE_SECONDS = env.int("PAGE_CACHE_SECONDS", default=300)
# A company's compliance figures (counts per status, headcount) are kept this long at
# most; any change to its records drops them at once (payments.compliance.figures).
COMPLIANCE_FIGURES_SECONDS = env.int("COMPLIANCE_FIGURES_SECONDS", default=300)
# The deployed release (e.g. the commit): cached pages of another release are never
# served. Unset: a digest of the templates and translations (lms.site.page_cache.release).
RELEASE = env("RELEASE", default="")
# Time on task: the lesson page reports activity this often, and stops after this
# long without any input (a tab left open overnight adds at most that much).
LESSON_ACTIVITY_BEAT_SECONDS = env.int("LESSON_ACTIVITY_BEAT_SECONDS", default=30)
LESSON_IDLE_SECONDS = env.int("LESSON_IDLE_SECONDS", default=600)
# /readyz answers 503 when one of these fails (the others are reported only).
READYZ_REQUIRED = env.list("READYZ_REQUIRED", default=["database", "storage"])
CELERY_TIMEZONE = TIME_ZONE
CELERY_TASK_ACKS_LATE = True
CELERY_BEAT_SCHEDULE: dict = {
    # The outbox: anything not delivered right after its commit (broker or worker down,
    # a failed attempt waiting for its backoff) is delivered from here.
    "lms-outbox-sweep": {
        "task": "lms.tasks.outbox_sweep_task",
        "schedule": 30.0,
    },
    # Certificates and notifications (lms): once a day, Europe/Oslo time. Both tasks
    # send each e-mail once, so an extra or a late run is harmless.
    "lms-refresher-reminders": {
        "task": "lms.tasks.refresher_reminders_task",
        "schedule": crontab(hour=7, minute=0),
    },
    "lms-nudges": {
        "task": "lms.tasks.nudges_task",
        "schedule": crontab(hour=17, minute=30),
    },
    # Required training (payments): reminders 7 days before and 1 and 14 days after
    # each due date, once each.
    "payments-training-reminders": {
        "task": "payments.tasks.training_reminders_task",
        "schedule": crontab(hour=7, minute=15),
    },
    # Invoices (payments): a reminder the day after the due date, then unassigned
    # seats suspended 14 days later.
    "payments-invoices-overdue": {
        "task": "payments.tasks.invoices_overdue_task",
        "schedule": crontab(hour=6, minute=30),
    },
    # "HMS i små doser" (payments): issues whose send time has come, once per person.
    "payments-digest": {
        "task": "payments.tasks.digest_send_task",
        "schedule": crontab(minute=5),
    },
    "lms-certificates-sweep": {
        "task": "lms.tasks.certificates_sweep_task",
        "schedule": crontab(hour=3, minute=15),
    },
}

# --- E-mail --------------------------------------------------------------------------
EMAIL_CONFIG = env.email_url("EMAIL_URL", default="consolemail://")
vars().update(EMAIL_CONFIG)
DEFAULT_FROM_EMAIL = env.str(
    "DEFAULT_FROM_EMAIL", default="HMS-kurs <kurs@example.com>"
)

# --- Accounts (allauth) ---------------------------------------------------------------
SITE_ID = 1
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "lms:dashboard"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = False
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "lms.forms.SignupExtraForm"
ACCOUNT_ADAPTER = "lms.adapters.AccountAdapter"
# Failed logins count per client IP and per (IP, e-mail) pair: someone who knows an
# address cannot lock its owner out from elsewhere (lms.adapters). Password resets
# send at most three e-mails an hour to one address.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/h/ip",
    "reset_password": "20/h/ip,3/h/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
}
# Two-factor login: TOTP with recovery codes. Required for staff before the admin and
# the grading queue (lms.two_factor); offered to everyone on the profile page.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "HMS-kurs"
STAFF_MFA_REQUIRED = env.bool("STAFF_MFA_REQUIRED", default=True)
# The number of proxies of our own in front of gunicorn (0: X-Forwarded-For is not
# trusted). Rate limits and the audit log use the address the outermost one saw.
ALLAUTH_TRUSTED_PROXY_COUNT = env.int("TRUSTED_PROXY_COUNT", default=0)
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""

# --- Wagtail --------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "HMS-kurs"
WAGTAILADMIN_BASE_URL = SITE_URL
# Sign-in, password reset and two-factor login go through allauth for everyone
# (lms.views.site.admin_login): the admin's own forms would skip its limits.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILEMBEDS_RESPONSIVE_HTML = True
WAGTAIL_ENABLE_UPDATE_CHECK = False
# No avatars fetched from gravatar.com: it would tell a third party who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "simple"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Payments -------------------------------------------------------------------------
STRIPE_SECRET_KEY = env.str("STRIPE_SECRET_KEY", default="")
STRIPE_WEBHOOK_SECRET = env.str("STRIPE_WEBHOOK_SECRET", default="")
STRIPE_API_BASE = env.str("STRIPE_API_BASE", default="")
CURRENCY = "nok"

# --- Payments: codes and checkout -------------------------------------------------------
# Sign-up takes an optional discount/licence code (kept for the next purchase); this
# overrides the accounts block above.
ACCOUNT_SIGNUP_FORM_CLASS = "payments.forms.SignupForm"
# How long a code use is held for an unpaid order (also the Stripe session's lifetime,
# at least Stripe's minimum of 30 minutes).
PAYMENTS_CODE_RESERVATION_MINUTES = 60
# Typed code attempts allowed per window, per user and per client IP (Django cache).
PAYMENTS_CODE_ATTEMPTS_PER_USER = 10
PAYMENTS_CODE_ATTEMPTS_PER_IP = 30
PAYMENTS_CODE_ATTEMPT_WINDOW_SECONDS = 600
# Most codes one bulk generation may make.
PAYMENTS_CODE_BATCH_MAX = 5000

# --- Demo -----------------------------------------------------------------------------
DEMO_PASSWORD = env.str("DEMO_PASSWORD", default="hms-demo")

# --- Security -------------------------------------------------------------------------
# Cookies, TLS, HSTS and the Content-Security-Policy: config/security.py.
from config.security import *  # noqa: E402, F403

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env.str("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
        # PDF rendering narrates every step at INFO.
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}
