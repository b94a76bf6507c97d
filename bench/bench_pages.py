"""Catalogue, lesson and practice-company pages: median render time and query count on
the demo data.

Run with `make bench` (or `.venv/bin/python bench/bench_pages.py`) after `make run` has
seeded the demo. Uses the Django test client in-process: no network, no server.
"""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from courses.models import CatalogPage, CoursePage  # noqa: E402
from lms.models import User  # noqa: E402

RUNS = 50


def measure(client, url):
    client.get(url)  # warm caches
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        response = client.get(url)
        times.append(time.perf_counter() - start)
        assert response.status_code == 200, (url, response.status_code)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return statistics.median(times) * 1000, len(queries)


def main():
    from django.conf import settings

    settings.ALLOWED_HOSTS = ["*"]
    catalogue = CatalogPage.objects.live().filter(locale__language_code="nb").first()
    course = (
        CoursePage.objects.live()
        .filter(slug="hms-for-ledere", locale__language_code="nb")
        .first()
    )
    if not catalogue or not course:
        sys.exit("Seed the demo first: make run (or manage.py seed_demo)")
    client = Client()
    learner = User.objects.get(email="learner@example.com")
    client.force_login(learner)
    lesson = course.lessons[0]
    for name, url in [
        ("catalogue", catalogue.url),
        ("catalogue filtered", catalogue.url + "?audience=worker&language=uk"),
        ("course page", course.url),
        ("lesson page", lesson.url),
        ("dashboard", "/nb/dashboard/"),
        # The practice municipality: two years of generated history (about 2,700).
        ("practice statistics", "/nb/sandbox/company/fjordvik-kommune/statistics/"),
        (
            "statistics filtered",
            "/nb/sandbox/company/fjordvik-kommune/statistics/?year=2024&quarter=3&category=vold",
        ),
        ("practice log", "/nb/sandbox/company/fjordvik-kommune/"),
        ("risk exercise", "/nb/sandbox/risk/vold-og-trusler-barnehage/"),
    ]:
        ms, queries = measure(client, url)
        print(f"{name:<20} median {ms:6.1f} ms over {RUNS} runs, {queries} queries")


if __name__ == "__main__":
    main()
