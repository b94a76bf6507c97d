"""The grading queue reads one page of submissions, oldest first, in a fixed number of
queries however long the queue is."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from avvik_sandbox.factories import SubmissionFactory
from avvik_sandbox.models import Submission
from lms.factories import UserFactory

pytestmark = pytest.mark.django_db


def waiting(exercise, n, *, start=0):
    now = timezone.now()
    return [
        SubmissionFactory(
            exercise=exercise,
            submitted=True,
            user__full_name=f"Lærling {start + i:03d}",
            submitted_at=now - datetime.timedelta(hours=start + i),
        )
        for i in range(n)
    ]


def queue_queries(client, django_assert_max_num_queries, **params):
    url = reverse("avvik_sandbox:grading_queue")
    client.get(url, params)
    with django_assert_max_num_queries(20) as captured:
        response = client.get(url, params)
    assert response.status_code == 200
    return len(captured.captured_queries), response.content.decode()


def test_a_queue_of_sixty_reads_no_more_than_a_queue_of_three(
    client, exercise, django_assert_max_num_queries
):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    waiting(exercise, 3)
    small, _html = queue_queries(client, django_assert_max_num_queries)
    waiting(exercise, 57, start=3)
    large, html = queue_queries(client, django_assert_max_num_queries)
    assert small == large
    # 25 a page, the one waiting longest first; the newest are on a later page.
    assert html.index("Lærling 059") < html.index("Lærling 058")
    assert "Lærling 000" not in html
    assert "60 innleveringer" in html
    _n, last = queue_queries(client, django_assert_max_num_queries, page=3)
    assert "Lærling 000" in last and "Lærling 059" not in last


def test_graded_answers_are_listed_only_when_asked_for(
    client, exercise, django_assert_max_num_queries
):
    client.force_login(UserFactory(is_staff=True, is_superuser=True))
    (first,) = waiting(exercise, 1)
    done = SubmissionFactory(
        exercise=exercise, graded=True, user__full_name="Ferdig Ola"
    )
    draft = SubmissionFactory(exercise=exercise, user__full_name="Kladd Kari")
    assert draft.status == Submission.Status.DRAFT
    _n, default = queue_queries(client, django_assert_max_num_queries)
    assert first.user.full_name in default and done.user.full_name not in default
    _n, everything = queue_queries(client, django_assert_max_num_queries, status="all")
    assert done.user.full_name in everything and first.user.full_name in everything
    assert draft.user.full_name not in everything
