"""A practice company activity placed in a lesson: shown with its link, required for
completion when the editor says so, and completing the course once it is done."""

import pytest
from django.utils import translation

from avvik_sandbox.practice import amu
from avvik_sandbox.practice.demo import seed_key
from avvik_sandbox.tests.helpers import make_company
from avvik_sandbox.tests.test_amu_exercise import CULTURE, QUIET, VIOLENCE
from lms import services
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def company():
    company = make_company(volume=20)
    seed_key(company)
    return company


def _place(course, company, *, activity="statistics", required=True):
    lesson = course.lessons[0]
    lesson.body = [
        *lesson.body.raw_data,
        {
            "type": "practice",
            "value": {
                "company": company.slug,
                "activity": activity,
                "required": required,
            },
        },
    ]
    lesson.save_revision().publish()
    return lesson


def test_a_required_statistics_exercise_holds_completion_until_passed(
    course, learner, company, django_capture_on_commit_callbacks
):
    _place(course, company)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=learner)
    assert enrolment.completed_at is None
    assert any(
        company.name in line for line in services.completion_unmet(enrolment=enrolment)
    )
    # A failed attempt changes nothing; a passed one completes the course.
    amu.answer_submit(
        company=company,
        user=learner,
        year=2025,
        language="nb",
        conclusions=[CULTURE, QUIET, CULTURE],
    )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    with django_capture_on_commit_callbacks(execute=True):
        amu.answer_submit(
            company=company,
            user=learner,
            year=2025,
            language="nb",
            conclusions=[CULTURE, QUIET, VIOLENCE],
        )
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None


def test_the_lesson_shows_the_activity_with_its_link(client, course, learner, company):
    from lms.services import enrolment_free_create

    lesson = _place(course, company, activity="routine", required=False)
    enrolment_free_create(user=learner, course=course)
    client.force_login(learner)
    with translation.override("nb"):
        body = client.get(lesson.url).content.decode()
    assert f"/nb/sandbox/company/{company.slug}/routine/" in body
    assert company.name in body
