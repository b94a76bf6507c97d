"""Completion with a required sandbox exercise, end to end: a failed grade gives no
certificate; passing on a regrade completes the course and issues one."""

import pytest
from django.core import mail

from avvik_sandbox import grading
from avvik_sandbox import services as sandbox
from avvik_sandbox.factories import (
    GOOD_NB,
    ExercisePageFactory,
    answer,
    claim_and_grade,
    sandbox_tree,
)
from lms import services
from lms.factories import UserFactory
from lms.models import Certificate
from lms.tests.certificate_helpers import finish_course

pytestmark = pytest.mark.django_db


def _scores(exercise, value):
    return {c["id"]: (value, "") for c in exercise.criteria}


def test_failed_exercise_no_certificate_then_passed_on_regrade(
    site, course, learner, django_capture_on_commit_callbacks
):
    exercise = ExercisePageFactory(parent=sandbox_tree(site["home"]))
    lesson = course.lessons[0]
    lesson.body = [
        *lesson.body.raw_data,
        {"type": "exercise", "value": {"exercise": exercise.pk, "required": True}},
    ]
    lesson.save_revision().publish()
    instructor = UserFactory(is_staff=True)
    grading.instructor_assign(instructor=instructor, course=course)

    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=learner)
    assert enrolment.completed_at is None
    assert any(
        exercise.title in line
        for line in services.completion_unmet(enrolment=enrolment)
    )

    submission = sandbox.submission_submit(
        submission=sandbox.submission_get_or_create(
            user=learner, exercise=exercise, course=course, lesson=lesson
        ),
        draft=answer(exercise, **GOOD_NB),
        language="nb",
    )
    with django_capture_on_commit_callbacks(execute=True):
        failed = claim_and_grade(submission, instructor, level=1)
    assert failed.passed is False
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()

    with django_capture_on_commit_callbacks(execute=True):
        passed = claim_and_grade(submission, instructor, level=3)
    assert passed.passed is True
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    certificate = Certificate.objects.get(enrolment=enrolment)
    assert certificate.pdf
    assert any(certificate.number in m.body for m in mail.outbox)
