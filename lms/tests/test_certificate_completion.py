"""Completion rules as the certificate sees them: no certificate before every rule is met.

The sandbox app registers "every required exercise graded as passed" in
``lms.services.completion_checks``; here a stand-in check with the same contract plays
an exercise that is graded failed, then passed.
"""

import pytest
from django.core import mail

from lms import services
from lms.exceptions import LearningError
from lms.models import Certificate
from lms.tests.certificate_helpers import RIGHT_ANSWERS, finish_course

pytestmark = pytest.mark.django_db


@pytest.fixture
def exercise_grade(monkeypatch):
    grade = {"passed": False}

    def required_exercise_passed(enrolment, lessons):
        if grade["passed"]:
            return []
        return ["Exercise not passed yet: Stillaset"]

    monkeypatch.setattr(
        services,
        "completion_checks",
        [*services.completion_checks, required_exercise_passed],
    )
    # The real sandbox check (if installed) has nothing to check in these courses.
    return grade


def test_a_failed_exercise_blocks_completion_and_the_certificate(
    course, learner, exercise_grade, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=learner)
    assert enrolment.completed_at is None
    assert services.completion_unmet(enrolment=enrolment) == [
        "Exercise not passed yet: Stillaset"
    ]
    assert not Certificate.objects.exists()
    assert mail.outbox == []
    # The instructor grades a new attempt as passed; the next check completes the course.
    exercise_grade["passed"] = True
    with django_capture_on_commit_callbacks(execute=True):
        assert services.enrolment_check_completion(enrolment=enrolment) is True
    enrolment.refresh_from_db()
    assert enrolment.completed_at is not None
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_a_quiz_below_the_pass_mark_blocks_completion(
    course, learner, django_capture_on_commit_callbacks
):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    *first, last = course.lessons
    with django_capture_on_commit_callbacks(execute=True):
        for lesson in first:
            services.lesson_complete(enrolment=enrolment, lesson=lesson)
        block = last.quiz_blocks()[0]
        result = services.quiz_attempt_submit(
            enrolment=enrolment,
            lesson=last,
            block_id=block.id,
            answers={0: [1], 1: [0]},
        )
        assert not result.attempt.passed  # 50 % < 80 %
        with pytest.raises(LearningError):
            services.lesson_complete(enrolment=enrolment, lesson=last)
    enrolment.refresh_from_db()
    assert enrolment.completed_at is None
    assert not Certificate.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        services.quiz_attempt_submit(
            enrolment=enrolment, lesson=last, block_id=block.id, answers=RIGHT_ANSWERS
        )
        services.lesson_complete(enrolment=enrolment, lesson=last)
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1


def test_an_unfinished_lesson_blocks_completion(
    course, learner, django_capture_on_commit_callbacks
):
    enrolment = services.enrolment_free_create(user=learner, course=course)
    with django_capture_on_commit_callbacks(execute=True):
        services.lesson_complete(enrolment=enrolment, lesson=course.lessons[0])
    assert not Certificate.objects.exists()
    unmet = services.completion_unmet(enrolment=enrolment)
    assert any(course.lessons[1].title in line for line in unmet)


def test_completion_is_recorded_once_and_one_certificate_per_completion(
    course, learner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=learner)
        finish_course(course=course, user=learner, enrolment=enrolment)
        assert services.enrolment_check_completion(enrolment=enrolment) is False
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    assert str(Certificate.objects.get().hours) == "1.50"


def test_a_broker_outage_does_not_lose_the_certificate(
    course, learner, monkeypatch, settings, django_capture_on_commit_callbacks
):
    from lms import tasks
    from lms.outbox import outbox_sweep

    def broker_down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    settings.CELERY_TASK_ALWAYS_EAGER = False
    monkeypatch.setattr("celery.app.base.Celery.send_task", broker_down)
    with django_capture_on_commit_callbacks(execute=True):
        enrolment = finish_course(course=course, user=learner)
    assert enrolment.completed_at is not None  # the completion itself is kept
    assert not Certificate.objects.exists()
    # The job to issue it was recorded with the completion; the sweep delivers it.
    assert outbox_sweep() == 1
    assert Certificate.objects.filter(enrolment=enrolment).count() == 1
    # Its e-mail, recorded by that job, could not be handed over either: next sweep.
    from django.core import mail

    assert outbox_sweep() == 1
    assert [m.to for m in mail.outbox] == [[learner.email]]
    assert outbox_sweep() == 0
    assert tasks.certificates_sweep_task.apply().get() == 0
