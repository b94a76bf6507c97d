"""Production fails closed, links point where the site runs, and health tells the truth."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION = {
    "SECRET_KEY": "a-production-secret-of-enough-length-0123456789-abcdefghijklmnop",
    "ALLOWED_HOSTS": "hms.example.no",
    "SITE_URL": "https://hms.example.no",
}


def _manage(*args, **env_changes):
    env = {
        k: v
        for k, v in os.environ.items()
        if k
        not in {
            "DEBUG",
            "SECRET_KEY",
            "ALLOWED_HOSTS",
            "SITE_URL",
            "DJANGO_ALLOW_ASYNC_UNSAFE",
        }
    }
    env.update(env_changes)
    env["DJANGO_SETTINGS_MODULE"] = "config.settings"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_without_configuration_production_refuses_to_start():
    result = _manage("check")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"SITE_URL": "http://hms.example.no"}, "SITE_URL must be an https:// URL"),
        ({"ALLOWED_HOSTS": ""}, "ALLOWED_HOSTS must be set"),
        ({"SECRET_KEY": "short-secret"}, "SECRET_KEY is too weak"),
        ({"SECRET_KEY": "ab" * 30}, "SECRET_KEY is too weak"),
        ({"SECRET_KEY": "django-insecure-" + "k3j4h5g6f7d8s9a0" * 4}, "too weak"),
    ],
)
def test_production_refuses_an_insecure_or_incomplete_setting(change, message):
    result = _manage("check", **{**PRODUCTION, **change})
    assert result.returncode != 0 and message in result.stderr


def test_the_deployment_checklist_passes_with_a_production_environment():
    result = _manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_the_demo_seeder_refuses_to_run_in_production():
    result = _manage("seed_demo", **PRODUCTION)
    assert result.returncode != 0
    assert "refuses to run with DEBUG off" in result.stderr


@pytest.mark.django_db
def test_site_name_and_domain_follow_site_url(settings, site):
    from django.contrib.sites.models import Site as DjangoSite
    from wagtail.models import Site as WagtailSite

    from lms.site.identity import site_identity_sync

    settings.SITE_URL = "http://127.0.0.1:8100"
    site_identity_sync()
    django_site = DjangoSite.objects.get(pk=settings.SITE_ID)
    assert django_site.domain == "127.0.0.1:8100"
    assert django_site.name == settings.WAGTAIL_SITE_NAME
    wagtail_site = WagtailSite.objects.get(is_default_site=True)
    assert (wagtail_site.hostname, wagtail_site.port) == ("127.0.0.1", 8100)


@pytest.mark.django_db
def test_emailed_links_use_site_url(
    settings, client, django_capture_on_commit_callbacks
):
    from django.core import mail

    settings.SITE_URL = "http://127.0.0.1:8100"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("lms:newsletter_subscribe"), {"email": "a@example.org"})
    [message] = mail.outbox
    assert "http://127.0.0.1:8100/nb/newsletter/confirm/" in message.body
    assert "8000" not in message.body


@pytest.mark.django_db
def test_healthz_answers_without_touching_anything(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert response.status_code == 200 and response.json() == {"status": "ok"}


@pytest.mark.django_db(transaction=True)
def test_readyz_reports_each_dependency(client):
    response = client.get("/readyz")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert checks["database"] == {"status": "ok", "required": True}
    assert checks["storage"]["status"] == "ok"
    assert checks["cache"]["status"] == "ok"


@pytest.mark.django_db(transaction=True)
def test_readyz_says_redis_is_down_but_pages_still_serve(client, settings):
    settings.REDIS_URL = "redis://127.0.0.1:1/0"  # nothing listens there
    response = client.get("/readyz")
    assert response.status_code == 200
    broker = response.json()["checks"]["broker"]
    assert broker["status"].startswith("failing") and broker["required"] is False


@pytest.mark.django_db(transaction=True)
def test_readyz_fails_when_a_required_dependency_fails(client, monkeypatch):
    from health_check.checks import Storage
    from health_check.exceptions import ServiceUnavailable

    def broken(self):
        raise ServiceUnavailable("bucket unreachable")

    monkeypatch.setattr(Storage, "run", broken)
    response = client.get("/readyz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "failing"
    assert "bucket unreachable" in body["checks"]["storage"]["status"]
