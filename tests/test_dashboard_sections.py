"""What a learner finds on the dashboard and a completed course page."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation

from avvik_sandbox.factories import ExercisePageFactory, SubmissionFactory, sandbox_tree
from lms import services
from lms.certificates.services import certificate_issue

pytestmark = pytest.mark.django_db


def test_submitted_exercises_are_listed_on_the_dashboard(client, site, learner):
    index = sandbox_tree(site["home"])
    exercise = ExercisePageFactory(parent=index)
    submission = SubmissionFactory(user=learner, exercise=exercise, submitted=True)
    client.force_login(learner)
    html = client.get("/en/dashboard/").content.decode()
    assert "My deviation exercises" in html
    assert f"/en/sandbox/submissions/{submission.pk}/" in html
    assert exercise.title in html


def test_no_exercise_section_without_submissions(client, site, learner):
    client.force_login(learner)
    html = client.get("/en/dashboard/").content.decode()
    assert "My deviation exercises" not in html


def test_completed_course_page_offers_the_certificate(client, course, learner):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    enrolment.completed_at = timezone.now()
    enrolment.status = enrolment.Status.COMPLETED
    enrolment.save()
    certificate = certificate_issue(enrolment=enrolment)
    client.force_login(learner)
    html = client.get(course.url).content.decode()
    translation.activate("nb")
    assert certificate.number in html
    assert reverse("lms:certificate_download", args=[certificate.number]) in html
