"""The catalogue lists every course once, in the visitor's language where it exists."""

import re

import pytest
from wagtail.models import Locale

from courses.factories import course_with_lessons
from tests.foundation_helpers import translate_course

pytestmark = pytest.mark.django_db


def _cards(html: str) -> list[tuple[str, str]]:
    """(href, title) of each course card, in order."""
    return re.findall(
        r'<h3 class="card-title"[^>]*><a href="([^"]+)"[^>]*>([^<]+)</a>', html
    )


def test_a_ukrainian_visitor_sees_every_course_with_the_ukrainian_version_first(
    client, site
):
    worker, _ = course_with_lessons(site["catalogue"], audience="worker", lessons=1)
    leader, _ = course_with_lessons(site["catalogue"], audience="leader", lessons=1)
    uk_worker, _ = translate_course(worker, "uk", title="Курс для працівників")
    uk_catalogue = site["catalogue"].get_translation(
        Locale.objects.get(language_code="uk")
    )

    html = client.get(uk_catalogue.url).content.decode()
    cards = _cards(html)
    # Both courses, each once: the worker course in Ukrainian, the leader course
    # (not translated) in bokmål rather than missing.
    assert cards == [
        (uk_worker.url, "Курс для працівників"),
        (leader.url, leader.title),
    ]
    assert 'lang="nb">NB</span>' in html and 'lang="uk">UK</span>' in html
    # The bokmål course says it is one, and marks its Norwegian text and link.
    leader_card = html.split('class="card course-card')[2].split("</li>")[0]
    assert "course-card-other-language" in leader_card
    assert "Курс норвезькою (букмол)" in leader_card
    assert 'lang="nb"' in leader_card and 'hreflang="nb"' in leader_card
    worker_card = html.split('class="card course-card')[1].split("</li>")[0]
    assert "other-language" not in worker_card


def test_in_the_ukrainian_catalogue_ukrainian_courses_come_first(client, site):
    course_with_lessons(site["catalogue"], audience="leader", lessons=1)
    worker, _ = course_with_lessons(site["catalogue"], audience="worker", lessons=1)
    uk_worker, _ = translate_course(worker, "uk", title="Курс для працівників")
    uk_catalogue = site["catalogue"].get_translation(
        Locale.objects.get(language_code="uk")
    )
    cards = _cards(client.get(uk_catalogue.url).content.decode())
    assert cards[0] == (uk_worker.url, "Курс для працівників")


def test_the_language_filter_links_to_that_language_version(client, site):
    worker, _ = course_with_lessons(site["catalogue"], audience="worker", lessons=1)
    course_with_lessons(site["catalogue"], audience="leader", lessons=1)
    uk_worker, _ = translate_course(worker, "uk", title="Курс для працівників")

    html = client.get(site["catalogue"].url, {"language": "uk"}).content.decode()
    assert _cards(html) == [(uk_worker.url, "Курс для працівників")]
